import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutPageControls } from '../../src/export/page-controls';

describe('withoutPageControls', () => {
    it('drops each control group and keeps everything else', () => {
        const team =
            '<g id="diagram_web-team" class="socialmap-node team"><rect class="node-body"/>' +
            '<g class="team-toggle page-control" transform="translate(180,6)"><title>Collapse the team</title><rect/><path d="M 3.5,7 H 10.5"/></g>' +
            '<g class="label-name"><text>Web team</text></g></g>';
        const other = '<g class="page-control"><rect/></g><g class="page-controls-legend"><text>kept</text></g>';
        assert.equal(
            withoutPageControls(`<svg>${team}${other}</svg>`),
            '<svg><g id="diagram_web-team" class="socialmap-node team"><rect class="node-body"/>' +
                '<g class="label-name"><text>Web team</text></g></g><g class="page-controls-legend"><text>kept</text></g></svg>'
        );
    });
});
