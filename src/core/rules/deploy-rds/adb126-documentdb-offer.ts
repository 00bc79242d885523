import { CFN_LINT_URL, DOCDB_CLASSES_URL, DOCDB_VERSIONS_URL, clusterServiceClassVerdict, docdbVersionVerdict, rdsDataLabel } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { didYouMean, written } from './common';

const DOCDB_INSTANCE = 'AWS::DocDB::DBInstance';
const DOCDB_CLUSTER = 'AWS::DocDB::DBCluster';

export default defineRule({
  id: 'ADB126',
  title: 'DocumentDB instance class or engine version that DocumentDB does not offer',
  severity: 'error',
  services: ['documentdb'],
  resourceTypes: [DOCDB_INSTANCE, DOCDB_CLUSTER],
  description:
    'A DocumentDB DB instance class DocumentDB does not offer (an RDS class such as db.m5.large, a typo) or a DocumentDB engine ' +
    'version that does not exist (`4.1.0`; DocumentDB has 3.6.0, 4.0.0, 5.0.0 and 8.0.0) fails when CloudFormation creates the ' +
    'instance or cluster. The finding names the nearest offered values. Classes: those DocumentDB is priced for in any Region ' +
    '(cfn-lint data) and db.serverless; versions: the AWS documentation\'s engine version table (a major version such as `5.0` ' +
    'is accepted; a newer version than the table is ADB128, information).',
  source: { urls: [DOCDB_CLASSES_URL, DOCDB_VERSIONS_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const r of ctx.resources([DOCDB_INSTANCE])) {
      const name = settingName(r, 'DBInstanceClass');
      for (const { c, text } of written(ctx, r, 'DBInstanceClass')) {
        const v = clusterServiceClassVerdict('docdb', text);
        if (!v || v.offered) continue;
        ctx.report({ resource: r, at: c, path: 'DBInstanceClass', message: `${name} ${text} is not a DocumentDB instance class (${rdsDataLabel()}): creating the instance fails.${didYouMean(v.suggestions)}` });
      }
    }
    for (const r of ctx.resources([DOCDB_CLUSTER])) {
      const name = settingName(r, 'EngineVersion');
      for (const { c, text } of written(ctx, r, 'EngineVersion')) {
        const v = docdbVersionVerdict(text);
        if (v?.status !== 'not-offered') continue;
        ctx.report({ resource: r, at: c, path: 'EngineVersion', message: `${name} ${text} is not a DocumentDB engine version (DocumentDB offers 3.6.0, 4.0.0, 5.0.0 and 8.0.0): creating the cluster fails.${didYouMean(v.suggestions)}` });
      }
    }
  },
});
