import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';

const rf = fact('dax.replication-factor');

export default defineRule({
  id: 'ADB058',
  title: 'DAX cluster with fewer than 3 nodes in production',
  severity: 'warning',
  services: ['dax'],
  resourceTypes: ['AWS::DAX::Cluster'],
  productionOnly: true,
  description:
    'A DAX cluster with one node has no read replica: a node failure or maintenance empties the cache and sends every read to ' +
    'DynamoDB. AWS recommends at least three nodes (one primary and two read replicas) in different Availability Zones for ' +
    'production. Set `ReplicationFactor` to 3 or more (CLI `--replication-factor`, or `dax increase-replication-factor` later).',
  source: { seed: 'seed [Pattern 3]: DAX Cluster: 3-node cluster', urls: rf.sources },
  // More nodes cost more: offered, never preferred.
  settingFixes: [{ types: ['AWS::DAX::Cluster'], path: 'ReplicationFactor', to: (cur) => (typeof cur === 'number' && cur < 3 ? 3 : undefined), preferred: false }],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'ReplicationFactor');
      for (const { c, n } of numbers(ctx.prop(r, 'ReplicationFactor').candidates)) {
        if (n < 3) ctx.report({ resource: r, at: c, message: `${name} is ${n}: use 3 or more nodes across Availability Zones in production so the cache survives a node failure.` });
      }
    }
  },
});
