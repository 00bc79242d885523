import { defineRule } from '../types';
import { ownerWords, terraformIssues, TF_PROVIDER_DOCS } from '../schema/terraform';
import { SCHEMA_RESOURCE_TYPES } from '../schema/types';

export default defineRule({
  id: 'ADB153',
  title: 'Terraform: a computed-only attribute is set',
  severity: 'error',
  services: ['rds', 'aurora', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'keyspaces', 'timestream', 'dsql', 'dms', 'ec2'],
  // The Terraform types of the provider schema table (data/terraform-schema); the mapped ones as the model names them.
  resourceTypes: SCHEMA_RESOURCE_TYPES,
  forms: ['terraform'],
  description:
    'An attribute the AWS provider computes and only exports (`arn`, `endpoint`, `address`, `hosted_zone_id`, `stream_arn`…) is ' +
    'written in a database resource block: Terraform rejects the configuration (`Value for unconfigurable attribute`: its value is ' +
    'decided by the provider after apply). Remove it, and read it where it is needed as `<type>.<name>.<attribute>`. The finding is ' +
    'on the name. The computed-only attributes come from the AWS provider\'s schema (data/terraform-schema, AWS provider 6.25.0): an ' +
    'attribute that is optional and computed (`identifier`, `engine_version`) may be set and is not reported. CloudFormation has no ' +
    'such error (read-only properties are not written in Properties), hence a Terraform-only rule.',
  source: { urls: [TF_PROVIDER_DOCS, 'https://developer.hashicorp.com/terraform/language/expressions/references#references-to-resource-attributes'] },
  check(ctx) {
    for (const { issue: i, resource } of terraformIssues(ctx)) {
      if (i.kind !== 'computed') continue;
      const short = i.name.split('.').pop()!;
      ctx.report({
        resource, at: i.span,
        message: `${i.name} is computed by the AWS provider and cannot be set in ${ownerWords(i.where)} (Terraform: "Value for unconfigurable attribute"); remove it${i.name.includes('.') ? '' : ` and read it as ${i.tf.address}.${short}`}.`,
      });
    }
  },
});
