/**
 * Helpers the RDS rules share: which engine family a resource runs, whether a DB instance
 * belongs to a cluster (its settings then live on the cluster), is a read replica or a restore.
 */
import type { Resource } from '../../model';
import { asString } from '../../resolve';
import type { RuleContext } from '../types';

export type EngineFamily =
  | 'mysql' | 'mariadb' | 'postgres' | 'oracle' | 'sqlserver' | 'db2'
  | 'aurora-mysql' | 'aurora-postgresql' | 'custom';

/** The family of one engine value (`MySQL`, `oracle-ee`, `sqlserver-web`, `aurora-postgresql`). */
export function familyOf(engine: string): EngineFamily | undefined {
  const e = engine.toLowerCase();
  if (e.startsWith('custom-')) return 'custom';
  if (e === 'aurora' || e === 'aurora-mysql') return 'aurora-mysql';
  if (e === 'aurora-postgresql') return 'aurora-postgresql';
  if (e === 'mysql') return 'mysql';
  if (e === 'mariadb') return 'mariadb';
  if (e === 'postgres' || e === 'postgresql') return 'postgres';
  if (e.startsWith('oracle-')) return 'oracle';
  if (e.startsWith('sqlserver-')) return 'sqlserver';
  if (e.startsWith('db2-')) return 'db2';
  return undefined;
}

/**
 * The engine families a resource can have: one per known candidate. Undefined when Engine is absent,
 * partly unknown or unrecognised, so callers that need the engine give no finding.
 */
export function families(ctx: RuleContext, r: Resource): EngineFamily[] | undefined {
  const p = ctx.prop(r, 'Engine');
  if (!p.present || p.unknown || p.candidates.length === 0) return undefined;
  const out = new Set<EngineFamily>();
  for (const c of p.candidates) {
    const e = asString(c.value);
    const f = e ? familyOf(e) : undefined;
    if (!f) return undefined;
    out.add(f);
  }
  return [...out];
}

/** The single engine family, when every candidate agrees. */
export function family(ctx: RuleContext, r: Resource): EngineFamily | undefined {
  const fs = families(ctx, r);
  return fs && fs.length === 1 ? fs[0] : undefined;
}

/** True when any Engine candidate is an Aurora engine (written literally or through a parameter). */
export function maybeAurora(ctx: RuleContext, r: Resource): boolean {
  return ctx.prop(r, 'Engine').candidates.some((c) => (asString(c.value) ?? '').toLowerCase().startsWith('aurora'));
}

/**
 * A DB instance whose storage, backups and most settings belong to a DB cluster: an Aurora
 * instance or any instance with DBClusterIdentifier.
 */
export function inCluster(ctx: RuleContext, r: Resource): boolean {
  return r.type === 'AWS::RDS::DBInstance' && (ctx.prop(r, 'DBClusterIdentifier').present || maybeAurora(ctx, r));
}

/** A read replica (it inherits engine, encryption and credentials from its source). */
export function isReplica(ctx: RuleContext, r: Resource): boolean {
  return ctx.prop(r, 'SourceDBInstanceIdentifier').present || ctx.prop(r, 'SourceDBClusterIdentifier').present ||
    ctx.prop(r, 'ReplicationSourceIdentifier').present || r.origin?.operation === 'create-db-instance-read-replica';
}

/** Restored from a snapshot or a point in time: settings such as encryption come from the source. */
export function isRestore(ctx: RuleContext, r: Resource): boolean {
  return ['DBSnapshotIdentifier', 'SnapshotIdentifier', 'DBClusterSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'RestoreTime', 'UseLatestRestorableTime', 'SourceDbiResourceId']
    .some((k) => ctx.prop(r, k).present) || /^restore-/.test(r.origin?.operation ?? '');
}

/** A standalone DB instance that carries its own settings (not in a cluster, not a replica). */
export function isPrimaryInstance(ctx: RuleContext, r: Resource): boolean {
  return r.type === 'AWS::RDS::DBInstance' && !inCluster(ctx, r) && !isReplica(ctx, r);
}

/** How the file is written, for messages ("template", "script", "code"). */
/**
 * The CDK's `ServerlessCluster` / `ServerlessClusterFromSnapshot` (Aurora Serverless v1): it has no
 * iamAuthentication, cloudwatchLogsExports or storageEncrypted prop, so an absent one is no suggestion to make
 * (ADB034 reports the construct itself).
 */
export function serverlessV1Construct(r: Resource): boolean {
  return r.form === 'cdk' && !!r.origin?.construct?.startsWith('ServerlessCluster');
}

export function formWord(r: Resource): string {
  return r.form === 'aws-cli' ? 'script' : r.form === 'cdk' ? 'code' : r.form === 'terraform' ? 'configuration' : 'template';
}

/**
 * The RDS facts' source block for a rule: the seed section, the URLs and, where the seed and AWS
 * differ, what the seed said (the fact's seedSays unless `note` is given; null when they agree).
 */
export function sourceOf(f: { seed?: string | null; sources: string[]; seedSays?: string }, extraUrls: string[] = [], note?: string | null) {
  return {
    seed: f.seed ?? undefined,
    urls: [...f.sources, ...extraUrls.filter((u) => !f.sources.includes(u))],
    note: note === null ? undefined : note ?? f.seedSays,
  };
}
