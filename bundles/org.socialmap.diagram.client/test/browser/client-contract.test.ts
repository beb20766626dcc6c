// The built page in headless Chromium against a fake server speaking docs/diagrams.md's contract:
// the views draw the contract's element types, and each control sends the contract's action.
// Every wait is on a condition (an element, an attribute, an action received), never on time.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Browser, openChromium, waitForDiagram } from '../support/chromium';
import { FakeGlspServer } from '../support/fake-glsp-server';

const bundleRoot = new URL('../../..', import.meta.url).pathname;
const screenshots = join(bundleRoot, 'target', 'browser-tests');

/** A diagram element by model id (sprotty's DOM id is the diagram div's id, `_`, the element id). */
const byId = (id: string): string => `#diagram [id="diagram_${id}"]`;

describe('the diagram page against the contract', () => {
    let server: FakeGlspServer;
    let browser: Browser;

    const open = async (query: string): Promise<void> => {
        await browser.page.goto(`${server.pageUrl}?${query}&token=${server.token}`);
        await waitForDiagram(browser);
    };

    before(async () => {
        await mkdir(screenshots, { recursive: true });
        server = await FakeGlspServer.start(join(bundleRoot, 'webroot'));
        browser = await openChromium();
    });

    after(async () => {
        await browser?.close();
        await server?.close();
    });

    it('refuses to start without the token, saying what to do', async () => {
        await browser.page.goto(`${server.pageUrl}?diagram=map`);
        await browser.page.waitForFunction(() => document.body.dataset.diagramState === 'failed');
        assert.match(await browser.page.locator('#message-bar').innerText(), /token that "socialmap serve" printed/);
    });

    it('says so when the server refuses the token', async () => {
        await browser.page.goto(`${server.pageUrl}?diagram=map&token=not-this-session`);
        await browser.page.waitForFunction(() => document.body.dataset.diagramState === 'failed');
        assert.match(await browser.page.locator('#message-bar').innerText(), /refused the session \(the token is missing or wrong\)/);
    });

    it('says so when the server refuses the diagram connection', async () => {
        server.refuseWebSockets = true;
        try {
            await browser.page.goto(`${server.pageUrl}?diagram=map&token=${server.token}`);
            await browser.page.waitForFunction(() => document.body.dataset.diagramState === 'failed');
            assert.match(await browser.page.locator('#message-bar').innerText(), /refused the diagram connection/);
        } finally {
            server.refuseWebSockets = false;
        }
    });

    it('says so when the server does not draw the diagram asked for', async () => {
        server.offeredDiagramTypes = ['socialmap-map'];
        try {
            await browser.page.goto(`${server.pageUrl}?diagram=team&token=${server.token}`);
            await browser.page.waitForFunction(() => document.body.dataset.diagramState === 'failed');
            assert.match(await browser.page.locator('#message-bar').innerText(), /does not draw the "socialmap-team" diagram \(it offers: socialmap-map\)/);
        } finally {
            server.offeredDiagramTypes = ['socialmap-map', 'socialmap-team', 'socialmap-matrix'];
        }
    });

    it('opens the map of the first client company with the session source', async () => {
        await open('diagram=map');
        const request = await server.waitFor('requestModel');
        assert.deepEqual(
            { sourceUri: request.options.sourceUri, diagramType: request.options.diagramType, client: request.options.client },
            { sourceUri: 'file:///fixture.socialmap', diagramType: 'socialmap-map', client: 'acme' }
        );
        assert.equal(await browser.page.title(), 'Acme · fixture.socialmap · Socialmap');
    });

    it('tells when it reached each step of opening the diagram, in order', async () => {
        await open('diagram=map');
        const timings = await browser.page.evaluate(() => window.socialmap.timings());
        const steps = ['navigation', 'html', 'script', 'session', 'connected', 'requested', 'drawn'];
        assert.deepEqual(Object.keys(timings).sort(), [...steps].sort());
        const times = steps.map(step => timings[step]);
        assert.deepEqual(times, [...times].sort((a, b) => a - b), `steps out of order: ${JSON.stringify(timings)}`);
        const now = await browser.page.evaluate(() => Date.now());
        assert.ok(timings.navigation <= now && timings.navigation > now - 60_000, 'timings are epoch milliseconds');
    });

    it('draws presences with icon, name, handle and kind, and their states', async () => {
        const page = browser.page;
        assert.equal(await page.locator(`${byId('facebook-page-icon')} image`).getAttribute('href'), '/icons/facebook.svg');
        assert.equal(await page.locator(byId('facebook-page-name')).textContent(), 'Facebook page');
        assert.equal(await page.locator(byId('facebook-page-handle')).textContent(), '@example');
        assert.equal(await page.locator(byId('facebook-page-kind')).textContent(), 'social network');
        assert.match((await page.locator(byId('old-network')).getAttribute('class')) ?? '', /closed.*dormant|dormant.*closed/);
        assert.equal(await page.locator(`${byId('old-network')} > .state-tag`).textContent(), 'dormant · platform closed');
        assert.equal(await page.locator(`${byId('regional')} > .state-tag`).textContent(), 'showcase · unknown platform');
        assert.equal(await page.locator(`${byId('company-site')}.website`).count(), 1);
        assert.equal(await page.locator(`${byId('facebook-page')} > .curator-badge text`).textContent(), 'AR+1');
        assert.equal(await page.locator(`${byId('blog')} > .curator-badge.unowned text`).textContent(), '?');
        // laid out by the client: the name sits below the icon
        const icon = await page.locator(byId('facebook-page-icon')).boundingBox();
        const name = await page.locator(byId('facebook-page-name')).boundingBox();
        assert.ok(icon && name && name.y > icon.y + icon.height - 1, 'the name is drawn below the icon');
    });

    it('draws the five link kinds distinctly', async () => {
        const styles = await browser.page.evaluate(() =>
            [...document.querySelectorAll('#diagram .socialmap-edge')].map(edge => {
                const line = getComputedStyle(edge.querySelector('path')!);
                return `${[...edge.classList].find(name => name.startsWith('edge-'))} ${line.stroke} ${line.strokeDasharray} ${edge.querySelector('.edge-marker')?.getAttribute('d')?.split(' ').length}`;
            })
        );
        assert.equal(styles.length, 5);
        assert.equal(new Set(styles.map(style => style.split(' ').slice(1, 3).join(' '))).size, 5, `five colour and dash pairs: ${styles.join('; ')}`);
    });

    it('decorates elements with findings by severity', async () => {
        const page = browser.page;
        await page.locator(`${byId('old-network')} .severity-marker.severity-error`).waitFor();
        assert.equal(await page.locator(`${byId('old-network')} .severity-count`).textContent(), '2');
        assert.equal(await page.locator(`${byId('regional')} .severity-marker.severity-info`).count(), 1);
        assert.equal((await page.evaluate(() => window.socialmap.findings())).length, 3);
    });

    it('shows the legend of the map', async () => {
        assert.equal(await browser.page.locator('#legend .socialmap-edge').count(), 5);
    });

    it('edits the selected element in the side panel and offers its quick fixes', async () => {
        const page = browser.page;
        await page.locator(byId('old-network')).click();
        await server.waitFor('requestProperties', action => action.elementId === 'old-network');
        assert.equal(await page.locator('#side-panel h2').textContent(), 'Old network');
        assert.equal(await page.locator('#side-panel .finding').count(), 2);
        const posts = page.locator('#side-panel [data-feature="weeklyPosts"]');
        await posts.fill('3');
        await posts.press('Enter');
        const set = await server.waitFor('setProperty', action => action.feature === 'weeklyPosts');
        assert.deepEqual([set.elementId, set.value], ['old-network', 3]);
        assert.equal(await page.locator('#side-panel [data-feature="id"]').isDisabled(), true);
        await page.locator('#side-panel [data-fix="mark-obsolete"]').click();
        const fix = await server.waitFor('applyQuickFix');
        assert.deepEqual([fix.elementId, fix.fixId], ['old-network', 'mark-obsolete']);
    });

    it('sends the filters', async () => {
        const page = browser.page;
        await page.locator('[data-command="filters"]').click();
        await page.locator('[data-filter="kind:blog"]').uncheck();
        const hidden = await server.waitFor('setDiagramFilter', action => action.hiddenKinds.includes('blog'));
        assert.deepEqual(hidden.hiddenKinds, ['blog']);
        await page.locator('[data-filter="hideClosed"]').check();
        await server.waitFor('setDiagramFilter', action => action.hideClosed === true && action.hiddenKinds.includes('blog'));
        await page.locator('[data-filter="curator"]').selectOption('anna');
        await server.waitFor('setDiagramFilter', action => action.curator === 'anna');
    });

    it('sends layout, undo, redo and save from buttons and keys', async () => {
        const page = browser.page;
        await page.locator('[data-command="layout-all"]').click();
        await server.waitFor('layoutAll', action => action.keepPinned === false);
        await page.locator(byId('facebook-page')).click();
        await page.keyboard.press('Control+Shift+KeyL');
        await server.waitFor('layoutAll', action => action.keepPinned === true);
        await page.locator('[data-command="undo"]').click();
        await server.waitFor('glspUndo');
        await page.locator('[data-command="redo"]').click();
        await server.waitFor('glspRedo');
        await page.locator(byId('facebook-page')).click();
        await page.keyboard.press('Control+KeyS');
        await server.waitFor('saveModel');
    });

    it('creates a presence from the palette', async () => {
        const page = browser.page;
        await page.getByText('Facebook', { exact: true }).click();
        await page.mouse.click(900, 700);
        const create = await server.waitFor('createNode');
        assert.equal(create.elementTypeId, 'node:presence:facebook');
    });

    it('renames in place', async () => {
        const page = browser.page;
        await page.keyboard.press('Escape');
        await page.locator(byId('blog-name')).dblclick();
        const editor = page.locator('#diagram_editLabelUi input:visible, #diagram_editLabelUi textarea:visible');
        await editor.fill('Company blog');
        await editor.press('Enter');
        const edit = await server.waitFor('applyLabelEdit');
        assert.deepEqual([edit.labelId, edit.text], ['blog-name', 'Company blog']);
    });

    it('deletes the selection', async () => {
        const page = browser.page;
        await page.locator(byId('video')).click();
        await page.keyboard.press('Delete');
        const deletion = await server.waitFor('deleteElement');
        assert.deepEqual(deletion.elementIds, ['video']);
    });

    it('exports a self-contained SVG', async () => {
        const svg = await browser.page.evaluate(() => window.socialmap.exportSvg());
        assert.match(svg, /^<svg[^>]*viewBox="/);
        assert.ok(svg.includes('Facebook page'));
        assert.ok(svg.includes('href="data:image/svg+xml;base64,'), 'icons inlined');
        assert.ok(!svg.includes('href="/icons/'), 'no icon left as a URL');
        await writeFile(join(screenshots, 'map.svg'), svg);
    });

    it('exports a PNG drawn on a canvas', async () => {
        const page = browser.page;
        const png = await page.evaluate(() => window.socialmap.exportPng());
        assert.match(png, /^data:image\/png;base64,/);
        const bytes = Buffer.from(png.slice('data:image/png;base64,'.length), 'base64');
        await writeFile(join(screenshots, 'map-export.png'), bytes);
        const drawn = await page.evaluate(async source => {
            const image = new Image();
            image.src = source;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, image.width, image.height).data;
            let coloured = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                coloured += pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200 ? 1 : 0;
            }
            // the icon fixture's blue, drawn only if the icons were inlined
            let iconBlue = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                iconBlue += pixels[i] === 0x3b && pixels[i + 1] === 0x59 && pixels[i + 2] === 0x98 ? 1 : 0;
            }
            return { width: image.width, height: image.height, coloured, iconBlue };
        }, png);
        assert.ok(drawn.width > 300 && drawn.height > 200, `size ${drawn.width}x${drawn.height}`);
        assert.ok(drawn.coloured > 1000, `the PNG has a drawing (${drawn.coloured} coloured pixels)`);
        assert.ok(drawn.iconBlue > 100, `the PNG shows the platform icons (${drawn.iconBlue} icon pixels)`);
        await page.screenshot({ path: join(screenshots, 'map.png') });
    });

    it('draws the team diagram: containers, members with load bars, curation edges', async () => {
        const page = browser.page;
        await page.locator('[data-diagram="team"]').click();
        await waitForDiagram(browser);
        assert.match(page.url(), /diagram=team/);
        assert.match(page.url(), /client=acme/);
        assert.equal(await page.locator(`${byId('web-team')}.team`).count(), 1);
        assert.equal(await page.locator(`${byId('anna-function')}`).textContent(), 'Marketing');
        assert.equal(await page.locator(`${byId('bruno-load')}.over-capacity`).count(), 1);
        assert.equal(await page.locator(`${byId('anna-load')}.over-capacity`).count(), 0);
        assert.equal(await page.locator(`${byId('bruno-load')} .load-text`).textContent(), '14 / 10 h');
        const anna = await page.locator(byId('anna')).boundingBox();
        const bruno = await page.locator(byId('bruno')).boundingBox();
        const team = await page.locator(`${byId('web-team')} > .node-body`).boundingBox();
        assert.ok(anna && bruno && team, 'members and team drawn');
        assert.ok(bruno.y >= anna.y + anna.height, 'the team stacks its members');
        assert.ok(team.y + team.height >= bruno.y + bruno.height, 'the team contains its members');
        for (const role of ['owner', 'contributor', 'backup']) {
            assert.equal(await page.locator(`#diagram .edge-${role}`).count(), 1, role);
        }
        await page.screenshot({ path: join(screenshots, 'team.png') });
    });

    it('collapses a team from its toggle, through the collapsed property', async () => {
        const page = browser.page;
        assert.equal(await page.locator(`${byId('web-team')} .team-toggle title`).textContent(), 'Collapse the team: hide its members');
        const exported = await page.evaluate(() => window.socialmap.exportSvg());
        assert.ok(exported.includes('Web team') && !exported.includes('team-toggle'), 'the export leaves the toggle out');
        await page.locator(`${byId('web-team')} .team-toggle`).click();
        const set = await server.waitFor('setProperty', action => action.feature === 'collapsed');
        assert.deepEqual({ elementId: set.elementId, value: set.value }, { elementId: 'web-team', value: true });
    });

    it('sets and clears a role from the matrix', async () => {
        const page = browser.page;
        await page.locator('[data-diagram="matrix"]').click();
        await waitForDiagram(browser);
        const cell = byId('cell:anna:blog');
        assert.equal(await page.locator(`${cell}.role-none`).count(), 1);
        assert.equal(await page.locator(`${cell} .affinity-dot.filled`).count(), 2);
        await page.locator(`${cell} > .node-body`).click();
        assert.equal(await page.locator('#side-panel h2').textContent(), 'Anna on Blog');
        const updates = await page.evaluate(() => window.socialmap.modelUpdates());
        await page.locator('.role-menu [data-role="backup"]').click();
        const set = await server.waitFor('setCurationRole', action => action.role === 'backup');
        assert.deepEqual([set.member, set.presence], ['anna', 'blog']);
        await page.locator(`${cell}.role-backup`).waitFor();
        assert.ok((await page.evaluate(() => window.socialmap.modelUpdates())) > updates, 'the server sent the updated model');
        await page.locator(`${byId('cell:anna:facebook-page')} > .node-body`).click();
        await page.locator('.role-menu [data-role="none"]').click();
        await server.waitFor('setCurationRole', action => action.member === 'anna' && action.presence === 'facebook-page' && action.role === '');
        await page.locator(`${byId('cell:anna:facebook-page')}.role-none`).waitFor();
        await page.screenshot({ path: join(screenshots, 'matrix.png') });
    });

    it('switches the client company', async () => {
        await browser.page.locator('[data-command="client"]').selectOption('globex');
        await waitForDiagram(browser);
        assert.match(browser.page.url(), /client=globex/);
        await server.waitFor('requestModel', action => action.options.client === 'globex');
    });
});
