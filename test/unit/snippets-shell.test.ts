/**
 * Proof of the shell snippets: no secret is written literally, the study guide's 23 CLI examples
 * are all rewritten, and our linter finds no error or warning (production mode on too). That every
 * `aws` command passes the real AWS CLI's parameter validation is an integration test
 * (test/integration/snippets-aws-cli.test.ts).
 */
import { strict as assert } from 'node:assert';
import { fixtureText } from '../fixture';
import { awsCommands, filled, lintProblems, loadSnippets } from '../snippets/harness';

const FILE = 'snippets/shell.code-snippets';
/** The study guide's AWS CLI examples (an extract, see test/fixtures/study-guide/SOURCES.md). */
const SEED = 'study-guide/aws-cli-examples.md';

describe('snippets: shell (AWS CLI)', function () {
  const snippets = loadSnippets(FILE);
  const commands = snippets.flatMap((s) => awsCommands(filled(s)).map((line) => ({ prefix: s.prefix, line })));

  it('has at least 30 aws commands across at least 12 service namespaces', () => {
    assert.ok(commands.length >= 30, `${commands.length} commands`);
    const namespaces = new Set(commands.map((c) => c.line.split(/\s+/)[1]));
    assert.ok(namespaces.size >= 12, [...namespaces].join(' '));
    for (const ns of ['rds', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'docdb', 'neptune', 'keyspaces', 'timestream-influxdb', 'opensearch', 'dms', 'dsql']) assert.ok(namespaces.has(ns), ns);
  });

  it('writes no secret literally: no --master-user-password, --auth-token or literal --password', () => {
    for (const c of commands) {
      assert.ok(!/--master-user-password\b|--auth-token\b/.test(c.line), `${c.prefix}: ${c.line}`);
      const pw = /--password\s+(\S+)/.exec(c.line);
      if (pw) assert.match(pw[1], /^"?\$[A-Z_]+"?$/, `${c.prefix}: --password must come from a variable filled from Secrets Manager`);
    }
    const rdsCreates = commands.filter((c) => /^aws (rds|docdb) create-db-cluster|^aws rds create-db-instance /.test(c.line) && !/--db-cluster-identifier|--global-cluster-identifier/.test(c.line));
    for (const c of rdsCreates) assert.match(c.line, /--manage-master-user-password/, c.prefix);
  });

  it('rewrites every one of the study guide CLI examples', () => {
    const section = fixtureText(SEED);
    assert.ok(section.startsWith('## AWS CLI Examples'), 'the extract starts at the guide\'s AWS CLI Examples section');
    const headings = [...section.matchAll(/^# (.+)$/gm)].map((m) => m[1].trim());
    assert.ok(headings.length >= 20, `${headings.length} examples found in the seed`);
    const descs = snippets.map((s) => s.description);
    const missing = headings.filter((h) => !descs.some((d) => d.includes(`(study guide: ${h})`)));
    assert.deepEqual(missing, []);
  });

  it('every snippet has tab stops and our linter reports no error or warning (auto and production)', () => {
    const problems: string[] = [];
    for (const s of snippets) {
      assert.match(s.body.join('\n'), /\$\{1[:|]/, `${s.prefix} has no first tab stop`);
      const text = `#!/usr/bin/env bash\nset -euo pipefail\n${filled(s)}\n`;
      for (const mode of ['auto', 'always'] as const) for (const p of lintProblems(text, `${s.prefix}.sh`, mode)) problems.push(`${s.prefix} (${mode}): ${p}`);
    }
    assert.deepEqual(problems, []);
    // Control: the Multi-AZ instance without encryption must be flagged (the CLI reader reads these scripts).
    const db = snippets.find((s) => s.prefix === 'adb-cli-rds-create-multi-az')!;
    const bad = filled(db).replace('--storage-encrypted', '--no-storage-encrypted');
    assert.ok(lintProblems(bad, 'control.sh', 'auto').some((p) => p.startsWith('ADB004')), 'the linter does not read the shell snippets');
  });
});
