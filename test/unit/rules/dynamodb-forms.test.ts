import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

/** The same DynamoDB rules on AWS CLI scripts and CDK apps, with messages in each form's words. */
describe('DynamoDB rules in AWS CLI scripts and CDK apps', () => {
  const create = 'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH';
  it('CLI: create-table without billing mode or throughput is an error on the command; PITR points to update-continuous-backups', () => {
    const f = lint(`${create}\n`, { fileName: 'deploy.sh', ids: ['ADB050', 'ADB054'] });
    const byId = new Map(f.map((x) => [x.ruleId, x]));
    assert.equal(byId.get('ADB054')!.at, 'create-table');
    assert.equal(byId.get('ADB054')!.severity, 'error');
    assert.match(byId.get('ADB054')!.message, /--billing-mode is not set, so PROVISIONED, which requires --provisioned-throughput/);
    assert.match(byId.get('ADB050')!.message, /update-continuous-backups --point-in-time-recovery-specification/);
  });
  it('CLI: no PITR warning once the script turns PITR on, and no billing error in on-demand mode', () => {
    const sh = `${create} --billing-mode PAY_PER_REQUEST\naws dynamodb update-continuous-backups --table-name Orders --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true\n`;
    assert.deepEqual(lint(sh, { fileName: 'deploy.sh', ids: ['ADB050', 'ADB054'] }), []);
  });
  it('CDK: the Table construct default capacity is not an error, but capacity with PAY_PER_REQUEST is', () => {
    const head = "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n";
    const plain = `${head}new dynamodb.Table(this, 'T', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });\n`;
    const f = lint(plain, { fileName: 'stack.ts', ids: ['ADB050', 'ADB054'] });
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB050']);
    assert.match(f[0].message, /pointInTimeRecoverySpecification: \{ pointInTimeRecoveryEnabled: true \}/);
    const bad = `${head}new dynamodb.Table(this, 'P', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, readCapacity: 5 });\n`;
    const e = lint(bad, { fileName: 'stack.ts', ids: ['ADB054'] });
    assert.deepEqual(e.map((x) => [x.at, x.severity]), [['readCapacity', 'error']]);
  });
});

describe('DynamoDB global tables from CDK TableV2', () => {
  const head = "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n";
  it('no billing error for Billing.provisioned (CDK renders the write settings); PITR advice in CDK words', () => {
    const ts = `${head}new dynamodb.TableV2(this, 'G', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, billing: dynamodb.Billing.provisioned({ readCapacity: dynamodb.Capacity.fixed(10), writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 15 }) }) });\n`;
    const f = lint(ts, { fileName: 'stack.ts', ids: ['ADB054', 'ADB056'] });
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB056']);
    assert.match(f[0].message, /pointInTimeRecoverySpecification: \{ pointInTimeRecoveryEnabled: true \}/);
  });
});

describe('DynamoDB update commands', () => {
  it('does not report missing capacity on update-table', () => {
    const sh = 'aws dynamodb update-table --table-name Orders --billing-mode PROVISIONED\n';
    assert.deepEqual(lint(sh, { fileName: 'deploy.sh', ids: ['ADB050', 'ADB051', 'ADB054'] }), []);
    // The update command is read: a contradiction it writes is still an error.
    const both = 'aws dynamodb update-table --table-name Orders --billing-mode PAY_PER_REQUEST --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5\n';
    assert.deepEqual(lint(both, { fileName: 'deploy.sh', ids: ['ADB054'] }).map((x) => x.at), ['--provisioned-throughput']);
  });
});
