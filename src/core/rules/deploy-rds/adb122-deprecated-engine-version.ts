import { CFN_LINT_URL, ENGINE_VERSIONS_URL, rdsVersionVerdict } from '../../deploy/rds';
import { inCluster } from '../rds/common';
import { ended, supportEnd } from '../rds/engine-support';
import { familyOf } from '../rds/common';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CFN_CLUSTER_URL, CFN_INSTANCE_URL, CLUSTER, GLOBAL, INSTANCE, dataNote, didYouMean, engineLabel, engineOf, otherEnginesVersion, written } from './common';

const UPGRADE_URL = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html';

export default defineRule({
  id: 'ADB122',
  title: 'Deprecated engine version: RDS no longer creates databases with it',
  severity: 'warning',
  services: ['rds', 'aurora'],
  resourceTypes: [INSTANCE, CLUSTER, GLOBAL],
  description:
    'RDS lists some engine versions as `deprecated` (old minor versions such as MySQL 8.0.28, Aurora MySQL 3.03.0, Aurora ' +
    'PostgreSQL 15.2): existing databases keep running on them until their upgrade, but new DB instances and clusters cannot be ' +
    'created with them, so a stack that creates (or replaces) the resource fails. The finding names the newest available minor ' +
    'version of the same major version. A warning, not an error: a template describing a database that already exists and is not ' +
    'replaced still deploys. When the major version is also past the end of RDS standard support, ADB017 reports the value and ' +
    'says it is deprecated (one finding per value). Status from RDS DescribeDBEngineVersions as cfn-lint records it ' +
    '(data/deploy/SOURCES.md).',
  source: { urls: [ENGINE_VERSIONS_URL, UPGRADE_URL, CFN_INSTANCE_URL, CFN_CLUSTER_URL, CFN_LINT_URL] },
  check(ctx) {
    const now = new Date();
    for (const r of ctx.resources()) {
      const engine = engineOf(ctx, r);
      if (!engine || engine === 'aurora' || inCluster(ctx, r)) continue;
      const name = settingName(r, 'EngineVersion');
      for (const { c, text } of written(ctx, r, 'EngineVersion')) {
        if (otherEnginesVersion(engine, text)) continue;
        const v = rdsVersionVerdict(engine, text);
        if (v?.status !== 'deprecated') continue;
        // Past the end of standard support too: ADB017 reports the value and says it is deprecated.
        const fam = familyOf(engine);
        const end = fam ? supportEnd(fam, text) : undefined;
        if (end && ended(end, now)) continue;
        ctx.report({
          resource: r, at: c, path: 'EngineVersion',
          message: `${name} ${text} is a deprecated ${engineLabel(engine)} version ${dataNote()}: RDS no longer creates databases with it, so creating or replacing this one fails.${didYouMean(v.suggestions)}`,
        });
      }
    }
  },
});
