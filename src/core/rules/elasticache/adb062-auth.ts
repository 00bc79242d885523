import { fact } from '../../../knowledge';
import { entry, type MapEntry } from '../../model';
import { defineRule } from '../types';
import { settingName } from '../util';
import { presence } from '../dynamodb/values';
import { REPLICATION_GROUP } from './cache';

const auth = fact('elasticache.auth-token');
const rbac = fact('elasticache.rbac');

const written = (e: MapEntry | undefined) => !!e && presence(e.value).some((p) => p.present);

export default defineRule({
  id: 'ADB062',
  title: 'Redis OSS / Valkey replication group without authentication',
  severity: 'warning',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP],
  description:
    'Without an AUTH token or RBAC user groups, any client that can reach the nodes on the network can run every command, ' +
    'including FLUSHALL and CONFIG. Prefer role-based access control (`UserGroupIds`, Valkey 7.2+ and Redis OSS 6.0+: per-user ' +
    'passwords or IAM, with access strings); otherwise set an `AuthToken` taken from Secrets Manager ' +
    '(`{{resolve:secretsmanager:...}}`), which also requires `TransitEncryptionEnabled: true`.',
  source: { seed: 'seed [In-Memory Databases] ElastiCache Redis: Auth Token: Password protection', urls: [...auth.sources, ...rbac.sources] },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!r.complete) continue;
      if (written(entry(r.properties, 'AuthToken')) || written(entry(r.properties, 'UserGroupIds'))) continue;
      const token = settingName(r, 'AuthToken');
      const groups = settingName(r, 'UserGroupIds');
      ctx.report({ resource: r, at: r.anchor, message: `No ${groups} (RBAC) or ${token}: any client on the network can run every command. Add an RBAC user group, or an AUTH token from Secrets Manager with TLS on.` });
    }
  },
});
