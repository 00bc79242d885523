import { CFN_LINT_URL, NEPTUNE_CLASSES_URL, clusterServiceClassVerdict, rdsDataLabel } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { didYouMean, written } from './common';

const NEPTUNE_INSTANCE = 'AWS::Neptune::DBInstance';

export default defineRule({
  id: 'ADB127',
  title: 'Neptune instance class that Neptune does not offer',
  severity: 'error',
  services: ['neptune'],
  resourceTypes: [NEPTUNE_INSTANCE],
  description:
    'A Neptune DB instance class Neptune does not offer (an RDS-only class such as db.m5d.large, db.t2.micro, a typo) fails when ' +
    'CloudFormation creates the instance. The finding names the nearest offered classes. Classes: those Neptune is priced for in ' +
    'any Region (cfn-lint data) and db.serverless. Neptune engine versions are not judged (no complete list in the data).',
  source: { urls: [NEPTUNE_CLASSES_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'DBInstanceClass');
      for (const { c, text } of written(ctx, r, 'DBInstanceClass')) {
        const v = clusterServiceClassVerdict('neptune', text);
        if (!v || v.offered) continue;
        ctx.report({ resource: r, at: c, path: 'DBInstanceClass', message: `${name} ${text} is not a Neptune instance class (${rdsDataLabel()}): creating the instance fails.${didYouMean(v.suggestions)}` });
      }
    }
  },
});
