import { nearest } from '../../cli-model/suggest';
import { defineRule } from '../types';
import { issuesOf, SCHEMA_RESOURCE_TYPES, SCHEMA_URLS } from './types';

/** How many allowed values a message lists before "…". */
const SHOW = 8;

export default defineRule({
  id: 'ADB092',
  title: 'Value outside the values the resource schema allows',
  severity: 'error',
  services: ['rds', 'aurora', 'dynamodb', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'timestream', 'dms'],
  resourceTypes: SCHEMA_RESOURCE_TYPES,
  forms: ['cloudformation'],
  description:
    'A value that is not one of the values the CloudFormation resource schema allows, where the schema has a closed list ' +
    '(`AWS::RDS::GlobalCluster` `Engine`, `AWS::RDS::DBProxy` `EngineFamily`, `AWS::MemoryDB::Cluster` `NetworkType`…): ' +
    'CloudFormation rejects it. Values are compared exactly, case included (`IPv4` is not `ipv4`). Properties whose schema ' +
    'has no closed list (RDS `Engine`, DynamoDB `BillingMode`) are not judged here. Intrinsic functions and parameters are not ' +
    'judged. The quick fix offers the nearest allowed value. CloudFormation templates only.',
  source: { urls: SCHEMA_URLS },
  check(ctx) {
    for (const i of issuesOf(ctx.doc)) {
      if (i.kind !== 'enum') continue;
      const v = String(i.node.value);
      const near = i.allowed.find((a) => a.toLowerCase() === v.toLowerCase()) ?? nearest(v, i.allowed, 1)[0];
      const list = i.allowed.length > SHOW ? `${i.allowed.slice(0, SHOW).join(', ')}…` : i.allowed.join(', ');
      const text = ctx.doc.text.slice(i.node.start, i.node.end);
      const fixes = near && text.includes(v) ? [{ title: `Change to ${near}`, edits: [{ span: { start: i.node.start, end: i.node.end }, newText: text.replace(v, near) }], preferred: true }] : undefined;
      ctx.report({
        resource: i.resource,
        at: { start: i.node.start, end: i.node.end },
        path: i.path,
        message: `${i.path} ${v} is not one of the values CloudFormation allows (${list})${near ? `: did you mean ${near}?` : '.'}`,
        fixes,
      });
    }
  },
});
