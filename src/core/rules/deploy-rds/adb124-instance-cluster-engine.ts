import { CFN_LINT_URL } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CFN_INSTANCE_URL, CREATE_INSTANCE_URL, INSTANCE, clusterOf, engineOf, written } from './common';

export default defineRule({
  id: 'ADB124',
  title: 'DB instance engine differs from its DB cluster\'s',
  severity: 'error',
  services: ['aurora', 'rds'],
  resourceTypes: [INSTANCE],
  description:
    'A DB instance that joins a DB cluster (DBClusterIdentifier) must name the cluster\'s engine: an aurora-postgresql ' +
    'instance cannot join an aurora-mysql cluster, and `mysql` is not `aurora-mysql`. CreateDBInstance rejects the mismatch, ' +
    'after the cluster has been created. The finding is on the instance\'s Engine; the cluster is followed through ' +
    'DBClusterIdentifier (a Ref, or the identifier in a script). Both engines must be known; case does not matter.',
  source: { urls: [CREATE_INSTANCE_URL, CFN_INSTANCE_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!ctx.prop(r, 'DBClusterIdentifier').present) continue;
      const cluster = clusterOf(ctx, r);
      const theirs = cluster && engineOf(ctx, cluster);
      if (!cluster || !theirs || theirs === 'aurora') continue;
      const name = settingName(r, 'Engine');
      for (const { c, text } of written(ctx, r, 'Engine')) {
        if (text.toLowerCase() === theirs || text.toLowerCase() === 'aurora') continue;
        ctx.report({
          resource: r, at: c, path: 'Engine',
          message: `${name} ${text} differs from the engine of its DB cluster ${cluster.id} (${theirs}): creating the DB instance fails. Use ${theirs}.`,
          related: [{ span: ctx.prop(cluster, 'Engine').entry?.value ?? cluster.anchor, message: `Engine of DB cluster ${cluster.id}` }],
        });
      }
    }
  },
});
