import { fact } from '../../../knowledge';
import { asBool } from '../../resolve';
import { defineRule } from '../types';
import { trueValues } from '../util';
import { compatible } from '../dynamodb/values';
import { isOff, isOn, setBool, upper } from '../other/phrases';
import { set } from '../setting-fix';
import { REPLICATION_GROUP } from './cache';
import { withFailoverOn } from './failover';

const failover = fact('elasticache.automatic-failover');
const API = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html';

export default defineRule({
  id: 'ADB027',
  title: 'Multi-AZ without automatic failover',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'ElastiCache Multi-AZ promotes a replica in another Availability Zone when the primary fails, which is automatic failover: ' +
    '`MultiAZEnabled: true` needs automatic failover, and a replication group that also says `AutomaticFailoverEnabled: false` ' +
    'is rejected. Only an explicit false is reported (the references do not say what a request without it does). Automatic ' +
    'failover in turn needs at least one replica (`NumCacheClusters` 2 or more with cluster mode disabled; ADB028). ' +
    'The quick fix adds automatic failover, and a replica when the group has one node; or turn Multi-AZ off.',
  source: { seed: failover.seed ?? undefined, urls: [...new Set([...failover.sources, API])] },
  settingFixes: [
    { types: [REPLICATION_GROUP], on: 'MultiAZEnabled', path: 'AutomaticFailoverEnabled', to: set(true), with: withFailoverOn },
    { types: [REPLICATION_GROUP], path: 'MultiAZEnabled', to: set(false), preferred: false },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const maz = trueValues(ctx.prop(r, 'MultiAZEnabled').candidates);
      if (!maz.length) continue;
      const af = ctx.prop(r, 'AutomaticFailoverEnabled');
      if (af.unknown) continue;
      for (const c of maz) {
        // Only an explicit false: with AutomaticFailoverEnabled left out, the references do not say the request fails.
        const off = af.candidates.find((a) => compatible(a.condition, c.condition) && asBool(a.value) === false);
        if (!off) continue;
        ctx.report({
          resource: r, at: c, path: 'MultiAZEnabled',
          message: `${isOn(r, 'MultiAZEnabled')} but ${isOff(r, 'AutomaticFailoverEnabled')}: ElastiCache rejects Multi-AZ without automatic failover. ${upper(setBool(r, 'AutomaticFailoverEnabled', true, { named: true, written: true }))} (it needs at least one replica), or turn Multi-AZ off.`,
          related: [{ span: off.site, message: `${isOff(r, 'AutomaticFailoverEnabled')} here` }],
          also: [off],
        });
      }
    }
  },
});
