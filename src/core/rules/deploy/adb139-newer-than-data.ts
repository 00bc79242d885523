import { otherDataDate } from '../../deploy/other-data';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CACHE_CLUSTER, REPLICATION_GROUP } from '../elasticache/cache';
import { EC_PARAMETER_GROUP, ES_DOMAIN, MEMORYDB_CLUSTER, OPENSEARCH_DOMAIN, REDSHIFT_CLUSTER, offeredSites } from './offered';

export default defineRule({
  id: 'ADB139',
  title: 'Engine version, node or instance type newer than the offered-values data',
  severity: 'info',
  services: ['elasticache', 'redshift', 'opensearch'],
  resourceTypes: [REPLICATION_GROUP, CACHE_CLUSTER, MEMORYDB_CLUSTER, EC_PARAMETER_GROUP, REDSHIFT_CLUSTER, OPENSEARCH_DOMAIN, ES_DOMAIN],
  description:
    'The checks of offered values (ADB130–ADB133) compare against data of a given day (data/deploy/other.json, `asOf`). A value ' +
    'of the right shape that is newer than everything the data knows (a Valkey version above the newest, a node type family of a ' +
    'newer generation such as cache.r8g, an OpenSearch instance type the SDK enum does not list yet) may have been released since: ' +
    'it is never an error, only this information, so stale data never breaks a correct template. If AWS offers the value, ' +
    'nothing is wrong; suppress the finding or update the extension.',
  source: {
    urls: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/supported-engine-versions.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html',
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of offeredSites(ctx, ['elasticache', 'family', 'redshift', 'opensearch'])) {
      if (s.verdict.kind !== 'newer') continue;
      ctx.report({ resource: s.resource, at: s.candidate, path: s.path, message: `${settingName(s.resource, s.path)} ${s.value} is newer than every ${s.noun} known as of ${asOf}: if AWS has released it since, all is well; otherwise the create fails.` });
    }
  },
});
