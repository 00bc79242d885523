/**
 * `npm run bench [-- CASE_ID...]`: runs the registered bench cases (bench/cases/index.ts) and
 * prints each figure against its target. A miss is reported, not failed: the process exits
 * non-zero only when a case crashes. Inputs and bundles go to bench/out/ (gitignored), and the
 * figures to bench/out/results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES } from './cases';
import { BenchContext } from './lib/context';
import type { Row } from './lib/types';

const root = path.resolve(__dirname, '..');
const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !CASES.some((c) => c.id === id));
if (unknown.length) {
  console.error(`unknown bench case(s): ${unknown.join(', ')}; known: ${CASES.map((c) => c.id).join(', ')}`);
  process.exit(2);
}

const ms = (v: number | undefined) => (v === undefined ? '' : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3));
const WHAT = 50;
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

function line(r: Row): string {
  const status = r.target === undefined || r.median === undefined ? '' : r.median <= r.target ? 'PASS' : 'MISS';
  return [
    pad(r.what, WHAT),
    pad(ms(r.median), 8, true),
    pad(ms(r.best), 8, true),
    pad(ms(r.cpu), 8, true),
    pad(r.runs === undefined ? '' : String(r.runs), 5, true),
    pad(r.target === undefined ? '' : `<= ${r.target}${r.unit ? ` ${r.unit}` : ''}`, 9, true),
    pad(status, 5),
    r.note ?? '',
  ].join('  ');
}

const results: { id: string; title: string; rows: Row[]; error?: string }[] = [];
let current: { id: string; title: string } | undefined;
let crashed = 0;
let out = path.join(root, 'bench', 'out');

function crash(id: string, title: string, e: unknown): void {
  crashed++;
  const error = (e as Error)?.stack ?? String(e);
  console.log(`CRASH: ${error.split('\n').slice(0, 6).join('\n')}`);
  results.push({ id, title, rows: [], error });
}

/** The summary line and results.json: printed at the end, or when a case crashes the process. */
function finish(): void {
  const misses = results.flatMap((r) => r.rows).filter((r) => r.target !== undefined && r.median !== undefined && r.median > r.target);
  console.log(`\n${misses.length ? `${misses.length} figure(s) above target (reported, not failed)` : 'all figures within target'}${crashed ? `; ${crashed} case(s) crashed` : ''}.`);
  fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), load: os.loadavg(), results }, null, 2) + '\n');
}

// An error thrown later from a case's server or timer would otherwise end the run silently.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (e: unknown) => {
    crash(current?.id ?? '?', `${current?.title ?? 'bench'} (uncaught)`, e);
    finish();
    process.exit(1);
  });
}

async function main(): Promise<number> {
  const ctx = new BenchContext(root);
  out = ctx.out;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`aws-db-architect bench: node ${process.version}, ${os.cpus().length} x ${cpu}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('Times in ms: wall-clock median and best of N timed runs (after warm-up for in-process cases); cpu = median CPU time');
  console.log('per run of this process. PASS/MISS compares the wall median with the target. Memory rows are in MB.');
  if (os.loadavg()[0] > os.cpus().length) console.log(`WARNING: load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs: wall times include waiting for a CPU; see best and cpu, rerun when quiet.`);
  console.log('\n' + [pad('measure', WHAT), pad('median', 8, true), pad('best', 8, true), pad('cpu', 8, true), pad('runs', 5, true), pad('target', 9, true), pad('', 5), 'note'].join('  '));
  for (const c of CASES) {
    if (wanted.length && !wanted.includes(c.id)) continue;
    current = c;
    console.log(`\n== ${c.title} [${c.id}]`);
    try {
      const rows = await c.run(ctx);
      for (const r of rows) console.log(line(r));
      results.push({ id: c.id, title: c.title, rows });
    } catch (e) {
      crash(c.id, c.title, e);
    }
  }
  finish();
  return crashed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (e) => {
  console.error(e);
  process.exitCode = 1;
});
