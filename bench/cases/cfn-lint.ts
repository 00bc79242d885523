/** Issue 3: cfn-lint on the same templates, once each, beside our CLI process measured in the same run. */
import { spawnSync } from 'node:child_process';
import type { BenchCase, Row } from '../lib/types';

export const cfnLint: BenchCase = {
  id: 'cfn-lint',
  title: 'cfn-lint, one run each, vs our CLI process (issue 3)',
  run(ctx) {
    const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
    if (probe.error) return [{ what: 'cfn-lint', note: `not measured: ${probe.error.message}` }];
    const rows: Row[] = [];
    const files = [
      ['1 MB YAML', ctx.template(500, 1_000_000, 'yaml')],
      ['1 MB JSON', ctx.template(500, 1_000_000, 'json')],
      ['70 KB YAML', ctx.template(100, 70_000, 'yaml')],
    ];
    for (const [label, file] of files) {
      // cfn-lint's exit status is a bit set of the finding levels (0-31); anything else is a crash.
      const theirs = ctx.processTime('cfn-lint', [file], { runs: 1, okStatus: [...Array(32).keys()] });
      const ours = ctx.cli(file);
      rows.push({
        what: `cfn-lint ${probe.stdout.trim().replace(/^cfn-lint\s*/, '')}, ${label}`,
        median: theirs.median,
        runs: 1,
        note: `ours ${ours.median.toFixed(0)} ms (CLI process): ${(theirs.median / ours.median).toFixed(0)}x faster`,
      });
    }
    return rows;
  },
};
