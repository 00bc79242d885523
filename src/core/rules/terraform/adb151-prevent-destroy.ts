import { asBool, asString } from '../../resolve';
import { defineRule } from '../types';
import { LIFECYCLE_DOCS, PROVIDER_DOCS, tfSetting } from './common';

/**
 * Stateful database types AWS gives no deletion protection (ADB015, ADB041, ADB072 and ADB056's
 * siblings cover the ones it does): in Terraform only `lifecycle { prevent_destroy = true }` stands
 * between a destroying plan and the data.
 */
const LABELS: Record<string, string> = {
  'AWS::ElastiCache::ReplicationGroup': 'ElastiCache replication group',
  'AWS::ElastiCache::CacheCluster': 'ElastiCache cluster',
  'AWS::MemoryDB::Cluster': 'MemoryDB cluster',
  'AWS::Redshift::Cluster': 'Redshift cluster',
  'AWS::OpenSearchService::Domain': 'OpenSearch domain',
  'AWS::Timestream::Table': 'Timestream table',
  'AWS::Cassandra::Table': 'Keyspaces table',
};

export default defineRule({
  id: 'ADB151',
  title: 'Terraform: production database without deletion protection or lifecycle prevent_destroy',
  severity: 'info',
  services: ['elasticache', 'memorydb', 'redshift', 'opensearch', 'timestream', 'keyspaces'],
  resourceTypes: Object.keys(LABELS),
  productionOnly: true,
  forms: ['terraform'],
  description:
    'Some AWS databases have no deletion protection setting (ElastiCache, MemoryDB, Redshift, OpenSearch Service, Timestream, Keyspaces ' +
    'tables). In Terraform, a `terraform destroy`, or a change that forces a replacement, deletes them with their data; only ' +
    '`lifecycle { prevent_destroy = true }` makes such a plan fail. This rule reports a production resource of those types ' +
    'without it. Databases that have deletion protection (RDS, Aurora, DocumentDB, Neptune, DynamoDB, DSQL) are judged on that ' +
    'setting by ADB015, ADB041 and ADB072 instead, so one problem gives one finding. `prevent_destroy` does not guard against ' +
    'removing the resource block itself, and it must be a literal (Terraform evaluates no variable there). A Memcached cluster keeps ' +
    'no data and is not reported, nor is a resource a community module creates (a `module` block cannot hold a `lifecycle` block).',
  source: {
    urls: [
      LIFECYCLE_DOCS,
      `${PROVIDER_DOCS}elasticache_replication_group`,
      `${PROVIDER_DOCS}memorydb_cluster`,
      `${PROVIDER_DOCS}redshift_cluster`,
    ],
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const label = LABELS[r.type];
      if (!label || !r.complete) continue;
      // A module block cannot hold a lifecycle block: a community module's resource gets no finding it cannot act on.
      if (r.id.startsWith('module.')) continue;
      if (r.type === 'AWS::ElastiCache::CacheCluster') {
        const engines = ctx.prop(r, 'Engine').candidates.map((c) => asString(c.value)?.toLowerCase());
        if (!engines.length || engines.includes('memcached')) continue;
      }
      const pd = tfSetting(ctx, r, 'lifecycle.prevent_destroy');
      if (pd.unknown || pd.candidates.some((c) => asBool(c.value) === true)) continue;
      const at = r.attributes.get('lifecycle.prevent_destroy')?.keySpan ?? r.anchor;
      ctx.report({
        resource: r, at,
        message: `Production ${label} without lifecycle { prevent_destroy = true }: AWS offers no deletion protection for it, so a terraform destroy or a plan that replaces it deletes it and its data.`,
      });
    }
  },
});
