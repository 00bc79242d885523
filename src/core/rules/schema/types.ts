/** The resource types the schema checks (ADB090–ADB092) read: the database namespaces of data/cfn-schema. */
import type { ModelDocument, Resource } from '../../model';
import { schemaIssues, type SchemaIssue } from './walk';

export const SCHEMA_RESOURCE_TYPES = [
  'AWS::RDS::*', 'AWS::DynamoDB::*', 'AWS::DAX::*', 'AWS::ElastiCache::*', 'AWS::MemoryDB::*', 'AWS::DocDB::*', 'AWS::DocDBElastic::*',
  'AWS::Neptune::*', 'AWS::NeptuneGraph::*', 'AWS::Redshift::*', 'AWS::RedshiftServerless::*', 'AWS::OpenSearchService::*',
  'AWS::OpenSearchServerless::*', 'AWS::Elasticsearch::*', 'AWS::Cassandra::*', 'AWS::Timestream::*', 'AWS::DSQL::*', 'AWS::DMS::*',
  'AWS::QLDB::*', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress',
];

const PREFIXES = SCHEMA_RESOURCE_TYPES.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
const SINGLE = new Set(SCHEMA_RESOURCE_TYPES.filter((t) => !t.endsWith('*')));

/** A type the schema table may hold (checked before the table is loaded, so a template without one never loads it). */
export const isSchemaType = (t: string) => SINGLE.has(t) || PREFIXES.some((p) => t.startsWith(p));

/** The schema issues of a document's database resources. */
export function issuesOf(doc: ModelDocument): SchemaIssue[] {
  const rs: Resource[] = doc.resources.filter((r) => isSchemaType(r.type));
  return schemaIssues(doc, rs);
}

/** The CloudFormation resource specification and type-conversion pages every schema rule cites. */
export const SCHEMA_URLS = [
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
  'https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html',
];
