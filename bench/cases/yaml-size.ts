/**
 * Issue 16: YAML analysis time is linear in the input size. Warm analysis of generated 1 MB and
 * 5 MB templates (bench/inputs/template.ts), as they are and with an anchor and aliases (which
 * once sent the whole text to the `yaml` package, ~0.4 s/MB), the 5 MB figure per MB against the
 * 1 MB one, and the CLI process on 20 MB with `--max-size 100` (12.6 s before; issue 16's bound
 * for any bad input is 10 s).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../lib/context';
import type { BenchCase, Row } from '../lib/types';

type Engine = typeof import('../../src/core/engine');

/** The template with an anchor on its first parameter's type and an alias to it in every resource's Metadata. */
function withAliases(text: string): string {
  const anchored = text.replace(/^(Parameters:\n  \w+:\n    Type: )(\w+)/m, '$1&paramType $2');
  if (anchored === text) throw new Error('bench template: no parameter to anchor');
  return anchored.replace(/^( {4}Type: AWS::[\w:]+)$/gm, '$1\n    Metadata: {Kind: *paramType}');
}

function timed(ctx: BenchContext, what: string, text: string, runs: number): Row & { median: number } {
  const { analyze } = ctx.load<Engine>('src/core/engine.ts');
  const a = analyze(text, { fileName: 't.yaml', maxBytes: 100 * 1048576 });
  if (a.kind !== 'cloudformation' || a.problems.length) throw new Error(`${what}: not read cleanly (${a.problems[0]?.message ?? a.kind})`);
  const t = ctx.warm(() => analyze(text, { fileName: 't.yaml', maxBytes: 100 * 1048576 }), { warmup: 2, runs });
  return { what, ...t, median: t.median, note: `${(text.length / 1e6).toFixed(1)} MB, ${a.doc?.resources.length} resources, ${a.findings.length} findings` };
}

export const yamlSize: BenchCase = {
  id: 'yaml-size',
  title: 'YAML analysis time linear in size (issue 16)',
  run(ctx) {
    const rows: Row[] = [];
    for (const [label, shape] of [['', (t: string) => t], [' with anchor and aliases', withAliases]] as const) {
      const one = shape(fs.readFileSync(ctx.template(500, 1_000_000, 'yaml'), 'utf8'));
      const five = shape(fs.readFileSync(ctx.template(2500, 5_000_000, 'yaml'), 'utf8'));
      const a = timed(ctx, `analysis, 1 MB YAML${label}`, one, 9);
      const b = timed(ctx, `analysis, 5 MB YAML${label}`, five, 5);
      rows.push(a, b);
      // Per byte, the 5 MB text must cost about what the 1 MB one does (1.0 is linear). CPU time,
      // when measured, is steadier than wall time on a shared machine.
      const [ta, tb] = a.cpu !== undefined && b.cpu !== undefined ? [a.cpu, b.cpu] : [a.median, b.median];
      const ratio = tb / five.length / (ta / one.length);
      rows.push({ what: `time per MB, 5 MB / 1 MB${label}`, median: Number(ratio.toFixed(2)), target: 1.5, note: 'ratio of CPU time per byte (1.0 = linear), not ms' });
    }
    const big = ctx.file('template-20mb.yaml', () => {
      const five = fs.readFileSync(ctx.template(2500, 5_000_000, 'yaml'), 'utf8');
      // Four copies of the resources under fresh names: 20 MB, as one template.
      const at = five.indexOf('\nResources:\n') + '\nResources:\n'.length;
      const end = five.indexOf('\nOutputs:');
      const body = five.slice(at, end < 0 ? five.length : end);
      return withAliases(five.slice(0, at) + [0, 1, 2, 3].map((i) => body.replace(/^ {2}(\w+):/gm, `  $1C${i}:`)).join('') + (end < 0 ? '' : five.slice(end)));
    });
    const t = ctx.processTime(process.execPath, [path.join(ctx.root, 'dist', 'cli.js'), 'lint', big, '--format', 'json', '--max-size', '100'], { runs: 3, cwd: ctx.root });
    rows.push({ what: 'CLI process, 20 MB YAML with aliases, --max-size 100', ...t, target: 10_000, note: `${(fs.statSync(big).size / 1e6).toFixed(1)} MB` });
    return rows;
  },
};
