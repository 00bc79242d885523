/**
 * The differential test (issue 8): our model check against the real AWS CLI on the generated
 * commands of test/differential/commands.json, here against the verdicts recorded with the real
 * CLI (test/differential/verdicts.json). The integration test
 * (test/integration/cli-differential.test.ts) runs the installed AWS CLI and checks the recording
 * is its verdicts.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { compare } from '../differential/compare';
import { report } from '../differential/report';
import type { DiffCommand } from '../differential/generate';

const DIR = path.join(__dirname, '..', 'differential');

describe('AWS CLI differential test', function () {
  this.timeout(60_000);
  const cmds: DiffCommand[] = JSON.parse(fs.readFileSync(path.join(DIR, 'commands.json'), 'utf8'));
  const recorded = JSON.parse(fs.readFileSync(path.join(DIR, 'verdicts.json'), 'utf8')) as { cli: string; verdicts: { ok: boolean; msg: string }[] };

  it('has at least 500 commands, with every kind of mutation', () => {
    assert.ok(cmds.length >= 500, `${cmds.length} commands`);
    const kinds = new Set(cmds.map((c) => c.kind));
    for (const k of ['seed', 'valid', 'drop-required', 'misspell-flag', 'switch-value', 'break-shorthand', 'unknown-key', 'wrong-type', 'bad-json', 'enum', 'abbreviation']) assert.ok(kinds.has(k), `no ${k} command`);
    assert.equal(recorded.verdicts.length, cmds.length, 'verdicts.json is stale: run npx tsx test/differential/generate.ts');
  });

  it('agrees with the recorded verdicts of the real AWS CLI on at least 99% of commands, with no error where it accepts', () => {
    const { figures } = compare(cmds, recorded.verdicts);
    report(figures, `${recorded.cli} (recorded verdicts)`);
    assert.equal(figures.falseErrors.length, 0, 'errors where the CLI accepts the command');
    assert.ok(figures.agree / figures.total >= 0.99, `agreement ${figures.agree}/${figures.total}`);
    // Enum and abbreviation findings are beyond the CLI: it accepts those commands.
    const enums = figures.enumFindings;
    assert.ok(enums > 0 && figures.abbreviationFindings > 0);
  });
});
