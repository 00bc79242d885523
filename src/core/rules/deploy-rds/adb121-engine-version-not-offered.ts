import { CFN_LINT_URL, ENGINE_VERSIONS_URL, rdsVersionVerdict } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { inCluster } from '../rds/common';
import { CFN_CLUSTER_URL, CFN_INSTANCE_URL, CLUSTER, GLOBAL, INSTANCE, dataNote, didYouMean, engineLabel, engineOf, otherEnginesVersion, written } from './common';

export default defineRule({
  id: 'ADB121',
  title: 'Engine version that RDS does not offer',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: [INSTANCE, CLUSTER, GLOBAL],
  description:
    'An `EngineVersion` RDS does not list for the engine (`15.0` for postgres, which RDS never offered; `3.04.0` for aurora-mysql, ' +
    'whose versions are written `8.0.mysql_aurora.3.04.0`; a minor version RDS has removed) fails when CloudFormation creates the ' +
    'DB instance or cluster. The finding names the nearest versions RDS offers (the neighbours of the same major version and its ' +
    'newest). A major version alone (`16`, `8.0`) is accepted where RDS lists versions under it (RDS then takes the default minor ' +
    'version). A version newer than every version of its major the data lists (released after the data was made) is never an ' +
    'error (ADB128 says it is not known as of the data date). Versions come from RDS DescribeDBEngineVersions (all, with ' +
    'their status) as cfn-lint records them, plus newer ones from aws-cdk-lib (data/deploy/SOURCES.md); engines without version ' +
    'data (Oracle, RDS Custom) are not judged, nor the EngineVersion of a DB instance in a DB cluster (the cluster\'s applies). A deprecated version is ADB122; a version shaped as another engine\'s (`8.0.mysql_aurora.3.04.0` on postgres) is ADB029.',
  source: { urls: [ENGINE_VERSIONS_URL, CFN_INSTANCE_URL, CFN_CLUSTER_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const r of ctx.resources()) {
      const engine = engineOf(ctx, r);
      if (!engine || engine === 'aurora' || inCluster(ctx, r)) continue;
      const name = settingName(r, 'EngineVersion');
      for (const { c, text } of written(ctx, r, 'EngineVersion')) {
        if (otherEnginesVersion(engine, text)) continue;
        const v = rdsVersionVerdict(engine, text);
        if (!v) continue;
        if (v.status === 'not-offered') {
          ctx.report({ resource: r, at: c, path: 'EngineVersion', message: `${name} ${text} is not ${/^[AEIOU]/.test(engineLabel(engine)) ? 'an' : 'a'} ${engineLabel(engine)} version RDS offers ${dataNote()}: creating it fails.${didYouMean(v.suggestions)}` });
        }
      }
    }
  },
});
