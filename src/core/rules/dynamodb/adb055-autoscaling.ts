import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { defineRule } from '../types';
import { scaledTables } from './scaling-targets';
import { billingBranches, TABLE } from './tables';
import { presentIn } from './values';

const scaling = fact('dynamodb.auto-scaling');

export default defineRule({
  id: 'ADB055',
  title: 'Provisioned DynamoDB table without auto scaling',
  severity: 'info',
  services: ['dynamodb'],
  resourceTypes: [TABLE],
  forms: ['cloudformation'],
  description:
    'A table in provisioned mode keeps the fixed read and write capacity it is given: traffic above it is throttled, capacity ' +
    'below it is paid for anyway. The console turns auto scaling on by default, CloudFormation does not: add ' +
    '`AWS::ApplicationAutoScaling::ScalableTarget` resources (ServiceNamespace dynamodb, ResourceId `table/<name>`, dimensions ' +
    '`dynamodb:table:ReadCapacityUnits` and `WriteCapacityUnits`) with target tracking `ScalingPolicy` resources, or switch to ' +
    '`BillingMode: PAY_PER_REQUEST`. The rule only reports when every scalable target of the template can be tied to a table ' +
    '(or to none); a target whose ResourceId comes from a parameter or an import makes the answer unknowable and gives no finding. ' +
    'CloudFormation only: AWS CLI scripts and CDK apps set up scaling in other commands and calls.',
  source: { seed: 'seed [NoSQL Databases] Capacity Modes: Provisioned ... Auto Scaling available', urls: scaling.sources },
  check(ctx) {
    const tables = ctx.resources();
    let scaled: Set<string> | undefined | null = null;
    for (const r of tables) {
      const branches = billingBranches(ctx, r);
      if (branches.length !== 1 || branches[0].mode !== 'PROVISIONED' || branches[0].condition) continue;
      const pt = entry(r.properties, 'ProvisionedThroughput');
      if (!pt || presentIn(pt, undefined) !== true) continue;
      if (scaled === null) scaled = scaledTables(ctx.doc, tables);
      if (!scaled || scaled.has(r.id)) continue;
      ctx.report({ resource: r, at: pt.keySpan, message: 'ProvisionedThroughput is fixed: no Application Auto Scaling target in this template scales this table. Add a ScalableTarget and a target tracking ScalingPolicy for reads and writes, or use BillingMode PAY_PER_REQUEST.' });
    }
  },
});
