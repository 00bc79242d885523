/** Issue 14: what the data-loss guard (a base version of the file) adds to the 70 KB template analysis. */
import fs from 'node:fs';
import type { BenchCase } from '../lib/types';

type Engine = typeof import('../../src/core/engine');
type Guard = typeof import('../../src/core/dataloss');

export const dataLoss: BenchCase = {
  id: 'dataloss',
  title: 'Data-loss guard: comparison with the base version (issue 14)',
  run(ctx) {
    const { analyze, readDocument } = ctx.load<Engine>('src/core/engine.ts');
    const { compareDocuments } = ctx.load<Guard>('src/core/dataloss/index.ts');
    const file = ctx.template(100, 70_000, 'yaml');
    const text = fs.readFileSync(file, 'utf8');
    // The deployed version: the first database with another master user name (a replacement), one less alarm.
    const base = text.replace('MasterUsername: admin', 'MasterUsername: root').replace(/ {2}R1:\n(?: {4}.*\n)+/, '');
    if (base === text) throw new Error('the bench template has no edit to compare');
    const options = { fileName: file, base: { text: base } };
    const a = analyze(text, options);
    if (a.base?.status !== 'compared') throw new Error(`the base was not compared (${a.base?.status})`);
    const guard = a.findings.filter((f) => /^ADB14\d$/.test(f.ruleId));
    if (!guard.length) throw new Error('the edit gave no data-loss finding');
    // Interleaved, so both medians see the same machine load.
    const plain: number[] = [];
    const withBase: number[] = [];
    for (let i = 0; i < 3; i++) {
      analyze(text, { fileName: file });
      analyze(text, options);
    }
    for (let i = 0; i < 41; i++) {
      let t = performance.now();
      analyze(text, { fileName: file });
      plain.push(performance.now() - t);
      t = performance.now();
      analyze(text, options);
      withBase.push(performance.now() - t);
    }
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    const best = (xs: number[]) => Math.min(...xs);
    const docs = { base: readDocument(base, file)!, next: readDocument(text, file)! };
    return [
      { what: 'analysis, 70 KB YAML, no base', median: med(plain), best: best(plain), runs: plain.length },
      { what: 'analysis, 70 KB YAML, with base (cached read)', median: med(withBase), best: best(withBase), runs: withBase.length, note: `${guard.length} data-loss finding(s)` },
      { what: 'added by the comparison (median difference)', median: Math.max(0, med(withBase) - med(plain)), runs: plain.length, target: 5 },
      { what: 'comparison alone (compareDocuments)', ...ctx.warm(() => compareDocuments(docs.base, docs.next), { runs: 41 }) },
      { what: 'first read of a new base (uncached)', ...ctx.warm(() => readDocument(base + '\n', file), { runs: 11 }), note: 'once per base text' },
    ];
  },
};
