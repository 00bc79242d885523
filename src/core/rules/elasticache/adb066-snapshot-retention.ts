import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { CACHE_CLUSTER, engines, isRedisFamily, modifiedByCustomResource, REPLICATION_GROUP } from './cache';
import { atLeast } from '../setting-fix';

const backups = fact('elasticache.backups');

export default defineRule({
  id: 'ADB066',
  title: 'Redis OSS / Valkey without automatic backups',
  severity: 'warning',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP, CACHE_CLUSTER],
  description:
    '`SnapshotRetentionLimit` defaults to 0, which turns automatic daily backups off: a lost shard or a bad FLUSHALL cannot be ' +
    'undone. Set it to 1–35 days (and `SnapshotWindow` outside peak hours) on Valkey and Redis OSS replication groups and cache ' +
    'clusters. Memcached has no backups (see ADB067). When the resource is handed to a custom resource (a Lambda that may call ' +
    'ModifyReplicationGroup after creation) a missing value gives no finding: the retention may be set there.',
  source: { seed: 'seed [In-Memory Databases] Backup and Restore: RDB snapshots', urls: backups.sources },
  settingFixes: [
    { types: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'], path: 'SnapshotRetentionLimit', to: atLeast(1), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const eng = engines(ctx, r);
      if (!eng || !eng.every(isRedisFamily)) continue;
      const name = settingName(r, 'SnapshotRetentionLimit');
      const p = ctx.prop(r, 'SnapshotRetentionLimit');
      for (const { c, n } of numbers(p.candidates)) {
        if (n === 0) ctx.report({ resource: r, at: c, message: `${name} is 0, so automatic backups are off: set 1–35 days.` });
      }
      if (!p.present && r.complete && !modifiedByCustomResource(ctx, r)) {
        ctx.report({ resource: r, at: r.anchor, message: `${name} is not set (default 0), so automatic backups are off: set 1–35 days.` });
      }
    }
  },
});
