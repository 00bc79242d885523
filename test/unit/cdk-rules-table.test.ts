/**
 * Every rule with a CDK form, on CDK code: a construct that fires (and where the finding points)
 * and one that does not. L2 constructs where the CDK has them, L1 `Cfn*` classes otherwise.
 */
import assert from 'node:assert/strict';
import { lint } from './helpers';

const IMPORTS = `import * as cdk from 'aws-cdk-lib';
import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as memorydb from 'aws-cdk-lib/aws-memorydb';
import * as dax from 'aws-cdk-lib/aws-dax';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as neptune from 'aws-cdk-lib/aws-neptune';
import * as dsql from 'aws-cdk-lib/aws-dsql';
import * as dms from 'aws-cdk-lib/aws-dms';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as qldb from 'aws-cdk-lib/aws-qldb';
import * as timestream from 'aws-cdk-lib/aws-timestream';
import * as cassandra from 'aws-cdk-lib/aws-cassandra';
`;

const PG = 'engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 })';
const AURORA_PG = 'engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 })';
const REDIS = "replicationGroupDescription: 'r', engine: 'redis', cacheNodeType: 'cache.r7g.large'";
const PK = "partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }";

/** [rule, firing construct, the text the finding points at, a construct that does not fire, production]. */
const CASES: [string, string, string, string, boolean?][] = [
  ['ADB001', `new rds.DatabaseInstance(this, 'Db', { ${PG}, backupRetention: Duration.days(36) })`, 'Duration.days(36)', `new rds.DatabaseInstance(this, 'Db', { ${PG}, backupRetention: Duration.days(35) })`],
  ['ADB002', `new rds.DatabaseInstance(this, 'Db', { ${PG}, backupRetention: Duration.days(0) })`, 'Duration.days(0)', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`],
  ['ADB003', `new rds.DatabaseInstance(this, 'Db', { ${PG}, backupRetention: Duration.days(3) })`, 'Duration.days(3)', `new rds.DatabaseInstance(this, 'Db', { ${PG}, backupRetention: Duration.days(7) })`, true],
  ['ADB004', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`, 'DatabaseInstance', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageEncrypted: true })`],
  ['ADB005', `new rds.CfnDBInstance(this, 'Db', { engine: 'postgres', kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc', storageEncrypted: false })`, 'kmsKeyId', `new rds.CfnDBInstance(this, 'Db', { engine: 'postgres', kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc', storageEncrypted: true })`],
  ['ADB006', `new rds.DatabaseInstance(this, 'Db', { ${PG}, publiclyAccessible: true })`, 'true', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`],
  ['ADB007', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`, 'DatabaseInstance', `new rds.DatabaseInstance(this, 'Db', { ${PG}, multiAz: true })`, true],
  ['ADB008', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`, 'DatabaseInstance', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.GP3 })`],
  ['ADB009', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.STANDARD })`, 'rds.StorageType.STANDARD', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.IO2, iops: 3000 })`],
  ['ADB010', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.GP3, allocatedStorage: 10 })`, '10', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.GP3, allocatedStorage: 20 })`],
  ['ADB011', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.IO1, allocatedStorage: 100, iops: 500 })`, '500', `new rds.DatabaseInstance(this, 'Db', { ${PG}, storageType: rds.StorageType.IO1, allocatedStorage: 100, iops: 3000 })`],
  ['ADB012', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText('Sup3r-s3cret-pw')) })`, "'Sup3r-s3cret-pw'", `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, credentials: rds.Credentials.fromGeneratedSecret('admin') })`],
  ['ADB013', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG} })`, 'DatabaseCluster', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, iamAuthentication: true })`],
  ['ADB014', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`, 'DatabaseInstance', `new rds.DatabaseInstance(this, 'Db', { ${PG}, enablePerformanceInsights: true })`],
  ['ADB015', `new rds.DatabaseInstance(this, 'Db', { ${PG}, deletionProtection: false })`, 'false', `new rds.DatabaseInstance(this, 'Db', { ${PG}, removalPolicy: RemovalPolicy.RETAIN })`, true],
  ['ADB017', `new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_5_7_44 }) })`, 'rds.MysqlEngineVersion.VER_5_7_44', `new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_3 }) })`],
  ['ADB019', `new rds.DatabaseInstance(this, 'Db', { ${PG}, preferredBackupWindow: '03:00-03:10' })`, "'03:00-03:10'", `new rds.DatabaseInstance(this, 'Db', { ${PG}, preferredBackupWindow: '03:00-04:00' })`],
  ['ADB020', `new rds.DatabaseInstance(this, 'Db', { ${PG} })`, 'DatabaseInstance', `new rds.DatabaseInstance(this, 'Db', { ${PG}, cloudwatchLogsExports: ['postgresql'] })`, true],
  ['ADB031', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, backtrackWindow: Duration.hours(24) })`, 'Duration.hours(24)', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG} })`],
  ['ADB033', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, storageEncrypted: false })`, 'false', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, storageEncryptionKey: key })`],
  ['ADB034', `new rds.ServerlessCluster(this, 'C', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc })`, 'ServerlessCluster', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, serverlessV2MinCapacity: 0.5, serverlessV2MaxCapacity: 4 })`],
  ['ADB035', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, serverlessV2MinCapacity: 8, serverlessV2MaxCapacity: 4 })`, '8', `new rds.DatabaseCluster(this, 'C', { ${AURORA_PG}, serverlessV2MinCapacity: 0.5, serverlessV2MaxCapacity: 4 })`],
  ['ADB036', "new rds.CfnDBCluster(this, 'C', { engine: 'aurora-mysql', engineMode: 'multimaster' })", "'multimaster'", "new rds.CfnDBCluster(this, 'C', { engine: 'aurora-mysql', engineMode: 'provisioned' })"],
  ['ADB041', "new dsql.CfnCluster(this, 'D', { deletionProtectionEnabled: false })", 'false', "new dsql.CfnCluster(this, 'D', { deletionProtectionEnabled: true })"],
  ['ADB050', `new dynamodb.Table(this, 'T', { ${PK} })`, 'Table', `new dynamodb.Table(this, 'T', { ${PK}, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } })`],
  ['ADB051', `new dynamodb.Table(this, 'T', { ${PK} })`, 'Table', `new dynamodb.Table(this, 'T', { ${PK}, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED })`],
  ['ADB054', `new dynamodb.CfnTable(this, 'T', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }], billingMode: 'PAY_PER_REQUEST', provisionedThroughput: { readCapacityUnits: 5, writeCapacityUnits: 5 } })`, 'provisionedThroughput', `new dynamodb.Table(this, 'T', { ${PK}, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST })`],
  ['ADB053', "new dynamodb.CfnTable(this, 'T', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }], billingMode: 'PAY_PER_REQUEST' })", "'pk'", "new dynamodb.CfnTable(this, 'T', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }], billingMode: 'PAY_PER_REQUEST' })"],
  ['ADB056', `new dynamodb.TableV2(this, 'G', { ${PK} })`, 'TableV2', `new dynamodb.TableV2(this, 'G', { ${PK}, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } })`],
  ['ADB057', "new dax.CfnCluster(this, 'D', { iamRoleArn: r, nodeType: 'dax.r5.large', replicationFactor: 3 })", 'CfnCluster', "new dax.CfnCluster(this, 'D', { iamRoleArn: r, nodeType: 'dax.r5.large', replicationFactor: 3, sseSpecification: { sseEnabled: true } })"],
  ['ADB058', "new dax.CfnCluster(this, 'D', { iamRoleArn: r, nodeType: 'dax.r5.large', replicationFactor: 1, sseSpecification: { sseEnabled: true } })", '1', "new dax.CfnCluster(this, 'D', { iamRoleArn: r, nodeType: 'dax.r5.large', replicationFactor: 3, sseSpecification: { sseEnabled: true } })", true],
  ['ADB060', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, transitEncryptionEnabled: true, atRestEncryptionEnabled: false })`, 'false', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, transitEncryptionEnabled: true, atRestEncryptionEnabled: true })`],
  ['ADB061', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, authToken: token, transitEncryptionEnabled: false })`, 'authToken', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, authToken: token, transitEncryptionEnabled: true })`],
  ['ADB062', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, transitEncryptionEnabled: true })`, 'CfnReplicationGroup', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, transitEncryptionEnabled: true, userGroupIds: ['app-users'] })`],
  ['ADB063', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, numNodeGroups: 3, automaticFailoverEnabled: false })`, 'false', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, numNodeGroups: 3, automaticFailoverEnabled: true })`],
  ['ADB064', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, replicasPerNodeGroup: 6 })`, '6', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, replicasPerNodeGroup: 2 })`],
  ['ADB065', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, automaticFailoverEnabled: false, multiAzEnabled: true })`, 'false', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true })`, true],
  ['ADB066', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, snapshotRetentionLimit: 0 })`, '0', `new elasticache.CfnReplicationGroup(this, 'R', { ${REDIS}, snapshotRetentionLimit: 7 })`],
  ['ADB067', "new elasticache.CfnCacheCluster(this, 'M', { engine: 'memcached', cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, snapshotRetentionLimit: 5 })", 'snapshotRetentionLimit', "new elasticache.CfnCacheCluster(this, 'M', { engine: 'memcached', cacheNodeType: 'cache.t3.micro', numCacheNodes: 1 })"],
  ['ADB068', "new memorydb.CfnCluster(this, 'M', { clusterName: 'm', nodeType: 'db.r7g.large', aclName: 'open-access', tlsEnabled: false })", 'false', "new memorydb.CfnCluster(this, 'M', { clusterName: 'm', nodeType: 'db.r7g.large', aclName: 'open-access' })"],
  ['ADB070', "new neptune.CfnDBCluster(this, 'N', { storageEncrypted: false, iamAuthEnabled: true })", 'false', "new neptune.CfnDBCluster(this, 'N', { storageEncrypted: true, iamAuthEnabled: true })"],
  ['ADB071', `new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType: it, vpc, backup: { retention: Duration.days(0) } })`, 'Duration.days(0)', `new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType: it, vpc, backup: { retention: Duration.days(7) } })`],
  ['ADB072', `new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType: it, vpc })`, 'DatabaseCluster', `new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType: it, vpc, deletionProtection: true })`, true],
  ['ADB073', "new neptune.CfnDBCluster(this, 'N', { storageEncrypted: true })", 'CfnDBCluster', "new neptune.CfnDBCluster(this, 'N', { storageEncrypted: true, iamAuthEnabled: true })"],
  ['ADB074', "new qldb.CfnLedger(this, 'L', { permissionsMode: 'STANDARD' })", 'CfnLedger', "new dynamodb.Table(this, 'T', { " + PK + ", pointInTimeRecovery: true })"],
  ['ADB075', "new timestream.CfnDatabase(this, 'T', {})", 'CfnDatabase', "new dynamodb.Table(this, 'T', { " + PK + ", pointInTimeRecovery: true })"],
  ['ADB077', "new redshift.CfnCluster(this, 'R', { clusterType: 'single-node', dbName: 'd', masterUsername: 'u', manageMasterPassword: true, nodeType: 'ra3.large', encrypted: true, publiclyAccessible: true })", 'true', "new redshift.CfnCluster(this, 'R', { clusterType: 'single-node', dbName: 'd', masterUsername: 'u', manageMasterPassword: true, nodeType: 'ra3.large', encrypted: true })"],
  ['ADB078', "new cassandra.CfnTable(this, 'K', { keyspaceName: 'k', partitionKeyColumns: [{ columnName: 'id', columnType: 'text' }], pointInTimeRecoveryEnabled: false })", 'false', "new cassandra.CfnTable(this, 'K', { keyspaceName: 'k', partitionKeyColumns: [{ columnName: 'id', columnType: 'text' }], pointInTimeRecoveryEnabled: true })"],
  ['ADB080', "new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc, requireTLS: false })", 'false', "new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc })"],
  ['ADB081', "new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc })", 'DatabaseProxy', "new rds.DatabaseProxy(this, 'P', { proxyTarget, secrets, vpc, iamAuth: true })"],
  ['ADB082', "new dms.CfnReplicationInstance(this, 'R', { replicationInstanceClass: 'dms.t3.medium', publiclyAccessible: true })", 'true', "new dms.CfnReplicationInstance(this, 'R', { replicationInstanceClass: 'dms.t3.medium', publiclyAccessible: false })"],
];

describe('every rule with a CDK form fires on CDK code, and stays silent on the fixed construct', () => {
  for (const [id, bad, at, good, prod] of CASES) {
    it(`${id}${prod ? ' (production)' : ''}`, () => {
      const production = prod ? 'always' : 'never';
      const hits = lint(`${IMPORTS}${bad};\n`, { fileName: 'lib/stack.ts', ids: [id], production }).map((s) => s.at);
      assert.ok(hits.includes(at), `${id} should point at ${at}; got ${JSON.stringify(hits)}`);
      assert.deepEqual(lint(`${IMPORTS}${good};\n`, { fileName: 'lib/stack.ts', ids: [id], production }).map((s) => s.at), []);
    });
  }
});
