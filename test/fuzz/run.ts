/**
 * The long fuzz run (`npm run fuzz`): FUZZ_RUNS cases (default 100,000) from FUZZ_SEED (default
 * random; printed first, so any run can be replayed), each checked by check.ts. The cases run in
 * a worker thread watched for hangs: a case that does not end within FUZZ_HANG_MS (default 60 s) is
 * reported with its reproducer. At the end: cases, failing cases, violations by kind, the worst and
 * mean time per case; for each kind of violation (up to FUZZ_MINIMIZE, default 8) fast-check
 * replays its first failing case and shrinks it to a minimal reproducer, printed as JSON.
 * Exit code 1 when any case failed.
 *
 * FUZZ_MAX_FIXES bounds the quick fixes re-checked per case (default 12); FUZZ_MAX_DEPTH the
 * depth of the nesting mutation (default 2,000).
 */
import fc from 'fast-check';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { caseArb, type Case } from './arbitraries';
import { check, type CheckOptions } from './check';

interface Settings {
  runs: number;
  seed: number;
  maxFixes: number;
  maxDepth: number;
  minimize: number;
}

type FromWorker =
  | { t: 'case'; i: number }
  | { t: 'fail'; i: number; kinds: string[]; detail: string; name: string; chars: number }
  | { t: 'done'; cases: number; worst: number; worstChars: number; total: number; fixes: number }
  | { t: 'min'; kind: string; counterexample: Case | undefined; path?: string; detail: string };

const envInt = (k: string, d: number) => (process.env[k] !== undefined && process.env[k] !== '' ? Number(process.env[k]) : d);

function settings(): Settings {
  return {
    runs: envInt('FUZZ_RUNS', 100_000),
    seed: envInt('FUZZ_SEED', (Date.now() ^ (Math.random() * 0x7fffffff)) | 0),
    maxFixes: envInt('FUZZ_MAX_FIXES', 12),
    maxDepth: envInt('FUZZ_MAX_DEPTH', 2000),
    minimize: envInt('FUZZ_MINIMIZE', 8),
  };
}

/** The violation kind, without the numbers that vary between cases. */
const kindOf = (k: string) => k.replace(/\d+/g, 'N');

function work(s: Settings): void {
  const post = (m: FromWorker) => parentPort!.postMessage(m);
  const arb = caseArb({ maxDepth: s.maxDepth });
  const opts: CheckOptions = { maxFixes: s.maxFixes };
  const first = new Map<string, number>();
  let i = 0;
  let worst = 0;
  let worstChars = 0;
  let total = 0;
  let fixes = 0;
  fc.check(
    fc.property(arb, (c) => {
      post({ t: 'case', i });
      const r = check(c.text, c.name, opts);
      total += r.ms;
      fixes += r.fixes;
      if (r.ms > worst) {
        worst = r.ms;
        worstChars = c.text.length;
      }
      if (r.violations.length) {
        const kinds = [...new Set(r.violations.map((v) => kindOf(v.kind)))];
        for (const k of kinds) if (!first.has(k)) first.set(k, i);
        post({ t: 'fail', i, kinds, detail: r.violations[0].detail.slice(0, 500), name: c.name, chars: c.text.length });
      }
      i++;
      return true;
    }),
    { seed: s.seed, numRuns: s.runs },
  );
  post({ t: 'done', cases: i, worst, worstChars, total, fixes });
  // Shrink the first failing case of each kind to a minimal reproducer.
  for (const [kind, at] of [...first].slice(0, s.minimize)) {
    const r = fc.check(
      fc.property(arb, (c) => !check(c.text, c.name, opts).violations.some((v) => kindOf(v.kind) === kind)),
      { seed: s.seed, path: String(at) },
    );
    const v = r.counterexample ? check(r.counterexample[0].text, r.counterexample[0].name, opts).violations.find((x) => kindOf(x.kind) === kind) : undefined;
    post({ t: 'min', kind, counterexample: r.counterexample?.[0], path: r.counterexamplePath ?? undefined, detail: v?.detail ?? '(did not fail again on replay)' });
  }
}

function main(): void {
  const s = settings();
  const hangMs = envInt('FUZZ_HANG_MS', 60_000);
  console.log(`fuzz: ${s.runs} cases, seed ${s.seed} (replay: FUZZ_SEED=${s.seed} FUZZ_RUNS=${s.runs} npm run fuzz), max fixes per case ${s.maxFixes}, nesting up to ${s.maxDepth}`);
  const started = Date.now();
  // The worker loads this file through tsx's CommonJS hook (a .ts entry is not loadable as is).
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: s });
  let current = 0;
  let last = Date.now();
  let failing = 0;
  const byKind = new Map<string, number>();
  const examples: string[] = [];
  let code = 0;
  const watch = setInterval(() => {
    if (Date.now() - last > hangMs) {
      console.log(`HANG: case ${current} ran more than ${hangMs} ms. Reproducer: fc.sample(caseArb({ maxDepth: ${s.maxDepth} }), { seed: ${s.seed}, numRuns: ${current + 1} }).at(-1) (test/fuzz/arbitraries.ts)`);
      code = 1;
      void worker.terminate();
    }
  }, 1000);
  worker.on('message', (m: FromWorker) => {
    last = Date.now();
    if (m.t === 'case') {
      current = m.i;
      if (m.i > 0 && m.i % 5000 === 0) console.log(`  ${m.i} cases, ${failing} failing, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else if (m.t === 'fail') {
      failing++;
      for (const k of m.kinds) byKind.set(k, (byKind.get(k) ?? 0) + 1);
      if (examples.length < 20) examples.push(`  case ${m.i} (${m.name}, ${m.chars} chars): ${m.kinds.join(', ')}: ${m.detail}`);
    } else if (m.t === 'done') {
      console.log(`\ncases: ${m.cases}\nfailing cases: ${failing}\nquick fixes offered: ${m.fixes}\nworst analysis time: ${m.worst.toFixed(1)} ms (${m.worstChars} chars)\nmean analysis time: ${(m.total / Math.max(1, m.cases)).toFixed(2)} ms\nwall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      if (failing) {
        code = 1;
        console.log('\nviolations by kind:');
        for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
        console.log('\nfirst failing cases:');
        for (const e of examples) console.log(e);
        console.log('\nminimized reproducers (fast-check shrinking):');
      }
    } else {
      console.log(`\n[${m.kind}] path ${m.path ?? '?'}: ${m.detail}`);
      if (m.counterexample) console.log(JSON.stringify(m.counterexample));
    }
  });
  worker.on('error', (e) => {
    console.log(`worker error at case ${current}: ${e.stack ?? e}`);
    code = 1;
  });
  worker.on('exit', () => {
    clearInterval(watch);
    process.exitCode = code;
  });
}

if (isMainThread) main();
else work(workerData as Settings);
