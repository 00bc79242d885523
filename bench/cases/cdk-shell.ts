/** Issues 6, 8 and 15: 2,000-line CDK, shell and Terraform files, analysed warm and through the CLI process. */
import fs from 'node:fs';
import type { BenchCase, Row } from '../lib/types';
import type { BenchContext } from '../lib/context';
import { cdkStack } from '../inputs/cdk';
import { largeShellScript, shellScript } from '../inputs/shell';
import { terraformConfig } from '../inputs/terraform';

type Engine = typeof import('../../src/core/engine');
type Shell = typeof import('../../src/core/forms/shell/parse');
type Terraform = typeof import('../../src/core/forms/terraform/reader');

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

export const terraform: BenchCase = {
  id: 'terraform',
  title: '2,000-line Terraform configuration (issue 15)',
  run(ctx) {
    const file = ctx.file('main-2000.tf', () => terraformConfig(2000));
    const out = rows(ctx, '2,000-line .tf file', file, 'terraform', [{ what: 'analysis', target: 50 }]);
    // The reader's share (HCL read and model mapping), without the rules.
    const { readTerraform } = ctx.load<Terraform>('src/core/forms/terraform/reader.ts');
    const text = fs.readFileSync(file, 'utf8');
    out.push({ what: 'read only, 2,000-line .tf file: Terraform reader', ...ctx.warm(() => readTerraform(text, file), { runs: 21 }) });
    return out;
  },
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

/**
 * Issue 16: 1 MB and 5 MB scripts with an unclosed `$(` every 300 lines. Time must grow linearly:
 * the 5 MB rows' target is 5.5 times the 1 MB median (before the fix the tokenizer alone took
 * 7.6 s on the 5 MB script, ten times its 1 MB time).
 */
export const shellLarge: BenchCase = {
  id: 'shell-large',
  title: '1 MB and 5 MB shell scripts with unclosed $( (issue 16: linear time)',
  run(ctx) {
    const { analyze } = ctx.load<Engine>('src/core/engine.ts');
    const { parseShell } = ctx.load<Shell>('src/core/forms/shell/parse.ts');
    const rows: Row[] = [];
    const one: Record<string, number> = {};
    for (const mb of [1, 5]) {
      const file = ctx.file(`script-${mb}mb-unclosed.sh`, () => largeShellScript(mb * 1_000_000));
      const text = fs.readFileSync(file, 'utf8');
      const p = parseShell(text);
      const note = `${(text.length / 1e6).toFixed(1)} MB, ${p.commands.length} commands, ${p.problems.length} problem(s)`;
      for (const [what, fn, runs] of [
        ['tokenizer', () => parseShell(text), 7],
        ['analysis', () => analyze(text, { fileName: file }), 3],
      ] as const) {
        const t = ctx.warm(fn, { warmup: 1, runs });
        if (mb === 1) one[what] = t.median!;
        const target = mb === 1 ? undefined : Math.round(5.5 * one[what]);
        rows.push({ what: `${what}, ${mb} MB script, unclosed $( every 300 lines`, ...t, target, note: mb === 1 ? note : `${note}; ${(t.median! / one[what]).toFixed(1)}x the 1 MB time` });
      }
    }
    return rows;
  },
};
