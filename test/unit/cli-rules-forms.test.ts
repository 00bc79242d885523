/**
 * Every rule with an AWS CLI form, proven on a script: a command that breaks it (finding at the
 * given text) and one that keeps it (no finding). Production-only rules run with production on.
 */
import { strict as assert } from 'node:assert';
import { RULES } from '../../src/core/rules';
import { lint } from './helpers';

const DB = 'aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.r6g.large --engine mysql --engine-version 8.4.3 --storage-encrypted';
const CL = 'aws rds create-db-cluster --db-cluster-identifier c1 --engine aurora-mysql --storage-encrypted';
const TABLE = 'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH';
const RG = 'aws elasticache create-replication-group --replication-group-id r --replication-group-description d --engine redis';
const RG_OK = `${RG} --at-rest-encryption-enabled --transit-encryption-enabled --auth-token "$TOKEN" --automatic-failover-enabled --multi-az-enabled --snapshot-retention-limit 7`;
const DOCDB = 'aws docdb create-db-cluster --db-cluster-identifier d --engine docdb --master-username u --master-user-password "$PW"';
const NEPTUNE = 'aws neptune create-db-cluster --db-cluster-identifier n --engine neptune --storage-encrypted --deletion-protection';
const PROXY = 'aws rds create-db-proxy --db-proxy-name p --engine-family MYSQL --role-arn arn:aws:iam::123456789012:role/proxy --vpc-subnet-ids s1 s2';
const DMS = 'aws dms create-replication-instance --replication-instance-identifier ri --replication-instance-class dms.t3.medium';
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const gsis = (n: number) => `'${JSON.stringify(Array.from({ length: n }, (_, i) => ({ IndexName: `i${i}`, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } })))}'`;

interface Case {
  id: string;
  bad: string;
  at?: string;
  good: string;
  production?: boolean;
}

const CASES: Case[] = [
  { id: 'ADB001', bad: `${DB} --backup-retention-period 40`, at: '40', good: `${DB} --backup-retention-period 7` },
  { id: 'ADB002', bad: `${DB} --backup-retention-period 0`, at: '0', good: `${DB} --backup-retention-period 7` },
  { id: 'ADB003', bad: `${DB} --backup-retention-period 3`, at: '3', good: `${DB} --backup-retention-period 7`, production: true },
  { id: 'ADB004', bad: DB.replace(' --storage-encrypted', ''), at: 'create-db-instance', good: DB },
  { id: 'ADB005', bad: `${DB.replace(' --storage-encrypted', ' --no-storage-encrypted')} --kms-key-id alias/db`, good: `${DB} --kms-key-id alias/db` },
  { id: 'ADB006', bad: `${DB} --publicly-accessible`, at: '--publicly-accessible', good: `${DB} --no-publicly-accessible` },
  { id: 'ADB007', bad: `${DB} --no-multi-az`, good: `${DB} --multi-az`, production: true },
  { id: 'ADB008', bad: `${DB} --storage-type gp2`, at: 'gp2', good: `${DB} --storage-type gp3` },
  { id: 'ADB009', bad: `${DB} --storage-type standard`, at: 'standard', good: `${DB} --storage-type gp3` },
  { id: 'ADB010', bad: `${DB} --storage-type gp3 --allocated-storage 10`, at: '10', good: `${DB} --storage-type gp3 --allocated-storage 100` },
  { id: 'ADB011', bad: `${DB} --storage-type gp3 --allocated-storage 400 --iops 100`, at: '100', good: `${DB} --storage-type gp3 --allocated-storage 400 --iops 12000` },
  { id: 'ADB012', bad: `${DB} --master-user-password 'Secret123!'`, at: "'Secret123!'", good: `${DB} --manage-master-user-password` },
  { id: 'ADB013', bad: DB, good: `${DB} --enable-iam-database-authentication` },
  { id: 'ADB014', bad: DB, good: `${DB} --enable-performance-insights` },
  { id: 'ADB015', bad: DB, good: `${DB} --deletion-protection`, production: true },
  { id: 'ADB017', bad: DB.replace('--engine mysql --engine-version 8.4.3', '--engine postgres --engine-version 11.22'), at: '11.22', good: DB },
  { id: 'ADB018', bad: lines(16, (i) => `aws rds create-db-instance-read-replica --db-instance-identifier r${i} --source-db-instance-identifier db1`), good: lines(2, (i) => `aws rds create-db-instance-read-replica --db-instance-identifier r${i} --source-db-instance-identifier db1`) },
  { id: 'ADB019', bad: `${DB} --preferred-backup-window 03:00-03:10`, at: '03:00-03:10', good: `${DB} --preferred-backup-window 03:00-04:00` },
  { id: 'ADB020', bad: DB, good: `${DB} --enable-cloudwatch-logs-exports error slowquery`, production: true },
  { id: 'ADB022', bad: CL.replace('--engine aurora-mysql', '--engine aurora'), at: 'aurora', good: CL },
  { id: 'ADB025', bad: `${RG_OK} --engine-version 5.0.6`, at: '5.0.6', good: `${RG_OK} --engine-version 7.1` },
  { id: 'ADB030', bad: `${CL}\n${lines(17, (i) => `aws rds create-db-instance --db-instance-identifier i${i} --db-instance-class db.r6g.large --engine aurora-mysql --db-cluster-identifier c1`)}`, good: `${CL}\n${lines(2, (i) => `aws rds create-db-instance --db-instance-identifier i${i} --db-instance-class db.r6g.large --engine aurora-mysql --db-cluster-identifier c1`)}` },
  { id: 'ADB031', bad: `${CL} --backtrack-window 300000`, at: '300000', good: `${CL} --backtrack-window 3600` },
  { id: 'ADB032', bad: `aws rds create-global-cluster --global-cluster-identifier g --engine aurora-mysql\n${lines(12, (i) => `aws rds create-db-cluster --db-cluster-identifier s${i} --engine aurora-mysql --global-cluster-identifier g --storage-encrypted`)}`, good: `aws rds create-global-cluster --global-cluster-identifier g --engine aurora-mysql\n${lines(2, (i) => `aws rds create-db-cluster --db-cluster-identifier s${i} --engine aurora-mysql --global-cluster-identifier g --storage-encrypted`)}` },
  // Aurora encrypts new clusters by default: only an explicit --no-storage-encrypted (or a non-Aurora cluster) is reported.
  { id: 'ADB033', bad: CL.replace(' --storage-encrypted', ' --no-storage-encrypted'), at: '--no-storage-encrypted', good: CL },
  { id: 'ADB033', bad: 'aws rds create-db-cluster --db-cluster-identifier m --engine mysql --db-cluster-instance-class db.r6gd.large', at: 'create-db-cluster', good: 'aws rds create-db-cluster --db-cluster-identifier m --engine mysql --db-cluster-instance-class db.r6gd.large --storage-encrypted' },
  { id: 'ADB034', bad: `${CL} --engine-mode serverless`, at: 'serverless', good: `${CL} --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=8` },
  { id: 'ADB035', bad: `${CL} --serverless-v2-scaling-configuration MinCapacity=16,MaxCapacity=8`, good: `${CL} --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=8` },
  { id: 'ADB036', bad: `${CL} --engine-mode multimaster`, at: 'multimaster', good: `${CL} --engine-mode provisioned` },
  { id: 'ADB027', bad: `${RG} --multi-az-enabled --no-automatic-failover-enabled --num-cache-clusters 2`, at: '--multi-az-enabled', good: `${RG} --multi-az-enabled --automatic-failover-enabled --num-cache-clusters 2` },
  { id: 'ADB028', bad: `${RG} --automatic-failover-enabled`, at: '--automatic-failover-enabled', good: `${RG} --automatic-failover-enabled --num-cache-clusters 2` },
  { id: 'ADB029', bad: `${CL.replace('aurora-mysql', 'aurora-postgresql')} --engine-version 8.0.mysql_aurora.3.04.0`, at: '8.0.mysql_aurora.3.04.0', good: `${CL} --engine-version 8.0.mysql_aurora.3.04.0` },
  { id: 'ADB040', bad: `aws dsql create-cluster --deletion-protection-enabled --multi-region-properties '{"clusters":["arn:aws:dsql:us-east-1:123456789012:cluster/a"]}'`, good: 'aws dsql create-cluster --deletion-protection-enabled --multi-region-properties witnessRegion=us-west-2' },
  { id: 'ADB041', bad: 'aws dsql create-cluster --no-deletion-protection-enabled', at: '--no-deletion-protection-enabled', good: 'aws dsql create-cluster --deletion-protection-enabled' },
  { id: 'ADB050', bad: `${TABLE} --billing-mode PAY_PER_REQUEST`, at: 'create-table', good: `${TABLE} --billing-mode PAY_PER_REQUEST\naws dynamodb update-continuous-backups --table-name t --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true` },
  { id: 'ADB051', bad: `${TABLE} --billing-mode PAY_PER_REQUEST`, good: `${TABLE} --billing-mode PAY_PER_REQUEST --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=alias/t` },
  { id: 'ADB052', bad: `${TABLE} --billing-mode PAY_PER_REQUEST --global-secondary-indexes ${gsis(21)}`, good: `${TABLE} --billing-mode PAY_PER_REQUEST --global-secondary-indexes ${gsis(2)}` },
  { id: 'ADB053', bad: 'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST', at: 'pk', good: `${TABLE} --billing-mode PAY_PER_REQUEST` },
  { id: 'ADB054', bad: `${TABLE} --billing-mode PAY_PER_REQUEST --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5`, good: `${TABLE} --billing-mode PROVISIONED --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5` },
  { id: 'ADB057', bad: 'aws dax create-cluster --cluster-name c --node-type dax.r5.large --replication-factor 3 --iam-role-arn arn:aws:iam::123456789012:role/dax', good: 'aws dax create-cluster --cluster-name c --node-type dax.r5.large --replication-factor 3 --iam-role-arn arn:aws:iam::123456789012:role/dax --sse-specification Enabled=true' },
  { id: 'ADB058', bad: 'aws dax create-cluster --cluster-name c --node-type dax.r5.large --replication-factor 1 --iam-role-arn arn:aws:iam::123456789012:role/dax --sse-specification Enabled=true', at: '1', good: 'aws dax create-cluster --cluster-name c --node-type dax.r5.large --replication-factor 3 --iam-role-arn arn:aws:iam::123456789012:role/dax --sse-specification Enabled=true', production: true },
  { id: 'ADB060', bad: `${RG} --transit-encryption-enabled`, good: RG_OK },
  { id: 'ADB061', bad: `${RG} --at-rest-encryption-enabled --auth-token "$TOKEN" --no-transit-encryption-enabled`, good: RG_OK },
  { id: 'ADB062', bad: `${RG} --at-rest-encryption-enabled --transit-encryption-enabled`, good: RG_OK },
  { id: 'ADB063', bad: `${RG} --num-node-groups 3 --no-automatic-failover-enabled`, good: `${RG_OK} --num-node-groups 3` },
  { id: 'ADB064', bad: `${RG_OK} --replicas-per-node-group 6`, at: '6', good: `${RG_OK} --replicas-per-node-group 2` },
  { id: 'ADB065', bad: `${RG} --at-rest-encryption-enabled --transit-encryption-enabled --no-automatic-failover-enabled`, good: RG_OK, production: true },
  { id: 'ADB066', bad: `${RG_OK.replace('--snapshot-retention-limit 7', '--snapshot-retention-limit 0')}`, at: '0', good: RG_OK },
  { id: 'ADB067', bad: 'aws elasticache create-cache-cluster --cache-cluster-id m --engine memcached --num-cache-nodes 2 --snapshot-retention-limit 5', at: '--snapshot-retention-limit', good: 'aws elasticache create-cache-cluster --cache-cluster-id m --engine memcached --num-cache-nodes 2' },
  { id: 'ADB068', bad: 'aws memorydb create-cluster --cluster-name m --node-type db.r6g.large --acl-name open-access --no-tls-enabled', at: '--no-tls-enabled', good: 'aws memorydb create-cluster --cluster-name m --node-type db.r6g.large --acl-name open-access --tls-enabled' },
  { id: 'ADB069', bad: `${RG_OK} --cache-node-type cache.t2.micro`, at: 'cache.t2.micro', good: `${RG_OK} --cache-node-type cache.t4g.micro` },
  { id: 'ADB070', bad: DOCDB, good: `${DOCDB} --storage-encrypted` },
  { id: 'ADB071', bad: `${DOCDB} --storage-encrypted --backup-retention-period 0`, at: '0', good: `${DOCDB} --storage-encrypted --backup-retention-period 7` },
  { id: 'ADB072', bad: `${DOCDB} --storage-encrypted`, good: `${DOCDB} --storage-encrypted --deletion-protection`, production: true },
  { id: 'ADB073', bad: NEPTUNE, good: `${NEPTUNE} --enable-iam-database-authentication` },
  { id: 'ADB074', bad: 'aws qldb create-ledger --name l --permissions-mode STANDARD', good: 'aws rds describe-db-instances' },
  { id: 'ADB075', bad: 'aws timestream-write create-database --database-name metrics', good: 'aws timestream-influxdb list-db-instances' },
  { id: 'ADB076', bad: 'aws opensearch create-domain --domain-name d', good: "aws opensearch create-domain --domain-name d --encryption-at-rest-options Enabled=true --node-to-node-encryption-options Enabled=true --domain-endpoint-options EnforceHTTPS=true" },
  { id: 'ADB077', bad: 'aws redshift create-cluster --cluster-identifier r --node-type ra3.xlplus --master-username u --manage-master-password --encrypted --publicly-accessible', at: '--publicly-accessible', good: 'aws redshift create-cluster --cluster-identifier r --node-type ra3.xlplus --master-username u --manage-master-password --encrypted --no-publicly-accessible' },
  { id: 'ADB078', bad: 'aws keyspaces create-table --keyspace-name k --table-name t --schema-definition file://schema.json --point-in-time-recovery status=DISABLED', good: 'aws keyspaces create-table --keyspace-name k --table-name t --schema-definition file://schema.json --point-in-time-recovery status=ENABLED' },
  { id: 'ADB080', bad: PROXY, good: `${PROXY} --require-tls` },
  { id: 'ADB081', bad: `${PROXY} --require-tls --auth AuthScheme=SECRETS,SecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:db,IAMAuth=DISABLED`, good: `${PROXY} --require-tls --auth AuthScheme=SECRETS,SecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:db,IAMAuth=REQUIRED` },
  { id: 'ADB082', bad: `${DMS} --publicly-accessible`, at: '--publicly-accessible', good: `${DMS} --no-publicly-accessible` },
];

describe('every rule with an AWS CLI form fires on scripts', () => {
  for (const c of CASES) {
    it(`${c.id}: ${RULES.find((r) => r.id === c.id)?.title ?? '?'}`, () => {
      const opts = { fileName: 'deploy.sh', ids: [c.id], production: c.production ? ('always' as const) : ('never' as const) };
      const bad = lint(`${c.bad}\n`, opts);
      assert.ok(bad.length > 0, `no ${c.id} finding on: ${c.bad.slice(0, 200)}`);
      if (c.at) assert.ok(bad.some((f) => f.at === c.at), `${c.id} at ${bad.map((f) => JSON.stringify(f.at)).join(', ')}, expected ${c.at}`);
      assert.deepEqual(lint(`${c.good}\n`, opts).map((f) => `${f.ruleId} ${f.at}: ${f.message}`), []);
    });
  }

  it('covers every rule that reads a resource type the CLI translation produces', () => {
    const covered = new Set(CASES.map((c) => c.id));
    // A DMS task names its instance by ARN, whose last part is an ID AWS generates: a script cannot tie the two without a guess.
    covered.add('ADB083');
    const cliTypes = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBProxy', 'AWS::RDS::GlobalCluster', 'AWS::DynamoDB::Table', 'AWS::DAX::Cluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster', 'AWS::MemoryDB::Cluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::DSQL::Cluster', 'AWS::DMS::ReplicationInstance', 'AWS::DMS::Endpoint', 'AWS::Redshift::Cluster', 'AWS::OpenSearchService::Domain', 'AWS::Cassandra::Table', 'AWS::Timestream::Database', 'AWS::QLDB::Ledger']);
    const missing = RULES.filter((r) => Number(r.id.slice(3)) < 100 && (r.forms ?? ['aws-cli']).includes('aws-cli') && r.resourceTypes.some((t) => cliTypes.has(t)) && !covered.has(r.id)).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
