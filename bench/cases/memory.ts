/**
 * Issue 12 "Memory, measured": the analysis worker's heap and the process RSS after analysing the
 * 1 MB template, the 2,000-line CDK stack and the 2,000-line AWS CLI script, above an idle
 * baseline. Measured in a child process (`node --expose-gc bench/lib/memory-probe.mjs`) running the
 * shipped worker bundle (dist/worker.js), so garbage is collected before every reading.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cdkStack } from '../inputs/cdk';
import { shellScript } from '../inputs/shell';
import type { BenchCase, Row } from '../lib/types';

interface Heap {
  used: number;
  beforeGc: number;
  total: number;
}
interface Probe {
  idle: { rss: number; mainHeap: number };
  workerIdle: { rss: number; worker: Heap };
  steps: { file: string; kind: string; findings: number; internalErrors: number; error?: string; worker: Heap; rss: number; mainHeap: number }[];
}

const MB = (bytes: number) => bytes / (1024 * 1024);
/** The issue's target: at most 60 MB above an idle extension host. */
const TARGET_MB = 60;

export const memory: BenchCase = {
  id: 'memory',
  title: 'Memory of the analysis worker, MB above idle (issue 12)',
  run(ctx) {
    const worker = path.join(ctx.root, 'dist', 'worker.js');
    if (!fs.existsSync(worker)) throw new Error(`${worker} is missing: npm run compile`);
    const inputs: [string, string][] = [
      [ctx.template(500, 1_000_000, 'yaml'), 'cloudformation'],
      [ctx.file('stack-2000.ts', () => cdkStack(2000)), 'cdk'],
      [ctx.file('script-2000.sh', () => shellScript(2000)), 'aws-cli'],
    ];
    const out = execFileSync(process.execPath, ['--expose-gc', path.join(ctx.root, 'bench', 'lib', 'memory-probe.mjs'), worker, ...inputs.map((i) => i[0])], { encoding: 'utf8', cwd: ctx.root });
    const p = JSON.parse(out) as Probe;
    p.steps.forEach((s, i) => {
      if (s.error || s.internalErrors || s.kind !== inputs[i][1]) throw new Error(`${s.file}: read as ${s.kind} (expected ${inputs[i][1]}), ${s.internalErrors} internal errors${s.error ? `, ${s.error}` : ''}: not a meaningful figure`);
    });
    const rows: Row[] = [{ what: 'worker heap, started and idle', median: MB(p.workerIdle.worker.used), unit: 'MB', note: `process RSS idle ${MB(p.idle.rss).toFixed(0)} MB, ${MB(p.workerIdle.rss - p.idle.rss).toFixed(0)} MB more with the worker started` }];
    for (const s of p.steps) {
      rows.push({
        what: `worker heap after ${s.file}`,
        median: MB(s.worker.used),
        unit: 'MB',
        note: `after GC; ${MB(s.worker.beforeGc).toFixed(1)} MB before GC, V8 heap reserved ${MB(s.worker.total).toFixed(1)} MB; ${s.findings} findings`,
      });
    }
    const last = p.steps[p.steps.length - 1];
    rows.push(
      { what: 'heap above idle (host + worker), all three', median: MB(last.worker.used + last.mainHeap - p.idle.mainHeap), unit: 'MB', target: TARGET_MB, note: 'the issue\'s figure: retained JavaScript heap after GC' },
      { what: 'process RSS above idle, all three', median: MB(last.rss - p.idle.rss), unit: 'MB', target: TARGET_MB, note: `RSS ${MB(last.rss).toFixed(0)} MB: the worker thread's own V8 isolate, its reserved heap and the code of the bundles` },
    );
    return rows;
  },
};
