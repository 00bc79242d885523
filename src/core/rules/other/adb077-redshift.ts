import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues, trueValues } from '../util';
import { isOff, isOn, setBool } from './phrases';
import { set } from '../setting-fix';

const enc = fact('redshift.encrypted');
const pub = fact('redshift.publicly-accessible');

export default defineRule({
  id: 'ADB077',
  title: 'Redshift cluster unencrypted or publicly accessible',
  severity: 'warning',
  services: ['redshift'],
  resourceTypes: ['AWS::Redshift::Cluster'],
  description:
    'Amazon Redshift now encrypts clusters by default (Encrypted defaults to true) and AWS documents that a request with ' +
    'Encrypted false fails, so a missing Encrypted is fine and only an explicit false is flagged: remove it or set true ' +
    '(KmsKeyId for a customer-managed key). PubliclyAccessible true gives the cluster a public endpoint: keep data ' +
    'warehouses in private subnets and reach them through the VPC, a VPN or Redshift-managed VPC endpoints.',
  source: {
    urls: [...enc.sources, ...pub.sources],
    note: 'The seed does not discuss Redshift encryption. Older guidance (and some scanners) assume Encrypted defaults to false; the CloudFormation reference now gives Default: true.',
  },
  settingFixes: [
    { types: ['AWS::Redshift::Cluster'], path: 'Encrypted', to: set(true), insert: true },
    { types: ['AWS::Redshift::Cluster'], path: 'PubliclyAccessible', to: set(false), removable: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of falseValues(ctx.prop(r, 'Encrypted').candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOff(r, 'Encrypted')}: Redshift encrypts clusters by default and rejects unencrypted ones; remove it (or ${setBool(r, 'Encrypted', true, { written: true })}).` });
      }
      for (const c of trueValues(ctx.prop(r, 'PubliclyAccessible').candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOn(r, 'PubliclyAccessible')}, so the cluster gets a public endpoint: ${setBool(r, 'PubliclyAccessible', false, { written: true })} and connect through the VPC.` });
      }
    }
  },
});
