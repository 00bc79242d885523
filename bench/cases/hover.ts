/** Issue 4: a hover answers in at most 5 ms on a 1 MB template. */
import fs from 'node:fs';
import type { BenchCase } from '../lib/types';

type Hover = typeof import('../../src/core/hover');

export const hover: BenchCase = {
  id: 'hover',
  title: 'Hover on a 1 MB template (issue 4)',
  run(ctx) {
    const { HoverDocument } = ctx.load<Hover>('src/core/hover/index.ts');
    const file = ctx.template(500, 1_000_000, 'yaml');
    const text = fs.readFileSync(file, 'utf8');
    // A property key half-way through the file: the hover names the property and its limits.
    const offset = text.indexOf('BackupRetentionPeriod', text.length >> 1) + 3;
    // As src/vscode/hover.ts does: one HoverDocument per document version, findings from the worker.
    const doc = new HoverDocument(text, file, { noAnalysis: true });
    if (!doc.hover(offset)) throw new Error('no hover at BackupRetentionPeriod');
    return [
      { what: 'hover, document already read', ...ctx.warm(() => doc.hover(offset), { runs: 51 }), target: 5 },
      {
        what: 'first hover after an edit (re-read + hover)',
        ...ctx.warm(() => new HoverDocument(text, file, { noAnalysis: true }).hover(offset), { runs: 21 }),
        target: 5,
      },
    ];
  },
};
