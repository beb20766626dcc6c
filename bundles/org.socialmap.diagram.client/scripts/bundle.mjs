// Bundles the client into webroot/ (bundle.js, bundle.css and the fonts the CSS names), and the
// TypeScript tests into target/ for node. Run by the Maven build through scripts/node-build.sh.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const bundleRoot = new URL('..', import.meta.url).pathname;
const at = path => join(bundleRoot, path);
const testsIn = folder =>
    readdirSync(at(folder))
        .filter(name => name.endsWith('.test.ts'))
        .map(name => at(join(folder, name)));

await esbuild.build({
    entryPoints: [at('src/main.ts')],
    outfile: at('webroot/bundle.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // WebKitGTK 2.40+ (the SWT Browser on Debian 12) and current Chromium both run ES2020.
    target: ['es2020'],
    minify: true,
    keepNames: true,
    legalComments: 'linked',
    loader: { '.ttf': 'file' },
    assetNames: '[name]',
    logLevel: 'warning'
});

await esbuild.build({
    entryPoints: ['test/unit', 'test/browser', 'test/e2e'].flatMap(testsIn),
    outdir: at('target/tests'),
    outbase: at('test'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: ['node18'],
    packages: 'external',
    logLevel: 'warning'
});
