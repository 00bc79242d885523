/** ADB157: a DAX cluster without encryption in transit (ClusterEndpointEncryptionType NONE, or not set), in every form. */
import { strict as assert } from 'node:assert';
import { lint } from './helpers';

const cfn = (props: string[]) => ['Resources:', '  Dax:', '    Type: AWS::DAX::Cluster', '    Properties:', '      NodeType: dax.r5.large', '      ReplicationFactor: 3', '      IAMRoleARN: arn:aws:iam::123456789012:role/dax', ...props.map((p) => `      ${p}`), ''].join('\n');

describe('ADB157 DAX cluster without encryption in transit', () => {
  it('fires on NONE (on the value) and on a missing setting (on the logical ID); TLS passes', () => {
    const none = lint(cfn(['ClusterEndpointEncryptionType: NONE']), { ids: ['ADB157'] });
    assert.equal(none.length, 1);
    assert.equal(none[0].at, 'NONE');
    assert.match(none[0].message, /^ClusterEndpointEncryptionType is NONE/);
    const missing = lint(cfn([]), { ids: ['ADB157'] });
    assert.equal(missing.length, 1);
    assert.equal(missing[0].at, 'Dax');
    assert.match(missing[0].message, /is not set/);
    assert.deepEqual(lint(cfn(['ClusterEndpointEncryptionType: TLS']), { ids: ['ADB157'] }), []);
  });

  it('Terraform: on the argument value, or on the resource labels when it is not set', () => {
    const base = 'resource "aws_dax_cluster" "d" {\n  node_type = "dax.r5.large"\n  replication_factor = 3\n';
    const none = lint(`${base}  cluster_endpoint_encryption_type = "NONE"\n}\n`, { ids: ['ADB157'], fileName: 'main.tf', form: 'terraform' });
    assert.equal(none.length, 1);
    assert.equal(none[0].at, '"NONE"');
    assert.match(none[0].message, /^cluster_endpoint_encryption_type is NONE/);
    const missing = lint(`${base}}\n`, { ids: ['ADB157'], fileName: 'main.tf', form: 'terraform' });
    assert.equal(missing.length, 1);
    assert.equal(missing[0].at, '"aws_dax_cluster" "d"');
    assert.deepEqual(lint(`${base}  cluster_endpoint_encryption_type = "TLS"\n}\n`, { ids: ['ADB157'], fileName: 'main.tf', form: 'terraform' }), []);
  });

  it('AWS CLI: create-cluster without TLS', () => {
    const cmd = 'aws dax create-cluster --cluster-name d --node-type dax.r5.large --replication-factor 3 --iam-role-arn arn:aws:iam::123456789012:role/dax';
    assert.equal(lint(`${cmd}\n`, { ids: ['ADB157'], fileName: 'deploy.sh' }).length, 1);
    assert.deepEqual(lint(`${cmd} --cluster-endpoint-encryption-type TLS\n`, { ids: ['ADB157'], fileName: 'deploy.sh' }), []);
  });
});
