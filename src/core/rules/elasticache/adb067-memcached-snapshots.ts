import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { presence } from '../dynamodb/values';
import { CACHE_CLUSTER } from './cache';

const mc = fact('elasticache.memcached-no-persistence');

const SNAPSHOT_PROPS = ['SnapshotRetentionLimit', 'SnapshotWindow', 'SnapshotArns', 'SnapshotName'];

export default defineRule({
  id: 'ADB067',
  title: 'Snapshot settings on a Memcached cluster',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [CACHE_CLUSTER],
  description:
    'Node-based Memcached clusters have no persistence, no replication and no backup: `SnapshotRetentionLimit`, `SnapshotWindow`, ' +
    '`SnapshotArns` and `SnapshotName` are valid only for Valkey and Redis OSS, and the request fails with them. Remove them, or ' +
    'choose Valkey or Redis OSS if the cache must be backed up or restored.',
  source: { seed: 'seed [In-Memory Databases] Memcached: No persistence, no replication, no backup', urls: mc.sources },
  check(ctx) {
    for (const r of ctx.resources()) {
      const engine = ctx.prop(r, 'Engine');
      const memcached = engine.candidates.filter((c) => asString(c.value)?.toLowerCase() === 'memcached');
      if (!memcached.length) continue;
      const m = memcached[0];
      const when = m.condition ? ` when condition ${m.condition.name} is ${m.condition.branch}` : '';
      for (const cfn of SNAPSHOT_PROPS) {
        const e = entry(r.properties, cfn);
        if (!e || !presence(e.value).some((p) => p.present)) continue;
        ctx.report({
          resource: r,
          at: e.keySpan,
          message: `${settingName(r, cfn)} is not allowed: the engine is Memcached${when}, which has no backups. Remove it, or use Valkey or Redis OSS.`,
          related: [{ span: m.site, message: 'Engine memcached' }],
        });
      }
    }
  },
});
