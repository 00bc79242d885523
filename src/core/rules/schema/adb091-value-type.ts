import { defineRule } from '../types';
import { issuesOf, SCHEMA_RESOURCE_TYPES, SCHEMA_URLS } from './types';

export default defineRule({
  id: 'ADB091',
  title: 'Property value of the wrong type',
  severity: 'error',
  services: ['rds', 'aurora', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'keyspaces', 'timestream', 'dsql', 'dms', 'qldb', 'ec2'],
  resourceTypes: SCHEMA_RESOURCE_TYPES,
  forms: ['cloudformation'],
  description:
    'A value that CloudFormation cannot convert to the type the resource schema gives the property: `MultiAZ: maybe`, ' +
    '`BackupRetentionPeriod: seven`, a list where an object goes, a single string where a list goes. CloudFormation converts ' +
    'what it can, and so does this rule: a number or a boolean is a valid string, `"20"` is a valid integer, `"true"`/`"false"` ' +
    '(any case) are valid booleans, a float in an integer property is left to the service (cfn-lint accepts it too). An unquoted ' +
    'YAML 1.1 boolean (`yes`, `off`) is not judged: CloudFormation\'s reading of it is not documented. Intrinsic functions, ' +
    'parameters and `Fn::ForEach` placeholders are not judged (their value is not known here). The finding is on the value. ' +
    'CloudFormation templates only.',
  source: { urls: [...SCHEMA_URLS, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html'] },
  check(ctx) {
    for (const i of issuesOf(ctx.doc)) {
      if (i.kind !== 'type') continue;
      const shown = i.node.kind === 'scalar' ? ` ${JSON.stringify(i.node.value)}` : '';
      ctx.report({ resource: i.resource, at: { start: i.node.start, end: i.node.end }, path: i.path, message: `${i.path} must be ${i.expected}; ${shown ? `${shown.trim()} is` : 'this is'} ${i.got} CloudFormation cannot convert to it.` });
    }
  },
});
