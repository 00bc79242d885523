/** ElastiCache helpers: engine family, old Redis OSS versions, custom resources that modify a cache later. */
import type { Resource } from '../../model';
import { get } from '../../model';
import { asString } from '../../resolve';
import { referencedIds } from '../dynamodb/scaling-targets';
import type { RuleContext } from '../types';

export const REPLICATION_GROUP = 'AWS::ElastiCache::ReplicationGroup';
export const CACHE_CLUSTER = 'AWS::ElastiCache::CacheCluster';

/**
 * The engines a resource can run, lower-cased; undefined when unknown. A replication group without
 * Engine runs Redis OSS (the API default); a replication group is never Memcached.
 */
export function engines(ctx: RuleContext, r: Resource): string[] | undefined {
  const p = ctx.prop(r, 'Engine');
  if (!p.present) return r.type === REPLICATION_GROUP ? ['redis'] : undefined;
  if (p.unknown) return undefined;
  const out = p.candidates.map((c) => asString(c.value)?.toLowerCase()).filter((e): e is string => !!e);
  return out.length ? out : undefined;
}

export const isRedisFamily = (e: string) => e === 'redis' || e === 'valkey';

/** A literal Redis OSS EngineVersion below 3.2.6, which supports neither encryption nor AUTH. */
export function preEncryptionRedis(r: Resource): string | undefined {
  const v = get(r.properties, 'EngineVersion');
  if (v?.kind !== 'scalar' || v.value === null) return undefined;
  const s = String(v.value);
  const [a, b = 0, c = 0] = s.split('.').map((x) => Number(x));
  if ([a, b, c].some((n) => Number.isNaN(n))) return undefined;
  return a < 3 || (a === 3 && (b < 2 || (b === 2 && c < 6))) ? s : undefined;
}

/**
 * Is the resource handed to a custom resource (a Lambda-backed `Custom::` type)? Such a function can
 * change modifiable settings after creation, so their absence in the template proves nothing.
 */
export function modifiedByCustomResource(ctx: RuleContext, r: Resource): boolean {
  return ctx.doc.resources.some((o) =>
    (o.type.startsWith('Custom::') || o.type === 'AWS::CloudFormation::CustomResource') && referencedIds(o.properties).has(r.id));
}
