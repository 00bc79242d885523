/** DynamoDB, DocumentDB and OpenSearch L2 constructs in CloudFormation terms, with the CDK's defaults. */
import type { ListNode, MapNode, Node } from '../../model';
import type { Span } from '../../text';
import { qualify } from './imports';
import { isSynthesized } from './info';
import { days, deprecated, kmsKey, masterUser, nested, opaque, removalPolicy, sets, type Handler, type L2Spec } from './l2-common';
import { evaluate, objectNode, spanOf, unknownNode, unwrap } from './values';

const pascal = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);

/** `pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 }`. */
const pitrSpec = (path: string): Handler => sets([path.replace(/^_replica\./, '')], (c, e, key, tsKey) => {
  const o = unwrap(c, e);
  const m = c.ts.isObjectLiteralExpression(o) ? objectNode(c, o, pascal) : undefined;
  if (!m) return c.b.set(path, key, unknownNode(spanOf(c, e), 'computed'), tsKey);
  for (const en of m.entries) c.b.set(`${path}.${en.key}`, en.keySpan, en.value, tsKey);
});

/** `encryption: TableEncryption.AWS_MANAGED` (Table) or `TableEncryptionV2.awsManagedKey()` (TableV2). */
const tableEncryption: Handler = sets(['SSESpecification.SSEEnabled', 'SSESpecification.SSEType'], (c, e, key, tsKey) => {
  const x = unwrap(c, e);
  const span = spanOf(c, x);
  const q = qualify(c.ts, c.imports, c.ts.isCallExpression(x) ? x.expression : x);
  const m = q?.path[1];
  if (m === 'DEFAULT' || m === 'dynamoOwnedKey') return;
  if (m === 'AWS_MANAGED' || m === 'CUSTOMER_MANAGED' || m === 'awsManagedKey' || m === 'customerManagedKey') {
    c.b.set('SSESpecification.SSEEnabled', key, { kind: 'scalar', value: true, ...span }, tsKey);
    c.b.set('SSESpecification.SSEType', key, { kind: 'scalar', value: 'KMS', ...span }, tsKey);
    return;
  }
  c.b.set('SSESpecification.SSEEnabled', key, unknownNode(span, 'computed encryption'), tsKey);
});

const keys = opaque('KeySchema');

export const TABLE: L2Spec = {
  type: 'AWS::DynamoDB::Table',
  removal: 'Retain',
  props: {
    removalPolicy, tableName: 'TableName', billingMode: 'BillingMode', deletionProtection: 'DeletionProtectionEnabled',
    readCapacity: 'ProvisionedThroughput.ReadCapacityUnits', writeCapacity: 'ProvisionedThroughput.WriteCapacityUnits',
    // Deprecated in favour of pointInTimeRecoverySpecification (aws-cdk-lib TableProps).
    pointInTimeRecovery: deprecated('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'),
    pointInTimeRecoverySpecification: pitrSpec('PointInTimeRecoverySpecification'),
    encryption: tableEncryption, encryptionKey: kmsKey('SSESpecification.KMSMasterKeyId'),
    partitionKey: keys, sortKey: keys, tableClass: 'TableClass', replicationRegions: (c) => void c.flags.add('replicated'),
  },
  finish: (c) => {
    const { b } = c;
    if (c.flags.has('kmsKey')) b.default('SSESpecification.SSEEnabled', true);
    if (c.flags.has('replicated')) return;
    b.default('BillingMode', 'PROVISIONED');
    const mode = b.props.entries.find((x) => x.key === 'BillingMode')?.value;
    if (mode?.kind === 'scalar' && mode.value === 'PROVISIONED') {
      b.default('ProvisionedThroughput.ReadCapacityUnits', 5);
      b.default('ProvisionedThroughput.WriteCapacityUnits', 5);
    }
  },
};

/** `billing: Billing.onDemand()` / `Billing.provisioned({...})`. */
const billing: Handler = sets(['BillingMode'], (c, e, key, tsKey) => {
  const x = unwrap(c, e);
  const q = c.ts.isCallExpression(x) ? qualify(c.ts, c.imports, x.expression) : undefined;
  const mode = q?.path[1] === 'onDemand' ? 'PAY_PER_REQUEST' : q?.path[1] === 'provisioned' ? 'PROVISIONED' : undefined;
  const span = spanOf(c, x);
  c.b.set('BillingMode', key, mode ? { kind: 'scalar', value: mode, ...span } : unknownNode(span, 'computed billing'), tsKey);
});

/** TableV2 settings that CloudFormation puts on each replica (the primary is the first). */
const replicaSetting = (path: string): Handler => sets([path], (c, e, key, tsKey) => {
  c.flags.add(`replica:${path}`);
  c.b.set(`_replica.${path}`, key, evaluate(c, e), tsKey);
});

export const TABLE_V2: L2Spec = {
  type: 'AWS::DynamoDB::GlobalTable',
  removal: 'Retain',
  props: {
    removalPolicy, tableName: 'TableName', billing, encryption: tableEncryption, partitionKey: keys, sortKey: keys,
    pointInTimeRecovery: Object.assign(replicaSetting('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'), { deprecated: true }),
    pointInTimeRecoverySpecification: pitrSpec('_replica.PointInTimeRecoverySpecification'),
    deletionProtection: replicaSetting('DeletionProtectionEnabled'),
    replicas: (c, e) => {
      const x = unwrap(c, e);
      c.flags.add(c.ts.isArrayLiteralExpression(x) ? `replicas:${x.elements.length}` : 'replicas:?');
    },
  },
  finish: (c) => {
    const { b } = c;
    b.default('BillingMode', 'PAY_PER_REQUEST');
    // Replica settings (PITR, deletion protection) are inherited by every replica: model the primary replica.
    const i = b.props.entries.findIndex((x) => x.key === '_replica');
    const settings = i >= 0 ? (b.props.entries.splice(i, 1)[0].value as MapNode) : undefined;
    const primary: MapNode = { kind: 'map', entries: settings?.entries ?? [], ...(settings ?? b.anchor) };
    const items: Node[] = [primary];
    if (c.flags.has('replicas:?')) items.push(unknownNode(b.anchor, 'computed replicas'));
    const list: ListNode = { kind: 'list', items, ...b.anchor };
    b.set('Replicas', b.anchor as Span, list);
  },
};

export const DOCDB_CLUSTER: L2Spec = {
  type: 'AWS::DocDB::DBCluster',
  removal: 'Retain',
  props: {
    removalPolicy, masterUser, storageEncrypted: 'StorageEncrypted', kmsKey: kmsKey('KmsKeyId'), deletionProtection: 'DeletionProtection',
    backup: nested({ retention: days('BackupRetentionPeriod'), preferredWindow: 'PreferredBackupWindow' }),
    dbClusterName: 'DBClusterIdentifier', engineVersion: 'EngineVersion', port: 'Port',
    preferredMaintenanceWindow: 'PreferredMaintenanceWindow',
  },
  finish: (c) => c.b.default('StorageEncrypted', true),
};

/**
 * `@aws-cdk/aws-neptune-alpha` DatabaseCluster (lib/cluster.d.ts of 2.262.0-alpha.0): storageEncrypted
 * `@default true`, removalPolicy `@default - Retain cluster.`, deletionProtection `@default - true if
 * removalPolicy is RETAIN, false otherwise` (cluster.js: only a written RETAIN), iamAuthentication `@default false`.
 */
export const NEPTUNE_CLUSTER: L2Spec = {
  type: 'AWS::Neptune::DBCluster',
  removal: 'Retain',
  props: {
    removalPolicy, storageEncrypted: 'StorageEncrypted', kmsKey: kmsKey('KmsKeyId'), deletionProtection: 'DeletionProtection',
    backupRetention: days('BackupRetentionPeriod'), iamAuthentication: 'IamAuthEnabled', dbClusterName: 'DBClusterIdentifier',
    port: 'Port', preferredBackupWindow: 'PreferredBackupWindow', preferredMaintenanceWindow: 'PreferredMaintenanceWindow',
  },
  finish: (c) => {
    c.b.default('StorageEncrypted', true);
    const dp = c.b.attributes.get('DeletionPolicy')?.value;
    if (dp && !isSynthesized(dp) && dp.kind === 'scalar' && dp.value === 'Retain') c.b.default('DeletionProtection', true);
  },
};

/** `encryptionAtRest: { enabled: true }`, `nodeToNodeEncryption: true`, `enforceHttps: true`. */
export const OPENSEARCH_DOMAIN: L2Spec = {
  type: 'AWS::OpenSearchService::Domain',
  removal: 'Retain',
  props: {
    removalPolicy, domainName: 'DomainName',
    encryptionAtRest: nested({ enabled: 'EncryptionAtRestOptions.Enabled', kmsKey: opaque('EncryptionAtRestOptions.KmsKeyId') }),
    nodeToNodeEncryption: 'NodeToNodeEncryptionOptions.Enabled', enforceHttps: 'DomainEndpointOptions.EnforceHTTPS',
    version: 'EngineVersion',
    capacity: nested({ dataNodeInstanceType: 'ClusterConfig.InstanceType', masterNodeInstanceType: 'ClusterConfig.DedicatedMasterType', warmInstanceType: 'ClusterConfig.WarmType' }),
  },
};

/**
 * The deprecated `aws-elasticsearch` Domain (AWS::Elasticsearch::Domain): the same props and defaults as the
 * OpenSearch one (encryption at rest, node-to-node encryption and HTTPS off, RemovalPolicy.RETAIN), with
 * `version: ElasticsearchVersion.V7_10` written as ElasticsearchVersion and the capacity under ElasticsearchClusterConfig.
 */
export const ELASTICSEARCH_DOMAIN: L2Spec = {
  ...OPENSEARCH_DOMAIN,
  type: 'AWS::Elasticsearch::Domain',
  props: {
    ...OPENSEARCH_DOMAIN.props, version: 'ElasticsearchVersion',
    capacity: nested({ dataNodeInstanceType: 'ElasticsearchClusterConfig.InstanceType', masterNodeInstanceType: 'ElasticsearchClusterConfig.DedicatedMasterType', warmInstanceType: 'ElasticsearchClusterConfig.WarmType' }),
  },
};
