import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CURATION_STYLES, LINK_STYLES, edgeStyle, markerPath } from '../../src/views/edge-styles';
import { loadBarGeometry } from '../../src/views/load-bar-geometry';
import { stateTags } from '../../src/views/state-tags';
import { curatorBadge, initials } from '../../src/views/curator-badge';

describe('edge styles', () => {
    it('draws the five link kinds with five different markers', () => {
        assert.deepEqual(
            LINK_STYLES.map(style => style.kind),
            ['gateway', 'feeds', 'crossPosts', 'aggregates', 'embeds']
        );
        assert.equal(new Set(LINK_STYLES.map(style => `${style.marker}@${style.markerAt}`)).size, 5);
    });

    it('knows the three curation roles and nothing else', () => {
        assert.deepEqual(CURATION_STYLES.map(style => style.kind), ['owner', 'contributor', 'backup']);
        assert.equal(edgeStyle('follows'), undefined);
    });

    it('puts the marker tip on the end point, pointing along the edge', () => {
        const path = markerPath('triangle', { x: 100, y: 50 }, { x: 0, y: 50 });
        assert.equal(path, 'M 100,50 L 90,45.5 L 90,54.5 Z');
        const upward = markerPath('triangle', { x: 0, y: 0 }, { x: 0, y: 100 });
        assert.equal(upward, 'M 0,0 L -4.5,10 L 4.5,10 Z');
    });
});

describe('loadBarGeometry', () => {
    it('fills in proportion within capacity', () => {
        assert.deepEqual(loadBarGeometry(5, 10, 120), { fillWidth: 60, overCapacity: false, caption: '5 / 10 h' });
    });

    it('is full and marked over capacity', () => {
        assert.deepEqual(loadBarGeometry(12.5, 10, 120), { fillWidth: 120, overCapacity: true, caption: '12.5 / 10 h' });
    });

    it('treats zero or missing weekly hours sensibly', () => {
        assert.equal(loadBarGeometry(3, 0, 120).overCapacity, true);
        assert.deepEqual(loadBarGeometry(0, 0, 120), { fillWidth: 0, overCapacity: false, caption: '0 / 0 h' });
        assert.deepEqual(loadBarGeometry(Number.NaN, Number.NaN, 120), { fillWidth: 0, overCapacity: false, caption: '0 / 0 h' });
    });
});

describe('stateTags', () => {
    it('names the states among the classes, in a fixed order', () => {
        assert.deepEqual(stateTags(['closed', 'selected', 'aggregator']), ['aggregator', 'platform closed']);
        assert.deepEqual(stateTags(undefined), []);
    });
});

describe('curatorBadge', () => {
    it('shows the owner\'s initials and how many others curate', () => {
        assert.equal(initials('Chiara Rossi'), 'CR');
        assert.equal(initials('  elena  '), 'E');
        assert.equal(initials('Anna Maria De Luca'), 'AL');
        assert.deepEqual(curatorBadge('Chiara Rossi', 3), { text: 'CR+2', title: 'Owner: Chiara Rossi; 2 other curators', unowned: false });
        assert.deepEqual(curatorBadge('Luca', 1), { text: 'L', title: 'Owner: Luca', unowned: false });
    });

    it('marks a presence nobody owns', () => {
        assert.deepEqual(curatorBadge('', 0), { text: '?', title: 'Nobody curates it', unowned: true });
        assert.deepEqual(curatorBadge('', 1), { text: '?+1', title: 'No owner; 1 other curator', unowned: true });
        assert.equal(curatorBadge('', Number.NaN).text, '?');
    });
});
