import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { trueValues } from '../util';
import { sourceOf } from './common';
import { set } from '../setting-fix';
import { isOn, setBool, upper } from '../other/phrases';

const pub = fact('rds.publicly-accessible');

export default defineRule({
  id: 'ADB006',
  title: 'Database publicly accessible',
  severity: 'warning',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'With PubliclyAccessible true the endpoint resolves to a public IP address and only security group rules stand between the ' +
    'database and the internet. Keep databases in private subnets with PubliclyAccessible false, and reach them from the application ' +
    'tier, a VPN or a bastion. Only an explicit true is reported: the default depends on whether the VPC the instance lands in has an internet gateway attached, which the template does not show, so it is not guessed.',
  source: sourceOf(pub, [], null),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], path: 'PubliclyAccessible', to: set(false), removable: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of trueValues(ctx.prop(r, 'PubliclyAccessible').candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOn(r, 'PubliclyAccessible')}: the database gets a public IP address. ${upper(setBool(r, 'PubliclyAccessible', false, { written: true }))} and connect from inside the VPC.` });
      }
    }
  },
});
