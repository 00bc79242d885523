import { otherDataDate } from '../../deploy/other-data';
import { defineRule } from '../types';
import { settingName } from '../util';
import { ES_DOMAIN, OPENSEARCH_DOMAIN, dym, offeredSites } from '../deploy/offered';

export default defineRule({
  id: 'ADB133',
  title: 'OpenSearch Service engine version or instance type that does not exist',
  severity: 'error',
  services: ['opensearch'],
  resourceTypes: [OPENSEARCH_DOMAIN, ES_DOMAIN],
  description:
    'An OpenSearch Service domain\'s EngineVersion is `OpenSearch_X.Y` or `Elasticsearch_X.Y` (`OpenSearch_2.19`, ' +
    '`Elasticsearch_7.10`): a bare `2.19`, another spelling or a version that never existed (`OpenSearch_2.8`) fails to create. ' +
    'Its instance types end in `.search` (`r6g.large.search`); the legacy AWS::Elasticsearch::Domain takes `.elasticsearch` types ' +
    'and an ElasticsearchVersion without prefix (`7.10`). The finding is on the value (ClusterConfig.InstanceType, ' +
    'DedicatedMasterType, WarmType; CLI --engine-version / --cluster-config; CDK engineVersion / clusterConfig), with the offered ' +
    'spelling. Versions come from aws-cdk-lib\'s EngineVersion list; the SDK\'s instance type enum lags behind the service, so a ' +
    'well-formed type it does not list, and a version newer than the data, are only information (ADB139).',
  source: {
    urls: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version',
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html',
      'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateDomain.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of offeredSites(ctx, ['opensearch'])) {
      if (s.verdict.kind !== 'not-offered') continue;
      ctx.report({ resource: s.resource, at: s.candidate, path: s.path, message: `${settingName(s.resource, s.path)} ${s.value} is not ${s.what}, as of ${asOf}: the create fails.${dym(s.verdict.suggest)}` });
    }
  },
});
