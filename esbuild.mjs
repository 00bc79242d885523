// Bundles: the extension host entry, its analysis worker and the CLI (node/cjs), and the webview (browser/iife).
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from the bundler: take the ESM build.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // typescript (the CDK reader) is loaded lazily from node_modules at run time, never bundled.
  external: ['vscode', 'typescript'],
};

// A production build starts from an empty dist/, so no stale source map ships.
if (production) fs.rmSync('dist', { recursive: true, force: true });

// The CDK reader loads the TypeScript compiler lazily: bundles require it as ./typescript.js, a
// separate minified bundle of node_modules/typescript (3.5 MB, loaded only for CDK files; docs/cdk.md).
node.plugins = [{
  name: 'lazy-typescript',
  setup: (b) => b.onResolve({ filter: /^typescript$/ }, () => ({ path: './typescript.js', external: true })),
}];
node.external = node.external.filter((x) => x !== 'typescript');

const contexts = [
  { ...node, entryPoints: { typescript: 'node_modules/typescript/lib/typescript.js' }, outdir: 'dist', plugins: [], minify: true, sourcemap: false },
  // Banner and footer stamp the bundle's evaluation, so the activation figure includes module load.
  { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', banner: { js: 'globalThis.__adbLoadStart = performance.now();' }, footer: { js: 'globalThis.__adbLoadEnd = performance.now();' } },
  // Loaded on first use by the extension (src/vscode/lazy.ts), never at activation.
  { ...node, entryPoints: { worker: 'src/vscode/worker.ts', features: 'src/vscode/features.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
];
for (const extra of ['esbuild.webview.mjs']) {
  if (fs.existsSync(extra)) contexts.push(...(await import(`./${extra}`)).default({ production }));
}

const built = await Promise.all(contexts.map((c) => esbuild.context(c)));
if (watch) {
  await Promise.all(built.map((c) => c.watch()));
} else {
  await Promise.all(built.map((c) => c.rebuild()));
  await Promise.all(built.map((c) => c.dispose()));
  try { fs.chmodSync('dist/cli.js', 0o755); } catch { /* first build on a fresh clone */ }
}
