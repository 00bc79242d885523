import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import type { Resource } from '../../model';
import { defineRule } from '../types';
import { engineOf, isAuroraEngine } from '../util';
import { isConditional, refOf, TargetIndex } from './cluster-refs';

const fo = fact('aurora.failover-readers');

/** Terraform declarations that may add readers the document does not hold (ModelDocument.declaredElsewhere). */
const MAY_ADD_READERS = ['aws_rds_cluster_instance', 'aws_appautoscaling_target', 'module'];

/** How many instances a resource stands for: a Terraform literal `count`, else one. */
function copies(r: Resource): number {
  const c = r.attributes.get('count')?.value;
  return c?.kind === 'scalar' && typeof c.value === 'number' ? c.value : 1;
}

export default defineRule({
  id: 'ADB037',
  title: 'Single-instance Aurora cluster in production',
  severity: 'info',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
  productionOnly: true,
  forms: ['cloudformation', 'terraform'],
  description:
    'An Aurora cluster with only a writer has no reader to promote: on failure Aurora has to create a new writer ' +
    'instance instead of promoting an Aurora Replica. AWS recommends one or more readers in two or more Availability ' +
    'Zones; the seed\'s Pattern 2 uses 1 writer and 2 readers. The rule fires only when every DB instance ' +
    'of the template can be attributed to its cluster (none refers to a cluster through a value the analysis cannot ' +
    'know, none is conditional) and exactly one names this Aurora cluster. In Terraform an `aws_rds_cluster_instance` ' +
    'with a literal `count` counts that many times (any other `count` or a `for_each` is conditional), and the rule stays ' +
    'silent when readers may be declared where the file does not show them: an `aws_rds_cluster_instance` in another ' +
    '`.tf` file of the folder, a `module` call, or Application Auto Scaling of the replicas (`aws_appautoscaling_target`). ' +
    'It is not run on scripts or CDK apps: they may add readers elsewhere.',
  source: { seed: fo.seed ?? undefined, urls: fo.sources },
  check(ctx) {
    if (MAY_ADD_READERS.some((t) => ctx.doc.declaredElsewhere?.has(t))) return;
    const instances = ctx.resources(['AWS::RDS::DBInstance']);
    const refs = instances.map((i) => ({ i, ref: refOf(ctx, i, 'DBClusterIdentifier') }));
    // Counting is only honest when every instance can be placed.
    if (refs.some(({ i, ref }) => ref.kind === 'unknown' || (ref.kind !== 'none' && isConditional(i)))) return;
    const clusters = ctx.resources(['AWS::RDS::DBCluster']);
    const index = new TargetIndex(ctx, clusters, 'DBClusterIdentifier');
    const count = new Map<unknown, { n: number; first: Resource }>();
    for (const { i, ref } of refs) {
      const t = index.find(ref);
      if (t) count.set(t, { n: (count.get(t)?.n ?? 0) + copies(i), first: count.get(t)?.first ?? i });
    }
    for (const cluster of clusters) {
      if (isConditional(cluster) || !isAuroraEngine(engineOf(ctx, cluster))) continue;
      const mode = ctx.prop(cluster, 'EngineMode');
      if (mode.unknown || mode.candidates.some((c) => asString(c.value)?.toLowerCase() === 'serverless')) continue;
      const members = count.get(cluster);
      if (members?.n !== 1) continue;
      ctx.report({
        resource: cluster,
        at: cluster.anchor,
        message: `Aurora cluster ${cluster.id} has one DB instance (${members.first.id}) and no Aurora Replica: add a reader in another Availability Zone so failover can promote it.`,
        related: [{ span: members.first.anchor, message: `the only instance of ${cluster.id}` }],
      });
    }
  },
});
