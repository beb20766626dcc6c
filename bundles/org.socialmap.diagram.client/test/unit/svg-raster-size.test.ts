import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RASTER_SIDE, rasterSize, svgSize, withRasterSize } from '../../src/export/svg-raster-size';

const exported = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-5 -5 400 200" width="400" height="200" style="width: 400px !important;height: 200px !important;border: none !important;"><g/></svg>';

describe('svgSize', () => {
    it('reads the viewBox first, then width and height', () => {
        assert.deepEqual(svgSize(exported), { width: 400, height: 200 });
        assert.deepEqual(svgSize('<svg width="30" height="20"></svg>'), { width: 30, height: 20 });
        assert.throws(() => svgSize('<svg></svg>'), /neither a viewBox/);
    });
});

describe('rasterSize', () => {
    it('scales the SVG size by default', () => {
        assert.deepEqual(rasterSize(exported, { scale: 2 }), { width: 800, height: 400 });
    });

    it('keeps the aspect ratio for one requested side', () => {
        assert.deepEqual(rasterSize(exported, { width: 1000, scale: 2 }), { width: 1000, height: 500 });
        assert.deepEqual(rasterSize(exported, { height: 50, scale: 2 }), { width: 100, height: 50 });
    });

    it('never exceeds the canvas limit nor gets empty', () => {
        const huge = rasterSize('<svg viewBox="0 0 40000 1000"></svg>', { scale: 2 });
        assert.equal(huge.width, MAX_RASTER_SIDE);
        assert.equal(huge.height, Math.round((MAX_RASTER_SIDE * 1000) / 40000));
        assert.deepEqual(rasterSize('<svg viewBox="0 0 0 0"></svg>', { scale: 2 }), { width: 1, height: 1 });
    });
});

describe('withRasterSize', () => {
    it('sets width and height and drops them from the style, keeping the rest', () => {
        const sized = withRasterSize(exported, { width: 800, height: 400 });
        const root = sized.match(/<svg\b[^>]*>/)?.[0] ?? '';
        assert.match(root, / width="800"/);
        assert.match(root, / height="400"/);
        assert.match(root, /style="border: none !important"/);
        assert.doesNotMatch(root, /px !important/);
        assert.ok(sized.endsWith('<g/></svg>'));
    });

    it('adds width and height when the root tag has none', () => {
        assert.equal(withRasterSize('<svg viewBox="0 0 1 1"></svg>', { width: 3, height: 4 }), '<svg height="4" width="3" viewBox="0 0 1 1"></svg>');
    });
});
