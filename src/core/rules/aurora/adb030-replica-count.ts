import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { groupByTarget, isConditional, TargetIndex } from './cluster-refs';

const limit = fact('aurora.replicas-per-cluster');

export default defineRule({
  id: 'ADB030',
  title: 'More than 15 Aurora Replicas in one cluster',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
  description:
    'An Aurora DB cluster has one writer and at most 15 Aurora Replicas: 16 DB instances in all. The rule counts the ' +
    'AWS::RDS::DBInstance resources (or `aws rds create-db-instance --db-cluster-identifier` commands) that name the same ' +
    'cluster, by `Ref` or by identifier, and flags every instance past the sixteenth; creating it fails. Instances created ' +
    'only under a Condition are not counted. To scale reads further, add a second cluster (for example a clone or a ' +
    'binlog/global secondary) or use larger instance classes.',
  source: { seed: limit.seed ?? undefined, urls: limit.sources },
  check(ctx) {
    const clusters = ctx.resources(['AWS::RDS::DBCluster']);
    const instances = ctx.resources(['AWS::RDS::DBInstance']).filter((i) => !isConditional(i));
    const max = limit.max! + 1;
    const groups = groupByTarget(ctx, new TargetIndex(ctx, clusters, 'DBClusterIdentifier'), instances, 'DBClusterIdentifier');
    for (const [cluster, members] of groups) {
      if (members.length <= max) continue;
      for (const extra of members.slice(max)) {
        const at = ctx.prop(extra, 'DBClusterIdentifier').entry!.value;
        ctx.report({
          resource: extra,
          at,
          message: `Cluster ${cluster.id} has ${members.length} DB instances (1 writer + ${members.length - 1} replicas): Aurora allows ${limit.max} Aurora Replicas (${max} instances). Remove this instance or move it to another cluster.`,
          related: [{ span: cluster.anchor, message: `cluster ${cluster.id}` }],
        });
      }
    }
  },
});
