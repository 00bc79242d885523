/** Issue 8: the AWS CLI service-model check alone (read the script, check every command) on the 2,000-line script. */
import fs from 'node:fs';
import type { BenchCase } from '../lib/types';
import { shellScript } from '../inputs/shell';

type CliRules = typeof import('../../src/core/cli-model/rules');

export const cliModelCheck: BenchCase = {
  id: 'cli-model-check',
  title: 'AWS CLI script check against the service model (issue 8)',
  run(ctx) {
    const file = ctx.file('script-2000.sh', () => shellScript(2000));
    const text = fs.readFileSync(file, 'utf8');
    const { checkScript } = ctx.load<CliRules>('src/core/cli-model/rules.ts');
    const issues = checkScript(text, file);
    const t = ctx.warm(() => checkScript(text, file), { runs: 21 });
    return [{ what: 'script check (read + model check), 2,000-line shell script', ...t, target: 20, note: `${issues.length} model findings` }];
  },
};
