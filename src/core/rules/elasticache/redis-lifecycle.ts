/**
 * ElastiCache (Redis OSS) engine versions and node types that AWS has retired, with their sources.
 * Versions 2 to 5 exist only for Redis OSS (Valkey starts at 7.2, Memcached versions are 1.x), so a
 * version alone says which engine it is.
 */

export const EOL_URL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html';
export const SUPPORTED_URL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/supported-engine-versions.html';
export const EXTENDED_URL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html';
export const EXTENDED_BLOG = 'https://aws.amazon.com/blogs/database/introducing-extended-support-for-amazon-elasticache-version-4-and-version-5-for-redis-oss/';
export const NODE_API_URL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CacheNode.html';
export const NODE_TYPES_URL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html';

export interface RedisVersion {
  major: number;
  minor?: number;
  patch?: number;
  text: string;
}

/** A Redis OSS version `2.8.24`, `3.2`, `5.0.6`, `4`; undefined for anything else. */
export function redisVersion(v: string | undefined): RedisVersion | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(v ?? '');
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 2 || major > 5) return undefined;
  return { major, minor: m[2] === undefined ? undefined : Number(m[2]), patch: m[3] === undefined ? undefined : Number(m[3]), text: v!.trim() };
}

/** End of life of Redis OSS 2 and 3 on ElastiCache (the "Past EOL" table). */
export const REDIS_EOL: Record<number, string> = { 2: 'January 13, 2023', 3: 'July 31, 2023' };

/** End of ElastiCache standard support for Redis OSS 4 and 5; Extended Support is charged from the next day, until 2029-01-31. */
export const REDIS_4_5_STANDARD_END = '2026-01-31';

/** Whether ElastiCache standard support for Redis OSS 4 and 5 has ended on `now`. */
export function redis45SupportEnded(now: Date): boolean {
  return now.getTime() > Date.parse(`${REDIS_4_5_STANDARD_END}T23:59:59Z`);
}

/** Redis OSS 5.0.0–5.0.5: deprecated, use 5.0.6. */
export function deprecated50(v: RedisVersion): boolean {
  return v.major === 5 && v.minor === 0 && v.patch !== undefined && v.patch <= 5;
}

/**
 * Previous-generation node types ElastiCache no longer creates clusters with: T1, M1, M3, C1, M2 and R3
 * (API reference, "creation of new clusters is not supported for these types") and T2 (user guide).
 */
const RETIRED_NODE_FAMILIES: Record<string, string> = {
  t1: 'cache.t4g or cache.t3', t2: 'cache.t4g or cache.t3', m1: 'cache.m7g or cache.m6g', m3: 'cache.m7g or cache.m6g',
  c1: 'cache.m7g or cache.r7g', m2: 'cache.r7g or cache.r6g', r3: 'cache.r7g or cache.r6g',
};

/** The replacement families for a retired node type, or undefined when the type is not retired. */
export function retiredNodeType(t: string | undefined): string | undefined {
  const m = /^\s*cache\.([a-z]\d)\.[a-z0-9]+\s*$/i.exec(t ?? '');
  return m ? RETIRED_NODE_FAMILIES[m[1].toLowerCase()] : undefined;
}
