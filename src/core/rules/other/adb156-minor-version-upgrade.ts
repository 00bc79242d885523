import { defineRule } from '../types';
import type { Resource } from '../../model';
import { asString } from '../../resolve';
import type { RuleContext } from '../types';
import { falseValues } from '../util';
import { set } from '../setting-fix';
import { isOff, setBool } from './phrases';

const RDS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html';
const HUB_RDS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html';
const HUB_DMS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html';
const CONFIG_DMS = 'https://docs.aws.amazon.com/config/latest/developerguide/dms-auto-minor-version-upgrade-check.html';
const HUB_CACHE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html';
const AURORA_LTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.VersionPolicy.Support.html';
const AURORA_MYSQL_LTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Update.SpecialVersions.html';

/**
 * An Aurora DB instance (a cluster member, or an Aurora engine): on Aurora's long-term support (LTS)
 * releases AWS recommends turning automatic minor version upgrades off, so its false is not judged.
 */
function aurora(ctx: RuleContext, r: Resource): boolean {
  if (r.type !== 'AWS::RDS::DBInstance') return false;
  if (ctx.prop(r, 'DBClusterIdentifier').present) return true;
  const e = ctx.prop(r, 'Engine');
  return e.unknown || e.candidates.some((c) => asString(c.value)?.toLowerCase().startsWith('aurora'));
}

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
    'Only an explicit false is reported: a missing setting is the service default (on). Aurora DB instances (a cluster member, ' +
    'or an Aurora engine) are left alone: on Aurora\'s long-term support (LTS) releases AWS recommends turning automatic minor ' +
    'version upgrades off, so the cluster stays on its LTS version. Information: a team that patches on its own schedule may ' +
    'turn it off on purpose (suppress the finding there).',
  source: { urls: [RDS, HUB_RDS, HUB_DMS, CONFIG_DMS, HUB_CACHE, AURORA_LTS, AURORA_MYSQL_LTS] },
  settingFixes: [{ types: TYPES, path: 'AutoMinorVersionUpgrade', to: set(true), removable: true }],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (aurora(ctx, r)) continue;
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
