/**
 * The Terraform side of the schema rules: the issues of src/core/forms/terraform/schema-check.ts with
 * the model resource each belongs to (when the reader maps the type), and the words the messages use.
 */
import type { Resource } from '../../model';
import { terraformInfo } from '../../forms/terraform/reader';
import { terraformSchemaIssues, type TfSchemaIssue } from '../../forms/terraform/schema-check';
import type { TfResource } from '../../forms/terraform/config';
import type { RuleContext } from '../types';

/** Where the provider's arguments are documented, and Terraform's type conversion. */
export const TF_PROVIDER_DOCS = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs';
export const TF_CONVERSION = 'https://developer.hashicorp.com/terraform/language/expressions/type-constraints#conversion-of-primitive-types';
export const TF_SYNTAX = 'https://developer.hashicorp.com/terraform/language/syntax/configuration#arguments-and-blocks';

/** The Terraform schema issues of the document, each with its mapped resource (if any). */
export function terraformIssues(ctx: RuleContext): { issue: TfSchemaIssue; resource?: Resource }[] {
  if (ctx.doc.kind !== 'terraform') return [];
  const issues = terraformSchemaIssues(ctx.doc);
  if (!issues.length) return [];
  const byTf = new Map<TfResource, Resource>();
  for (const r of ctx.doc.resources) {
    const tf = terraformInfo(r)?.tf;
    if (tf && !byTf.has(tf)) byTf.set(tf, r);
  }
  return issues.map((issue) => ({ issue, resource: byTf.get(issue.tf) }));
}

/** `aws_db_instance`, or `the point_in_time_recovery block of aws_dynamodb_table`. */
export function ownerWords(where: string): string {
  const [type, ...blocks] = where.split('.');
  return blocks.length ? `the ${blocks.join('.')} block of ${type}` : type;
}

/** `a bool`, `an object`, `a list(string)`. */
export const article = (t: string) => (/^[aeiou]/i.test(t) ? `an ${t}` : `a ${t}`);
