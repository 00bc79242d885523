import { CFN_LINT_URL, DOCDB_VERSIONS_URL, ENGINE_VERSIONS_URL, docdbVersionVerdict, rdsDataInfo, rdsVersionVerdict } from '../../deploy/rds';
import { inCluster } from '../rds/common';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CLUSTER, GLOBAL, INSTANCE, dataNote, engineLabel, engineOf, otherEnginesVersion, written } from './common';

const DOCDB_CLUSTER = 'AWS::DocDB::DBCluster';

export default defineRule({
  id: 'ADB128',
  title: 'Engine version newer than the offer data (not known yet)',
  severity: 'info',
  services: ['rds', 'aurora', 'documentdb'],
  resourceTypes: [INSTANCE, CLUSTER, GLOBAL, DOCDB_CLUSTER],
  description:
    'An engine version newer than every version of its major version in the data (or of a newer major version) was probably ' +
    'released after the data was made: it is never reported as an error (stale data must not break a correct template). This ' +
    'information finding says the version is not known as of the data\'s date, so a typo (`16.99`) still gets a second look. ' +
    'Regenerate the data with scripts/gen-deploy-rds.ts to know newer versions.',
  source: { urls: [ENGINE_VERSIONS_URL, DOCDB_VERSIONS_URL, CFN_LINT_URL] },
  check(ctx) {
    const date = rdsDataInfo()?.date;
    if (!date) return;
    for (const r of ctx.resources()) {
      const engine = r.type === DOCDB_CLUSTER ? 'docdb' : engineOf(ctx, r);
      if (!engine || engine === 'aurora' || inCluster(ctx, r)) continue;
      const name = settingName(r, 'EngineVersion');
      for (const { c, text } of written(ctx, r, 'EngineVersion')) {
        if (otherEnginesVersion(engine, text)) continue;
        const v = engine === 'docdb' ? docdbVersionVerdict(text) : rdsVersionVerdict(engine, text);
        if (v?.status !== 'newer') continue;
        const label = engine === 'docdb' ? 'DocumentDB' : engineLabel(engine);
        ctx.report({
          resource: r, at: c, path: 'EngineVersion',
          message: `${name} ${text} is not known as of ${date} ${engine === 'docdb' ? '(AWS documentation)' : dataNote()}: it is newer than every ${label} version listed then${v.latestInLine ? ` (newest of its major version: ${v.latestInLine})` : ''}. Check that it is offered.`,
        });
      }
    }
  },
});
