import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { isOff, turnOn } from '../other/phrases';
import { set } from '../setting-fix';

const dp = fact('aurora-dsql.deletion-protection');
const N = 'DeletionProtectionEnabled';

export default defineRule({
  id: 'ADB041',
  title: 'Aurora DSQL cluster with deletion protection turned off',
  severity: 'warning',
  services: ['aurora-dsql'],
  resourceTypes: ['AWS::DSQL::Cluster'],
  description:
    'DeletionProtectionEnabled keeps an Aurora DSQL cluster from being deleted (by a stack update, a script or a person) ' +
    'until the setting is turned off first; AWS Config\'s dsql-cluster-deletion-protection-enabled rule treats false as ' +
    'non-compliant. Set it to true. Only an explicit false is flagged: the CloudFormation and API references do not state ' +
    'a default, so a missing value is not judged.',
  source: { seed: dp.seed ?? undefined, urls: dp.sources, note: 'The DSQL study guide does not mention deletion protection.' },
  settingFixes: [
    { types: ['AWS::DSQL::Cluster'], path: 'DeletionProtectionEnabled', to: set(true) },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of falseValues(ctx.prop(r, 'DeletionProtectionEnabled').candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOff(r, N)}: ${turnOn(r, N)} so the cluster cannot be deleted by accident.` });
      }
    }
  },
});
