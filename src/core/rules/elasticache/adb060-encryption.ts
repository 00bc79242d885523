import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { engines, preEncryptionRedis, REPLICATION_GROUP } from './cache';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const rest = fact('elasticache.encryption-at-rest');
const transit = fact('elasticache.encryption-in-transit');

export default defineRule({
  id: 'ADB060',
  title: 'Redis OSS / Valkey replication group without encryption',
  severity: 'warning',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'Set `AtRestEncryptionEnabled: true` (disk during sync, swap and backups in S3) and `TransitEncryptionEnabled: true` (TLS ' +
    'between clients and nodes and between nodes). At-rest encryption can only be chosen when the replication group is created; ' +
    'it defaults to false for Redis OSS and to true for Valkey, so a missing value is only reported for Redis OSS. In-transit ' +
    'encryption defaults to false and is required for an AUTH token. Redis OSS before 3.2.6 supports neither: upgrade the engine. ' +
    'Serverless caches (`AWS::ElastiCache::ServerlessCache`) are always encrypted and are not checked. Members of a global ' +
    'datastore (GlobalReplicationGroupId) and groups built from an existing cluster (PrimaryClusterId) take their settings from ' +
    'elsewhere: missing values are not reported on them.',
  source: { seed: 'seed [In-Memory Databases] ElastiCache Redis: Encryption at rest and in transit', urls: [...rest.sources, ...transit.sources] },
  settingFixes: [
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'AtRestEncryptionEnabled', to: set(true), insert: true },
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'TransitEncryptionEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const eng = engines(ctx, r);
      if (!eng || !eng.every((e) => e === 'redis' || e === 'valkey')) continue;
      const inherits = ctx.prop(r, 'GlobalReplicationGroupId').present || ctx.prop(r, 'PrimaryClusterId').present;
      const old = preEncryptionRedis(r);
      const upgrade = old ? ` Redis OSS ${old} cannot encrypt: upgrade the engine (3.2.6 or later, or Valkey) first.` : '';
      const checks: [string, string, boolean][] = [
        // [property, what, does a missing value mean off?]
        ['AtRestEncryptionEnabled', 'encryption at rest (it can only be set at creation)',
          !ctx.prop(r, 'Durability').present && eng.every((e) => e === 'redis')],
        ['TransitEncryptionEnabled', 'TLS between clients and nodes', true],
      ];
      for (const [cfn, what, missingIsOff] of checks) {
        const name = settingName(r, cfn);
        const p = ctx.prop(r, cfn);
        for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, path: cfn, message: `${isOff(r, cfn)}: ${setBool(r, cfn, true, { written: true })} for ${what}.${upgrade}` });
        const missing = !p.present || (p.absent && !p.unknown && p.candidates.length === 0);
        if (missing && missingIsOff && r.complete && !inherits) {
          const at = p.present ? entry(r.properties, cfn)!.keySpan : r.anchor;
          ctx.report({ resource: r, at, path: cfn, message: `${name} is not set (default false): ${setBool(r, cfn, true)} for ${what}.${upgrade}` });
        }
      }
    }
  },
});
