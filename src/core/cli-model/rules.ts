/**
 * ADB100–ADB111: AWS CLI commands checked against the service model. One pass over a document's
 * commands (cached per document) feeds every rule, so settings, severities and suppressions work
 * as for any other rule.
 */
import type { ModelDocument } from '../model';
import { defineRule, type Rule, type Severity } from '../rules/types';
import { checkCommand } from './check-command';
import type { CliIssue } from './check-value';
import type { AwsCliVersion } from './model';
import { cliCommandsOf, readAwsCli } from '../forms/shell/reader';

const CACHE = new WeakMap<ModelDocument, Partial<Record<AwsCliVersion, CliIssue[]>>>();

/** Every model-check issue of a document for AWS CLI `version` (computed once per version). */
export function cliIssues(doc: ModelDocument, version: AwsCliVersion = '2'): CliIssue[] {
  let byVersion = CACHE.get(doc);
  if (!byVersion) CACHE.set(doc, (byVersion = {}));
  let issues = byVersion[version];
  if (!issues) {
    issues = [];
    for (const cmd of cliCommandsOf(doc)) checkCommand(cmd, issues, version);
    byVersion[version] = issues;
  }
  return issues;
}

// One tag for the docs table and SARIF: the check covers every database service of the CLI (docs/aws-cli.md lists them).
const SERVICES = ['aws-cli'];

/** The model check alone on a script (read, then check; no other rule): for the bench and tools. */
export function checkScript(text: string, fileName: string, version: AwsCliVersion = '2'): CliIssue[] {
  const doc = readAwsCli(text, fileName);
  return doc ? cliIssues(doc, version) : [];
}
const CLI_DOCS = 'https://docs.aws.amazon.com/cli/latest/reference/';
const SHORTHAND = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html';
const PARAM_TYPES = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-types.html';
const SKELETON = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html';

function cliRule(id: string, severity: Severity, title: string, description: string, urls: string[], note?: string): Rule {
  return defineRule({
    id,
    title,
    severity,
    services: SERVICES,
    resourceTypes: ['AWS CLI command'],
    forms: ['aws-cli'],
    description:
      `${description} Checked against the service model of the AWS CLI (data/aws-cli-model, generated from botocore's models); ` +
      'a value written as a shell variable, a command substitution, a glob or a file:// reference is not checked.',
    source: { urls, ...(note ? { note } : {}) },
    check(ctx) {
      for (const i of cliIssues(ctx.doc, ctx.awsCliVersion ?? '2')) if (i.ruleId === id) ctx.report({ at: i.span, message: i.message, fixes: i.fixes });
    },
  });
}

/** The model-check rules, for the registry. */
export const cliModelRules: Rule[] = [
  cliRule('ADB100', 'error', 'Unknown AWS CLI service',
    'The word after `aws` is not a command of the AWS CLI (a typo, or a service the CLI no longer has, such as `qldb`): the script fails here. The message suggests the nearest service names.', [CLI_DOCS]),
  cliRule('ADB101', 'error', 'Unknown AWS CLI operation or waiter',
    'The operation does not exist for this service (for example `aws dsql describe-cluster`, where the operation is `get-cluster`), or `wait` names no waiter. The message suggests operations with the same noun and the nearest names.', [CLI_DOCS]),
  cliRule('ADB102', 'error', 'Unknown or ambiguous AWS CLI flag',
    'The operation has no such flag; the CLI stops with "Unknown options". The message suggests the nearest flags and names the operations of the same service that do take the flag (for example `--point-in-time-recovery-specification` belongs to `dynamodb update-continuous-backups`, not `create-table`). A prefix shared by several flags is ambiguous and also rejected.', [CLI_DOCS]),
  cliRule('ADB103', 'error', 'AWS CLI switch given a value',
    'Boolean flags are switches: `--publicly-accessible false` is rejected ("Unknown options: false"). Write `--publicly-accessible` for true and `--no-publicly-accessible` for false; the quick fix does it.', [PARAM_TYPES]),
  cliRule('ADB104', 'error', 'Required AWS CLI flag missing',
    'The operation requires this flag and the CLI refuses to run without it. Not reported when the command reads its input from `--cli-input-json`/`--cli-input-yaml` or prints a skeleton, since the check is then impossible.', [CLI_DOCS, SKELETON]),
  cliRule('ADB105', 'error', 'AWS CLI value of the wrong type',
    'A value the CLI cannot convert or botocore rejects: a non-integer for an integer (the CLI uses Python int(), so 5.0 is rejected), a non-number for a number, something other than true/false for a boolean inside a structure, an unreadable timestamp, or a list where a string is expected (an unescaped comma in shorthand).', [PARAM_TYPES, SHORTHAND]),
  cliRule('ADB106', 'error', 'Malformed AWS CLI shorthand or unknown structure key',
    'Shorthand syntax (`Key=Value,Key2=Value2`) that the CLI cannot parse, a key the structure does not have (`MinCap=0.5` for `--serverless-v2-scaling-configuration`), a required key missing, or a union given more than one member. The message lists the keys the structure takes.', [SHORTHAND]),
  cliRule('ADB107', 'error', 'AWS CLI JSON value does not parse',
    'A value that starts with `[` or `{` is read as JSON, strictly: no comments, no trailing commas, double quotes only. The finding points at the first error.', [PARAM_TYPES]),
  cliRule('ADB108', 'error', 'Value outside the service model\'s enum',
    'The CLI passes any string through, and the service then rejects a value outside the enum of the model (`--billing-mode ON_DEMAND`, where the values are PROVISIONED and PAY_PER_REQUEST; `--engine-family POSTGRES`, where it is POSTGRESQL). Beyond what the CLI itself checks.', [CLI_DOCS],
    'The study guide writes some of these values in forms the API does not take.'),
  cliRule('ADB109', 'warning', 'Abbreviated AWS CLI flag',
    'The CLI\'s argument parser accepts a unique prefix of a flag (`--apply-immediate` for `--apply-immediately`), but the script breaks as soon as a new CLI version adds another flag with the same prefix. Write the flag in full; the quick fix does it.', [CLI_DOCS]),
  cliRule('ADB110', 'error', 'AWS CLI flag without its value, or with extra values',
    'A flag that takes one value is followed by none ("expected one argument") or by several (the extra words are "Unknown options"); a word after the operation that no flag takes is rejected the same way. A space after a line-ending backslash is one finding of its own: the backslash then escapes the space, so the command ends on that line with a stray " " word and the flags on the next lines are not part of it.', [PARAM_TYPES]),
  cliRule('ADB111', 'error', 'AWS CLI value below the model\'s minimum',
    'botocore validates minimums before sending the request: a string shorter than its minimum length (an IAM role ARN of fewer than 20 characters), a number below its minimum (`--limit 0`), a list with fewer items than required.', [CLI_DOCS]),
];
