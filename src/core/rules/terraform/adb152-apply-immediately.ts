import { asBool } from '../../resolve';
import { defineRule } from '../types';
import { PROVIDER_DOCS, tfSetting } from './common';

const TYPES = [
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::DocDB::DBInstance', 'AWS::Neptune::DBCluster',
  'AWS::Neptune::DBInstance', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster', 'AWS::DMS::ReplicationInstance',
];

export default defineRule({
  id: 'ADB152',
  title: 'Terraform: apply_immediately = true in production',
  severity: 'info',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'elasticache', 'dms'],
  resourceTypes: TYPES,
  productionOnly: true,
  forms: ['terraform'],
  description:
    'By default (`apply_immediately = false`) the AWS provider asks the service to apply a modification in the next maintenance ' +
    'window. With `true`, every change of the resource is applied as soon as Terraform applies it, including the ones that ' +
    'restart or fail over the database (instance class, engine version, some parameter and storage changes): an outage at ' +
    'apply time instead of in the window you chose. On production databases, keep the default and let changes wait for the ' +
    'maintenance window, or apply immediately only for a planned change.',
  source: {
    urls: [
      `${PROVIDER_DOCS}db_instance#apply_immediately-1`,
      `${PROVIDER_DOCS}rds_cluster#apply_immediately-1`,
      `${PROVIDER_DOCS}elasticache_replication_group#apply_immediately-1`,
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
    ],
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of tfSetting(ctx, r, 'apply_immediately').candidates) {
        if (asBool(c.value) !== true) continue;
        ctx.report({
          resource: r, at: c,
          message: 'apply_immediately = true in production: changes that restart or fail over this database happen at apply time, not in its maintenance window. Leave it false (the default) unless this change is planned.',
        });
      }
    }
  },
});
