/** ADB020 on DocumentDB and Neptune clusters: a production cluster exporting no logs, in templates and Terraform. */
import { strict as assert } from 'node:assert';
import { lint } from './helpers';

const cfn = (type: string, props: string[]) => ['Resources:', '  C:', `    Type: ${type}`, '    Properties:', ...props.map((p) => `      ${p}`), ''].join('\n');
const always = { ids: ['ADB020'], production: 'always' as const };

describe('ADB020 on DocumentDB and Neptune clusters', () => {
  it('fires on a production cluster without log exports (on the logical ID) or with an empty list (on the list)', () => {
    for (const [type, want] of [['AWS::DocDB::DBCluster', /audit and profiler/], ['AWS::Neptune::DBCluster', /audit \(with the neptune_enable_audit_log/]] as const) {
      const missing = lint(cfn(type, ['StorageEncrypted: true']), always);
      assert.equal(missing.length, 1, type);
      assert.equal(missing[0].at, 'C');
      assert.match(missing[0].message, /EnableCloudwatchLogsExports is not set/);
      assert.match(missing[0].message, want);
      const empty = lint(cfn(type, ['StorageEncrypted: true', 'EnableCloudwatchLogsExports: []']), always);
      assert.equal(empty.length, 1);
      assert.equal(empty[0].at, '[]');
      assert.deepEqual(lint(cfn(type, ['StorageEncrypted: true', 'EnableCloudwatchLogsExports: [audit]']), always), [], type);
      assert.deepEqual(lint(cfn(type, ['StorageEncrypted: true']), { ids: ['ADB020'], production: 'never' }), [], type);
    }
  });

  it('Terraform: aws_docdb_cluster and aws_neptune_cluster, named by their own arguments', () => {
    const doc = lint('resource "aws_docdb_cluster" "c" {\n  storage_encrypted = true\n}\n', { ...always, fileName: 'main.tf', form: 'terraform' });
    assert.equal(doc.length, 1);
    assert.equal(doc[0].at, '"aws_docdb_cluster" "c"');
    assert.match(doc[0].message, /^enabled_cloudwatch_logs_exports is not set/);
    const nep = lint('resource "aws_neptune_cluster" "c" {\n  storage_encrypted = true\n  enable_cloudwatch_logs_exports = []\n}\n', { ...always, fileName: 'main.tf', form: 'terraform' });
    assert.equal(nep.length, 1);
    assert.equal(nep[0].at, '[]');
    assert.deepEqual(lint('resource "aws_neptune_cluster" "c" {\n  storage_encrypted = true\n  enable_cloudwatch_logs_exports = ["audit"]\n}\n', { ...always, fileName: 'main.tf', form: 'terraform' }), []);
  });
});
