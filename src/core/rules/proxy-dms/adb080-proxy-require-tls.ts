import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const tls = fact('rds-proxy.require-tls');

export default defineRule({
  id: 'ADB080',
  title: 'RDS Proxy does not require TLS',
  severity: 'warning',
  services: ['rds-proxy'],
  resourceTypes: ['AWS::RDS::DBProxy'],
  description:
    '`RequireTLS` is false unless set: clients may then connect to the proxy in clear text, sending database credentials and ' +
    'data unencrypted. Set `RequireTLS: true` (CLI `--require-tls`, CDK `requireTLS`); the proxy then enforces TLS even when the ' +
    'database behind it does not use TLS.',
  source: { seed: 'seed [AWS CLI Examples] RDS Proxy - Create proxy: --require-tls', urls: tls.sources },
  settingFixes: [
    { types: ['AWS::RDS::DBProxy'], path: 'RequireTLS', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'RequireTLS');
      const p = ctx.prop(r, 'RequireTLS');
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'RequireTLS')}: ${setBool(r, 'RequireTLS', true, { written: true })} so every client connects to the proxy over TLS.` });
      if (!p.present && r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set (default false), so clients may connect without TLS: ${setBool(r, 'RequireTLS', true)}.` });
    }
  },
});
