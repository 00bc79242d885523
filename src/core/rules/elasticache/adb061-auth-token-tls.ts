import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { asBool, resolve } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { compatible, presence } from '../dynamodb/values';
import { REPLICATION_GROUP } from './cache';
import { set } from '../setting-fix';
import { setBool, upper } from '../other/phrases';

const auth = fact('elasticache.auth-token');

export default defineRule({
  id: 'ADB061',
  title: 'AuthToken without in-transit encryption',
  severity: 'error',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'An AUTH token can only be set on a replication group whose `TransitEncryptionEnabled` is true: the API rejects the request ' +
    'otherwise, so the stack fails. Set `TransitEncryptionEnabled: true` (clients must then connect with TLS), or drop the token ' +
    'and use RBAC user groups. Each `Fn::If` branch is checked with the matching branch of the other property.',
  source: { seed: 'seed [In-Memory Databases] ElastiCache Redis: Auth Token', urls: auth.sources },
  settingFixes: [
    { types: ['AWS::ElastiCache::ReplicationGroup'], path: 'TransitEncryptionEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const token = entry(r.properties, 'AuthToken');
      if (!token) continue;
      const tee = entry(r.properties, 'TransitEncryptionEnabled');
      const tokenName = settingName(r, 'AuthToken');
      const teeName = settingName(r, 'TransitEncryptionEnabled');
      let reported = false;
      for (const p of presence(token.value)) {
        if (!p.present || reported) continue;
        const when = p.condition ? ` (when condition ${p.condition.name} is ${p.condition.branch})` : '';
        if (!tee) {
          if (!r.complete) continue;
          ctx.report({ resource: r, at: token.keySpan, message: `${tokenName} is set but ${teeName} is not (default false): the API rejects it. ${upper(setBool(r, 'TransitEncryptionEnabled', true, { named: true }))}.` });
          reported = true;
          continue;
        }
        const res = resolve(tee.value, ctx.doc);
        const off = res.candidates.find((c) => compatible(c.condition, p.condition) && (c.noValue || asBool(c.value) === false));
        if (!off) continue;
        // The token key is the offending setting; the TLS value (and the parameter it comes from) is related.
        const param = off.param ? ` (parameter ${off.param.name} ${off.param.how === 'AllowedValues' ? 'allows' : 'defaults to'} false)` : '';
        const related = [{ span: off.site, message: `${teeName} here` }];
        if (off.param) related.push({ span: off.param.span, message: `${off.param.how} of parameter ${off.param.name}` });
        ctx.report({
          resource: r,
          at: token.keySpan,
          message: `${tokenName} is set while ${teeName} is ${off.noValue ? 'removed' : 'false'}${param}${when}: the API rejects it. ${upper(setBool(r, 'TransitEncryptionEnabled', true, { named: true, written: !off.noValue }))}.`,
          related,
          also: [off],
        });
        reported = true;
      }
    }
  },
});
