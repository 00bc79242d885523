/**
 * The setting fixes: which property a rule's finding is about and the value that answers it.
 * Keyed by rule ID (rule files stay untouched); each entry also names the resource types, so a
 * fix is only offered on the resource it was written for.
 */
import type { Resource, ScalarValue } from '../model';

export interface SettingFix {
  rules: string[];
  types: string[];
  /** CloudFormation property (dotted for nested ones). */
  path: string;
  /** The value to write, from the current one (undefined: nothing to offer). */
  to: (current: ScalarValue | undefined, r: Resource) => ScalarValue | undefined;
  /** Add the property when it is absent (false where absence is already fine). */
  insert?: boolean;
  /** Only in these forms (a CDK prop that CloudFormation writes per replica). */
  forms?: Resource['form'][];
  /** Also offer to remove the property (where its absence means the safe default). */
  removable?: boolean;
}

const set = (v: ScalarValue) => (cur: ScalarValue | undefined) => (cur === v ? undefined : v);
const clamp = (min: number, max: number) => (cur: ScalarValue | undefined) =>
  typeof cur === 'number' ? (cur < min ? min : cur > max ? max : undefined) : undefined;
const atLeast = (n: number) => (cur: ScalarValue | undefined) => (cur === undefined || (typeof cur === 'number' && cur < n) ? n : undefined);

const RDS = ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'];
const DOCDB_NEPTUNE = ['AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'];
const CACHE = ['AWS::ElastiCache::ReplicationGroup'];
const DOMAIN = ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'];

export const SETTING_FIXES: SettingFix[] = [
  { rules: ['ADB001'], types: ['AWS::RDS::DBInstance'], path: 'BackupRetentionPeriod', to: clamp(0, 35) },
  { rules: ['ADB001'], types: ['AWS::RDS::DBCluster'], path: 'BackupRetentionPeriod', to: clamp(1, 35) },
  { rules: ['ADB002', 'ADB003'], types: RDS, path: 'BackupRetentionPeriod', to: atLeast(7), insert: true },
  { rules: ['ADB004'], types: ['AWS::RDS::DBInstance'], path: 'StorageEncrypted', to: set(true), insert: true },
  { rules: ['ADB006'], types: RDS, path: 'PubliclyAccessible', to: set(false), removable: true },
  { rules: ['ADB007'], types: ['AWS::RDS::DBInstance'], path: 'MultiAZ', to: set(true), insert: true },
  { rules: ['ADB008', 'ADB009'], types: ['AWS::RDS::DBInstance'], path: 'StorageType', to: (c) => (c === 'gp2' || c === 'standard' ? 'gp3' : undefined), insert: true },
  { rules: ['ADB013'], types: RDS, path: 'EnableIAMDatabaseAuthentication', to: set(true), insert: true },
  { rules: ['ADB014'], types: ['AWS::RDS::DBInstance'], path: 'EnablePerformanceInsights', to: set(true), insert: true },
  // A DB cluster names it PerformanceInsightsEnabled (AWS::RDS::DBCluster reference).
  { rules: ['ADB014'], types: ['AWS::RDS::DBCluster'], path: 'PerformanceInsightsEnabled', to: set(true), insert: true },
  { rules: ['ADB015'], types: RDS, path: 'DeletionProtection', to: set(true), insert: true },
  { rules: ['ADB033'], types: ['AWS::RDS::DBCluster'], path: 'StorageEncrypted', to: set(true), insert: true },
  { rules: ['ADB041'], types: ['AWS::DSQL::Cluster'], path: 'DeletionProtectionEnabled', to: set(true) },
  { rules: ['ADB050'], types: ['AWS::DynamoDB::Table'], path: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', to: set(true), insert: true },
  { rules: ['ADB056'], types: ['AWS::DynamoDB::GlobalTable'], path: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', to: set(true), insert: true, forms: ['cdk'] },
  { rules: ['ADB057'], types: ['AWS::DAX::Cluster'], path: 'SSESpecification.SSEEnabled', to: set(true), insert: true },
  { rules: ['ADB060'], types: CACHE, path: 'AtRestEncryptionEnabled', to: set(true), insert: true },
  { rules: ['ADB060', 'ADB061'], types: CACHE, path: 'TransitEncryptionEnabled', to: set(true), insert: true },
  { rules: ['ADB065'], types: CACHE, path: 'MultiAZEnabled', to: set(true), insert: true },
  { rules: ['ADB063', 'ADB065'], types: CACHE, path: 'AutomaticFailoverEnabled', to: set(true), insert: true },
  { rules: ['ADB066'], types: [...CACHE, 'AWS::ElastiCache::CacheCluster'], path: 'SnapshotRetentionLimit', to: atLeast(1), insert: true },
  { rules: ['ADB068'], types: ['AWS::MemoryDB::Cluster'], path: 'TLSEnabled', to: set(true), removable: true },
  { rules: ['ADB070'], types: DOCDB_NEPTUNE, path: 'StorageEncrypted', to: set(true), insert: true },
  { rules: ['ADB071'], types: DOCDB_NEPTUNE, path: 'BackupRetentionPeriod', to: clamp(1, 35) },
  { rules: ['ADB072'], types: DOCDB_NEPTUNE, path: 'DeletionProtection', to: set(true), insert: true },
  { rules: ['ADB073'], types: ['AWS::Neptune::DBCluster'], path: 'IamAuthEnabled', to: set(true), insert: true },
  { rules: ['ADB076'], types: DOMAIN, path: 'EncryptionAtRestOptions.Enabled', to: set(true), insert: true },
  { rules: ['ADB076'], types: DOMAIN, path: 'NodeToNodeEncryptionOptions.Enabled', to: set(true), insert: true },
  { rules: ['ADB076'], types: DOMAIN, path: 'DomainEndpointOptions.EnforceHTTPS', to: set(true), insert: true },
  { rules: ['ADB077'], types: ['AWS::Redshift::Cluster'], path: 'Encrypted', to: set(true), insert: true },
  { rules: ['ADB077'], types: ['AWS::Redshift::Cluster'], path: 'PubliclyAccessible', to: set(false), removable: true },
  { rules: ['ADB078'], types: ['AWS::Cassandra::Table'], path: 'PointInTimeRecoveryEnabled', to: set(true), insert: true },
  { rules: ['ADB080'], types: ['AWS::RDS::DBProxy'], path: 'RequireTLS', to: set(true), insert: true },
  { rules: ['ADB082'], types: ['AWS::DMS::ReplicationInstance'], path: 'PubliclyAccessible', to: set(false), insert: true },
  { rules: ['ADB083'], types: ['AWS::DMS::ReplicationInstance'], path: 'MultiAZ', to: set(true), insert: true },
];

/** Literal-password rules: the password property and whether the service can manage the secret. */
export const PASSWORD_RULES = new Set(['ADB012']);
export const MANAGED_PASSWORD_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster']);

/** Rules answered by DeletionPolicy/UpdateReplacePolicy (CDK: removalPolicy). */
export const DELETION_POLICY_RULES = new Set(['ADB016']);

/** Types whose DeletionPolicy can be Snapshot (CloudFormation DeletionPolicy documentation); others take Retain. */
export const SNAPSHOT_TYPES = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::Redshift::Cluster',
  'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::EC2::Volume',
]);
