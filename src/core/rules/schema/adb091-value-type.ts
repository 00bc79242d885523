import { defineRule } from '../types';
import { issuesOf, SCHEMA_RESOURCE_TYPES, SCHEMA_URLS } from './types';
import { article, ownerWords, terraformIssues, TF_CONVERSION, TF_SYNTAX } from './terraform';

export default defineRule({
  id: 'ADB091',
  title: 'Property value of the wrong type',
  severity: 'error',
  services: ['rds', 'aurora', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'keyspaces', 'timestream', 'dsql', 'dms', 'qldb', 'ec2'],
  resourceTypes: SCHEMA_RESOURCE_TYPES,
  forms: ['cloudformation', 'terraform'],
  description:
    'A value that CloudFormation cannot convert to the type the resource schema gives the property: `MultiAZ: maybe`, ' +
    '`BackupRetentionPeriod: seven`, a list where an object goes, a single string where a list goes. CloudFormation converts ' +
    'what it can, and so does this rule: a number or a boolean is a valid string, `"20"` is a valid integer, `"true"`/`"false"` ' +
    '(any case) are valid booleans, a float in an integer property is left to the service (cfn-lint accepts it too). An unquoted ' +
    'YAML 1.1 boolean (`yes`, `off`) is not judged: CloudFormation\'s reading of it is not documented. Intrinsic functions, ' +
    'parameters and `Fn::ForEach` placeholders are not judged (their value is not known here). The finding is on the value. ' +
    'CloudFormation templates and Terraform. ' +
    '**Terraform**: a literal value that Terraform cannot convert to the type the AWS provider\'s schema gives the argument ' +
    '(`multi_az = "maybe"`, `allocated_storage = "lots"`, `multi_az = 1`, a single string where a list goes). Terraform converts ' +
    'as its documentation says, and so does this rule: a number or a bool is a valid string, `"20"` a valid number, `"true"`/`"false"` ' +
    'valid bools (lowercase); a number is never a bool nor a bool a number. Only literals are judged: variables, locals, function calls, ' +
    'conditionals and interpolated strings are not. Also here: a block written as an argument (`point_in_time_recovery = { … }`) ' +
    'or an argument written as a block (`tags { … }`), which Terraform rejects; the finding is then on the name, and an argument of ' +
    'map type written as a block gets a quick fix that adds the `=`. Arguments that may be written both ways (`ingress` of ' +
    '`aws_security_group`) and `.tf.json` files are not judged for that.',
  source: { urls: [...SCHEMA_URLS, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html', TF_CONVERSION, TF_SYNTAX] },
  check(ctx) {
    for (const { issue: i, resource } of terraformIssues(ctx)) {
      if (i.kind === 'type') {
        const hint = i.expected === 'bool' ? ' (Terraform converts only the strings "true" and "false")' : i.expected === 'number' ? ' (Terraform converts only a string holding a decimal number)' : '';
        ctx.report({ resource, at: i.span, message: `${i.name} must be ${article(i.expected)}; ${i.got} cannot be converted to it${hint}.` });
      } else if (i.kind === 'syntax' && i.what === 'block-as-argument') {
        ctx.report({ resource, at: i.span, message: `${i.name} is a block of ${ownerWords(i.where)}, not an argument: write ${i.name.split('.').pop()} { … } without "=" (Terraform: "Unsupported argument").` });
      } else if (i.kind === 'syntax') {
        const short = i.name.split('.').pop()!;
        const fixes = i.mapValue ? [{ title: `Write ${short} = { … }`, edits: [{ span: { start: i.span.end, end: i.span.end }, newText: ' =' }], preferred: true }] : undefined;
        ctx.report({ resource, at: i.span, message: `${i.name} is an argument of ${ownerWords(i.where)}, not a block: write ${short} = … (Terraform: "Unsupported block type").`, fixes });
      }
    }
    for (const i of issuesOf(ctx.doc)) {
      if (i.kind !== 'type') continue;
      const shown = i.node.kind === 'scalar' ? ` ${JSON.stringify(i.node.value)}` : '';
      ctx.report({ resource: i.resource, at: { start: i.node.start, end: i.node.end }, path: i.path, message: `${i.path} must be ${i.expected}; ${shown ? `${shown.trim()} is` : 'this is'} ${i.got} CloudFormation cannot convert to it.` });
    }
  },
});
