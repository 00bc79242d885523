/**
 * The long fuzz run (`npm run fuzz`): FUZZ_RUNS cases (default 100,000) from FUZZ_SEED (default
 * random; printed first, so any run can be replayed), each checked by check.ts. Cases come in
 * chunks of 1,000, chunk k drawn by fast-check from seed FUZZ_SEED + k, so any case can be drawn
 * again from its chunk seed and index. They run in a worker thread watched for hangs: a case that
 * does not end within FUZZ_HANG_MS (default 60 s) is reported with its reproducer and the run
 * goes on in a new worker. At the end: cases, failing cases, violations by kind, the worst and mean
 * time per case; for each kind of violation (up to FUZZ_MINIMIZE, default 8) fast-check replays
 * its first failing case and shrinks it to a minimal reproducer, printed as JSON. Exit code 1
 * when any case failed or hung.
 *
 * FUZZ_FORMS (comma-separated: yaml, json, shell, markdown, cdk, terraform) keeps only those forms.
 * FUZZ_MAX_FIXES bounds the quick fixes re-checked per case (default 12); FUZZ_MAX_DEPTH the
 * depth of the nesting mutation (default 2,000).
 */
import fc from 'fast-check';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { caseArb, type Case } from './arbitraries';
import { check, type CheckOptions } from './check';
import type { Form } from './seeds';

const CHUNK = 1000;

interface Settings {
  runs: number;
  seed: number;
  maxFixes: number;
  maxDepth: number;
  minimize: number;
  forms?: Form[];
}

type Job = { t: 'run'; s: Settings; from: number } | { t: 'minimize'; s: Settings; kinds: [string, number][] };

type FromWorker =
  | { t: 'case'; i: number }
  | { t: 'result'; i: number; ms: number; chars: number; fixes: number; kinds: string[]; detail?: string; name: string }
  | { t: 'done' }
  | { t: 'min'; kind: string; counterexample: Case | undefined; path?: string; detail: string };

const envInt = (k: string, d: number) => (process.env[k] !== undefined && process.env[k] !== '' ? Number(process.env[k]) : d);

/** The violation kind, without the numbers that vary between cases. */
const kindOf = (k: string) => k.replace(/\d+/g, 'N');
const chunkSeed = (s: Settings, i: number) => (s.seed + Math.floor(i / CHUNK)) | 0;
/** How to draw case `i` again. */
const drawn = (s: Settings, i: number) =>
  `fc.sample(caseArb({ maxDepth: ${s.maxDepth}${s.forms ? `, forms: ${JSON.stringify(s.forms)}` : ''} }), { seed: ${chunkSeed(s, i)}, numRuns: ${(i % CHUNK) + 1} }).at(-1) (test/fuzz/arbitraries.ts)`;

function work(job: Job): void {
  const post = (m: FromWorker) => parentPort!.postMessage(m);
  const { s } = job;
  const arb = caseArb({ maxDepth: s.maxDepth, ...(s.forms ? { forms: s.forms } : {}) });
  const opts: CheckOptions = { maxFixes: s.maxFixes };
  if (job.t === 'run') {
    let chunk: Case[] = [];
    for (let i = job.from; i < s.runs; i++) {
      if (i === job.from || i % CHUNK === 0) chunk = fc.sample(arb, { seed: chunkSeed(s, i), numRuns: CHUNK });
      const c = chunk[i % CHUNK];
      post({ t: 'case', i });
      const r = check(c.text, c.name, opts);
      const kinds = [...new Set(r.violations.map((v) => kindOf(v.kind)))];
      post({ t: 'result', i, ms: r.ms, chars: c.text.length, fixes: r.fixes, kinds, detail: r.violations[0]?.detail.slice(0, 500), name: c.name });
    }
  } else {
    // Shrink the first failing case of each kind to a minimal reproducer.
    for (const [kind, at] of job.kinds) {
      const r = fc.check(
        fc.property(arb, (c) => !check(c.text, c.name, opts).violations.some((v) => kindOf(v.kind) === kind)),
        { seed: chunkSeed(s, at), path: String(at % CHUNK) },
      );
      const v = r.counterexample ? check(r.counterexample[0].text, r.counterexample[0].name, opts).violations.find((x) => kindOf(x.kind) === kind) : undefined;
      post({ t: 'min', kind, counterexample: r.counterexample?.[0], path: r.counterexamplePath ?? undefined, detail: v?.detail ?? '(did not fail again on replay)' });
    }
  }
  post({ t: 'done' });
}

function main(): void {
  const s: Settings = {
    runs: envInt('FUZZ_RUNS', 100_000),
    seed: envInt('FUZZ_SEED', (Date.now() ^ (Math.random() * 0x7fffffff)) | 0),
    maxFixes: envInt('FUZZ_MAX_FIXES', 12),
    maxDepth: envInt('FUZZ_MAX_DEPTH', 2000),
    minimize: envInt('FUZZ_MINIMIZE', 8),
    ...(process.env.FUZZ_FORMS ? { forms: process.env.FUZZ_FORMS.split(',').map((f) => f.trim()) as Form[] } : {}),
  };
  const hangMs = envInt('FUZZ_HANG_MS', 60_000);
  console.log(`fuzz: ${s.runs} cases${s.forms ? ` (${s.forms.join(', ')})` : ''}, seed ${s.seed} (replay: FUZZ_SEED=${s.seed} FUZZ_RUNS=${s.runs}${s.forms ? ` FUZZ_FORMS=${s.forms.join(',')}` : ''} npm run fuzz), max fixes per case ${s.maxFixes}, nesting up to ${s.maxDepth}`);
  const started = Date.now();
  const st = { cases: 0, failing: 0, hangs: 0, worst: 0, worstChars: 0, total: 0, fixes: 0 };
  const byKind = new Map<string, number>();
  const first = new Map<string, number>();
  const examples: string[] = [];

  const spawn = (job: Job, onDone: () => void) => {
    // The worker loads this file through tsx's CommonJS hook (a .ts entry is not loadable as is).
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: job });
    let current = job.t === 'run' ? job.from : -1;
    let last = Date.now();
    let finished = false;
    const end = (next: () => void) => {
      if (finished) return;
      finished = true;
      clearInterval(watch);
      next();
    };
    const watch = setInterval(() => {
      if (Date.now() - last <= hangMs) return;
      if (job.t === 'run') {
        st.hangs++;
        st.failing++;
        st.cases++;
        byKind.set('hang', (byKind.get('hang') ?? 0) + 1);
        console.log(`HANG: case ${current} ran more than ${hangMs} ms. Reproducer: ${drawn(s, current)}`);
        const from = current + 1;
        end(() => void worker.terminate().then(() => (from < s.runs ? spawn({ t: 'run', s, from }, onDone) : onDone())));
      } else {
        console.log(`minimizing ran more than ${hangMs} ms without a result: stopped`);
        end(() => void worker.terminate().then(onDone));
      }
    }, 1000);
    worker.on('message', (m: FromWorker) => {
      last = Date.now();
      if (m.t === 'case') {
        current = m.i;
        if (m.i > 0 && m.i % 5000 === 0) console.log(`  ${m.i} cases, ${st.failing} failing, worst ${st.worst.toFixed(0)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } else if (m.t === 'result') {
        st.cases++;
        st.total += m.ms;
        st.fixes += m.fixes;
        if (m.ms > st.worst) {
          st.worst = m.ms;
          st.worstChars = m.chars;
        }
        if (m.kinds.length) {
          st.failing++;
          for (const k of m.kinds) {
            byKind.set(k, (byKind.get(k) ?? 0) + 1);
            if (!first.has(k)) first.set(k, m.i);
          }
          if (examples.length < 20) examples.push(`  case ${m.i} (${m.name}, ${m.chars} chars): ${m.kinds.join(', ')}: ${m.detail}`);
        }
      } else if (m.t === 'min') {
        console.log(`\n[${m.kind}] path ${m.path ?? '?'}: ${m.detail}`);
        if (m.counterexample) console.log(JSON.stringify(m.counterexample));
      } else {
        end(onDone);
      }
    });
    worker.on('error', (e) => {
      console.log(`worker error at case ${current}: ${e.stack ?? e}`);
      if (job.t === 'run') {
        st.failing++;
        byKind.set('worker-error', (byKind.get('worker-error') ?? 0) + 1);
        const from = current + 1;
        end(() => (from < s.runs ? spawn({ t: 'run', s, from }, onDone) : onDone()));
      } else end(onDone);
    });
    worker.on('exit', () => end(onDone));
  };

  spawn({ t: 'run', s, from: 0 }, () => {
    console.log(`\ncases: ${st.cases}\nfailing cases: ${st.failing} (hangs: ${st.hangs})\nquick fixes offered: ${st.fixes}\nworst analysis time: ${st.worst.toFixed(1)} ms (${st.worstChars} chars)\nmean analysis time: ${(st.total / Math.max(1, st.cases)).toFixed(2)} ms\nwall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (!st.failing) return;
    process.exitCode = 1;
    console.log('\nviolations by kind:');
    for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
    console.log('\nfirst failing cases:');
    for (const e of examples) console.log(e);
    const kinds = [...first].slice(0, s.minimize);
    if (!kinds.length) return;
    console.log('\nminimized reproducers (fast-check shrinking):');
    spawn({ t: 'minimize', s, kinds }, () => undefined);
  });
}

if (isMainThread) main();
else work(workerData as Job);
