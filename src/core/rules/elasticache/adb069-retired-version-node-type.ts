import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache';
import { EOL_URL, NODE_API_URL, NODE_TYPES_URL, REDIS_EOL, redisVersion, retiredNodeType } from './redis-lifecycle';

export default defineRule({
  id: 'ADB069',
  title: 'ElastiCache engine version past end of life, or a node type that can no longer be created',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP, CACHE_CLUSTER],
  description:
    'ElastiCache no longer creates caches with Redis OSS 2.x (end of life January 13, 2023) or 3.x (end of life July 31, 2023); ' +
    'AWS recommends upgrading to version 6.2 or later (or Valkey). Previous-generation node types are no longer offered for new ' +
    'clusters: cache.t1, cache.m1, cache.m3, cache.c1, cache.m2 and cache.r3 ("existing clusters are still supported but creation of ' +
    'new clusters is not supported"), and cache.t2 (no new T2 clusters or reserved nodes). The finding is on the EngineVersion or ' +
    'CacheNodeType value of a replication group or cache cluster (CLI --engine-version / --cache-node-type, CDK engineVersion / ' +
    'cacheNodeType). Use Valkey or Redis OSS 6.2+ and a current node type (T4g/T3, M7g/M6g, R7g/R6g).',
  source: { urls: [EOL_URL, NODE_API_URL, NODE_TYPES_URL] },
  check(ctx) {
    for (const r of ctx.resources()) {
      const versionName = settingName(r, 'EngineVersion');
      for (const c of ctx.prop(r, 'EngineVersion').candidates) {
        const v = redisVersion(asString(c.value));
        const eol = v && REDIS_EOL[v.major];
        if (!v || !eol) continue;
        ctx.report({ resource: r, at: c, message: `${versionName} ${v.text} is Redis OSS ${v.major}, past its ElastiCache end of life (${eol}): it can no longer be created. Use Valkey or Redis OSS 6.2 or later.` });
      }
      const typeName = settingName(r, 'CacheNodeType');
      for (const c of ctx.prop(r, 'CacheNodeType').candidates) {
        const t = asString(c.value)?.trim();
        const instead = retiredNodeType(t);
        if (!instead) continue;
        ctx.report({ resource: r, at: c, message: `${typeName} ${t} is a previous-generation node type: ElastiCache no longer creates clusters with it. Use a current type such as ${instead}.` });
      }
    }
  },
});
