import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers } from '../util';

const limit = fact('rds.backup-retention');

export default defineRule({
  id: 'ADB001',
  title: 'Backup retention period outside 0–35 days',
  severity: 'error',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'RDS keeps automated backups for 0 to 35 days on a DB instance (0 turns them off). ' +
    'CloudFormation rejects any other value when it creates or updates the instance. Set a value from 1 to 35; 7 or more for production.',
  source: { seed: limit.seed ?? undefined, urls: limit.sources, note: limit.seedSays },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const { c, n } of numbers(ctx.prop(r, 'BackupRetentionPeriod').candidates)) {
        if (n < limit.min! || n > limit.max! || !Number.isInteger(n)) {
          ctx.report({ resource: r, at: c, message: `BackupRetentionPeriod ${n} is outside ${limit.min}–${limit.max} days: set 1–35 (7 or more for production).` });
        }
      }
    }
  },
});
