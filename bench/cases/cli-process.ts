/** Issue 3: the whole CLI process (`node dist/cli.js lint FILE --format json`) on the 1 MB template. */
import type { BenchCase } from '../lib/types';

export const cliProcess: BenchCase = {
  id: 'cli-process',
  title: 'CLI process, median of 5 (issue 3)',
  run(ctx) {
    const t = ctx.cli(ctx.template(500, 1_000_000, 'yaml'));
    const findings = (JSON.parse(t.stdout) as { files: { findings: unknown[] }[] }).files[0].findings.length;
    return [{ what: 'CLI process, 1 MB YAML', ...t, target: 600, note: `${findings} findings` }];
  },
};
