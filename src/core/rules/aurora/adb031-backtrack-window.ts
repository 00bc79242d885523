import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { engineOf, numbers } from '../util';
import { nameOf } from '../other/phrases';
import { clamp } from '../setting-fix';

const bt = fact('aurora.backtrack-window');
/** Engines that support Backtrack: Aurora MySQL (`aurora` is the legacy MySQL 5.6-compatible name). */
const MYSQL = new Set(['aurora-mysql', 'aurora']);

export default defineRule({
  id: 'ADB031',
  title: 'BacktrackWindow on a non-MySQL Aurora engine or above 72 hours',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  description:
    'Backtrack rewinds an Aurora MySQL cluster in place, within a target window of 0 to 259,200 seconds (72 hours). ' +
    'RDS rejects a larger window, and rejects a non-zero window on Aurora PostgreSQL or any other engine. Set ' +
    'BacktrackWindow to at most 259200 on `aurora-mysql` clusters, and remove it elsewhere (use point-in-time restore or ' +
    'cloning instead). Backtrack is not a replacement for backups.',
  source: { seed: bt.seed ?? undefined, urls: bt.sources },
  settingFixes: [{ types: ['AWS::RDS::DBCluster'], path: 'BacktrackWindow', to: clamp(0, 259200) }],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, 'BacktrackWindow');
      const engine = engineOf(ctx, r);
      for (const { c, n } of numbers(ctx.prop(r, 'BacktrackWindow').candidates)) {
        if (n < bt.min! || n > bt.max! || !Number.isInteger(n)) {
          ctx.report({ resource: r, at: c, message: `${name} ${n} is outside 0–259200 seconds (72 hours): set at most 259200.` });
        } else if (n > 0 && engine !== undefined && !MYSQL.has(engine)) {
          ctx.report({ resource: r, at: c, message: `${name} is set on engine ${engine}: Backtrack is only supported by Aurora MySQL. Remove it and use point-in-time restore or cloning.` });
        }
      }
    }
  },
});
