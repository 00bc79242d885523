import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { asString } from '../../resolve';
import { falseValues, settingName } from '../util';
import { isPrimaryInstance, sourceOf } from './common';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const failover = fact('rds.multi-az-failover');
/** RDS for SQL Server Multi-AZ: Standard, Enterprise and (block-level replication) Web editions; Express is not listed. */
const SQLSERVER_MULTI_AZ = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_SQLServerMultiAZ.html';

export default defineRule({
  id: 'ADB007',
  title: 'Production DB instance without Multi-AZ',
  severity: 'warning',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  productionOnly: true,
  description:
    'A Single-AZ DB instance is down for as long as its instance or Availability Zone is. MultiAZ keeps a synchronous standby in ' +
    `another zone and fails over automatically, typically in ${failover.min}–${failover.max} seconds. Set MultiAZ to true for production ` +
    '(or use a Multi-AZ DB cluster). Not checked: Aurora instances (availability comes from the cluster\'s replicas) and read ' +
    'replicas (they scale reads; the source\'s Multi-AZ setting protects the data), nor SQL Server Express Edition, for which ' +
    'RDS offers no Multi-AZ deployment.',
  source: sourceOf(failover, [fact('rds.multi-az-cluster-failover').sources[1], SQLSERVER_MULTI_AZ], null),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'MultiAZ', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!isPrimaryInstance(ctx, r)) continue;
      // SQL Server Express Edition cannot be Multi-AZ: the advice would be impossible to follow.
      if (ctx.prop(r, 'Engine').candidates.some((c) => asString(c.value)?.toLowerCase() === 'sqlserver-ex')) continue;
      const name = settingName(r, 'MultiAZ');
      const p = ctx.prop(r, 'MultiAZ');
      const why = `a standby in another Availability Zone takes over in typically ${failover.min}–${failover.max} seconds`;
      if (!p.present) {
        if (r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so this production database runs in one Availability Zone: ${setBool(r, 'MultiAZ', true)} (${why}).` });
        continue;
      }
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'MultiAZ')} on a production database: ${setBool(r, 'MultiAZ', true, { written: true })} (${why}).` });
    }
  },
});
