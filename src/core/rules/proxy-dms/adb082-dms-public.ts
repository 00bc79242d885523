import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { inForm, trueValues, settingName } from '../util';
import { set } from '../setting-fix';
import { isOn } from '../other/phrases';

const pub = fact('dms.publicly-accessible');

export default defineRule({
  id: 'ADB082',
  title: 'DMS replication instance publicly accessible',
  severity: 'warning',
  services: ['dms'],
  resourceTypes: ['AWS::DMS::ReplicationInstance'],
  description:
    'A DMS replication instance gets a public IP address when `PubliclyAccessible` is true, and true is the API default, so an ' +
    'instance that does not say false is public. It holds connections to both the source and the target database. Set ' +
    '`PubliclyAccessible: false` (AWS CLI `--no-publicly-accessible`) and reach on-premises sources through a VPN, Direct Connect ' +
    'or VPC peering. The setting cannot be changed after creation.',
  source: {
    seed: 'seed [AWS CLI Examples] DMS - Create replication instance: --publicly-accessible false',
    urls: pub.sources,
    note: 'The seed writes `--publicly-accessible false`; the AWS CLI option is a boolean flag, so the private form is `--no-publicly-accessible`.',
  },
  settingFixes: [
    { types: ['AWS::DMS::ReplicationInstance'], path: 'PubliclyAccessible', to: set(false), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'PubliclyAccessible');
      const off = inForm(r, 'PubliclyAccessible: false', '--no-publicly-accessible', 'publiclyAccessible: false');
      const p = ctx.prop(r, 'PubliclyAccessible');
      for (const c of trueValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOn(r, 'PubliclyAccessible')}: the replication instance gets a public IP. Use ${off} and private connectivity.` });
      if (!p.present && r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set and defaults to true, so the replication instance gets a public IP: set ${off}.` });
    }
  },
});
