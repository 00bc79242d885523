/**
 * Issue 15: "the reader loads lazily and adds nothing to activation". The activation bundle (the
 * entry `src/extension.ts`, bundled as dist/extension.js is) is listed with esbuild's metafile: how
 * many modules of the Terraform form (`src/core/forms/terraform/`, but siblings.ts, the six-line file
 * name test the host needs to know which files to pass) it holds (target 0). Then, each in a fresh
 * Node process (median of 7), the time to evaluate the built dist/extension.js (with a stand-in for
 * the `vscode` module; activate() is not called) and the time the Terraform form's own bundle would
 * add if activation loaded it eagerly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { BenchCase, Row } from '../lib/types';

const RUNS = 7;

/** Module evaluation time of `file` in a fresh process (ms), with `vscode` resolved to an empty stand-in. */
function evaluate(file: string, root: string): { median: number; best: number; runs: number } {
  const probe = [
    "const Module = require('node:module');",
    'const resolve = Module._resolveFilename;',
    "Module._resolveFilename = function (r, ...a) { return r === 'vscode' ? 'vscode' : resolve.call(this, r, ...a); };",
    // Any member of the stand-in is another stand-in (a constructible function), as deep as the module reads.
    "const member = (t, k) => (k === 'prototype' ? {} : typeof k === 'symbol' ? undefined : deep());",
    // The bundle's ESM interop copies own keys and inherits from the module's prototype: the prototype answers too.
    "const deep = () => new Proxy(function () {}, { get: member, getPrototypeOf: () => new Proxy({}, { get: member }) });",
    "require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: deep() };",
    'const t0 = performance.now();',
    `require(${JSON.stringify(file)});`,
    'process.stdout.write(String(performance.now() - t0));',
  ].join('\n');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
    const ms = Number(r.stdout);
    if (r.status !== 0 || !Number.isFinite(ms)) throw new Error(`evaluating ${file} failed: ${r.stderr.split('\n').slice(0, 5).join('\n')}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], runs: RUNS };
}

const NODE: esbuild.BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], external: ['vscode', 'typescript'], logLevel: 'silent' };

export const activation: BenchCase = {
  id: 'activation',
  title: 'Activation: the Terraform reader loads lazily (issue 15)',
  run(ctx) {
    const bundles = path.join(ctx.out, 'bundles');
    fs.mkdirSync(bundles, { recursive: true });
    const meta = esbuild.buildSync({ ...NODE, entryPoints: [path.join(ctx.root, 'src', 'extension.ts')], outfile: path.join(bundles, 'activation.cjs'), metafile: true }).metafile;
    const inputs = Object.keys(meta.inputs);
    const terraform = inputs.filter((p) => p.includes('src/core/forms/terraform/') && !p.endsWith('/siblings.ts'));
    const bytes = terraform.reduce((n, p) => n + meta.inputs[p].bytes, 0);
    const dist = path.join(ctx.root, 'dist', 'extension.js');
    if (!fs.existsSync(dist)) throw new Error('dist/extension.js is missing: npm run bench builds it (npm run compile)');
    // What activation would add if it loaded the Terraform form (reader, HCL parser, mapping, hovers, fixes) eagerly.
    const formFile = path.join(bundles, 'terraform-form.cjs');
    esbuild.buildSync({ ...NODE, entryPoints: [path.join(ctx.root, 'src', 'core', 'forms', 'terraform', 'index.ts')], outfile: formFile });
    const rows: Row[] = [
      {
        what: 'Terraform reader modules in the activation bundle', median: terraform.length, target: 0,
        note: terraform.length ? `${terraform.join(', ')} (${bytes} bytes)` : `${inputs.length} modules in the bundle, none of the Terraform form's${inputs.some((p) => p.endsWith('terraform/siblings.ts')) ? ' but siblings.ts' : ''}`,
      },
      { what: 'evaluate dist/extension.js (fresh process)', ...evaluate(dist, ctx.root), note: `${(fs.statSync(dist).size / 1024).toFixed(0)} KB` },
      { what: 'evaluate the Terraform form, if it were eager', ...evaluate(formFile, ctx.root), note: `${(fs.statSync(formFile).size / 1024).toFixed(0)} KB (the form and the core it imports), which activation does not load` },
    ];
    return rows;
  },
};
