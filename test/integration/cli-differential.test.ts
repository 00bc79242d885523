/**
 * Integration: the differential test against the AWS CLI installed here (one Python process,
 * test/differential/aws_verdicts.py). Its verdicts must be the recorded ones the unit test uses
 * (test/differential/verdicts.json), and our model check must agree with it on at least 99% of
 * the commands, with no error where it accepts.
 */
import { strict as assert } from 'node:assert';
import { compare } from '../differential/compare';
import { realVerdicts, type DiffCommand } from '../differential/generate';
import { report } from '../differential/report';
import fs from 'node:fs';
import { repoPath } from '../fixture';
import { requireAwsCli } from './tools';

describe('integration: AWS CLI differential test against the installed AWS CLI', function () {
  // About 30 s on an idle machine; generous so a loaded machine does not fail it.
  this.timeout(900_000);
  const cmds: DiffCommand[] = JSON.parse(fs.readFileSync(repoPath('test/differential/commands.json'), 'utf8'));
  const recorded = JSON.parse(fs.readFileSync(repoPath('test/differential/verdicts.json'), 'utf8')) as { cli: string; verdicts: { ok: boolean; msg: string }[] };

  it('the installed AWS CLI gives the recorded verdicts, and we agree with it on at least 99% of commands', () => {
    const version = requireAwsCli();
    // The model data was generated from one CLI version: another version's verdicts would measure the data's age, not the checker.
    assert.equal(version, recorded.cli, `the AWS CLI installed is ${version}; the model and verdicts were recorded with ${recorded.cli}: install it (pip install awscli==${recorded.cli.replace('aws-cli/', '')}) or regenerate (npx tsx test/differential/generate.ts, python3 scripts/gen-cli-model.py)`);
    const live = realVerdicts(cmds, recorded.cli);
    assert.ok(live, `${recorded.cli} did not answer`);
    const changed = live.verdicts.map((v, i) => (v.ok === recorded.verdicts[i].ok ? '' : `${cmds[i].cmd}: recorded ${recorded.verdicts[i].ok}, live ${v.ok}`)).filter(Boolean);
    assert.deepEqual(changed, [], 'verdicts.json is stale: run npx tsx test/differential/generate.ts');
    const { figures } = compare(cmds, live.verdicts);
    report(figures, `${live.cli} (live)`);
    assert.equal(figures.falseErrors.length, 0, 'errors where the CLI accepts the command');
    assert.ok(figures.agree / figures.total >= 0.99, `agreement ${figures.agree}/${figures.total}`);
  });
});
