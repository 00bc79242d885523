/**
 * Automatic failover and Multi-AZ on a replication group, and what they need: ElastiCache rejects
 * MultiAZEnabled without AutomaticFailoverEnabled, and automatic failover on a group without a
 * replica (NumCacheClusters must then be at least 2). Shared by ADB027, ADB028 and ADB065 and their
 * quick fixes, so a fix writes the settings that go together and the resource stays deployable.
 */
import type { Resource, ScalarValue } from '../../model';
import { getPath } from '../../model';
import type { Companion } from '../setting-fix';

/** Properties that say how many nodes a group has other than NumCacheClusters (shards, replicas, an existing primary, a global datastore). */
export const OTHER_SHAPE = ['NumNodeGroups', 'ReplicasPerNodeGroup', 'NodeGroupConfiguration', 'PrimaryClusterId', 'GlobalReplicationGroupId'];

const scalar = (r: Resource, path: string): { written: boolean; value?: ScalarValue; known: boolean } => {
  const n = getPath(r.properties, path);
  if (!n) return { written: false, known: true };
  return n.kind === 'scalar' ? { written: true, value: n.value, known: true } : { written: true, known: false };
};

/**
 * How many nodes a cluster-mode-disabled group has, read from what is written (no parameter
 * resolution): 'one' (NumCacheClusters 1 or absent), 'replicas' (2 or more), or 'unknown' (a
 * computed value, or shards/replicas written another way).
 */
export function nodesOf(r: Resource): 'one' | 'replicas' | 'unknown' {
  const rpng = scalar(r, 'ReplicasPerNodeGroup');
  if (rpng.written) return typeof rpng.value === 'number' && rpng.value >= 1 && !scalar(r, 'NumNodeGroups').written ? 'replicas' : 'unknown';
  if (OTHER_SHAPE.some((k) => getPath(r.properties, k))) return 'unknown';
  const ncc = scalar(r, 'NumCacheClusters');
  if (!ncc.written) return 'one';
  if (!ncc.known || typeof ncc.value !== 'number') return 'unknown';
  return ncc.value >= 2 ? 'replicas' : 'one';
}

/** The value written for a boolean property: true, false, absent (undefined), or 'unknown' (computed). */
function bool(r: Resource, path: string): boolean | undefined | 'unknown' {
  const s = scalar(r, path);
  if (!s.written) return undefined;
  if (!s.known) return 'unknown';
  return s.value === true || s.value === 'true' ? true : s.value === false || s.value === 'false' ? false : 'unknown';
}

/** What automatic failover needs besides itself: a replica (NumCacheClusters 2, which adds a node). Undefined: cannot be known. */
function replicaFor(r: Resource): Companion[] | undefined {
  const n = nodesOf(r);
  if (n === 'unknown') return undefined;
  return n === 'one' ? [{ path: 'NumCacheClusters', value: 2, costly: true }] : [];
}

/** Companions of turning automatic failover on. */
export function withFailoverOn(r: Resource): Companion[] | undefined {
  return replicaFor(r);
}

/** Companions of turning Multi-AZ on: automatic failover (unless already true) and what it needs. */
export function withMultiAzOn(r: Resource): Companion[] | undefined {
  const af = bool(r, 'AutomaticFailoverEnabled');
  if (af === 'unknown') return undefined;
  const rest = replicaFor(r);
  if (!rest) return undefined;
  return af === true ? rest : [{ path: 'AutomaticFailoverEnabled', value: true }, ...rest];
}

/** Companions of turning automatic failover off: Multi-AZ off too when it is on. */
export function withFailoverOff(r: Resource): Companion[] | undefined {
  const maz = bool(r, 'MultiAZEnabled');
  if (maz === 'unknown') return undefined;
  return maz === true ? [{ path: 'MultiAZEnabled', value: false }] : [];
}
