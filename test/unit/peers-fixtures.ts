/**
 * One small resource per rule the peer table maps to, each firing that rule (peers.test.ts checks it does),
 * so a suppression test can put each peer's Metadata on it. Properties are YAML lines under `Properties:`.
 */
export interface Fixture {
  type: string;
  props: string[];
  /** Resource attributes other than Metadata (DeletionPolicy...). */
  attrs?: string[];
}

const RDS = (more: string[]): Fixture => ({ type: 'AWS::RDS::DBInstance', props: ['Engine: mysql', 'DBInstanceClass: db.t3.micro', 'AllocatedStorage: 20', ...more] });
const CLUSTER = (more: string[]): Fixture => ({ type: 'AWS::RDS::DBCluster', props: ['Engine: aurora-postgresql', ...more] });
const TABLE = (more: string[]): Fixture => ({
  type: 'AWS::DynamoDB::Table',
  props: ['AttributeDefinitions:', '  - AttributeName: pk', '    AttributeType: S', 'KeySchema:', '  - AttributeName: pk', '    KeyType: HASH', ...more],
});
const REDIS = (more: string[]): Fixture => ({
  type: 'AWS::ElastiCache::ReplicationGroup',
  props: ['ReplicationGroupDescription: cache', 'Engine: redis', 'CacheNodeType: cache.t3.micro', ...more],
});

/** A replication group with the given node type (and nothing else of note). */
const NODE = (type: string): Fixture => ({
  type: 'AWS::ElastiCache::ReplicationGroup',
  props: ['ReplicationGroupDescription: cache', 'Engine: redis', `CacheNodeType: ${type}`, 'AtRestEncryptionEnabled: true', 'TransitEncryptionEnabled: true'],
});

export const FIXTURES: Record<string, Fixture> = {
  ADB001: RDS(['BackupRetentionPeriod: 40']),
  ADB002: RDS(['BackupRetentionPeriod: 0']),
  ADB014: { type: 'AWS::RDS::DBInstance', props: ['Engine: postgres', 'DBInstanceClass: db.r6g.large', 'AllocatedStorage: 20', 'EnablePerformanceInsights: false'] },
  ADB156: RDS(['AutoMinorVersionUpgrade: false']),
  ADB157: { type: 'AWS::DAX::Cluster', props: ['NodeType: dax.r5.large', 'ReplicationFactor: 3', 'IAMRoleARN: arn:aws:iam::123456789012:role/dax', 'SSESpecification:', '  SSEEnabled: true', 'ClusterEndpointEncryptionType: NONE'] },
  ADB066: REDIS(['SnapshotRetentionLimit: 0', 'AtRestEncryptionEnabled: true', 'TransitEncryptionEnabled: true']),
  ADB068: { type: 'AWS::MemoryDB::Cluster', props: ['NodeType: db.r6g.large', 'ACLName: open-access', 'TLSEnabled: false'] },
  ADB072: { type: 'AWS::Neptune::DBCluster', props: ['StorageEncrypted: true', 'IamAuthEnabled: true', 'DeletionProtection: false'] },
  ADB004: RDS(['StorageEncrypted: false']),
  ADB005: RDS(['StorageEncrypted: false', 'KmsKeyId: alias/db']),
  ADB006: RDS(['PubliclyAccessible: true']),
  ADB007: RDS(['MultiAZ: false']),
  ADB012: RDS(['MasterUsername: admin', 'MasterUserPassword: hunter2hunter2']),
  ADB013: RDS(['EnableIAMDatabaseAuthentication: false']),
  ADB015: RDS(['DeletionProtection: false']),
  ADB016: { ...RDS([]), attrs: ['DeletionPolicy: Delete', 'UpdateReplacePolicy: Delete'] },
  ADB020: RDS(['EnableCloudwatchLogsExports: []']),
  ADB021: { type: 'AWS::RDS::DBSecurityGroup', props: ['GroupDescription: db', 'DBSecurityGroupIngress:', '  - CIDRIP: 0.0.0.0/0'] },
  ADB033: CLUSTER(['StorageEncrypted: false']),
  ADB050: TABLE(['BillingMode: PAY_PER_REQUEST', 'PointInTimeRecoverySpecification:', '  PointInTimeRecoveryEnabled: false']),
  ADB051: TABLE(['BillingMode: PAY_PER_REQUEST', 'SSESpecification:', '  SSEEnabled: false']),
  ADB053: TABLE(['BillingMode: PAY_PER_REQUEST', 'GlobalSecondaryIndexes:', '  - IndexName: bySk', '    KeySchema:', '      - AttributeName: sk', '        KeyType: HASH', '    Projection:', '      ProjectionType: ALL']),
  ADB054: TABLE(['BillingMode: PAY_PER_REQUEST', 'ProvisionedThroughput:', '  ReadCapacityUnits: 5', '  WriteCapacityUnits: 5']),
  ADB056: {
    type: 'AWS::DynamoDB::GlobalTable',
    props: ['BillingMode: PAY_PER_REQUEST', 'AttributeDefinitions:', '  - AttributeName: pk', '    AttributeType: S', 'KeySchema:', '  - AttributeName: pk', '    KeyType: HASH',
      'Replicas:', '  - Region: us-east-1', '    PointInTimeRecoverySpecification:', '      PointInTimeRecoveryEnabled: false'],
  },
  ADB057: { type: 'AWS::DAX::Cluster', props: ['NodeType: dax.t3.small', 'ReplicationFactor: 3', 'IAMRoleARN: arn:aws:iam::123456789012:role/dax', 'SSESpecification:', '  SSEEnabled: false'] },
  ADB060: REDIS(['AtRestEncryptionEnabled: false', 'TransitEncryptionEnabled: true', 'AuthToken: "{{resolve:secretsmanager:redis}}"']),
  ADB062: REDIS(['AtRestEncryptionEnabled: true', 'TransitEncryptionEnabled: true']),
  ADB063: REDIS(['NumNodeGroups: 2', 'AutomaticFailoverEnabled: false']),
  ADB065: REDIS(['ReplicasPerNodeGroup: 1', 'AutomaticFailoverEnabled: true', 'MultiAZEnabled: false']),
  ADB070: { type: 'AWS::Neptune::DBCluster', props: ['StorageEncrypted: false', 'IamAuthEnabled: true'] },
  ADB073: { type: 'AWS::Neptune::DBCluster', props: ['StorageEncrypted: true', 'IamAuthEnabled: false'] },
  ADB076: { type: 'AWS::OpenSearchService::Domain', props: ['EncryptionAtRestOptions:', '  Enabled: false', 'NodeToNodeEncryptionOptions:', '  Enabled: true', 'DomainEndpointOptions:', '  EnforceHTTPS: true'] },
  ADB077: { type: 'AWS::Redshift::Cluster', props: ['NodeType: ra3.xlplus', 'ClusterType: single-node', 'DBName: dev', 'MasterUsername: admin', 'MasterUserPassword: "{{resolve:secretsmanager:rs}}"', 'Encrypted: false'] },
  ADB069: NODE('cache.m3.medium'),
  ADB120: { ...RDS([]), props: ['Engine: mysqll', 'DBInstanceClass: db.t3.micro', 'AllocatedStorage: 20'] },
  ADB123: { ...RDS([]), props: ['Engine: mysql', 'DBInstanceClass: db.t9.huge', 'AllocatedStorage: 20'] },
  ADB130: NODE('cache.t3.nano'),
  ADB139: NODE('cache.zz.micro'),
  ADB082: { type: 'AWS::DMS::ReplicationInstance', props: ['ReplicationInstanceClass: dms.t3.medium', 'PubliclyAccessible: true'] },
};

/** A template with the fixture's resource as `Db`, with optional Metadata lines (indented under Metadata:). */
export function fixtureTemplate(f: Fixture, metadata: string[] = []): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Db:', `    Type: ${f.type}`];
  for (const a of f.attrs ?? []) lines.push(`    ${a}`);
  if (metadata.length) lines.push('    Metadata:', ...metadata.map((m) => `      ${m}`));
  lines.push('    Properties:', ...f.props.map((p) => `      ${p}`));
  return `${lines.join('\n')}\n`;
}

/** The Metadata lines each tool's suppression of `id` takes. */
export function suppressionMetadata(tool: 'cfn-lint' | 'cfn_nag' | 'cdk-nag' | 'checkov' | 'cfn-guard' | 'trivy' | 'tflint', id: string): string[] {
  switch (tool) {
    case 'cfn-lint':
      return ['cfn-lint:', '  config:', '    ignore_checks:', `      - ${id}`];
    case 'cfn_nag':
      return ['cfn_nag:', '  rules_to_suppress:', `    - id: ${id}`, '      reason: test'];
    case 'cdk-nag':
      return ['cdk_nag:', '  rules_to_suppress:', `    - id: ${id}`, '      reason: test'];
    case 'checkov':
      return ['checkov:', '  skip:', `    - id: ${id}`, '      comment: test'];
    case 'cfn-guard':
      return ['guard:', '  SuppressedRules:', `    - ${id}`];
    case 'trivy':
    case 'tflint':
      // Trivy's and tflint's comments in Terraform reach suppress.ts as our own Metadata list holding the peer ID
      // (forms/terraform/suppressions.ts): the same path, written here in a template.
      return ['aws-db-architect:', '  ignore:', `    - ${id}`];
  }
}
