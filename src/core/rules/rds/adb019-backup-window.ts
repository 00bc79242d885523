import { fact } from '../../../knowledge';
import { asString, type Candidate } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { inCluster } from './common';
import { compatible } from './pairs';
import { overlaps, parseBackupWindow, parseMaintenanceWindow, type Window } from './windows';

const bw = fact('rds.backup-window');
const mw = fact('rds.maintenance-window');

export default defineRule({
  id: 'ADB019',
  title: 'Invalid backup or maintenance window',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'RDS rejects a PreferredBackupWindow that is not `hh24:mi-hh24:mi` in UTC or is shorter than 30 minutes, a ' +
    'PreferredMaintenanceWindow that is not `ddd:hh24:mi-ddd:hh24:mi` (mon–sun) or is shorter than 30 minutes, and a backup window ' +
    'that overlaps the maintenance window on any day. Write both in UTC, at least 30 minutes long, apart from each other (adjacent ' +
    'windows such as 03:00-04:00 and sun:04:00-sun:05:00 are fine). Aurora member instances take the backup window from their cluster.',
  source: { seed: bw.seed ?? undefined, urls: [...new Set([...bw.sources, ...mw.sources])], note: bw.seedSays },
  check(ctx) {
    const min = bw.min!;
    for (const r of ctx.resources()) {
      const bName = settingName(r, 'PreferredBackupWindow');
      const mName = settingName(r, 'PreferredMaintenanceWindow');
      const backups: { c: Candidate; w: Window }[] = [];
      const maints: { c: Candidate; w: Window }[] = [];
      const skipBackup = inCluster(ctx, r);
      for (const c of skipBackup ? [] : ctx.prop(r, 'PreferredBackupWindow').candidates) {
        const s = asString(c.value);
        if (s === undefined) continue;
        const w = parseBackupWindow(s);
        if (!w) ctx.report({ resource: r, at: c, message: `${bName} "${s}" is not hh24:mi-hh24:mi (UTC), e.g. 03:00-03:30.` });
        else if (w.length < min) ctx.report({ resource: r, at: c, message: `${bName} "${s}" is ${w.length} minutes: it must be at least ${min}.` });
        else backups.push({ c, w });
      }
      for (const c of ctx.prop(r, 'PreferredMaintenanceWindow').candidates) {
        const s = asString(c.value);
        if (s === undefined) continue;
        const w = parseMaintenanceWindow(s);
        if (!w) ctx.report({ resource: r, at: c, message: `${mName} "${s}" is not ddd:hh24:mi-ddd:hh24:mi (UTC, mon–sun), e.g. sun:04:00-sun:04:30.` });
        else if (w.length < mw.min!) ctx.report({ resource: r, at: c, message: `${mName} "${s}" is ${w.length} minutes: it must be at least ${mw.min}.` });
        else maints.push({ c, w });
      }
      for (const b of backups) {
        const m = maints.find((x) => compatible(b.c, x.c) && overlaps(b.w, x.w));
        if (!m) continue;
        ctx.report({
          resource: r, at: b.c,
          message: `${bName} "${asString(b.c.value)}" overlaps ${mName} "${asString(m.c.value)}": move one so they do not overlap (both are UTC).`,
          related: [{ span: m.c.site, message: 'maintenance window' }],
        });
      }
    }
  },
});
