import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { isPrimaryInstance, sourceOf } from './common';
import { atLeast } from '../setting-fix';

const prod = fact('rds.backup-retention-production');

export default defineRule({
  id: 'ADB003',
  title: 'Backup retention below 7 days on a production database',
  severity: 'info',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  productionOnly: true,
  description:
    'Point-in-time recovery reaches back only as far as the backup retention period, and the default is 1 day: a problem found ' +
    'after a weekend can no longer be undone. The study guide\'s production pattern keeps 7 days; set BackupRetentionPeriod to 7 ' +
    'or more (up to 35). Applies to DB instances (not Aurora members or read replicas) and DB clusters. A value of 0 is reported by ADB002.',
  source: sourceOf(prod, [fact('rds.backup-retention').sources[0]], null),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], path: 'BackupRetentionPeriod', to: atLeast(7), insert: true },
  ],
  check(ctx) {
    const min = prod.min!;
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && !isPrimaryInstance(ctx, r)) continue;
      const name = settingName(r, 'BackupRetentionPeriod');
      const p = ctx.prop(r, 'BackupRetentionPeriod');
      if (!p.present) {
        if (r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so backups are kept 1 day: set it to ${min} or more for a production database.` });
        continue;
      }
      for (const { c, n } of numbers(p.candidates)) {
        if (n > 0 && n < min) ctx.report({ resource: r, at: c, message: `${name} ${n} keeps backups less than ${min} days: set ${min} or more for a production database.` });
      }
    }
  },
});
