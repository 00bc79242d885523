/**
 * Peer tools' rule IDs that mean the same as ours, so their suppressions also silence us.
 * Each entry was read in the peer's own rule source (the `source` file); docs/suppressions.md is generated
 * from this table.
 *
 * Policy (the issue was silent): a peer ID is mapped only when, on the resource that carries the
 * suppression, it tests the same setting for the same reason. Scope differences (the peer skips some
 * engines, or fires outside production) do not matter, because a suppression names one resource: the user
 * has decided about that setting there. `relation` records how the two conditions compare:
 * - `same`: the peer fails exactly when we report;
 * - `peer-broader`: the peer also fails in cases we leave alone (a missing value, a stricter choice);
 *   a suppression of it covers every case of ours, so it silences ours;
 * - `peer-narrower`: the peer checks only part of what our rule checks (one of our rule's settings);
 *   because suppressions work per rule ID, it silences the whole rule on that resource. Kept only where a
 *   colleague verified it or the parts are one concern (encryption of one domain).
 * Peer rules that ask for something else (a retention of 7 days or more against our 1–35 range, a CMK where
 * we only flag an unset key, Secrets Manager where we flag literal secrets) are deliberately absent.
 */
export interface PeerRule {
  tool: 'cfn-lint' | 'cfn_nag' | 'cdk-nag' | 'checkov' | 'cfn-guard' | 'trivy' | 'tflint';
  /** Other spellings of the same ID (Trivy: `AWS-0080`, tfsec's long ID `aws-rds-encrypt-instance-storage-data`). */
  aliases?: string[];
  id: string;
  adb: string[];
  title: string;
  relation: 'same' | 'peer-broader' | 'peer-narrower';
  /** What differs, when something does. */
  note?: string;
  /** The peer's rule source the entry was checked against. */
  source: string;
}

const CKV = 'https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/';
const NAG = 'https://github.com/stelligent/cfn_nag/blob/master/lib/cfn-nag/custom_rules/';
const CDK = 'https://github.com/cdklabs/cdk-nag/blob/main/src/packs/aws-solutions.ts';
const LINT = 'https://github.com/aws-cloudformation/cfn-lint/blob/main/src/cfnlint/rules/resources/';

type Row = [id: string, adb: string[], title: string, relation: PeerRule['relation'], file: string, note?: string];

// checkov's Terraform-only checks (no CloudFormation twin): read in `checkov/terraform/checks/resource/aws/<file>.py`
// (`graph:` files: `checkov/terraform/checks/graph_checks/aws/<file>.yaml`).
const CKV_TF = 'https://github.com/bridgecrewio/checkov/blob/main/checkov/terraform/checks/';
const ckvTf = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({
  tool: 'checkov', id, adb, title, relation, note, source: file.startsWith('graph:') ? `${CKV_TF}graph_checks/aws/${file.slice(6)}.yaml` : `${CKV_TF}resource/aws/${file}.py`,
}));
const ckv = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({ tool: 'checkov', id, adb, title, relation, note, source: `${CKV}${file}.py` }));
const nag = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({ tool: 'cfn_nag', id, adb, title, relation, note, source: `${NAG}${file}.rb` }));
const cdk = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, rule, note]) => ({ tool: 'cdk-nag', id: `AwsSolutions-${id}`, adb, title, relation, note: note ?? `rule ${rule}`, source: CDK }));
// cfn-guard's AWS Guard Rules Registry names its rules after the AWS Config managed rules they mirror;
// each entry was checked against that Config rule's documentation page (`file` is its page name).
const CONFIG = 'https://docs.aws.amazon.com/config/latest/developerguide/';
const guard = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({ tool: 'cfn-guard', id, adb, title, relation, note, source: `${CONFIG}${file}.html` }));
const lint = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({ tool: 'cfn-lint', id, adb, title, relation, note, source: `${LINT}${file}.py` }));

// Trivy (and tfsec before it) checks: each row read in aquasecurity/trivy-checks `checks/cloud/aws/<service>/<file>.rego`;
// Terraform comments may name the AVD ID, the newer `AWS-NNNN` or tfsec's long ID `aws-<service>-<short_code>`.
const TRIVY = 'https://github.com/aquasecurity/trivy-checks/blob/main/checks/cloud/aws/';
type TrivyRow = [num: string, service: string, shortCode: string, adb: string[], title: string, relation: PeerRule['relation'], file: string, note?: string];
const trivy = (rows: TrivyRow[]): PeerRule[] => rows.map(([num, service, short, adb, title, relation, file, note]) => ({
  tool: 'trivy', id: `AVD-AWS-${num}`, aliases: [`AWS-${num}`, `aws-${service}-${short}`], adb, title, relation, note, source: `${TRIVY}${service}/${file}.rego`,
}));

// tflint-ruleset-aws rules: each row read in terraform-linters/tflint-ruleset-aws `rules/<name>.go`. A
// `# tflint-ignore: NAME` comment covers one line (its own and the next), so a peer that checks one setting
// silences our rule only on that setting's line (forms/terraform/suppressions.ts).
const TFLINT = 'https://github.com/terraform-linters/tflint-ruleset-aws/blob/master/rules/';
const tflint = (rows: Row[]): PeerRule[] => rows.map(([id, adb, title, relation, file, note]) => ({ tool: 'tflint', id, adb, title, relation, note, source: `${TFLINT}${file}.go` }));

const MISSING = 'also fails when the property is missing';
const PASSWORD = 'also fails on a Ref to a parameter without NoEcho, or with a Default (we report a literal, or a Default of a parameter without NoEcho)';

export const PEER_RULES: PeerRule[] = [
  ...ckv([
    ['CKV_AWS_16', ['ADB004'], 'RDS instance encrypted at rest', 'same', 'RDSEncryption', 'skips Aurora instances, as we do'],
    ['CKV_AWS_96', ['ADB033'], 'Aurora cluster encrypted at rest', 'same', 'AuroraEncryption'],
    ['CKV_AWS_17', ['ADB006'], 'RDS instance not publicly accessible', 'same', 'RDSPubliclyAccessible', 'a missing value passes, as with us'],
    ['CKV_AWS_157', ['ADB007'], 'RDS instance Multi-AZ', 'peer-broader', 'RDSMultiAZEnabled', 'fails outside production too; we report only in production'],
    ['CKV_AWS_161', ['ADB013'], 'RDS instance IAM authentication', 'same', 'RDSIAMAuthentication', 'checks only mysql and postgres engines'],
    ['CKV_AWS_162', ['ADB013'], 'RDS cluster IAM authentication', 'same', 'RDSClusterIAMAuthentication'],
    ['CKV_AWS_28', ['ADB050'], 'DynamoDB point-in-time recovery', 'same', 'DynamodbRecovery'],
    ['CKV_AWS_165', ['ADB056'], 'DynamoDB global table point-in-time recovery', 'peer-narrower', 'DynamodbGlobalTableRecovery', 'reads only the first replica'],
    ['CKV_AWS_119', ['ADB051'], 'DynamoDB table encrypted with a customer managed KMS key', 'peer-broader', 'DynamoDBTablesEncrypted', 'also fails on the AWS managed key; we flag only the AWS owned key'],
    ['CKV_AWS_47', ['ADB057'], 'DAX encrypted at rest', 'same', 'DAXEncryption'],
    ['CKV_AWS_29', ['ADB060'], 'ElastiCache replication group encrypted at rest', 'peer-narrower', 'ElasticacheReplicationGroupEncryptionAtRest', 'at rest only; ADB060 also covers in transit'],
    ['CKV_AWS_30', ['ADB060'], 'ElastiCache replication group encrypted in transit', 'peer-narrower', 'ElasticacheReplicationGroupEncryptionAtTransit', 'in transit only; ADB060 also covers at rest'],
    ['CKV_AWS_31', ['ADB062'], 'ElastiCache replication group in-transit encryption and AUTH token', 'peer-broader', 'ElasticacheReplicationGroupEncryptionAtTransitAuthToken', 'fails without an AuthToken even when RBAC user groups authenticate'],
    ['CKV_AWS_89', ['ADB082'], 'DMS replication instance not publicly accessible', 'same', 'DMSReplicationInstancePubliclyAccessible', MISSING + ' (the AWS default is public), as we do'],
    ['CKV_AWS_44', ['ADB070'], 'Neptune storage encrypted', 'same', 'NeptuneClusterStorageEncrypted'],
    ['CKV_AWS_74', ['ADB070'], 'DocumentDB encrypted at rest', 'same', 'DocDBEncryption'],
    ['CKV_AWS_5', ['ADB076'], 'Elasticsearch domain encrypted at rest', 'peer-narrower', 'ElasticsearchEncryption', 'at rest only; ADB076 also covers node-to-node and HTTPS'],
    ['CKV_AWS_6', ['ADB076'], 'Elasticsearch node-to-node encryption', 'peer-narrower', 'ElasticsearchNodeToNodeEncryption', 'node-to-node only'],
    ['CKV_AWS_83', ['ADB076'], 'Elasticsearch domain enforces HTTPS', 'peer-narrower', 'ElasticsearchDomainEnforceHTTPS', 'HTTPS only'],
    ['CKV_AWS_64', ['ADB077'], 'Redshift cluster encrypted at rest', 'peer-narrower', 'RedshiftClusterEncryption', 'encryption only; ADB077 also covers public access'],
    ['CKV_AWS_87', ['ADB077'], 'Redshift cluster not publicly accessible', 'peer-narrower', 'RedshiftClusterPubliclyAccessible', 'public access only'],
  ]),
  ...nag([
    ['F26', ['ADB004', 'ADB033'], 'RDS DBInstance / DBCluster StorageEncrypted', 'peer-broader', 'RDSDBInstanceStorageEncryptedRule', `${MISSING}; one ID for both resource types (RDSDBClusterStorageEncryptedRule)`],
    ['F22', ['ADB006'], 'RDS instance not publicly accessible', 'peer-broader', 'RDSInstancePubliclyAccessibleRule', MISSING],
    ['F23', ['ADB012'], 'RDS instance master password must be a Ref to a NoEcho parameter', 'peer-broader', 'RDSDBInstanceMasterUserPasswordRule', PASSWORD],
    ['F34', ['ADB012'], 'RDS cluster master password not plain text', 'peer-broader', 'RDSDBClusterMasterUserPasswordRule', PASSWORD],
    ['F35', ['ADB012'], 'Redshift master password not plain text', 'peer-broader', 'RedshiftClusterMasterUserPasswordRule', PASSWORD],
    ['F70', ['ADB012'], 'DocumentDB master password not plain text', 'peer-broader', 'DocDBDBClusterMasterUserPasswordRule', PASSWORD],
    ['F37', ['ADB012'], 'DMS endpoint password not plain text', 'peer-broader', 'DMSEndpointPasswordRule', PASSWORD],
    ['F44', ['ADB012'], 'ElastiCache AuthToken not plain text', 'peer-broader', 'ElastiCacheReplicationGroupAuthTokenRule', PASSWORD],
    ['W78', ['ADB050'], 'DynamoDB point-in-time recovery', 'same', 'DynamoDBBackupRule'],
    ['W74', ['ADB051'], 'DynamoDB SSE enabled with KMS', 'same', 'DynamoDBEncryptionRule', 'fails when SSESpecification is missing or SSEEnabled is not true, as we do'],
    ['W83', ['ADB057'], 'DAX cluster encryption', 'same', 'DAXClusterEncryptionRule'],
    ['F25', ['ADB060'], 'ElastiCache replication group at-rest encryption', 'peer-narrower', 'ElastiCacheReplicationGroupAtRestEncryptionRule', 'at rest only, and also fails on Valkey where the default is on'],
    ['F33', ['ADB060'], 'ElastiCache replication group in-transit encryption', 'peer-narrower', 'ElastiCacheReplicationGroupTransitEncryptionRule', 'in transit only, and also fails on Valkey where the default is on'],
    ['W91', ['ADB082'], 'DMS replication instance not public', 'same', 'DMSReplicationInstanceNotPublicRule', MISSING + ', as we do'],
    ['F30', ['ADB070'], 'Neptune cluster storage encrypted', 'same', 'NeptuneDBClusterStorageEncryptedRule'],
    ['W54', ['ADB076'], 'Elasticsearch domain EncryptionAtRestOptions', 'peer-narrower', 'ElasticsearchDomainEncryptionAtRestOptionsRule', 'at rest only'],
    ['W85', ['ADB076'], 'Elasticsearch domain NodeToNodeEncryptionOptions', 'peer-narrower', 'ElasticsearchDomainNodeToNodeEncryptionOptionsRule', 'node-to-node only'],
    ['F28', ['ADB077'], 'Redshift cluster encrypted', 'peer-narrower', 'RedshiftClusterEncryptedRule', 'encryption only'],
  ]),
  ...cdk([
    ['RDS2', ['ADB004', 'ADB033'], 'RDS instance or Aurora cluster storage encryption', 'same', 'RDSStorageEncrypted'],
    ['RDS3', ['ADB007'], 'Non-Aurora RDS instance Multi-AZ', 'peer-broader', 'RDSMultiAZSupport', 'rule RDSMultiAZSupport; fails outside production too'],
    ['RDS8', ['ADB021'], 'RDS DB security group open to 0.0.0.0/0', 'same', 'RDSRestrictedInbound', 'rule RDSRestrictedInbound; EC2-Classic DB security groups only, where ADB021 also reads EC2 security groups'],
    ['RDS6', ['ADB013'], 'Aurora MySQL/PostgreSQL IAM database authentication', 'same', 'AuroraMySQLPostgresIAMAuth'],
    ['RDS10', ['ADB015'], 'RDS instance or Aurora cluster deletion protection', 'peer-broader', 'RDSInstanceDeletionProtectionEnabled', 'rule RDSInstanceDeletionProtectionEnabled; fails outside production too'],
    ['RDS15', ['ADB015'], 'RDS instance or Aurora cluster deletion protection', 'peer-broader', 'RDSInstanceDeletionProtectionEnabled', 'same rule as RDS10 under a second ID'],
    ['RDS13', ['ADB002'], 'RDS instance automated backups', 'same', 'RDSInstanceBackupEnabled'],
    ['RDS16', ['ADB020'], 'Aurora MySQL serverless log exports', 'peer-broader', 'AuroraMySQLLogging', 'rule AuroraMySQLLogging; asks for audit, error, general and slowquery, we ask for any'],
    ['DDB3', ['ADB050'], 'DynamoDB point-in-time recovery', 'same', 'DynamoDBPITREnabled'],
    ['DDB4', ['ADB057'], 'DAX server-side encryption', 'same', 'DAXEncrypted'],
    ['AEC3', ['ADB060'], 'Redis encryption in transit and at rest', 'same', 'ElastiCacheRedisClusterEncryption'],
    ['AEC4', ['ADB065'], 'Redis Multi-AZ', 'peer-broader', 'ElastiCacheRedisClusterMultiAZ', 'rule ElastiCacheRedisClusterMultiAZ; fails outside production too'],
    ['AEC6', ['ADB062'], 'Redis AUTH', 'same', 'ElastiCacheRedisClusterRedisAuth'],
    ['N4', ['ADB070'], 'Neptune encryption at rest', 'same', 'NeptuneClusterEncryptionAtRest'],
    ['N5', ['ADB073'], 'Neptune IAM database authentication', 'same', 'NeptuneClusterIAMAuth'],
    ['DOC1', ['ADB070'], 'DocumentDB encryption at rest', 'same', 'DocumentDBClusterEncryptionAtRest'],
    ['RS6', ['ADB077'], 'Redshift encryption at rest', 'peer-narrower', 'RedshiftClusterEncryptionAtRest', 'rule RedshiftClusterEncryptionAtRest; encryption only'],
    ['RS8', ['ADB077'], 'Redshift public access', 'peer-narrower', 'RedshiftClusterPublicAccess', 'rule RedshiftClusterPublicAccess; public access only'],
    ['OS2', ['ADB076'], 'OpenSearch node-to-node encryption', 'peer-narrower', 'OpenSearchNodeToNodeEncryption', 'rule OpenSearchNodeToNodeEncryption; node-to-node only'],
    ['OS8', ['ADB076'], 'OpenSearch encryption at rest', 'peer-narrower', 'OpenSearchEncryptedAtRest', 'rule OpenSearchEncryptedAtRest; at rest only'],
  ]),
  ...ckvTf([
    ['CKV_AWS_139', ['ADB015'], 'RDS cluster deletion protection', 'peer-broader', 'RDSDeletionProtection', 'fails outside production too, and when the argument is missing'],
    ['CKV_AWS_293', ['ADB015'], 'RDS instance deletion protection', 'peer-broader', 'RDSInstanceDeletionProtection', 'fails outside production too, and when the argument is missing'],
    ['CKV2_AWS_58', ['ADB072'], 'Neptune cluster deletion protection', 'peer-broader', 'graph:NeptuneDeletionProtectionEnabled', 'fails outside production too'],
    ['CKV_AWS_129', ['ADB020'], 'RDS instance exports logs to CloudWatch Logs', 'peer-broader', 'DBInstanceLogging', 'fails outside production too'],
    ['CKV_AWS_324', ['ADB020'], 'RDS cluster exports logs to CloudWatch Logs', 'peer-broader', 'RDSClusterLogging', 'fails outside production too'],
    ['CKV_AWS_133', ['ADB001', 'ADB002'], 'RDS backup retention between 1 and 35 days', 'same', 'DBInstanceBackupRetentionPeriod', 'a missing value passes, as with us'],
    ['CKV_AWS_134', ['ADB066'], 'ElastiCache Redis OSS cluster automatic backups', 'peer-broader', 'ElasticCacheAutomaticBackup', MISSING],
    ['CKV_AWS_202', ['ADB068'], 'MemoryDB cluster encrypted in transit', 'same', 'MemoryDBClusterIntransitEncryption'],
    ['CKV2_AWS_50', ['ADB065'], 'ElastiCache Redis OSS Multi-AZ automatic failover', 'peer-broader', 'graph:ElastiCacheRedisConfiguredAutomaticFailOver', 'fails outside production too'],
    ['CKV_AWS_359', ['ADB073'], 'Neptune cluster IAM database authentication', 'same', 'NeptuneDBClustersIAMDatabaseAuthenticationEnabled'],
    ['CKV_AWS_226', ['ADB156'], 'RDS instance automatic minor version upgrades', 'peer-broader', 'DBInstanceMinorUpgrade', MISSING],
    ['CKV_AWS_222', ['ADB156'], 'DMS replication instance automatic minor version upgrades', 'peer-broader', 'DMSReplicationInstanceMinorUpgrade', MISSING],
    ['CKV_AWS_322', ['ADB156'], 'ElastiCache cluster automatic minor version upgrades', 'same', 'ElasticCacheAutomaticMinorUpgrades', 'skips Memcached'],
    ['CKV_AWS_85', ['ADB020'], 'DocumentDB exports audit or profiler logs', 'peer-broader', 'DocDBLogging', 'fails outside production too, and on exports without audit or profiler'],
    ['CKV_AWS_101', ['ADB020'], 'Neptune exports audit logs', 'peer-broader', 'NeptuneClusterLogging', 'fails outside production too, and on exports without audit'],
    ['CKV_AWS_239', ['ADB157'], 'DAX cluster endpoint uses TLS', 'same', 'DAXEndpointTLS', 'a missing value fails, as with us'],
    ['CKV_AWS_343', ['ADB002'], 'Redshift automated snapshots', 'same', 'RedshiftClusterAutoSnap', 'a missing value passes, as with us'],
    ['CKV_AWS_353', ['ADB014'], 'RDS instance Performance Insights', 'same', 'RDSInstancePerformanceInsights', 'skips MySQL and MariaDB on classes without Performance Insights'],
  ]),
  ...lint([
    ['E3720', ['ADB005'], 'StorageEncrypted must be true when KmsKeyId is set', 'peer-broader', 'rds/DbInstanceKmsKeyStorageEncrypted', 'also fails when StorageEncrypted is missing'],
    ['E3039', ['ADB053'], 'AttributeDefinitions / KeySchemas mismatch', 'same', 'dynamodb/AttributeMismatch'],
    ['E3638', ['ADB054'], 'No ProvisionedThroughput with PAY_PER_REQUEST', 'same', 'dynamodb/TableBillingModeExclusive'],
    ['E3639', ['ADB054'], 'ProvisionedThroughput required with PROVISIONED', 'same', 'dynamodb/TableBillingModeProvisioned'],
    ['E3026', ['ADB063'], 'Automatic failover with Redis cluster mode', 'same', 'elasticache/CacheClusterFailover'],
    ['I3011', ['ADB016'], 'Stateful resources set UpdateReplacePolicy and DeletionPolicy', 'peer-broader', 'UpdateReplacePolicyDeletionPolicyOnStatefulResourceTypes', 'asks for both policies to be explicit, whatever their value; we ask for Snapshot or Retain'],
  ]),
  ...trivy([
    ['0080', 'rds', 'encrypt-instance-storage-data', ['ADB004'], 'RDS instance storage encrypted', 'same', 'encrypt_instance_storage_data', 'skips read replicas, as we do'],
    ['0079', 'rds', 'encrypt-cluster-storage-data', ['ADB033'], 'RDS cluster storage encrypted', 'peer-broader', 'encrypt_cluster_storage_data', 'also fails without a customer managed KMS key'],
    ['0180', 'rds', 'enable-public-access', ['ADB006'], 'RDS instance not publicly accessible', 'same', 'disable_public_access'],
    ['0177', 'rds', 'enable-deletion-protection', ['ADB015'], 'RDS instance deletion protection', 'peer-broader', 'enable_deletion_protection', 'fails outside production too; we report only in production'],
    ['0343', 'rds', 'enable-cluster-deletion-protection', ['ADB015'], 'RDS cluster deletion protection', 'peer-broader', 'enable_cluster_deletion_protection', 'fails outside production too'],
    ['0176', 'rds', 'enable-iam-auth', ['ADB013'], 'RDS instance IAM database authentication', 'same', 'enable_iam_auth', 'checks only mysql and postgres instances'],
    ['0077', 'rds', 'specify-backup-retention', ['ADB002'], 'RDS backup retention longer than 1 day', 'peer-broader', 'specify_backup_retention', 'also fails on 1 day; we report 0 (backups off)'],
    ['0024', 'dynamodb', 'enable-recovery', ['ADB050'], 'DynamoDB point-in-time recovery', 'same', 'enable_recovery'],
    ['0023', 'dynamodb', 'enable-at-rest-encryption', ['ADB057'], 'DAX cluster encrypted at rest', 'same', 'enable_at_rest_encryption'],
    ['0045', 'elasticache', 'enable-at-rest-encryption', ['ADB060'], 'ElastiCache replication group encrypted at rest', 'peer-narrower', 'enable_at_rest_encryption', 'at rest only; ADB060 also covers in transit'],
    ['0051', 'elasticache', 'enable-in-transit-encryption', ['ADB060'], 'ElastiCache replication group encrypted in transit', 'peer-narrower', 'enable_in_transit_encryption', 'in transit only; ADB060 also covers at rest'],
    ['0075', 'neptune', 'enable-log-export', ['ADB020'], 'Neptune audit log export', 'peer-broader', 'enable_log_export', 'fails outside production too, and on exports without audit'],
    ['0020', 'documentdb', 'enable-log-export', ['ADB020'], 'DocumentDB log export', 'peer-broader', 'enable_log_export', 'fails outside production too, and on exports without audit or profiler'],
    ['0050', 'elasticache', 'enable-backup-retention', ['ADB066'], 'ElastiCache Redis OSS automatic backups', 'same', 'enable_backup_retention'],
    ['0133', 'rds', 'enable-performance-insights', ['ADB014'], 'RDS Performance Insights', 'same', 'enable_performance_insights'],
    ['0076', 'neptune', 'enable-storage-encryption', ['ADB070'], 'Neptune storage encrypted', 'same', 'enable_storage_encryption'],
    ['0021', 'documentdb', 'enable-storage-encryption', ['ADB070'], 'DocumentDB storage encrypted', 'same', 'enable_storage_encryption'],
    ['0048', 'elasticsearch', 'enable-domain-encryption', ['ADB076'], 'OpenSearch domain encrypted at rest', 'peer-narrower', 'enable_domain_encryption', 'at rest only; ADB076 also covers node-to-node encryption and HTTPS'],
    ['0043', 'elasticsearch', 'enable-in-transit-encryption', ['ADB076'], 'OpenSearch node-to-node encryption', 'peer-narrower', 'enable_in_transit_encryption', 'node-to-node only; ADB076 also covers encryption at rest and HTTPS'],
    ['0046', 'elasticsearch', 'enforce-https', ['ADB076'], 'OpenSearch domain enforces HTTPS', 'peer-narrower', 'enforce_https', 'HTTPS only; ADB076 also covers encryption at rest and node-to-node'],
  ]),
  ...tflint([
    ['aws_db_instance_invalid_type', ['ADB123', 'ADB139'], 'DB instance class that does not exist', 'peer-narrower', 'aws_db_instance_invalid_type',
      'one list of classes for every engine; ADB123 also asks that the engine runs on the class, ADB139 says a class newer than our data'],
    ['aws_db_instance_invalid_engine', ['ADB120'], 'Engine that RDS does not have', 'same', 'aws_db_instance_invalid_engine'],
    ['aws_elasticache_cluster_invalid_type', ['ADB130', 'ADB139'], 'ElastiCache node type that does not exist', 'peer-narrower', 'aws_elasticache_cluster_invalid_type',
      'node type only; ADB130 also checks the engine and version, on their own lines'],
    ['aws_elasticache_replication_group_invalid_type', ['ADB130', 'ADB139'], 'ElastiCache node type that does not exist', 'peer-narrower', 'aws_elasticache_replication_group_invalid_type',
      'node type only; ADB130 also checks the engine and version, on their own lines'],
    ['aws_elasticache_cluster_previous_type', ['ADB069'], 'Previous-generation ElastiCache node type', 'peer-narrower', 'aws_elasticache_cluster_previous_type',
      'M1, M2, M3, R3, C1 and T1 (we also report T2); ADB069 also reports Redis OSS 2 and 3, on the engine_version line'],
    ['aws_elasticache_replication_group_previous_type', ['ADB069'], 'Previous-generation ElastiCache node type', 'peer-narrower', 'aws_elasticache_replication_group_previous_type',
      'the same list of previous-generation node types as the cluster rule; ADB069 also reports Redis OSS 2 and 3, on the engine_version line'],
  ]),
  ...guard([
    ['DYNAMODB_PITR_ENABLED', ['ADB050'], 'DynamoDB table point-in-time recovery', 'same', 'dynamodb-pitr-enabled'],
    ['RDS_STORAGE_ENCRYPTED', ['ADB004'], 'RDS DB instance storage encrypted', 'same', 'rds-storage-encrypted'],
    ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK', ['ADB006'], 'RDS DB instance not publicly accessible', 'same', 'rds-instance-public-access-check'],
    ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED', ['ADB015'], 'RDS DB instance deletion protection', 'peer-broader', 'rds-instance-deletion-protection-enabled', 'fails outside production too; we report only in production'],
  ]),
];

const index = new Map<string, string[]>();
function build(): Map<string, string[]> {
  if (index.size === 0) for (const p of PEER_RULES) for (const id of [p.id, ...(p.aliases ?? [])]) index.set(id, [...(index.get(id) ?? []), ...p.adb]);
  return index;
}

/** Our rule IDs a peer rule ID maps to (none when unknown). */
export function peerToAdb(id: string): string[] {
  return build().get(id) ?? [];
}
