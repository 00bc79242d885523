import { fact } from '../../../knowledge';
import { entry, get } from '../../model';
import { resolve } from '../../resolve';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { mapItems } from '../dynamodb/values';
import { REPLICATION_GROUP } from './cache';

const replicas = fact('elasticache.replicas-per-shard');

export default defineRule({
  id: 'ADB064',
  title: 'More than 5 replicas per shard',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'A Valkey or Redis OSS shard has one primary and at most 5 read replicas. `ReplicasPerNodeGroup` and each ' +
    '`NodeGroupConfiguration[].ReplicaCount` must be 0–5, and with cluster mode disabled `NumCacheClusters` (primary included) ' +
    'must be 1–6. For more read capacity add shards (cluster mode enabled) instead of replicas.',
  source: { seed: 'seed [In-Memory Databases] Cluster Mode Disabled: up to 5 read replicas', urls: replicas.sources },
  settingFixes: [
    { types: [REPLICATION_GROUP], path: 'ReplicasPerNodeGroup', to: (cur) => (typeof cur === 'number' && cur > 5 ? 5 : undefined) },
    { types: [REPLICATION_GROUP], path: 'NumCacheClusters', to: (cur) => (typeof cur === 'number' && cur > 6 ? 6 : undefined) },
  ],
  check(ctx) {
    const max = replicas.max!;
    for (const r of ctx.resources()) {
      const rpng = settingName(r, 'ReplicasPerNodeGroup');
      for (const { c, n } of numbers(ctx.prop(r, 'ReplicasPerNodeGroup').candidates)) {
        if (n > max) ctx.report({ resource: r, at: c, path: 'ReplicasPerNodeGroup', message: `${rpng} is ${n}: a shard allows at most ${max} replicas. Add shards for more read capacity.` });
      }
      const ncc = settingName(r, 'NumCacheClusters');
      for (const { c, n } of numbers(ctx.prop(r, 'NumCacheClusters').candidates)) {
        if (n > max + 1) ctx.report({ resource: r, at: c, path: 'NumCacheClusters', message: `${ncc} is ${n}: a shard has at most ${max + 1} nodes (1 primary and ${max} replicas).` });
      }
      for (const g of mapItems(entry(r.properties, 'NodeGroupConfiguration')?.value).items) {
        for (const { c, n } of numbers(resolve(get(g, 'ReplicaCount'), ctx.doc).candidates)) {
          if (n > max) ctx.report({ resource: r, at: c, message: `ReplicaCount is ${n}: a shard allows at most ${max} replicas.` });
        }
      }
    }
  },
});
