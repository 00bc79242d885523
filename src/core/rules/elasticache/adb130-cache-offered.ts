import { otherDataDate } from '../../deploy/other-data';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache';
import { MEMORYDB_CLUSTER, dym, offeredSites } from '../deploy/offered';

export default defineRule({
  id: 'ADB130',
  title: 'ElastiCache or MemoryDB engine, engine version or node type that AWS does not offer',
  severity: 'error',
  services: ['elasticache', 'memorydb'],
  resourceTypes: [REPLICATION_GROUP, CACHE_CLUSTER, MEMORYDB_CLUSTER],
  description:
    'A replication group or cache cluster whose Engine is not valkey, redis or memcached, whose EngineVersion ElastiCache does ' +
    'not offer for that engine (Valkey starts at 7.2; Redis OSS 6 and later are major.minor, e.g. 7.1; Memcached versions are ' +
    'three numbers, e.g. 1.6.22), or whose CacheNodeType is not an ElastiCache node type (`cache.` prefix, a family and a size ' +
    'that exist, e.g. cache.r7g.large; no data-tiering r6gd types for Memcached) fails to create after CloudFormation has started ' +
    'the stack. A MemoryDB NodeType starts with `db.` (db.r7g.large), not `cache.`. The finding is on the value (CLI ' +
    '--engine / --engine-version / --cache-node-type / --node-type, CDK engine / engineVersion / cacheNodeType / nodeType), with ' +
    'the nearest offered values. The data (data/deploy/other.json) comes from the ElastiCache API and price list via cfn-lint; a ' +
    'version or node type family newer than the data is only information (ADB139), and a major version alone (`7`), `6.x` or a ' +
    'patch of an offered version (`7.1.0`) is not judged. Redis OSS 2 and 3 and previous-generation node types are ADB069; the ' +
    'deprecated 5.0.0–5.0.5 are ADB025.',
  source: {
    urls: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/supported-engine-versions.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/data-tiering.html',
      'https://docs.aws.amazon.com/memorydb/latest/devguide/nodes.supportedtypes.html',
    ],
  },
  check(ctx) {
    const asOf = otherDataDate();
    for (const s of offeredSites(ctx, ['elasticache'])) {
      if (s.verdict.kind !== 'not-offered') continue;
      const name = settingName(s.resource, s.path);
      ctx.report({ resource: s.resource, at: s.candidate, path: s.path, message: `${name} ${s.value} is not ${s.what}, as of ${asOf}: the create fails.${dym(s.verdict.suggest)}` });
    }
  },
});
