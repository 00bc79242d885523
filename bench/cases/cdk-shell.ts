/** Issues 6 and 8: 2,000-line CDK and shell files, analysed warm and through the CLI process. */
import fs from 'node:fs';
import type { BenchCase, Row } from '../lib/types';
import type { BenchContext } from '../lib/context';
import { cdkStack } from '../inputs/cdk';
import { shellScript } from '../inputs/shell';

type Engine = typeof import('../../src/core/engine');

function rows(ctx: BenchContext, label: string, file: string, kind: string, targets: { what: string; target: number }[]): Row[] {
  const { analyze } = ctx.load<Engine>('src/core/engine.ts');
  const text = fs.readFileSync(file, 'utf8');
  const a = analyze(text, { fileName: file });
  if (a.kind !== kind) throw new Error(`${file} was read as ${a.kind}, not ${kind}`);
  const t = ctx.warm(() => analyze(text, { fileName: file }), { runs: 21 });
  const note = `${text.split('\n').length - 1} lines, ${a.doc?.resources.length ?? 0} resources, ${a.findings.length} findings`;
  const cli = ctx.cli(file);
  return [
    ...targets.map((x) => ({ what: `${x.what}, ${label}`, ...t, target: x.target, note })),
    { what: `CLI process, ${label}`, ...cli, target: 800 },
  ];
}

export const cdk: BenchCase = {
  id: 'cdk',
  title: '2,000-line CDK stack (issue 6)',
  run: (ctx) => rows(ctx, '2,000-line CDK stack', ctx.file('stack-2000.ts', () => cdkStack(2000)), 'cdk', [{ what: 'analysis', target: 50 }]),
};

export const shell: BenchCase = {
  id: 'shell',
  title: '2,000-line AWS CLI script (issues 6 and 8)',
  run: (ctx) =>
    rows(ctx, '2,000-line shell script', ctx.file('script-2000.sh', () => shellScript(2000)), 'aws-cli', [
      { what: 'analysis', target: 50 },
      { what: 'script check (issue 8)', target: 20 },
    ]),
};
