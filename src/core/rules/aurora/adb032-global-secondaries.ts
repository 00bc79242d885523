import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { defineRule } from '../types';

import { isConditional, refOf, TargetIndex } from './cluster-refs';
import { nameOf } from '../other/phrases';

const gdb = fact('aurora.global-secondary-regions');

export default defineRule({
  id: 'ADB032',
  title: 'Aurora Global Database with more than 10 secondary Regions',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::GlobalCluster', 'AWS::RDS::DBCluster'],
  description:
    'An Aurora global database has one primary cluster and up to 10 secondary clusters, each in a different Region. ' +
    'The rule counts the DB clusters that join the same global cluster (GlobalClusterIdentifier by `Ref` or by identifier; ' +
    '`aws rds create-db-cluster --global-cluster-identifier ... --region ...` in a script). The primary is the cluster ' +
    'named by the global cluster\'s SourceDBClusterIdentifier, or else the first member; every member past the tenth ' +
    'secondary is flagged. A CloudFormation stack deploys into one Region, so in practice the rule applies to AWS CLI ' +
    'scripts and multi-stack CDK apps; clusters created only under a Condition are not counted.',
  source: {
    seed: gdb.seed ?? undefined,
    urls: gdb.sources,
    note: 'AWS now allows up to 10 secondary Regions; the seed says 5.',
  },
  check(ctx) {
    const globals = new TargetIndex(ctx, ctx.resources(['AWS::RDS::GlobalCluster']), 'GlobalClusterIdentifier');
    const all = ctx.resources(['AWS::RDS::DBCluster']);
    const clusters = new TargetIndex(ctx, all, 'DBClusterIdentifier');
    // Members grouped by the global cluster they join: a resource of the document, or a literal identifier.
    const groups = new Map<string, { members: Resource[]; global?: Resource }>();
    for (const c of all) {
      if (isConditional(c)) continue;
      const ref = refOf(ctx, c, 'GlobalClusterIdentifier');
      const global = globals.find(ref);
      const key = global ? `r:${global.id}` : ref.kind === 'literal' ? `l:${ref.id}` : undefined;
      if (!key) continue;
      const g = groups.get(key) ?? { members: [], global };
      g.members.push(c);
      groups.set(key, g);
    }
    for (const { members, global } of groups.values()) {
      const source = global ? refOf(ctx, global, 'SourceDBClusterIdentifier') : undefined;
      // With a source cluster, every joining cluster is a secondary (the source itself excepted); without, the first member is the primary.
      const primary = source && source.kind !== 'none' ? clusters.find(source) : members[0];
      const secondaries = members.filter((m) => m !== primary);
      if (secondaries.length <= gdb.max!) continue;
      const name = global?.id ?? 'the global cluster';
      for (const extra of secondaries.slice(gdb.max!)) {
        const setting = nameOf(extra, 'GlobalClusterIdentifier');
        ctx.report({
          resource: extra,
          at: ctx.prop(extra, 'GlobalClusterIdentifier').entry!.value,
          message: `${setting}: ${name} would have ${secondaries.length} secondary clusters; Aurora Global Database allows ${gdb.max} secondary Regions. Remove this secondary or start another global database.`,
          related: global ? [{ span: global.anchor, message: `global cluster ${global.id}` }] : [],
        });
      }
    }
  },
});
