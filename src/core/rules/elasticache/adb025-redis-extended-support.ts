import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache';
import { EOL_URL, EXTENDED_BLOG, EXTENDED_URL, SUPPORTED_URL, deprecated50, redis45SupportEnded, redisVersion } from './redis-lifecycle';

export default defineRule({
  id: 'ADB025',
  title: 'ElastiCache Redis OSS 4 or 5: past standard support, or a deprecated 5.0 patch',
  severity: 'warning',
  services: ['elasticache'],
  resourceTypes: [REPLICATION_GROUP, CACHE_CLUSTER],
  description:
    'ElastiCache standard support for Redis OSS 4 and 5 ended on January 31, 2026. Caches still on them are enrolled in paid ' +
    'ElastiCache Extended Support from February 1, 2026 (critical security fixes until January 31, 2029, after which they are ' +
    'upgraded to the latest Valkey automatically). Redis OSS 5.0.0 to 5.0.5 are also deprecated: AWS says to use 5.0.6 or later. ' +
    'The finding is on the EngineVersion value (CLI --engine-version, CDK engineVersion); upgrade to Valkey or Redis OSS 6 or later. ' +
    'Versions 2 and 3, past end of life, are ADB069.',
  source: { urls: [EXTENDED_URL, EXTENDED_BLOG, EOL_URL, SUPPORTED_URL] },
  check(ctx) {
    const ended = redis45SupportEnded(new Date());
    for (const r of ctx.resources()) {
      const name = settingName(r, 'EngineVersion');
      for (const c of ctx.prop(r, 'EngineVersion').candidates) {
        const v = redisVersion(asString(c.value));
        if (!v || (v.major !== 4 && v.major !== 5)) continue;
        const old = deprecated50(v) ? ' (5.0.0 to 5.0.5 are also deprecated: AWS says to use 5.0.6 or later)' : '';
        if (ended) {
          ctx.report({ resource: r, at: c, message: `${name} ${v.text} is Redis OSS ${v.major}, past the end of ElastiCache standard support on January 31, 2026${old}: it runs on paid Extended Support until January 31, 2029, then is upgraded to Valkey. Upgrade to Valkey or Redis OSS 6 or later.` });
        } else if (old) {
          ctx.report({ resource: r, at: c, message: `${name} ${v.text} is a deprecated Redis OSS patch: use 5.0.6 or later (standard support for Redis OSS 4 and 5 ends on January 31, 2026).` });
        }
      }
    }
  },
});
