/** The rules on CDK TypeScript: the same rules fire on constructs, pointing at the prop in the source. */
import assert from 'node:assert/strict';
import { dedent, lint } from './helpers';

const IMPORTS = [
  "import * as cdk from 'aws-cdk-lib';",
  "import * as rds from 'aws-cdk-lib/aws-rds';",
  "import { aws_dynamodb as dynamodb, RemovalPolicy, Duration, SecretValue } from 'aws-cdk-lib';",
  "import * as elasticache from 'aws-cdk-lib/aws-elasticache';",
  "import * as dax from 'aws-cdk-lib/aws-dax';",
  "import * as docdb from 'aws-cdk-lib/aws-docdb';",
  "import * as os from 'aws-cdk-lib/aws-opensearchservice';",
  "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
  '',
].join('\n');

const cdk = (body: string, ids?: string[], production: 'auto' | 'always' | 'never' = 'never') =>
  lint(IMPORTS + dedent(body), { fileName: 'lib/db-stack.ts', ids, production });
const seen = (body: string, ids: string[], production?: 'auto' | 'always' | 'never') => cdk(body, ids, production).map((s) => `${s.ruleId} ${s.at}`);

describe('rules on CDK constructs', () => {
  it('ADB001: backupRetention outside 0-35 days points at the Duration', () => {
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, backupRetention: Duration.days(40) });`, ['ADB001']), ['ADB001 Duration.days(40)']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, backupRetention: Duration.days(14) });`, ['ADB001']), []);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, backupRetention: Duration.days(n) });`, ['ADB001']), [], 'computed: no finding');
  });

  it('ADB004: storageEncrypted absent (CDK default false) at the construct, false at the value; a KMS key turns it on', () => {
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine });`, ['ADB004']), ['ADB004 DatabaseInstance']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, storageEncrypted: false });`, ['ADB004']), ['ADB004 false']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, storageEncrypted: true });`, ['ADB004']), []);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, storageEncryptionKey: key });`, ['ADB004']), []);
    assert.deepEqual(seen(`new rds.CfnDBInstance(this, 'Db', { engine: 'mysql', storageEncrypted: false });`, ['ADB004']), ['ADB004 false']);
  });

  it('ADB006: publiclyAccessible true, or the CDK default true for a public subnet selection', () => {
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, publiclyAccessible: true });`, ['ADB006']), ['ADB006 true']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });`, ['ADB006']), ['ADB006 DatabaseInstance']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });`, ['ADB006']), []);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, vpcSubnets: subnets });`, ['ADB006']), [], 'unknown subnets: no guess');
  });

  it('ADB008: gp2 written, or the CDK default storage type gp2', () => {
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, storageType: rds.StorageType.GP2 });`, ['ADB008']), ['ADB008 rds.StorageType.GP2']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine });`, ['ADB008']), ['ADB008 DatabaseInstance']);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, storageType: rds.StorageType.GP3 });`, ['ADB008']), []);
  });

  it('ADB012: a literal password through SecretValue.unsafePlainText; a generated secret is fine', () => {
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText('s3cr3t-Passw0rd')) });`, ['ADB012']), ["ADB012 's3cr3t-Passw0rd'"]);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, credentials: rds.Credentials.fromGeneratedSecret('admin') });`, ['ADB012']), []);
    assert.deepEqual(seen(`new rds.DatabaseInstance(this, 'Db', { engine, credentials: rds.Credentials.fromPassword('admin', secret.secretValue) });`, ['ADB012']), []);
  });

  it('ADB015 (production): deletionProtection absent, false, or implied by RemovalPolicy.RETAIN', () => {
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { engine });`, ['ADB015'], 'always'), ['ADB015 DatabaseCluster']);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { engine, deletionProtection: false });`, ['ADB015'], 'always'), ['ADB015 false']);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { engine, removalPolicy: RemovalPolicy.RETAIN });`, ['ADB015'], 'always'), []);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { engine });`, ['ADB015'], 'never'), []);
  });

  it('production is detected from a construct id', () => {
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'OrdersProd', { engine });`, ['ADB015'], 'auto'), ['ADB015 DatabaseCluster']);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Orders', { engine });`, ['ADB015'], 'auto'), []);
  });

  it('ADB050/ADB054: DynamoDB point-in-time recovery and billing mode', () => {
    const pk = "partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }";
    assert.deepEqual(seen(`new dynamodb.Table(this, 'T', { ${pk} });`, ['ADB050']), ['ADB050 Table']);
    assert.deepEqual(seen(`new dynamodb.Table(this, 'T', { ${pk}, pointInTimeRecovery: true });`, ['ADB050']), []);
    assert.deepEqual(seen(`new dynamodb.Table(this, 'T', { ${pk}, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });`, ['ADB050']), []);
    assert.deepEqual(seen(`new dynamodb.Table(this, 'T', { ${pk}, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, readCapacity: 10 });`, ['ADB054']), ['ADB054 readCapacity']);
    assert.deepEqual(seen(`new dynamodb.Table(this, 'T', { ${pk} });`, ['ADB054']), [], 'CDK default: PROVISIONED with 5/5');
  });

  it('ADB057/ADB060/ADB080: L1 DAX and ElastiCache props, the RDS Proxy requireTLS default', () => {
    assert.deepEqual(seen(`new dax.CfnCluster(this, 'D', { iamRoleArn: r, nodeType: 'dax.r5.large', replicationFactor: 3, sseSpecification: { sseEnabled: false } });`, ['ADB057']), ['ADB057 false']);
    assert.deepEqual(seen(`new elasticache.CfnReplicationGroup(this, 'R', { replicationGroupDescription: 'r', engine: 'redis', atRestEncryptionEnabled: true, transitEncryptionEnabled: false });`, ['ADB060']), ['ADB060 false']);
    assert.deepEqual(seen(`new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc });`, ['ADB080']), [], 'requireTLS defaults to true in the CDK');
    assert.deepEqual(seen(`new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc, requireTLS: false });`, ['ADB080']), ['ADB080 false']);
  });

  it('ADB070/ADB076: DocumentDB encrypted by default in the CDK; OpenSearch options absent', () => {
    assert.deepEqual(seen(`new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType, vpc });`, ['ADB070']), []);
    assert.deepEqual(seen(`new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType, vpc, storageEncrypted: false });`, ['ADB070']), ['ADB070 false']);
    assert.equal(cdk(`new os.Domain(this, 'S', { version, nodeToNodeEncryption: true, enforceHttps: true, encryptionAtRest: { enabled: true } });`, ['ADB076']).length, 0);
    assert.ok(cdk(`new os.Domain(this, 'S', { version });`, ['ADB076']).length > 0);
  });

  it('suppressions: inline comment, comment above the construct, cdk-nag NagSuppressions with our IDs', () => {
    const body = `
      new rds.DatabaseInstance(this, 'A', {
        engine,
        // aws-db-architect-ignore ADB006
        publiclyAccessible: true,
      });
      // aws-db-architect-ignore ADB004 ADB008
      const b = new rds.DatabaseInstance(this, 'B', {
        engine,
        storageType: rds.StorageType.GP2,
      });
      const c = new rds.DatabaseInstance(this, 'C', { engine, publiclyAccessible: true });
      NagSuppressions.addResourceSuppressions(c, [{ id: 'ADB006', reason: 'bastion-less lab' }]);
    `;
    const found = cdk(body, ['ADB004', 'ADB006', 'ADB008']).map((s) => `${s.ruleId} ${s.finding.resource}`);
    assert.deepEqual(found.sort(), ['ADB004 A', 'ADB004 C', 'ADB008 A', 'ADB008 C']);
  });
  it('cdk-nag suppressions with AwsSolutions IDs silence the rules the peer table maps them to', () => {
    const body = `
      const db = new rds.DatabaseInstance(this, 'Db', { engine, publiclyAccessible: true });
      NagSuppressions.addResourceSuppressions(db, [{ id: 'AwsSolutions-RDS2', reason: 'lab data only' }]);
      const t = new dynamodb.Table(this, 'T', { partitionKey: pk });
      NagSuppressions.addStackSuppressions(this, [{ id: 'AwsSolutions-DDB3', reason: 'rebuilt from S3' }]);
    `;
    assert.deepEqual(seen(body, ['ADB004', 'ADB006', 'ADB050']), ['ADB006 true']);
  });
});
