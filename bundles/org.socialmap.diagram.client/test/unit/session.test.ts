import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseClient, parseSession } from '../../src/session';

describe('parseSession', () => {
    it('keeps file, sourceUri and well-formed clients', () => {
        const session = parseSession({
            file: 'm.socialmap',
            sourceUri: 'file:///tmp/m.socialmap',
            clients: [{ id: 'a', name: 'A' }, { id: 3 }, null]
        });
        assert.deepEqual(session, { file: 'm.socialmap', sourceUri: 'file:///tmp/m.socialmap', clients: [{ id: 'a', name: 'A' }] });
    });

    it('refuses an answer without sourceUri or clients', () => {
        assert.throws(() => parseSession({ clients: [] }), /sourceUri/);
        assert.throws(() => parseSession(null), /sourceUri/);
    });
});

describe('chooseClient', () => {
    const clients = [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' }
    ];

    it('takes the one asked for, else the first, else none', () => {
        assert.equal(chooseClient(clients, 'b')?.id, 'b');
        assert.equal(chooseClient(clients, 'zzz')?.id, 'a');
        assert.equal(chooseClient(clients, undefined)?.id, 'a');
        assert.equal(chooseClient([], 'a'), undefined);
    });
});
