import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { clamp, outside } from '../setting-fix';

const limit = fact('rds.backup-retention');
const clusterLimit = fact('rds.cluster-backup-retention');

export default defineRule({
  id: 'ADB001',
  title: 'Backup retention period outside 0–35 days (1–35 for DB clusters)',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'RDS keeps automated backups for 0 to 35 days on a DB instance (0 turns them off), and for 1 to 35 days on a DB cluster ' +
    '(Aurora and Multi-AZ DB clusters cannot turn backups off). CloudFormation rejects any other value when it creates or updates ' +
    'the resource. Set a value from 1 to 35; 7 or more for production.',
  source: { seed: limit.seed ?? undefined, urls: [...new Set([...limit.sources, ...clusterLimit.sources])], note: limit.seedSays },
  settingFixes: [
    // The nearest allowed value, and 7 days (the production minimum ADB003 asks for) as the second answer.
    { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], path: 'BackupRetentionPeriod', to: clamp(1, 35), alsoTo: outside(1, 35, 7) },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const cluster = r.type === 'AWS::RDS::DBCluster';
      const { min, max } = cluster ? clusterLimit : limit;
      const name = settingName(r, 'BackupRetentionPeriod');
      for (const { c, n } of numbers(ctx.prop(r, 'BackupRetentionPeriod').candidates)) {
        if (n < min! || n > max! || !Number.isInteger(n)) {
          const kind = cluster ? ' for a DB cluster' : '';
          // The advice names values inside the range the message gives; 0 (instances only) turns backups off, so it is not advised.
          const advice = !Number.isInteger(n) ? `set a whole number of days from ${Math.max(1, min!)} to ${max}` : n > max! ? `set ${max} or less` : `set ${Math.max(1, min!)}–${max}`;
          ctx.report({ resource: r, at: c, message: `${name} ${n} is outside ${min}–${max} days${kind}: ${advice} (7 or more for production).` });
        }
      }
    }
  },
});
