import { fact } from '../../../knowledge';
import { entry, get } from '../../model';
import type { Span } from '../../text';
import { defineRule, type Report } from '../types';
import { inForm, settingName } from '../util';
import { billingBranches, GLOBAL_TABLE, TABLE } from './tables';
import { mapItems, presentIn, type Condition } from './values';

const modes = fact('dynamodb.capacity-modes');

const when = (c: Condition) => (c ? ` (when condition ${c.name} is ${c.branch})` : '');

export default defineRule({
  id: 'ADB054',
  title: 'BillingMode and provisioned throughput disagree',
  severity: 'error',
  services: ['dynamodb'],
  resourceTypes: [TABLE, GLOBAL_TABLE],
  description:
    'With `BillingMode: PAY_PER_REQUEST` (on-demand) a table and its GSIs must not have `ProvisionedThroughput`; with ' +
    '`PROVISIONED`, which is the default when BillingMode is omitted, the table and every GSI need it. CreateTable rejects both ' +
    'mistakes. Choose on-demand for unpredictable traffic (AWS now recommends it for most workloads) or provisioned capacity with ' +
    'auto scaling for steady traffic. For `AWS::DynamoDB::GlobalTable`, `BillingMode: PROVISIONED` needs ' +
    '`WriteProvisionedThroughputSettings`. CDK constructs are not checked for the missing-throughput case: `Table` fills in 5 read ' +
    'and 5 write units by default, and `TableV2` renders the global table write settings from `Billing.provisioned()`.',
  source: { seed: 'seed [NoSQL Databases] Capacity Modes', urls: [...modes.sources, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-writeprovisionedthroughputsettings.html'] },
  check(ctx) {
    const seen = new Set<string>();
    const report = (rep: Report, span: Span) => {
      const key = `${span.start}:${span.end}:${rep.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report(rep);
    };
    for (const r of ctx.resources([TABLE])) {
      const pt = entry(r.properties, 'ProvisionedThroughput');
      const ptName = inForm(r, 'ProvisionedThroughput', '--provisioned-throughput', 'readCapacity/writeCapacity');
      const modeName = settingName(r, 'BillingMode');
      const gsis = mapItems(get(r.properties, 'GlobalSecondaryIndexes')).items;
      for (const b of billingBranches(ctx, r)) {
        const modeAt = b.candidate ?? r.anchor;
        const modeSpan = b.candidate?.site ?? r.anchor;
        if (b.mode === 'PAY_PER_REQUEST') {
          if (pt && presentIn(pt, b.condition) === true) {
            report({ resource: r, at: pt.keySpan, message: `${ptName} is set while ${modeName} is PAY_PER_REQUEST${when(b.condition)}: remove it, or use PROVISIONED.` }, pt.keySpan);
          }
          for (const g of gsis) {
            const gpt = entry(g, 'ProvisionedThroughput');
            if (gpt && presentIn(gpt, b.condition) === true) {
              report({ resource: r, at: gpt.keySpan, message: `This index sets ProvisionedThroughput while ${modeName} is PAY_PER_REQUEST${when(b.condition)}: remove it.` }, gpt.keySpan);
            }
          }
          continue;
        }
        // CDK's Table construct supplies 5/5 capacity units when none are given; an update command
        // (complete false) may target a table that already has its capacity.
        if (r.form === 'cdk' || !r.complete) continue;
        const dflt = b.candidate ? 'PROVISIONED' : 'not set, so PROVISIONED';
        if (presentIn(pt, b.condition) === false) {
          report({ resource: r, at: modeAt, message: `${modeName} is ${dflt}${b.candidate ? '' : when(b.condition)}, which requires ${ptName}: add ReadCapacityUnits and WriteCapacityUnits, or set ${modeName} to PAY_PER_REQUEST.` }, modeSpan);
        }
        for (const g of gsis) {
          if (presentIn(entry(g, 'ProvisionedThroughput'), b.condition) !== false) continue;
          const at = entry(g, 'IndexName')?.value ?? g;
          report({ resource: r, at, message: `This global secondary index has no ProvisionedThroughput while ${modeName} is ${dflt}${when(b.condition)}: add it, or use PAY_PER_REQUEST.` }, at);
        }
      }
    }
    for (const r of ctx.resources([GLOBAL_TABLE])) {
      // CDK's TableV2 always renders WriteProvisionedThroughputSettings from Billing.provisioned().
      if (r.form === 'cdk') continue;
      const w = entry(r.properties, 'WriteProvisionedThroughputSettings');
      // Only an explicit PROVISIONED: the documented requirement is stated for that value.
      for (const b of billingBranches(ctx, r)) {
        if (b.mode !== 'PROVISIONED' || !b.candidate) continue;
        if (presentIn(w, b.condition) === false) {
          report({ resource: r, at: b.candidate, message: 'BillingMode PROVISIONED on a global table requires WriteProvisionedThroughputSettings (write capacity auto scaling for all replicas): add it, or use PAY_PER_REQUEST.' }, b.candidate.site);
        }
      }
    }
  },
});
