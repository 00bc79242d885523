import { otherDataDate } from '../../deploy/other-data';
import { asString } from '../../resolve';
import type { Resource } from '../../model';
import { defineRule, type RuleContext } from '../types';
import { settingName } from '../util';
import { refOf, TargetIndex } from '../aurora/cluster-refs';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache';
import { EC_PARAMETER_GROUP, MEMORYDB_PARAMETER_GROUP, cacheEngine, dym, engineName, familyEngine, neededFamilies, offeredSites } from '../deploy/offered';

/** The single literal value of a property, or undefined. */
function single(ctx: RuleContext, r: Resource, path: string): string | undefined {
  const p = ctx.prop(r, path);
  if (!p.present || p.unknown || p.absent || p.candidates.length !== 1) return undefined;
  return asString(p.candidates[0].value)?.trim() || undefined;
}

/** Is a family right for an engine and version? undefined when it cannot be known. */
function mismatch(family: string, engine: string, version: string | undefined): string | undefined {
  const f = family.toLowerCase();
  const fe = familyEngine(f);
  if (!fe) return undefined;
  if (fe !== engine) {
    // Valkey 7.2 parameters are Redis OSS 7's (AWS): a redis7 group on Valkey 7 is not judged.
    if (engine === 'valkey' && f === 'redis7' && (version === undefined || /^7(\.|$)/.test(version))) return undefined;
    return `a ${engineName(fe)} family, and the cache runs ${engineName(engine)}`;
  }
  const need = neededFamilies(engine, version);
  if (!need || need.includes(f)) return undefined;
  return `the family of ${engineName(engine)} ${version} is ${need[0]}`;
}

export default defineRule({
  id: 'ADB131',
  title: 'ElastiCache parameter group family that does not exist or does not match the cache\'s engine version',
  severity: 'error',
  services: ['elasticache', 'memorydb'],
  resourceTypes: [EC_PARAMETER_GROUP, MEMORYDB_PARAMETER_GROUP, REPLICATION_GROUP, CACHE_CLUSTER],
  description:
    'A cache parameter group is for one family: `valkey8` (Valkey 8.x), `valkey7` (Valkey 7.2), `redis7` (Redis OSS 7.0 and 7.1), ' +
    '`redis6.x` (6.0 and 6.2), `redis5.0`, `memcached1.6`, and so on. A CacheParameterGroupFamily ElastiCache does not name fails ' +
    'to create; a replication group or cache cluster whose CacheParameterGroupName is a group of another family (by `Ref`, by ' +
    'name in a script, or a default group such as `default.redis6.x`) fails to create after minutes. The finding is on the family ' +
    'value, or on the cluster\'s CacheParameterGroupName (CLI --cache-parameter-group-family / --cache-parameter-group-name). A ' +
    'MemoryDB parameter group Family is `memorydb_valkey7`, `memorydb_redis7` or `memorydb_redis6`, not the ElastiCache name. ' +
    'Without an EngineVersion (the newest is used) only the engine is compared; a family newer than the data (`valkey9`) is ' +
    'information (ADB139).',
  source: {
    urls: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheParameterGroup.html',
      'https://docs.aws.amazon.com/memorydb/latest/devguide/parametergroups.redis.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of offeredSites(ctx, ['family'])) {
      if (s.verdict.kind !== 'not-offered') continue;
      ctx.report({ resource: s.resource, at: s.candidate, path: s.path, message: `${settingName(s.resource, s.path)} ${s.value} is not ${s.what}, as of ${asOf}: the create fails.${dym(s.verdict.suggest)}` });
    }
    const groups = new TargetIndex(ctx, ctx.resources([EC_PARAMETER_GROUP]), 'CacheParameterGroupName');
    for (const r of ctx.resources([REPLICATION_GROUP, CACHE_CLUSTER])) {
      const p = ctx.prop(r, 'CacheParameterGroupName');
      if (!p.present) continue;
      const engine = cacheEngine(ctx, r);
      if (!engine) continue;
      const version = ctx.prop(r, 'EngineVersion').present ? single(ctx, r, 'EngineVersion') : undefined;
      if (ctx.prop(r, 'EngineVersion').present && version === undefined) continue;
      let family: string | undefined;
      let where: { span: { start: number; end: number }; message: string } | undefined;
      const target = groups.find(refOf(ctx, r, 'CacheParameterGroupName'));
      if (target) {
        family = single(ctx, target, 'CacheParameterGroupFamily');
        const fp = ctx.prop(target, 'CacheParameterGroupFamily');
        if (family && fp.entry) where = { span: fp.entry.value, message: `${target.id}: family ${family}` };
      } else {
        // AWS's default groups are named after their family: default.redis7, default.redis7.cluster.on.
        const name = single(ctx, r, 'CacheParameterGroupName');
        family = name ? /^default\.((?:redis|valkey|memcached)[0-9.x]*?)(?:\.cluster\.on)?$/.exec(name)?.[1] : undefined;
      }
      if (!family) continue;
      const why = mismatch(family, engine, version);
      if (!why) continue;
      const name = settingName(r, 'CacheParameterGroupName');
      ctx.report({
        resource: r,
        at: p.entry!.value,
        path: 'CacheParameterGroupName',
        message: `${name}: the parameter group's family is ${family}, ${why}: the create fails. Use a parameter group of the engine version's family.`,
        related: where ? [where] : [],
      });
    }
  },
});
