/** What the data-loss guard's rules share: the types they watch, their sources, and how a change becomes a report. */
import type { DataLossChange } from '../../dataloss/compare';
import { guardedTypes } from '../../dataloss/table';
import type { RuleContext } from '../types';

export const GUARDED = guardedTypes();

export const SERVICES = ['rds', 'aurora', 'dynamodb', 'elasticache', 'memorydb', 'documentdb', 'neptune', 'redshift', 'opensearch', 'keyspaces', 'timestream', 'dsql', 'dax'];

export const UPDATE_BEHAVIORS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html';
export const UPDATE_REPLACE_POLICY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html';
export const DELETION_POLICY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html';
export const RDS_INSTANCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html';
export const LOGICAL_IDS = 'https://docs.aws.amazon.com/cdk/v2/guide/identifiers.html';
export const CDK_REMOVAL = 'https://docs.aws.amazon.com/cdk/v2/guide/resources.html#resources-removal';

/** Reports the guard's changes a rule selects, on the changed value (or the id, the Resources key). */
export function reportChanges(ctx: RuleContext, select: (c: DataLossChange) => boolean): void {
  for (const c of ctx.dataLoss ?? []) {
    if (!select(c)) continue;
    ctx.report({ resource: c.resource, at: c.at, message: c.message, ...(c.path ? { path: c.path } : {}), ...(c.fix ? { fixes: [c.fix] } : {}) });
  }
}

export const GUARD_NOTE =
  'The guard compares the file with its version in git (the editor: HEAD; the command line: `lint --base REF`, or `diff OLD NEW`). ' +
  'It reads the CloudFormation resource specification (data/replacement/, generated from @aws-cdk/aws-service-spec) for which properties ' +
  'require replacement, and the CloudFormation resource reference for the conditional ones. A value it cannot know on both sides ' +
  '(a parameter without a Default, a GetAtt, a computed CDK value) is never guessed: an unchanged expression gives no finding, a changed one ' +
  'gives ADB142 ("may replace"). Reformatting, reordering keys, comments and converting between YAML and JSON give none.';
