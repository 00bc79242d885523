import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { nameOf } from '../other/phrases';

const v1 = fact('aurora.serverless-v1-eol');

export default defineRule({
  id: 'ADB034',
  title: 'Aurora Serverless v1 (EngineMode serverless) has reached end of life',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  description:
    'Aurora Serverless v1 reached end of life on 31 March 2025, and new v1 clusters cannot be created since 8 January 2025. ' +
    'Use Aurora Serverless v2 instead: EngineMode provisioned (the default), a ServerlessV2ScalingConfiguration with ' +
    'MinCapacity/MaxCapacity on the cluster, and DB instances of class `db.serverless`. v2 scales in 0.5 ACU steps and, ' +
    'on versions with auto-pause, can pause at 0 ACUs. Clusters not migrated by the deadline were moved to v2 (or to ' +
    'provisioned) by AWS in a maintenance window.',
  source: {
    seed: v1.seed ?? undefined,
    urls: v1.sources,
    note: 'AWS: end of life 2025-03-31. The seed still lists v1 (pause/resume) as an option for intermittent workloads.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of ctx.prop(r, 'EngineMode').candidates) {
        if (asString(c.value)?.toLowerCase() !== 'serverless') continue;
        ctx.report({ resource: r, at: c, message: `${what(r)} is Aurora Serverless v1, which reached end of life on 31 March 2025: ${instead(r)} (Aurora Serverless v2).` });
      }
    }
  },
});

/** The v1 setting as written: `EngineMode serverless`, `--engine-mode serverless`, the `ServerlessCluster` construct. */
function what(r: Resource): string {
  if (r.form === 'cdk' && r.origin?.construct?.startsWith('ServerlessCluster')) return r.origin.construct;
  return `${nameOf(r, 'EngineMode')} serverless`;
}

/** The v2 replacement in the same form. */
function instead(r: Resource): string {
  if (r.form === 'aws-cli') return 'use --engine-mode provisioned with --serverless-v2-scaling-configuration and --db-instance-class db.serverless';
  if (r.form === 'cdk' && !r.origin?.construct?.startsWith('Cfn')) return 'use DatabaseCluster with ClusterInstance.serverlessV2() instances and serverlessV2MinCapacity/serverlessV2MaxCapacity';
  return 'use provisioned mode with ServerlessV2ScalingConfiguration and db.serverless instances';
}
