import type { Resource } from '../../model';
import type { Span } from '../../text';
import { defineRule } from '../types';
import { ownerWords, terraformIssues, TF_PROVIDER_DOCS } from '../schema/terraform';
import { SCHEMA_RESOURCE_TYPES } from '../schema/types';

export default defineRule({
  id: 'ADB154',
  title: 'Terraform: a required argument or block is missing',
  severity: 'error',
  services: ['rds', 'aurora', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'keyspaces', 'timestream', 'dsql', 'dms', 'ec2'],
  // The Terraform types of the provider schema table (data/terraform-schema); the mapped ones as the model names them.
  resourceTypes: SCHEMA_RESOURCE_TYPES,
  forms: ['terraform'],
  description:
    'A database resource block (or one of its nested blocks) leaves out an argument or block the AWS provider\'s schema requires ' +
    '(`instance_class` of `aws_db_instance`, `name` of `aws_dynamodb_table`, `family` of a parameter group, `bucket_name` in ' +
    '`s3_import`): Terraform rejects the configuration (`Missing required argument`). The finding is on the resource\'s labels, or ' +
    'on the nested block\'s name. A required block written as a `dynamic` block counts as written. Required arguments come from the ' +
    'AWS provider\'s schema (data/terraform-schema, AWS provider 6.25.0); a block holding a name that schema lacks, or a configuration ' +
    'whose `required_providers` constraint excludes 6.25.0, is not judged (another release may require other arguments). CloudFormation\'s required properties are the deploy ' +
    'checks\' concern, hence a Terraform-only rule.',
  source: { urls: [TF_PROVIDER_DOCS, 'https://developer.hashicorp.com/terraform/cli/commands/validate'] },
  check(ctx) {
    // One finding per block: every required name it leaves out.
    const byBlock = new Map<string, { resource?: Resource; span: Span; where: string; names: string[] }>();
    for (const { issue: i, resource } of terraformIssues(ctx)) {
      if (i.kind !== 'missing') continue;
      const key = `${i.span.start}:${i.span.end}`;
      const g = byBlock.get(key) ?? { resource, span: i.span, where: i.where, names: [] };
      g.names.push(i.what === 'argument' ? i.name.split('.').pop()! : `${i.name.split('.').pop()!} { }`);
      byBlock.set(key, g);
    }
    for (const g of byBlock.values()) {
      const list = g.names.length > 1 ? `${g.names.slice(0, -1).join(', ')} and ${g.names[g.names.length - 1]}` : g.names[0];
      ctx.report({
        resource: g.resource, at: g.span,
        message: `${ownerWords(g.where)} needs ${list} (required by the AWS provider; Terraform: "Missing required argument").`,
      });
    }
  },
});
