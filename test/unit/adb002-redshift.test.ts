/** ADB002 on Redshift: AutomatedSnapshotRetentionPeriod 0 turns automated snapshots off (RA3 rejects it), on the value, in every form. */
import { strict as assert } from 'node:assert';
import { lint } from './helpers';

const cfn = (props: string[]) => ['Resources:', '  W:', '    Type: AWS::Redshift::Cluster', '    Properties:', ...props.map((p) => `      ${p}`), ''].join('\n');
const base = ['ClusterType: single-node', 'DBName: dev', 'MasterUsername: admin', 'ManageMasterPassword: true', 'Encrypted: true'];

describe('ADB002 on Redshift clusters (automated snapshots off)', () => {
  it('fires on a retention of 0, on the value; RA3 node types get the message that they do not accept it', () => {
    const dc2 = lint(cfn([...base, 'NodeType: dc2.large', 'AutomatedSnapshotRetentionPeriod: 0']), { ids: ['ADB002'] });
    assert.equal(dc2.length, 1);
    assert.equal(dc2[0].at, '0');
    assert.match(dc2[0].message, /^AutomatedSnapshotRetentionPeriod is 0: automated snapshots are off/);
    const ra3 = lint(cfn([...base, 'NodeType: ra3.xlplus', 'AutomatedSnapshotRetentionPeriod: 0']), { ids: ['ADB002'] });
    assert.equal(ra3.length, 1);
    assert.match(ra3[0].message, /RA3 node types do not accept/);
  });

  it('does not fire on 1 or more, or when the setting is absent (default 1 day)', () => {
    assert.deepEqual(lint(cfn([...base, 'NodeType: dc2.large', 'AutomatedSnapshotRetentionPeriod: 1']), { ids: ['ADB002'] }), []);
    assert.deepEqual(lint(cfn([...base, 'NodeType: dc2.large']), { ids: ['ADB002'] }), []);
  });

  it('Terraform and the AWS CLI: on the argument value and on the flag value', () => {
    const tf = 'resource "aws_redshift_cluster" "w" {\n  node_type = "dc2.large"\n  encrypted = true\n  automated_snapshot_retention_period = 0\n}\n';
    const t = lint(tf, { ids: ['ADB002'], fileName: 'main.tf', form: 'terraform' });
    assert.equal(t.length, 1);
    assert.equal(t[0].at, '0');
    assert.match(t[0].message, /^automated_snapshot_retention_period is 0/);
    assert.deepEqual(lint(tf.replace('= 0', '= 7'), { ids: ['ADB002'], fileName: 'main.tf', form: 'terraform' }), []);
    const sh = lint('aws redshift create-cluster --cluster-identifier w --node-type dc2.large --master-username a --manage-master-password --automated-snapshot-retention-period 0\n', { ids: ['ADB002'], fileName: 'deploy.sh' });
    assert.equal(sh.length, 1);
    assert.equal(sh[0].at, '0');
  });
});
