/**
 * The AWS CLI's own example documents (issue 12): our ADB100–ADB111 errors against the real AWS
 * CLI's parameter validation on every `aws` command of test/corpus/aws-cli-examples. The CLI's
 * verdicts were recorded with the AWS CLI (test/differential/examples-verdicts.json; re-record with
 * `npx tsx test/differential/examples.ts`); ours are computed now.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { ours } from '../differential/compare';
import { allExamples, comparable, RECORDED } from '../differential/examples';

interface Recorded {
  cli: string;
  commands: { doc: string; line: number; cmd: string; ok: boolean; msg: string }[];
}

describe('AWS CLI example documents: differential against the real AWS CLI', function () {
  this.timeout(60000);
  const { commands, files } = allExamples();
  const recorded = JSON.parse(fs.readFileSync(RECORDED, 'utf8')) as Recorded;

  it('reads at least 500 example commands, and the recorded verdicts are of these commands', () => {
    assert.ok(commands.length >= 500, `${commands.length} commands`);
    assert.deepEqual(recorded.commands.map((c) => c.cmd), commands.map((c) => c.cmd), 'examples-verdicts.json is stale: run npx tsx test/differential/examples.ts');
  });

  it('agrees with the CLI on at least 99.5% of the comparable commands, with no error where the CLI accepts', () => {
    let total = 0;
    const falseErrors: string[] = [];
    const missed: string[] = [];
    const skipped: string[] = [];
    commands.forEach((c, i) => {
      const why = comparable(c, files.get(c.doc)!);
      if (why) return void skipped.push(`${c.doc}:${c.line} ${why}`);
      total++;
      const v = recorded.commands[i];
      const errors = ours(c.cmd).errors;
      const where = `${c.doc}:${c.line}: ${c.cmd.replace(/\s+/g, ' ').slice(0, 160)}`;
      if (v.ok && errors.length) falseErrors.push(`${where}\n          ours: ${errors.join(' | ')}`);
      if (!v.ok && !errors.length) missed.push(`${where}\n          CLI: ${v.msg}`);
    });
    const agree = total - falseErrors.length - missed.length;
    console.log(`      CLI examples vs ${recorded.cli} (recorded): ${commands.length} commands, ${total} comparable; agreement ${agree}/${total} (${((100 * agree) / total).toFixed(2)}%); not comparable: ${skipped.length}`);
    for (const d of [...falseErrors.map((d) => `error where the CLI accepts: ${d}`), ...missed.map((d) => `CLI rejects, we say nothing: ${d}`)]) console.log(`        ${d}`);
    assert.deepEqual(falseErrors, [], 'errors where the CLI accepts the command');
    assert.ok(agree / total >= 0.995, `agreement ${agree}/${total}`);
  });
});
