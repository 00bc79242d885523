import { otherDataDate } from '../../deploy/other-data';
import { defineRule } from '../types';
import { regionSites } from './regions';
import { settingName } from '../util';
import { REGIONS_URL } from './adb134-not-a-region';

export default defineRule({
  id: 'ADB135',
  title: 'A database resource type not offered in the Region written for it',
  severity: 'warning',
  services: ['aurora-dsql', 'dynamodb', 'aurora', 'elasticache', 'memorydb', 'neptune', 'documentdb', 'redshift', 'opensearch', 'dax', 'timestream', 'keyspaces', 'qldb'],
  resourceTypes: ['AWS::DSQL::Cluster', 'AWS::DynamoDB::GlobalTable'],
  description:
    'A template does not say where it deploys, but some values do: a DSQL witness Region (which must be a Region with Aurora ' +
    'DSQL), a DynamoDB global table replica Region, the `--region` of an AWS CLI command (an Aurora global database secondary ' +
    'created with `aws rds create-db-cluster --global-cluster-identifier … --region …` needs a Region with global databases). ' +
    'Where that Region does not have the resource type, the create fails. The data (data/deploy/other.json, `asOf`) is the list of ' +
    'resource types CloudFormation has in each Region (cfn-lint\'s provider data); a service can open in a Region after that day, ' +
    'so this is a warning naming the day, not an error.',
  source: {
    urls: [
      REGIONS_URL,
      'https://docs.aws.amazon.com/aurora-dsql/latest/userguide/what-is-aurora-dsql.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of regionSites(ctx)) {
      if (s.verdict.kind !== 'not-offered') continue;
      const name = s.path ? settingName(s.resource, s.path) : s.role;
      const offering = s.verdict.offering;
      const list = offering.length > 8 ? `${offering.slice(0, 8).join(', ')} and ${offering.length - 8} more` : offering.join(', ');
      ctx.report({ resource: s.resource, at: s.at, ...(s.path ? { path: s.path } : {}), message: `${name} ${s.region}: ${s.type} is not offered in ${s.region} (as of ${asOf}); it is in ${list}.` });
    }
  },
});
