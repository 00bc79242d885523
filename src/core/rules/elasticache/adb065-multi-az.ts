import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { REPLICATION_GROUP } from './cache';
import { set } from '../setting-fix';
import { withFailoverOn, withMultiAzOn } from './failover';
import { isOff, setBool } from '../other/phrases';

const failover = fact('elasticache.automatic-failover');

export default defineRule({
  id: 'ADB065',
  title: 'Replication group without automatic failover or Multi-AZ in production',
  severity: 'warning',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  productionOnly: true,
  description:
    'Without `AutomaticFailoverEnabled` a failed primary is not replaced by a replica, and without `MultiAZEnabled` the replacement ' +
    'may sit in the same Availability Zone: the cache is down for writes until the node is rebuilt. For production, give each ' +
    'shard at least one replica in another Availability Zone and set both to true (Multi-AZ needs automatic failover).',
  source: { seed: 'seed [Pattern 5]: Multi-AZ with automatic failover; [Best Practices] High Availability', urls: failover.sources },
  settingFixes: [
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'MultiAZEnabled', to: set(true), insert: true, with: withMultiAzOn },
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'AutomaticFailoverEnabled', to: set(true), insert: true, with: withFailoverOn },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const cfn of ['AutomaticFailoverEnabled', 'MultiAZEnabled']) {
        const name = settingName(r, cfn);
        const p = ctx.prop(r, cfn);
        for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, path: cfn, message: `${isOff(r, cfn)}: ${setBool(r, cfn, true, { written: true })} in production (with at least one replica per shard in another Availability Zone).` });
        if (r.complete && (!p.present || (!p.unknown && p.candidates.length === 0))) {
          ctx.report({ resource: r, at: p.present ? entry(r.properties, cfn)!.keySpan : r.anchor, path: cfn, message: `${name} is not set (default false): ${setBool(r, cfn, true)} in production (with at least one replica per shard in another Availability Zone).` });
        }
      }
    }
  },
});
