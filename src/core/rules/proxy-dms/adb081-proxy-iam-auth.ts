import { fact } from '../../../knowledge';
import { entry, get } from '../../model';
import { asString, resolve } from '../../resolve';
import { defineRule } from '../types';
import { inForm } from '../util';
import { mapItems } from '../dynamodb/values';

const iam = fact('rds-proxy.iam-auth');
const scheme = fact('rds-proxy.default-auth-scheme');

export default defineRule({
  id: 'ADB081',
  title: 'RDS Proxy accepts clients without IAM authentication',
  severity: 'info',
  services: ['rds-proxy'],
  resourceTypes: ['AWS::RDS::DBProxy'],
  description:
    'Each `Auth` entry of a proxy says how clients authenticate for one database user. `IAMAuth` is DISABLED by default, so ' +
    'clients log in with the database password; `REQUIRED` makes them present a short-lived IAM token instead, so no password ' +
    'lives in the application. Set `IAMAuth: REQUIRED` on each entry (ENABLED, SQL Server only, still allows passwords). ' +
    'A proxy with `DefaultAuthScheme: IAM_AUTH` uses end-to-end IAM authentication and is not reported.',
  source: {
    seed: 'seed [AWS CLI Examples] RDS Proxy: "IAMAuth":"REQUIRED"',
    urls: [...iam.sources, ...scheme.sources],
    note: 'Newer than the seed: DefaultAuthScheme IAM_AUTH (end-to-end IAM, no Secrets Manager secret) makes Auth entries optional.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const ds = ctx.prop(r, 'DefaultAuthScheme');
      if (ds.unknown || ds.candidates.some((c) => asString(c.value)?.toUpperCase() === 'IAM_AUTH')) continue;
      const auth = entry(r.properties, 'Auth');
      if (!auth) continue;
      const name = inForm(r, 'IAMAuth', 'IAMAuth in --auth', 'iamAuth');
      for (const item of mapItems(auth.value).items) {
        const ie = entry(item, 'IAMAuth');
        if (!ie) {
          if (!r.complete) continue;
          const at = entry(item, 'SecretArn')?.keySpan ?? item.entries[0]?.keySpan ?? item;
          ctx.report({ resource: r, at, message: `This Auth entry has no ${name} (default DISABLED): clients log in with the database password. Set ${name}: REQUIRED to use IAM tokens.` });
          continue;
        }
        for (const c of resolve(get(item, 'IAMAuth'), ctx.doc).candidates) {
          const v = asString(c.value)?.toUpperCase();
          if (v && v !== 'REQUIRED') ctx.report({ resource: r, at: c, message: `${name} is ${v}: set it to REQUIRED so clients authenticate with IAM tokens instead of passwords.` });
        }
      }
    }
  },
});
