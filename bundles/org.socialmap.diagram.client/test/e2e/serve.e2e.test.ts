// End to end: `socialmap serve` on a copy of the article's example, driven in headless Chromium as
// a person would, through docs/diagrams.md's page. Run with `scripts/node-build.sh e2e` after the
// CLI product is built (SOCIALMAP_CLI names another launcher). Screenshots go to target/e2e/.
// Every wait is on a condition (an element, a class, an attribute), never on time. It also measures
// (target/e2e/timings.json) the time from starting `socialmap serve` to the map drawn, and the
// browser round trip of one edit.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Browser, openChromium, waitForDiagram } from '../support/chromium';
import { ServeProcess, startServe } from '../support/serve-process';

const bundleRoot = new URL('../../..', import.meta.url).pathname;
const repositoryRoot = join(bundleRoot, '..', '..');
const launcher = process.env.SOCIALMAP_CLI ?? join(repositoryRoot, 'releng', 'scripts', 'socialmap');
const example = join(repositoryRoot, 'examples', 'org.socialmap.examples', 'models', 'social-media-in-azienda.socialmap');
const screenshots = join(bundleRoot, 'target', 'e2e');

const byId = (id: string): string => `#diagram [id="diagram_${id}"]`;

/** The model ids of the diagram's elements drawn with a CSS class, e.g. `presence`. */
function idsWithClass(browser: Browser, cssClass: string): Promise<string[]> {
    return browser.page.evaluate(
        name => [...document.querySelectorAll(`#diagram svg .${name}`)].map(element => element.id.replace(/^diagram_/, '')),
        cssClass
    );
}

/** Where each node is drawn, by model id: what a saved layout must give back. */
function nodePlacements(browser: Browser): Promise<Record<string, string>> {
    return browser.page.evaluate(() =>
        Object.fromEntries(
            [...document.querySelectorAll('#diagram svg .socialmap-node')].map(node => [node.id, node.getAttribute('transform') ?? ''])
        )
    );
}

async function newId(browser: Browser, cssClass: string, before: string[]): Promise<string> {
    const handle = await browser.page.waitForFunction(
        ([name, known]) => [...document.querySelectorAll(`#diagram svg .${name}`)].map(element => element.id.replace(/^diagram_/, '')).find(id => !known.includes(id)),
        [cssClass, before] as const
    );
    return (await handle.jsonValue()) as string;
}

describe('socialmap serve in headless Chromium', () => {
    let workspace: string;
    let model: string;
    let serve: ServeProcess;
    let browser: Browser;
    let created = '';
    const timings: Record<string, number> = {};
    let serveStarted = 0;

    const open = async (diagram: string): Promise<void> => {
        const url = new URL(serve.pageUrl);
        url.searchParams.set('diagram', diagram);
        await browser.page.goto(url.toString());
        await waitForDiagram(browser);
    };

    before(async () => {
        await mkdir(screenshots, { recursive: true });
        workspace = await mkdtemp(join(tmpdir(), 'socialmap-e2e-'));
        model = join(workspace, basename(example));
        await copyFile(example, model);
        browser = await openChromium();
        serveStarted = performance.now();
        serve = await startServe(launcher, model);
    });

    after(async () => {
        await writeFile(join(screenshots, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
        console.log(`timings: ${JSON.stringify(timings)}`);
        await browser?.close();
        const code = await serve?.stop();
        // 130 is the shell's code for "ended by Ctrl+C"; anything else means it did not stop cleanly.
        assert.ok(code === 0 || code === 130, `socialmap serve stops cleanly on Ctrl+C (exit ${code}):\n${serve?.output.join('\n')}`);
        await rm(workspace, { recursive: true, force: true });
    });

    it('opens the map of the example', async () => {
        await open('map');
        timings.serveToMapDrawnMs = Math.round(performance.now() - serveStarted);
        assert.ok((await idsWithClass(browser, 'presence')).includes('facebook-page'));
        assert.equal(await browser.page.locator(`${byId('facebook-page')} image`).first().getAttribute('href'), '/icons/facebook.svg');
        await browser.page.screenshot({ path: join(screenshots, 'map.png') });
    });

    it('creates a presence from the palette, and its broken rules show as decorations', async () => {
        const page = browser.page;
        const before = await idsWithClass(browser, 'presence');
        await page.locator('.tool-palette').getByText('Instagram', { exact: true }).first().click();
        const canvas = (await page.locator('#diagram > svg').boundingBox())!;
        await page.mouse.click(canvas.x + canvas.width - 200, canvas.y + canvas.height - 120);
        created = await newId(browser, 'presence', before);
        assert.equal(await page.locator(`${byId(created)} image`).first().getAttribute('href'), '/icons/instagram.svg');
        // A new presence has no purpose and no curator: the rules report it.
        await page.locator(`${byId(created)} .severity-marker`).first().waitFor();
        const findings = await page.evaluate(id => window.socialmap.findings().filter(marker => marker.elementId === id), created);
        assert.ok(findings.length > 0);
    });

    it('connects the website to it with a gateway', async () => {
        const page = browser.page;
        const before = await idsWithClass(browser, 'edge-gateway');
        await page.locator('.tool-palette').getByText(/^gateway$/i).first().click();
        await page.locator(`${byId('company-site')}`).click();
        await page.locator(`${byId(created)}`).click();
        const gateway = await newId(browser, 'edge-gateway', before);
        assert.match(gateway, new RegExp(`^link:company-site:gateway:${created}`));
    });

    it('renames it in place', async () => {
        const page = browser.page;
        await page.keyboard.press('Escape');
        await page.locator(`${byId(created)} .label-name`).dblclick();
        const editor = page.locator('#diagram_editLabelUi input:visible, #diagram_editLabelUi textarea:visible');
        await editor.fill('Instagram of the workshop');
        const updates = await page.evaluate(() => window.socialmap.modelUpdates());
        const sent = performance.now();
        await editor.press('Enter');
        // The client shows the new text at once; the round trip ends with the server's next model.
        await page.waitForFunction(before => window.socialmap.modelUpdates() > before, updates);
        timings.labelEditRoundTripMs = Math.round(performance.now() - sent);
        await page.locator(`${byId(created)} .label-name`, { hasText: 'Instagram of the workshop' }).waitFor();
    });

    it('deletes it and brings it back with undo', async () => {
        const page = browser.page;
        await page.locator(byId(created)).click();
        await page.keyboard.press('Delete');
        await page.locator(byId(created)).waitFor({ state: 'detached' });
        await page.locator('[data-command="undo"]').click();
        await page.locator(`${byId(created)} .label-name`, { hasText: 'Instagram of the workshop' }).waitFor();
    });

    it('lays everything out again', async () => {
        const page = browser.page;
        const placed = await page.locator(byId(created)).getAttribute('transform');
        await page.locator('[data-command="layout-all"]').click();
        await page.waitForFunction(
            ([selector, before]) => document.querySelector(selector)?.getAttribute('transform') !== before,
            [byId(created), placed] as const
        );
    });

    it('hides closed platforms with the filter, and shows them again', async () => {
        const page = browser.page;
        await page.locator('[data-command="filters"]').click();
        await page.locator('[data-filter="hideClosed"]').check();
        await page.locator(byId('friendfeed-aggregator')).waitFor({ state: 'detached' });
        await page.locator('[data-filter="hideClosed"]').uncheck();
        await page.locator(byId('friendfeed-aggregator')).waitFor();
        await page.locator('[data-command="filters"]').click();
    });

    it('exports a self-contained SVG', async () => {
        const svg = await browser.page.evaluate(() => window.socialmap.exportSvg());
        assert.ok(svg.includes('Facebook page'));
        assert.ok(svg.includes('data:image/svg+xml;base64,'), 'icons inlined');
        assert.ok(!/href="\/icons\//.test(svg), 'no icon left as a URL');
        await writeFile(join(screenshots, 'map.svg'), svg);
        const png = await browser.page.evaluate(() => window.socialmap.exportPng());
        await writeFile(join(screenshots, 'map-export.png'), Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
    });

    it('draws the team diagram', async () => {
        await open('team');
        assert.ok((await idsWithClass(browser, 'member')).includes('chiara'));
        assert.ok((await browser.page.locator('#diagram .load-bar').count()) >= 5);
        await browser.page.screenshot({ path: join(screenshots, 'team.png') });
    });

    it('collapses a team from its toggle and expands it again', async () => {
        const page = browser.page;
        const team = await page.locator('#diagram .team').first().getAttribute('id');
        assert.ok(team, 'the example has a team');
        const members = (await idsWithClass(browser, 'member')).length;
        const memberCount = (condition: string): Promise<unknown> =>
            page.waitForFunction(`document.querySelectorAll('#diagram svg .member').length ${condition}`);
        await page.locator(`#diagram [id="${team}"] .team-toggle`).click();
        await page.locator(`#diagram [id="${team}"].collapsed`).waitFor();
        await memberCount(`< ${members}`);
        await page.locator(`#diagram [id="${team}"] .team-toggle`).click();
        await page.locator(`#diagram [id="${team}"]:not(.collapsed)`).waitFor();
        await memberCount(`=== ${members}`);
    });

    it('sets a role from the matrix', async () => {
        const page = browser.page;
        await open('matrix');
        const cell = await page.locator('#diagram .matrix-cell.role-none').first().getAttribute('id');
        assert.ok(cell, 'the example has a member without a role on some presence');
        await page.locator(`#diagram [id="${cell}"]`).click();
        await page.locator('.role-menu [data-role="backup"]').click();
        await page.locator(`#diagram [id="${cell}"].role-backup`).waitFor();
        await page.screenshot({ path: join(screenshots, 'matrix.png') });
    });

    it('saves, and reopens the same model and layout', async () => {
        const page = browser.page;
        await open('map');
        await page.locator(byId('company-site')).click();
        await page.keyboard.press('Control+KeyS');
        await page.waitForFunction(() => document.body.dataset.dirty === 'false');
        const placements = await nodePlacements(browser);
        const saved = await readFile(model, 'utf8');
        assert.ok(saved.includes('Instagram of the workshop'));

        await serve.stop();
        serve = await startServe(launcher, model);
        await open('map');
        assert.deepEqual(await nodePlacements(browser), placements);
        assert.equal(await readFile(model, 'utf8'), saved, 'opening writes nothing');
    });
});
