import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName, trueValues } from '../util';
import { isOn } from '../other/phrases';
import { set } from '../setting-fix';
import { REPLICATION_GROUP } from './cache';
import { OTHER_SHAPE, withFailoverOff } from './failover';

const failover = fact('elasticache.automatic-failover');
const API = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html';

export default defineRule({
  id: 'ADB028',
  title: 'Automatic failover on a replication group without a replica',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'Automatic failover promotes a read replica when the primary fails, so a group without one cannot have it: with ' +
    '`AutomaticFailoverEnabled: true`, `NumCacheClusters` must be at least 2 (it defaults to 1), and ElastiCache rejects the ' +
    'replication group otherwise. Checked on groups with cluster mode disabled whose node count is written as `NumCacheClusters` ' +
    '(or left out); shards and replicas given another way (`NumNodeGroups`, `ReplicasPerNodeGroup`, `NodeGroupConfiguration`, ' +
    '`PrimaryClusterId`, a global datastore) are not judged. Add a replica (`NumCacheClusters: 2`), or turn automatic failover ' +
    '(and Multi-AZ, which needs it) off.',
  source: { seed: failover.seed ?? undefined, urls: [...new Set([API, ...failover.sources])] },
  settingFixes: [
    { types: [REPLICATION_GROUP], on: 'AutomaticFailoverEnabled', path: 'NumCacheClusters', to: () => 2, preferred: false },
    { types: [REPLICATION_GROUP], path: 'AutomaticFailoverEnabled', to: set(false), with: withFailoverOff, preferred: false },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const on = trueValues(ctx.prop(r, 'AutomaticFailoverEnabled').candidates);
      if (!on.length || OTHER_SHAPE.some((k) => ctx.prop(r, k).present)) continue;
      const ncc = ctx.prop(r, 'NumCacheClusters');
      const name = settingName(r, 'NumCacheClusters');
      let why: string | undefined;
      let also;
      if (!ncc.present) {
        if (!r.complete) continue;
        why = `${name} is not set (default 1)`;
      } else {
        const ones = numbers(ncc.candidates).filter((x) => x.n < 2);
        // Every value the group can take has one node (a parameter allowing 1 or 3 is left alone).
        if (ncc.unknown || ncc.absent || !ones.length || ones.length !== ncc.candidates.length) continue;
        why = `${name} is ${ones[0].n}`;
        also = ones.map((x) => x.c);
      }
      for (const c of on) {
        ctx.report({
          resource: r, at: c, path: 'AutomaticFailoverEnabled',
          message: `${isOn(r, 'AutomaticFailoverEnabled')} but the group has no replica (${why}): ElastiCache rejects automatic failover without one. Set ${name} to 2 or more, or turn automatic failover off.`,
          ...(also ? { also, related: also.map((x) => ({ span: x.site, message: `${name} ${String(x.value)}` })) } : {}),
        });
      }
    }
  },
});
