/**
 * The written values ADB130–ADB133 and ADB139 judge against what AWS offers (src/core/deploy/):
 * each value site with its verdict. A rule reports the verdicts of its kind: the service rules the
 * values not offered (errors), ADB139 the values newer than the data (information). Values a
 * neighbouring rule already reports are left out (ADB069: Redis OSS 2/3 and previous-generation node
 * types; ADB025: the deprecated Redis OSS 5.0.0–5.0.5), so one problem gives one finding.
 */
import type { Resource } from '../../model';
import type { Candidate } from '../../resolve';
import { asString } from '../../resolve';
import { ELASTICACHE_ENGINES, elasticacheFamilyFor, familyEngine, judgeElastiCacheFamily, judgeElastiCacheNodeType, judgeElastiCacheVersion } from '../../deploy/elasticache';
import type { Verdict } from '../../deploy/judge';
import { judgeOpenSearchInstanceType, judgeOpenSearchVersion } from '../../deploy/opensearch';
import { judgeRedshiftNodeType } from '../../deploy/redshift';
import { nearest } from '../../cli-model/suggest';
import { spelledLikeInstanceType } from '../../cli-model/check-value';
import { CACHE_CLUSTER, REPLICATION_GROUP } from '../elasticache/cache';
import { deprecated50, redisVersion, retiredNodeType } from '../elasticache/redis-lifecycle';
import type { RuleContext } from '../types';

export const EC_PARAMETER_GROUP = 'AWS::ElastiCache::ParameterGroup';
export const MEMORYDB_CLUSTER = 'AWS::MemoryDB::Cluster';
export const MEMORYDB_PARAMETER_GROUP = 'AWS::MemoryDB::ParameterGroup';
export const REDSHIFT_CLUSTER = 'AWS::Redshift::Cluster';
export const OPENSEARCH_DOMAIN = 'AWS::OpenSearchService::Domain';
export const ES_DOMAIN = 'AWS::Elasticsearch::Domain';

export type Area = 'elasticache' | 'family' | 'redshift' | 'opensearch';

export interface Site {
  area: Area;
  resource: Resource;
  /** The CloudFormation property (dotted). */
  path: string;
  candidate: Candidate;
  value: string;
  verdict: Verdict;
  /** What the value is, for messages: "a node type ElastiCache offers". */
  what: string;
  /** The kind of value, for ADB139: "ElastiCache node type". */
  noun: string;
  /** Appended to a "not offered" message (the engine it was judged for). */
  context?: string;
}

/** The single known engine of an ElastiCache resource (lower case), or undefined. A replication group defaults to redis. */
export function cacheEngine(ctx: RuleContext, r: Resource): string | undefined {
  const p = ctx.prop(r, 'Engine');
  if (!p.present) return r.type === REPLICATION_GROUP ? 'redis' : undefined;
  if (p.unknown || p.candidates.length !== 1) return undefined;
  const e = asString(p.candidates[0].value)?.trim().toLowerCase();
  return e && (ELASTICACHE_ENGINES as readonly string[]).includes(e) ? e : undefined;
}

const ENGINE_NAMES: Record<string, string> = { redis: 'Redis OSS', valkey: 'Valkey', memcached: 'Memcached' };
export const engineName = (e: string) => ENGINE_NAMES[e] ?? e;

function* values(ctx: RuleContext, r: Resource, path: string): Generator<{ c: Candidate; v: string }> {
  for (const c of ctx.prop(r, path).candidates) {
    const v = asString(c.value)?.trim();
    if (v) yield { c, v };
  }
}

/** ElastiCache replication groups and cache clusters: Engine, EngineVersion, CacheNodeType. */
function* elasticache(ctx: RuleContext): Generator<Site> {
  for (const r of ctx.resources([REPLICATION_GROUP, CACHE_CLUSTER])) {
    for (const { c, v } of values(ctx, r, 'Engine')) {
      if ((ELASTICACHE_ENGINES as readonly string[]).includes(v.toLowerCase())) continue;
      yield { area: 'elasticache', resource: r, path: 'Engine', candidate: c, value: v, what: 'an engine ElastiCache offers (valkey, redis or memcached)', noun: 'ElastiCache engine', verdict: { kind: 'not-offered', suggest: nearest(v.toLowerCase(), ELASTICACHE_ENGINES) } };
    }
    const engine = cacheEngine(ctx, r);
    if (engine) {
      for (const { c, v } of values(ctx, r, 'EngineVersion')) {
        const old = engine === 'redis' ? redisVersion(v) : undefined;
        // Redis OSS 2 and 3 are ADB069's, 5.0.0–5.0.5 ADB025's.
        if (old && (old.major <= 3 || deprecated50(old))) continue;
        const verdict = judgeElastiCacheVersion(engine, v);
        if (verdict && verdict.kind !== 'ok') yield { area: 'elasticache', resource: r, path: 'EngineVersion', candidate: c, value: v, verdict, what: `an engine version ElastiCache offers for ${engineName(engine)}`, noun: `ElastiCache ${engineName(engine)} version`, context: engine };
      }
    }
    for (const { c, v } of values(ctx, r, 'CacheNodeType')) {
      if (retiredNodeType(v)) continue; // ADB069
      const verdict = judgeElastiCacheNodeType(v, engine);
      if (verdict && verdict.kind !== 'ok') yield { area: 'elasticache', resource: r, path: 'CacheNodeType', candidate: c, value: v, verdict, what: engine === 'memcached' ? 'a node type ElastiCache offers for Memcached' : 'a node type ElastiCache offers', noun: 'ElastiCache node type' };
    }
  }
  // MemoryDB node types are ElastiCache's families with a `db.` prefix.
  for (const r of ctx.resources([MEMORYDB_CLUSTER])) {
    for (const { c, v } of values(ctx, r, 'NodeType')) {
      if (/^db\.[a-z0-9-]+\.[a-z0-9]+$/.test(v)) continue;
      const bare = v.replace(/^(cache|db)\./, '');
      const suggest = /^[a-z]+\d+[a-z]*\.[a-z0-9]+$/.test(bare) ? [`db.${bare}`] : [];
      yield { area: 'elasticache', resource: r, path: 'NodeType', candidate: c, value: v, verdict: { kind: 'not-offered', suggest }, what: 'a MemoryDB node type (they start with db., e.g. db.r7g.large)', noun: 'MemoryDB node type' };
    }
  }
}

/** Parameter group families: the ElastiCache names, and MemoryDB's `memorydb_` names. */
function* families(ctx: RuleContext): Generator<Site> {
  for (const r of ctx.resources([EC_PARAMETER_GROUP])) {
    for (const { c, v } of values(ctx, r, 'CacheParameterGroupFamily')) {
      const verdict = judgeElastiCacheFamily(v);
      if (verdict && verdict.kind !== 'ok') yield { area: 'family', resource: r, path: 'CacheParameterGroupFamily', candidate: c, value: v, verdict, what: 'a parameter group family ElastiCache offers', noun: 'ElastiCache parameter group family' };
    }
  }
  for (const r of ctx.resources([MEMORYDB_PARAMETER_GROUP])) {
    for (const { c, v } of values(ctx, r, 'Family')) {
      if (/^memorydb_[a-z]+\d+$/.test(v)) continue;
      const m = /^(?:memorydb[-_.]?)?(redis|valkey)(\d+)/i.exec(v);
      const suggest = m ? [`memorydb_${m[1].toLowerCase()}${m[2]}`] : [];
      yield { area: 'family', resource: r, path: 'Family', candidate: c, value: v, verdict: { kind: 'not-offered', suggest }, what: 'a MemoryDB parameter group family (memorydb_valkey7, memorydb_redis7, memorydb_redis6)', noun: 'MemoryDB parameter group family' };
    }
  }
}

function* redshift(ctx: RuleContext): Generator<Site> {
  for (const r of ctx.resources([REDSHIFT_CLUSTER])) {
    for (const { c, v } of values(ctx, r, 'NodeType')) {
      const verdict = judgeRedshiftNodeType(v);
      if (verdict && verdict.kind !== 'ok') yield { area: 'redshift', resource: r, path: 'NodeType', candidate: c, value: v, verdict, what: 'a node type Amazon Redshift offers for provisioned clusters', noun: 'Redshift node type' };
    }
  }
}

function* opensearch(ctx: RuleContext): Generator<Site> {
  for (const r of ctx.resources([OPENSEARCH_DOMAIN, ES_DOMAIN])) {
    const legacy = r.type === ES_DOMAIN;
    const versionPath = legacy ? 'ElasticsearchVersion' : 'EngineVersion';
    for (const { c, v } of values(ctx, r, versionPath)) {
      const verdict = judgeOpenSearchVersion(v, legacy);
      if (verdict && verdict.kind !== 'ok') yield { area: 'opensearch', resource: r, path: versionPath, candidate: c, value: v, verdict, what: legacy ? 'an Elasticsearch version Amazon OpenSearch Service offers' : 'an engine version Amazon OpenSearch Service offers (OpenSearch_X.Y or Elasticsearch_X.Y)', noun: legacy ? 'Elasticsearch version' : 'OpenSearch Service engine version' };
    }
    const config = legacy ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
    for (const [key, warm] of [['InstanceType', false], ['DedicatedMasterType', false], ['WarmType', true]] as const) {
      for (const { c, v } of values(ctx, r, `${config}.${key}`)) {
        const suffix = legacy ? '.elasticsearch' : '.search';
        // In a script ADB108 already reports a value outside the CLI model's enum unless it is spelled like its instance types.
        if (r.form === 'aws-cli' && !(typeof v === 'string' && spelledLikeInstanceType(v, suffix.slice(1)))) continue;
        const verdict = judgeOpenSearchInstanceType(v, { warm, legacy });
        if (verdict && verdict.kind !== 'ok') yield { area: 'opensearch', resource: r, path: `${config}.${key}`, candidate: c, value: v, verdict, what: `${warm ? 'an UltraWarm' : 'an'} instance type of ${legacy ? 'an Elasticsearch' : 'an OpenSearch Service'} domain (they end in ${suffix})`, noun: `${legacy ? 'Elasticsearch' : 'OpenSearch Service'} instance type` };
      }
    }
  }
}

/** Every judged value of the areas asked for, in document order per area. */
export function* offeredSites(ctx: RuleContext, areas: Area[]): Generator<Site> {
  if (areas.includes('elasticache')) yield* elasticache(ctx);
  if (areas.includes('family')) yield* families(ctx);
  if (areas.includes('redshift')) yield* redshift(ctx);
  if (areas.includes('opensearch')) yield* opensearch(ctx);
}

/** " Did you mean x or y?" for a site's suggestions. */
export function dym(s: string[]): string {
  if (!s.length) return '';
  return ` Did you mean ${s.length === 1 ? s[0] : `${s.slice(0, -1).join(', ')} or ${s[s.length - 1]}`}?`;
}

/** The family an ElastiCache cluster's engine and version need, with its engine; undefined when it cannot be known. */
export function neededFamilies(engine: string, version: string | undefined): string[] | undefined {
  return version === undefined ? undefined : elasticacheFamilyFor(engine, version);
}

export { familyEngine };
