// Debian's headless Chromium for the browser tests, with the flags docs/STACK names and a fresh
// profile each time. `npx playwright install` cannot work here: the browser comes from Debian.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.SOCIALMAP_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync'
];

export interface Browser {
    context: BrowserContext;
    page: Page;
    /** What the page printed to its console and its uncaught errors, for failure messages. */
    log: string[];
    close(): Promise<void>;
}

export async function openChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`The browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium), or SOCIALMAP_CHROMIUM naming one.`);
    }
    const profile = await mkdtemp(join(tmpdir(), 'socialmap-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: FLAGS,
        viewport: { width: 1400, height: 900 },
        acceptDownloads: true
    });
    // The page may reach its own server only; anything else would be a bug, and is refused.
    await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/, route => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    const log: string[] = [];
    page.on('console', message => log.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', error => log.push(`pageerror: ${error.message}`));
    return {
        context,
        page,
        log,
        close: async () => {
            await context.close();
            await rm(profile, { recursive: true, force: true });
        }
    };
}

/** Waits until the page has drawn its diagram, failing with what the page said if it could not. */
export async function waitForDiagram(browser: Browser): Promise<void> {
    const state = await browser.page
        .waitForFunction(() => ['ready', 'failed'].includes(document.body.dataset.diagramState ?? '') && document.body.dataset.diagramState)
        .then(handle => handle.jsonValue());
    if (state !== 'ready') {
        const shown = await browser.page.locator('#message-bar').innerText();
        throw new Error(`The diagram did not open: ${shown}\n${browser.log.join('\n')}`);
    }
}
