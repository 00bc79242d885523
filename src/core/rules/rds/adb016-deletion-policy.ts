import { fact } from '../../../knowledge';
import type { MapEntry, Resource } from '../../model';
import { asString, resolve } from '../../resolve';
import { defineRule, type RuleContext } from '../types';
import { isReplica, sourceOf } from './common';

const policy = fact('rds.deletion-policy');

/** Stateful database resources: what they are called, and whether Snapshot is a valid policy for them. */
const STATEFUL: Record<string, { label: string; snapshot: boolean }> = {
  'AWS::RDS::DBInstance': { label: 'DB instance', snapshot: true },
  'AWS::RDS::DBCluster': { label: 'DB cluster', snapshot: true },
  'AWS::DocDB::DBCluster': { label: 'DocumentDB cluster', snapshot: true },
  'AWS::Neptune::DBCluster': { label: 'Neptune cluster', snapshot: true },
  'AWS::ElastiCache::ReplicationGroup': { label: 'replication group', snapshot: true },
  'AWS::ElastiCache::CacheCluster': { label: 'cache cluster', snapshot: true },
  'AWS::Redshift::Cluster': { label: 'Redshift cluster', snapshot: true },
  'AWS::DynamoDB::Table': { label: 'DynamoDB table', snapshot: false },
  'AWS::DynamoDB::GlobalTable': { label: 'DynamoDB global table', snapshot: false },
  'AWS::MemoryDB::Cluster': { label: 'MemoryDB cluster', snapshot: false },
  'AWS::Cassandra::Table': { label: 'Keyspaces table', snapshot: false },
  'AWS::Timestream::Table': { label: 'Timestream table', snapshot: false },
  'AWS::DocDBElastic::Cluster': { label: 'DocumentDB elastic cluster', snapshot: false },
};

/** Resources that hold no data of their own, or whose engine keeps none. */
function skip(ctx: RuleContext, r: Resource): boolean {
  // Aurora members keep their data in the cluster; a read replica's data is a copy of its source's.
  if (r.type === 'AWS::RDS::DBInstance') return ctx.prop(r, 'DBClusterIdentifier').present || isReplica(ctx, r);
  if (r.type === 'AWS::ElastiCache::CacheCluster') {
    // Memcached keeps no data to snapshot; a CacheCluster in a replication group is covered by the group.
    const e = ctx.prop(r, 'Engine').candidates.map((c) => asString(c.value)?.toLowerCase());
    return e.length === 0 || e.includes('memcached') || ctx.prop(r, 'ReplicationGroupId').present;
  }
  return globalSecondary(ctx, r);
}

/**
 * A secondary cluster of a global database: it joins a global cluster (GlobalClusterIdentifier) and
 * brings no data of its own, so it has no master credentials, no snapshot or source to restore from;
 * its data is a replica of the primary's. A cluster that sets any of those (even under a condition)
 * may be the primary and is judged. A replication group joining a Global Datastore
 * (GlobalReplicationGroupId) is a secondary member likewise.
 */
function globalSecondary(ctx: RuleContext, r: Resource): boolean {
  if (r.type === 'AWS::ElastiCache::ReplicationGroup') return ctx.prop(r, 'GlobalReplicationGroupId').present;
  if (!['AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'].includes(r.type)) return false;
  if (!ctx.prop(r, 'GlobalClusterIdentifier').present) return false;
  return !['MasterUsername', 'MasterUserPassword', 'ManageMasterUserPassword', 'SnapshotIdentifier', 'SourceDBClusterIdentifier', 'RestoreType', 'RestoreToTime', 'UseLatestRestorableTime']
    .some((k) => ctx.prop(r, k).present);
}

/** RDS's own default: Snapshot on deletion for clusters and standalone instances (not on replacement). */
function snapshotsByDefault(r: Resource): boolean {
  return r.type === 'AWS::RDS::DBCluster' || r.type === 'AWS::RDS::DBInstance';
}

/**
 * CDK: `removalPolicy: RemovalPolicy.DESTROY` on a production database (the reader renders it as
 * DeletionPolicy and UpdateReplacePolicy Delete, on the written value): one finding, on the value.
 */
function destroyed(ctx: RuleContext, r: Resource, s: { label: string; snapshot: boolean }): void {
  const e = r.attributes.get('DeletionPolicy');
  if (!e) return;
  const keep = s.snapshot ? 'SNAPSHOT' : 'RETAIN';
  for (const c of resolve(e.value, ctx.doc).candidates) {
    if (asString(c.value) !== 'Delete') continue;
    ctx.report({ resource: r, at: c, message: `removalPolicy DESTROY on a production ${s.label}: CloudFormation deletes it and its data when the stack is deleted, the construct removed or an update replaces it. Use RemovalPolicy.${keep}${s.snapshot ? ' (or RETAIN)' : ''}.` });
  }
}

const KEEP = new Set(['Snapshot', 'Retain', 'RetainExceptOnDelete']);

export default defineRule({
  id: 'ADB016',
  title: 'Stateful database without a Snapshot or Retain deletion policy',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'elasticache', 'redshift', 'dynamodb', 'memorydb', 'keyspaces', 'timestream'],
  resourceTypes: Object.keys(STATEFUL),
  forms: ['cloudformation', 'cdk'],
  description:
    'When a stack is deleted, or an update replaces a resource (for example a new Engine, DBName or table key schema), ' +
    'CloudFormation deletes the database and its data unless DeletionPolicy (on deletion) and UpdateReplacePolicy (on replacement) ' +
    'say Snapshot or Retain. Set both to Snapshot on RDS, DocumentDB, Neptune, ElastiCache and Redshift, and to Retain on DynamoDB, ' +
    'MemoryDB, Keyspaces and Timestream, which do not support Snapshot. RDS DB clusters and standalone DB instances already default ' +
    'to Snapshot on deletion, so for them only a missing UpdateReplacePolicy (default Delete) or an explicit Delete is reported. ' +
    'Read replicas (a copy of their source), secondary clusters of an Aurora global database (GlobalClusterIdentifier without ' +
    'MasterUsername, ManageMasterUserPassword, a snapshot or a source cluster: a copy of the primary), replication groups joining ' +
    'an ElastiCache Global Datastore, Aurora member instances and Memcached clusters hold no data of their own and are skipped. ' +
    'In CDK, where the L2 constructs default to Snapshot or Retain, only an explicit `removalPolicy: RemovalPolicy.DESTROY` ' +
    'is reported, and only in a file that looks like production (DESTROY is the usual choice for a throwaway stack). Likewise a ' +
    'Delete that an `Fn::If` chooses beside Snapshot or Retain (`!If [IsProd, Snapshot, Delete]`, a choice per environment) is ' +
    'reported only in a file that looks like production.',
  source: sourceOf(policy, ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-globalcluster.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html']),
  specialFix: 'deletion-policy',
  check(ctx) {
    for (const r of ctx.resources()) {
      const s = STATEFUL[r.type];
      if (!s || skip(ctx, r)) continue;
      if (r.form === 'cdk') {
        if (ctx.production) destroyed(ctx, r, s);
        continue;
      }
      const keep = s.snapshot ? 'Snapshot' : 'Retain';
      const missing: string[] = [];
      for (const attr of ['DeletionPolicy', 'UpdateReplacePolicy'] as const) {
        const e: MapEntry | undefined = r.attributes.get(attr);
        if (!e) {
          if (!(attr === 'DeletionPolicy' && snapshotsByDefault(r))) missing.push(attr);
          continue;
        }
        const candidates = resolve(e.value, ctx.doc).candidates;
        // `!If [IsProd, Snapshot, Delete]`: the template keeps the data where a condition says so and lets the
        // other environments go, a choice per environment (as CDK's DESTROY, reported only in a production file).
        const perEnvironment = !ctx.production && candidates.some((c) => !!c.condition && KEEP.has(asString(c.value) ?? ''));
        for (const c of candidates) {
          if (asString(c.value) !== 'Delete' || (perEnvironment && c.condition)) continue;
          const when = attr === 'DeletionPolicy' ? 'when the stack is deleted or the resource removed' : 'when an update replaces it';
          ctx.report({ resource: r, at: c, message: `${attr} Delete: CloudFormation deletes this ${s.label} and its data ${when}. Use ${keep}${s.snapshot ? ' (or Retain)' : ''}.` });
        }
      }
      if (!missing.length) continue;
      const what = missing.map((m) => `${m}: ${keep}`).join(' and ');
      const when = missing.length === 2 ? 'when the stack is deleted or an update replaces it'
        : missing[0] === 'DeletionPolicy' ? 'when the stack is deleted' : 'when an update replaces it';
      ctx.report({ resource: r, at: r.anchor, message: `No ${missing.join(' or ')}: CloudFormation deletes this ${s.label} and its data ${when}. Add ${what}.` });
    }
  },
});
