import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { defineRule } from '../types';

import { isConditional, pointsAt, refOf, type ClusterRef } from './cluster-refs';
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
    const globals = ctx.resources(['AWS::RDS::GlobalCluster']);
    const clusters = ctx.resources(['AWS::RDS::DBCluster']).filter((c) => !isConditional(c));
    const joins = new Map<Resource, ClusterRef>();
    for (const c of clusters) joins.set(c, refOf(ctx, c, 'GlobalClusterIdentifier'));
    // Members grouped by the global cluster they join: a resource of the document, or a literal identifier.
    const groups = new Map<string, { members: Resource[]; global?: Resource }>();
    for (const [c, ref] of joins) {
      let key: string | undefined;
      let global: Resource | undefined;
      if (ref.kind === 'resource' && ref.target.type === 'AWS::RDS::GlobalCluster') {
        global = ref.target;
        key = `r:${global.id}`;
      } else if (ref.kind === 'literal') {
        global = globals.find((g) => pointsAt(ctx, ref, g, 'GlobalClusterIdentifier'));
        key = global ? `r:${global.id}` : `l:${ref.id}`;
      }
      if (!key) continue;
      const g = groups.get(key) ?? { members: [], global };
      g.members.push(c);
      groups.set(key, g);
    }
    for (const { members, global } of groups.values()) {
      const source = global ? refOf(ctx, global, 'SourceDBClusterIdentifier') : ({ kind: 'none' } as ClusterRef);
      // With a source cluster, every joining cluster is a secondary (the source itself excepted); without, the first member is the primary.
      const secondaries = source.kind === 'none' ? members.slice(1) : members.filter((m) => !pointsAt(ctx, source, m, 'DBClusterIdentifier'));
      if (secondaries.length <= gdb.max!) continue;
      const name = global?.id ?? 'the global cluster';
      for (const extra of secondaries.slice(gdb.max!)) {
        const setting = nameOf(extra, 'GlobalClusterIdentifier', '--global-cluster-identifier', 'globalClusterIdentifier');
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
