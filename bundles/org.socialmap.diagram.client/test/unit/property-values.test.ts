import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePropertyInput } from '../../src/ui/property-values';

describe('parsePropertyInput', () => {
    it('sends numbers as numbers and refuses what is not one', () => {
        assert.deepEqual(parsePropertyInput('number', ' 7.5 '), { ok: true, value: 7.5 });
        assert.deepEqual(parsePropertyInput('number', ''), { ok: false, reason: '"" is not a number' });
        assert.equal(parsePropertyInput('number', '12h').ok, false);
    });

    it('sends booleans as booleans', () => {
        assert.deepEqual(parsePropertyInput('boolean', true), { ok: true, value: true });
        assert.deepEqual(parsePropertyInput('boolean', false), { ok: true, value: false });
    });

    it('sends text, strings and enum values unchanged', () => {
        assert.deepEqual(parsePropertyInput('text', ' a\nb '), { ok: true, value: ' a\nb ' });
        assert.deepEqual(parsePropertyInput('enum', 'dormant'), { ok: true, value: 'dormant' });
    });
});
