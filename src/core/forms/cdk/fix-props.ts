/**
 * How to write a CloudFormation setting as a CDK prop, per L2 construct (L1 props are the
 * CloudFormation names in camelCase). `p` is the construct's module prefix (`rds.`), `core` how
 * the file names aws-cdk-lib's core classes (`cdk.` or '').
 */
import type { ScalarValue } from '../../model';

export type PropText = (v: ScalarValue, p: string, core: string) => string | undefined;

const bool = (key: string): PropText => (v) => (typeof v === 'boolean' ? `${key}: ${v}` : undefined);

const RDS_COMMON: Record<string, PropText> = {
  StorageEncrypted: bool('storageEncrypted'),
  DeletionProtection: bool('deletionProtection'),
  EnableIAMDatabaseAuthentication: bool('iamAuthentication'),
  CopyTagsToSnapshot: bool('copyTagsToSnapshot'),
};

const RDS_INSTANCE: Record<string, PropText> = {
  ...RDS_COMMON,
  MultiAZ: bool('multiAz'),
  PubliclyAccessible: bool('publiclyAccessible'),
  EnablePerformanceInsights: bool('enablePerformanceInsights'),
  StorageType: (v, p) => (typeof v === 'string' ? `storageType: ${p}StorageType.${v.toUpperCase()}` : undefined),
  BackupRetentionPeriod: (v, p, core) => (typeof v === 'number' ? `backupRetention: ${core}Duration.days(${v})` : undefined),
};

const PITR = 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled';

/** L2 construct -> CloudFormation path -> prop text. */
export const CDK_PROPS: Record<string, Record<string, PropText>> = {
  DatabaseInstance: RDS_INSTANCE,
  DatabaseInstanceFromSnapshot: RDS_INSTANCE,
  DatabaseInstanceReadReplica: RDS_INSTANCE,
  DatabaseCluster: {
    ...RDS_COMMON,
    BackupRetentionPeriod: (v, p, core) => (typeof v === 'number' ? `backup: { retention: ${core}Duration.days(${v}) }` : undefined),
  },
  ServerlessCluster: { ...RDS_COMMON, BackupRetentionPeriod: (v, p, core) => (typeof v === 'number' ? `backupRetention: ${core}Duration.days(${v})` : undefined) },
  DatabaseProxy: { RequireTLS: bool('requireTLS') },
  Table: {
    [PITR]: (v) => (v === true ? 'pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }' : undefined),
    DeletionProtectionEnabled: bool('deletionProtection'),
  },
  TableV2: {
    [PITR]: (v) => (v === true ? 'pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }' : undefined),
    Replicas: (v) => (v === true ? 'pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }' : undefined),
  },
  'aws-docdb.DatabaseCluster': { StorageEncrypted: bool('storageEncrypted'), DeletionProtection: bool('deletionProtection') },
  Domain: {
    'EncryptionAtRestOptions.Enabled': (v) => (v === true ? 'encryptionAtRest: { enabled: true }' : undefined),
    'NodeToNodeEncryptionOptions.Enabled': bool('nodeToNodeEncryption'),
    'DomainEndpointOptions.EnforceHTTPS': bool('enforceHttps'),
  },
};

/** A scalar as TypeScript source. */
export function tsLiteral(v: ScalarValue, quote: string = "'"): string {
  if (typeof v === 'string') return `${quote}${v.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
  return String(v);
}
