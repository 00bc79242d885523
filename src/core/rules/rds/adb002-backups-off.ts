import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { isPrimaryInstance, sourceOf } from './common';
import { atLeast } from '../setting-fix';

const retention = fact('rds.backup-retention');

export default defineRule({
  id: 'ADB002',
  title: 'Automated backups turned off (BackupRetentionPeriod 0)',
  severity: 'warning',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'A BackupRetentionPeriod of 0 turns off automated backups: there is no point-in-time recovery, setting it to 0 on a running ' +
    'instance deletes the existing automated backups, and the instance cannot be the source of a read replica. ' +
    'Set 1–35 days (7 or more for production). Aurora instances take retention from their cluster and read replicas are skipped ' +
    '(a replica is restored from its source, not from its own backups).',
  source: sourceOf(retention),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'BackupRetentionPeriod', to: atLeast(7), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!isPrimaryInstance(ctx, r)) continue;
      const name = settingName(r, 'BackupRetentionPeriod');
      for (const { c, n } of numbers(ctx.prop(r, 'BackupRetentionPeriod').candidates)) {
        if (n === 0) {
          ctx.report({ resource: r, at: c, message: `${name} is 0: automated backups and point-in-time recovery are off. Set it to 1–35 days (7 or more for production).` });
        }
      }
    }
  },
});
