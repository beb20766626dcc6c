import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageReferences, inlineImages, makeSelfContained, svgDataUri } from '../../src/export/svg-inliner';

const exported =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
    '<g><image href="/icons/facebook.svg" width="24" height="24"/></g>' +
    '<image x="3" xlink:href="/icons/a&amp;b.svg"/>' +
    '<image href="/icons/facebook.svg"/>' +
    '<image href="data:image/png;base64,AAAA"/>' +
    '<a href="/not-an-image"/>' +
    '</svg>';

describe('imageReferences', () => {
    it('lists each image URL once, decoded, without data URIs or other elements', () => {
        assert.deepEqual(imageReferences(exported), ['/icons/facebook.svg', '/icons/a&b.svg']);
    });
});

describe('inlineImages', () => {
    it('replaces every occurrence of a known URL and leaves unknown ones', () => {
        const result = inlineImages(exported, new Map([['/icons/facebook.svg', 'data:image/svg+xml;base64,Rg==']]));
        assert.equal(result.split('data:image/svg+xml;base64,Rg==').length - 1, 2);
        assert.ok(result.includes('xlink:href="/icons/a&amp;b.svg"'));
        assert.ok(result.includes('<a href="/not-an-image"/>'));
    });

    it('escapes what it writes into the attribute', () => {
        const result = inlineImages('<svg><image href="/x.svg"/></svg>', new Map([['/x.svg', 'data:a"b&c']]));
        assert.equal(result, '<svg><image href="data:a&quot;b&amp;c"/></svg>');
    });
});

describe('svgDataUri', () => {
    it('encodes the UTF-8 bytes, so any text survives', () => {
        const uri = svgDataUri('<svg><text>Città €</text></svg>');
        assert.ok(uri.startsWith('data:image/svg+xml;base64,'));
        const decoded = Buffer.from(uri.slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8');
        assert.equal(decoded, '<svg><text>Città €</text></svg>');
    });
});

describe('makeSelfContained', () => {
    it('fetches each URL once and keeps URLs it could not fetch', async () => {
        const fetched: string[] = [];
        const result = await makeSelfContained(exported, async url => {
            fetched.push(url);
            return url === '/icons/facebook.svg' ? svgDataUri('<svg/>') : undefined;
        });
        assert.deepEqual(fetched.sort(), ['/icons/a&b.svg', '/icons/facebook.svg']);
        assert.deepEqual(imageReferences(result), ['/icons/a&b.svg']);
    });
});
