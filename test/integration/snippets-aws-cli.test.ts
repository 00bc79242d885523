/**
 * Integration: filled with their defaults, every `aws` command of the shell snippets passes the
 * real AWS CLI's parameter validation (one Python process, a closed local port: "Could not
 * connect" means accepted). (The pure checks of the snippets are in test/unit/snippets-shell.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { awsCommands, filled, loadSnippets, validateAwsCommands } from '../snippets/harness';
import { requireAwsCli } from './tools';

describe('integration: shell snippets pass the real AWS CLI', function () {
  this.timeout(120_000);
  const commands = loadSnippets('snippets/shell.code-snippets').flatMap((s) => awsCommands(filled(s)).map((line) => ({ prefix: s.prefix, line })));

  it('every command passes the real AWS CLI parameter validation', () => {
    requireAwsCli();
    assert.ok(commands.length >= 30, `${commands.length} commands`);
    // Control: the study guide's create-table with a flag create-table does not take must be rejected.
    const control = 'aws dynamodb create-table --table-name T --attribute-definitions AttributeName=k,AttributeType=S --key-schema AttributeName=k,KeyType=HASH --billing-mode PAY_PER_REQUEST --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true';
    const all = validateAwsCommands([...commands.map((c) => c.line), control]);
    assert.equal(all.pop()!.ok, false, 'the validation harness accepts an invalid command');
    const rejected = all.map((r, i) => ({ ...r, ...commands[i] })).filter((r) => !r.ok).map((r) => `${r.prefix}: ${r.line.slice(0, 80)}…\n  ${r.output.split('\n').slice(-3).join('\n  ')}`);
    assert.deepEqual(rejected, []);
  });
});
