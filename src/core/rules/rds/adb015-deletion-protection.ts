import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { isPrimaryInstance, sourceOf } from './common';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const dp = fact('rds.deletion-protection');

export default defineRule({
  id: 'ADB015',
  title: 'Production database without deletion protection',
  severity: 'warning',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  productionOnly: true,
  description:
    'Deletion protection is off by default, so one console click, CLI call or stack change can delete a production database. ' +
    'Set DeletionProtection to true on DB instances and DB clusters: deleting then requires turning it off first. Aurora member ' +
    'instances (protected through their cluster) and read replicas (no data of their own) are skipped.',
  source: sourceOf(dp),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], path: 'DeletionProtection', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && !isPrimaryInstance(ctx, r)) continue;
      const name = settingName(r, 'DeletionProtection');
      const p = ctx.prop(r, 'DeletionProtection');
      if (!p.present) {
        if (r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so this production database can be deleted in one step: ${setBool(r, 'DeletionProtection', true)}.` });
        continue;
      }
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'DeletionProtection')} on a production database: ${setBool(r, 'DeletionProtection', true, { written: true })}.` });
    }
  },
});
