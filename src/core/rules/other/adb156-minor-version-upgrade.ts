import { defineRule } from '../types';
import { falseValues } from '../util';
import { set } from '../setting-fix';
import { isOff, setBool } from './phrases';

const RDS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html';
const HUB_RDS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html';
const HUB_DMS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html';
const CONFIG_DMS = 'https://docs.aws.amazon.com/config/latest/developerguide/dms-auto-minor-version-upgrade-check.html';
const HUB_CACHE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html';

const TYPES = ['AWS::RDS::DBInstance', 'AWS::DMS::ReplicationInstance', 'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'];

const WHAT: Record<string, string> = {
  'AWS::RDS::DBInstance': 'the DB instance',
  'AWS::DMS::ReplicationInstance': 'the replication instance',
  'AWS::ElastiCache::CacheCluster': 'the cache cluster',
  'AWS::ElastiCache::ReplicationGroup': 'the replication group',
};

export default defineRule({
  id: 'ADB156',
  title: 'Automatic minor version upgrades turned off',
  severity: 'info',
  services: ['rds', 'aurora', 'dms', 'elasticache'],
  resourceTypes: TYPES,
  description:
    'Minor engine versions carry security patches and bug fixes, and the services apply them in the maintenance window when ' +
    'AutoMinorVersionUpgrade is on (its default for RDS DB instances, Aurora members, DMS replication instances and ElastiCache). ' +
    'An explicit `AutoMinorVersionUpgrade: false` (`auto_minor_version_upgrade = false`, `--no-auto-minor-version-upgrade`) ' +
    'leaves the engine unpatched until someone upgrades it by hand; AWS Security Hub reports it (RDS.13, DMS.6, ElastiCache.2). ' +
    'Only an explicit false is reported: a missing setting is the service default (on). Information: a team that patches on its ' +
    'own schedule may turn it off on purpose (suppress the finding there).',
  source: { urls: [RDS, HUB_RDS, HUB_DMS, CONFIG_DMS, HUB_CACHE] },
  settingFixes: [{ types: TYPES, path: 'AutoMinorVersionUpgrade', to: set(true), removable: true }],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of falseValues(ctx.prop(r, 'AutoMinorVersionUpgrade').candidates)) {
        ctx.report({
          resource: r,
          at: c,
          message: `${isOff(r, 'AutoMinorVersionUpgrade')}, so ${WHAT[r.type]} gets no minor engine versions (security patches, bug fixes) in its maintenance window: ${setBool(r, 'AutoMinorVersionUpgrade', true, { written: true })}.`,
        });
      }
    }
  },
});
