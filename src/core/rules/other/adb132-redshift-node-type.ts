import { otherDataDate } from '../../deploy/other-data';
import { defineRule } from '../types';
import { settingName } from '../util';
import { REDSHIFT_CLUSTER, dym, offeredSites } from '../deploy/offered';

export default defineRule({
  id: 'ADB132',
  title: 'Redshift node type that Amazon Redshift does not offer',
  severity: 'error',
  services: ['redshift'],
  resourceTypes: [REDSHIFT_CLUSTER],
  description:
    'A provisioned Redshift cluster runs RA3 (ra3.large, ra3.xlplus, ra3.4xlarge, ra3.16xlarge), DC2 (dc2.large, dc2.8xlarge) or ' +
    'the newer RG node types; the previous DS2 and DC1 generations and misspelt types fail to create. The finding is on NodeType ' +
    '(CLI --node-type, CDK nodeType), with the nearest offered types. Data: data/deploy/other.json (the price list via cfn-lint, ' +
    'and the CreateCluster API documentation); a family newer than the data is information (ADB139).',
  source: {
    urls: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
      'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of offeredSites(ctx, ['redshift'])) {
      if (s.verdict.kind !== 'not-offered') continue;
      ctx.report({ resource: s.resource, at: s.candidate, path: s.path, message: `${settingName(s.resource, s.path)} ${s.value} is not ${s.what}, as of ${asOf}: the create fails.${dym(s.verdict.suggest)}` });
    }
  },
});
