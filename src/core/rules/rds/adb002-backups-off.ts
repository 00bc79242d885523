import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { isPrimaryInstance, sourceOf } from './common';
import { atLeast } from '../setting-fix';

const retention = fact('rds.backup-retention');
const REDSHIFT_API = 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html';
const REDSHIFT_CONFIG = 'https://docs.aws.amazon.com/config/latest/developerguide/redshift-backup-enabled.html';

/** A Redshift node type of the RA3 family, which cannot turn automated snapshots off. */
const isRa3 = (v: unknown) => typeof v === 'string' && /^ra3\./i.test(v);

export default defineRule({
  id: 'ADB002',
  title: 'Automated backups turned off (retention period 0)',
  severity: 'warning',
  services: ['rds', 'redshift'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::Redshift::Cluster'],
  description:
    'A BackupRetentionPeriod of 0 turns off automated backups: there is no point-in-time recovery, setting it to 0 on a running ' +
    'instance deletes the existing automated backups, and the instance cannot be the source of a read replica. ' +
    'Set 1–35 days (7 or more for production). Aurora instances take retention from their cluster and read replicas are skipped ' +
    '(a replica is restored from its source, not from its own backups). The same problem on a Redshift cluster: ' +
    'AutomatedSnapshotRetentionPeriod 0 turns off automated snapshots (default 1 day; RA3 node types cannot turn them off, ' +
    'so the API rejects 0 there).',
  source: sourceOf(retention, [REDSHIFT_API, REDSHIFT_CONFIG]),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'BackupRetentionPeriod', to: atLeast(7), insert: true },
    { types: ['AWS::Redshift::Cluster'], path: 'AutomatedSnapshotRetentionPeriod', to: atLeast(1) },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::Redshift::Cluster') {
        const name = settingName(r, 'AutomatedSnapshotRetentionPeriod');
        const ra3 = ctx.prop(r, 'NodeType').candidates.some((c) => isRa3(c.value));
        for (const { c, n } of numbers(ctx.prop(r, 'AutomatedSnapshotRetentionPeriod').candidates)) {
          if (n !== 0) continue;
          ctx.report({
            resource: r,
            at: c,
            message: ra3
              ? `${name} is 0, which RA3 node types do not accept (their automated snapshots cannot be turned off): set it to 1–35 days.`
              : `${name} is 0: automated snapshots are off, so the cluster can only be restored from manual snapshots. Set it to 1–35 days.`,
          });
        }
        continue;
      }
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
