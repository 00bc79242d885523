import { fact } from '../../../knowledge';
import { entry } from '../../model';
import type { Candidate } from '../../resolve';
import { asBool, asString, resolve } from '../../resolve';
import type { Span } from '../../text';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { compatible, type Condition } from '../dynamodb/values';
import { REPLICATION_GROUP } from './cache';
import { set } from '../setting-fix';
import { setBool } from '../other/phrases';

const failover = fact('elasticache.automatic-failover');
const shards = fact('elasticache.cluster-mode-shards');

interface Trigger {
  at: Span | Candidate;
  condition?: Condition;
  why: string;
}

export default defineRule({
  id: 'ADB063',
  title: 'Cluster mode enabled without automatic failover',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'A Valkey or Redis OSS replication group with cluster mode enabled (more than one shard: `NumNodeGroups` above 1, more than one ' +
    '`NodeGroupConfiguration` entry, or `ClusterMode: enabled`) must have `AutomaticFailoverEnabled: true`; the API rejects it ' +
    'otherwise, and the default is false. Set it to true and give each shard at least one replica.',
  source: { seed: 'seed [In-Memory Databases] Cluster Mode Enabled; [Pattern 5]: Multi-AZ with automatic failover', urls: [...failover.sources, ...shards.sources] },
  settingFixes: [
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'AutomaticFailoverEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const triggers: Trigger[] = [];
      for (const { c, n } of numbers(ctx.prop(r, 'NumNodeGroups').candidates)) {
        if (n > 1) triggers.push({ at: c, condition: c.condition, why: `${n} shards` });
      }
      const ngc = entry(r.properties, 'NodeGroupConfiguration');
      if (ngc?.value.kind === 'list' && ngc.value.items.length > 1) triggers.push({ at: ngc.keySpan, why: `${ngc.value.items.length} node groups` });
      for (const c of ctx.prop(r, 'ClusterMode').candidates) {
        if (asString(c.value)?.toLowerCase() === 'enabled') triggers.push({ at: c, condition: c.condition, why: 'ClusterMode enabled' });
      }
      if (!triggers.length) continue;
      const name = settingName(r, 'AutomaticFailoverEnabled');
      const afe = entry(r.properties, 'AutomaticFailoverEnabled');
      const res = afe ? resolve(afe.value, ctx.doc) : undefined;
      const done = new Set<number>();
      for (const t of triggers) {
        if (!res) {
          if (!r.complete) break;
          ctx.report({ resource: r, at: t.at, message: `Cluster mode is enabled (${t.why}) but ${name} is not set (default false): ${setBool(r, 'AutomaticFailoverEnabled', true)}.` });
          break;
        }
        for (const c of res.candidates) {
          if (!compatible(c.condition, t.condition) || done.has(c.site.start)) continue;
          if (c.noValue || asBool(c.value) === false) {
            done.add(c.site.start);
            ctx.report({ resource: r, at: c.noValue ? afe!.keySpan : c, message: `Cluster mode is enabled (${t.why}): ${name} must be true.` });
          }
        }
      }
    }
  },
});
