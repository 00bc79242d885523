/** Issue 3: warm analysis (read + rules) of generated CloudFormation templates. */
import fs from 'node:fs';
import type { BenchContext } from '../lib/context';
import type { BenchCase, Row } from '../lib/types';

type Engine = typeof import('../../src/core/engine');
type Yaml = typeof import('../../src/core/forms/cloudformation/yaml');
type Fast = typeof import('../../src/core/forms/cloudformation/yaml-fast');

function analysis(ctx: BenchContext, what: string, file: string, target: number): Row {
  const { analyze } = ctx.load<Engine>('src/core/engine.ts');
  const text = fs.readFileSync(file, 'utf8');
  const a = analyze(text, { fileName: file });
  if (a.kind !== 'cloudformation') throw new Error(`${file} was not read as a template`);
  const t = ctx.warm(() => analyze(text, { fileName: file }), { runs: 21 });
  return { what, ...t, target, note: `${a.findings.length} findings` };
}

export const cfnAnalysis: BenchCase = {
  id: 'cfn-analysis',
  title: 'CloudFormation analysis, warm (issue 3)',
  run(ctx) {
    const bigYaml = ctx.template(500, 1_000_000, 'yaml');
    const rows = [
      analysis(ctx, 'analysis, 1 MB YAML, 500 resources', bigYaml, 150),
      analysis(ctx, 'analysis, 1 MB JSON, 500 resources', ctx.template(500, 1_000_000, 'json'), 50),
      analysis(ctx, 'analysis, 70 KB YAML, 100 resources', ctx.template(100, 70_000, 'yaml'), 10),
    ];
    // The reader's share, and what the yaml package alone costs on the same text (the fallback path).
    const text = fs.readFileSync(bigYaml, 'utf8');
    const { readYamlFast } = ctx.load<Fast>('src/core/forms/cloudformation/yaml-fast.ts');
    const { readYamlPackage } = ctx.load<Yaml>('src/core/forms/cloudformation/yaml.ts');
    if (!readYamlFast(text)) throw new Error('the fast YAML reader declined the bench template');
    rows.push({ what: 'read only, 1 MB YAML: fast reader', ...ctx.warm(() => readYamlFast(text), { runs: 21 }) });
    rows.push({ what: 'read only, 1 MB YAML: yaml package (fallback)', ...ctx.warm(() => readYamlPackage(text), { warmup: 2, runs: 7 }) });
    return rows;
  },
};
