import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { isOff, nameOf, turnOn } from './phrases';
import { NEPTUNE } from './doc-neptune';
import { set } from '../setting-fix';

const iam = fact('neptune.iam-auth');
const N = 'IamAuthEnabled';

export default defineRule({
  id: 'ADB073',
  title: 'Neptune cluster without IAM database authentication',
  severity: 'warning',
  services: ['neptune'],
  resourceTypes: [NEPTUNE],
  description:
    'With IamAuthEnabled, every request to a Neptune cluster must be signed with AWS Signature Version 4 by an IAM ' +
    'identity, so access is granted and revoked with IAM policies and no credentials are stored in the database ' +
    'configuration. It is off by default (AWS Config rule neptune-cluster-iam-database-authentication flags it). Set ' +
    'IamAuthEnabled to true.',
  source: { seed: iam.seed ?? undefined, urls: iam.sources },
  settingFixes: [
    { types: ['AWS::Neptune::DBCluster'], path: 'IamAuthEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, N);
      const p = ctx.prop(r, 'IamAuthEnabled');
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, N)}: ${turnOn(r, N)} so requests are authenticated with IAM (SigV4).` });
      if (!p.present && r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so IAM database authentication is off: ${turnOn(r, N, false)}.` });
    }
  },
});
