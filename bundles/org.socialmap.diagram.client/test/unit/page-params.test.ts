import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    PageParamsError,
    diagramType,
    pageUrlFor,
    parsePageParams,
    platformIconUrl,
    sessionUrl,
    webSocketUrl
} from '../../src/page-params';

describe('parsePageParams', () => {
    it('reads token, diagram and client', () => {
        assert.deepEqual(parsePageParams('?diagram=team&client=acme&token=t0k'), { token: 't0k', diagram: 'team', client: 'acme' });
    });

    it('defaults to the map of the first client company', () => {
        assert.deepEqual(parsePageParams('?token=t0k'), { token: 't0k', diagram: 'map', client: undefined });
    });

    it('refuses a page without token, naming what to do', () => {
        assert.throws(() => parsePageParams('?diagram=map'), (error: Error) => error instanceof PageParamsError && /socialmap serve/.test(error.message));
        assert.throws(() => parsePageParams('?token='), PageParamsError);
    });

    it('refuses an unknown diagram', () => {
        assert.throws(() => parsePageParams('?token=t&diagram=org'), /Unknown diagram "org"/);
    });

    it('decodes an encoded token', () => {
        assert.equal(parsePageParams('?token=a%2Bb%2F%3D').token, 'a+b/=');
    });
});

describe('derived URLs', () => {
    const page = 'http://127.0.0.1:8765/?diagram=map&token=a+b';

    it('puts the websocket on the page host, token encoded', () => {
        assert.equal(webSocketUrl(page, 'a+b/='), 'ws://127.0.0.1:8765/socialmap?token=a%2Bb%2F%3D');
        assert.equal(webSocketUrl('https://example.test/x', 't'), 'wss://example.test/socialmap?token=t');
    });

    it('asks the session of the page host', () => {
        assert.equal(sessionUrl(page, 'tok'), 'http://127.0.0.1:8765/api/session?token=tok');
    });

    it('switches diagram or client keeping the token', () => {
        const url = new URL(pageUrlFor(page, { token: 'a+b', diagram: 'matrix', client: 'acme' }));
        assert.equal(url.origin + url.pathname, 'http://127.0.0.1:8765/');
        assert.equal(url.searchParams.get('diagram'), 'matrix');
        assert.equal(url.searchParams.get('client'), 'acme');
        assert.equal(url.searchParams.get('token'), 'a+b');
    });

    it('names the GLSP diagram types of the contract', () => {
        assert.deepEqual(['map', 'team', 'matrix'].map(kind => diagramType(kind as 'map')), ['socialmap-map', 'socialmap-team', 'socialmap-matrix']);
    });

    it('encodes platform ids in icon URLs', () => {
        assert.equal(platformIconUrl('facebook'), '/icons/facebook.svg');
        assert.equal(platformIconUrl('../x y'), '/icons/..%2Fx%20y.svg');
    });
});
