import { defineRule } from '../types';
import { regionSites } from './regions';
import { dym } from '../deploy/offered';
import { settingName } from '../util';

export const REGIONS_URL = 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html';

export default defineRule({
  id: 'ADB134',
  title: 'A Region name that is not an AWS Region',
  severity: 'error',
  services: ['aurora-dsql', 'dynamodb', 'aurora'],
  resourceTypes: ['AWS::DSQL::Cluster', 'AWS::DynamoDB::GlobalTable'],
  description:
    'A Region written as a value — a DSQL MultiRegionProperties.WitnessRegion, a DynamoDB global table Replicas[].Region, or the ' +
    '`--region` of an AWS CLI command — must be a Region code such as `us-east-1` or `eu-west-2`. A misspelt code (`us-east1`, ' +
    '`eu-west`, `US-EAST-1`) fails the create or the command. A well-formed code the data does not know (a Region opened since, an ' +
    'isolated partition) is not judged; a parameter or a shell variable gives no finding.',
  source: { urls: [REGIONS_URL, 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html#cli-configure-options-region'] },
  check(ctx) {
    for (const s of regionSites(ctx)) {
      if (s.verdict.kind !== 'not-a-region') continue;
      const name = s.path ? settingName(s.resource, s.path) : s.role;
      ctx.report({ resource: s.resource, at: s.at, ...(s.path ? { path: s.path } : {}), message: `${name} ${s.region} is not an AWS Region code.${dym(s.verdict.suggest)}` });
    }
  },
});
