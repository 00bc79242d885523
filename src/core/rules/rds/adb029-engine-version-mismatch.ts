import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { family, inCluster } from './common';
import { versionMismatch } from './engine-support';

const LABEL: Record<string, string> = { mysql: 'MySQL', postgres: 'PostgreSQL', 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora PostgreSQL' };

export default defineRule({
  id: 'ADB029',
  title: 'Engine version of another engine',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'The engine version is shaped as another engine\'s: an Aurora MySQL version (`8.0.mysql_aurora.3.04.0`) on a MySQL or ' +
    'PostgreSQL engine, a MySQL version number (`8.0`, `5.7`) on `postgres` or `aurora-postgresql` (RDS\'s PostgreSQL versions ' +
    'start at 9.3, Aurora PostgreSQL\'s at 9.6), or a PostgreSQL number (`16.4`) on `mysql` or `aurora-mysql` (MySQL\'s majors are ' +
    '5, 8 and 9). RDS rejects the combination ("Cannot find version … for …"). Judged from the version\'s shape only, so a ' +
    'version RDS does not offer for the right engine is not reported here. Fix the engine or the version.',
  source: {
    urls: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-versions.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/AuroraPostgreSQL.Updates.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.Updates.Versions.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html',
    ],
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && inCluster(ctx, r)) continue;
      const fam = family(ctx, r);
      const label = fam && LABEL[fam];
      if (!fam || !label) continue;
      const engine = ctx.prop(r, 'Engine');
      const engineName = settingName(r, 'Engine');
      const related = engine.candidates.length === 1 ? [{ span: engine.candidates[0].site, message: `${engineName} ${String(engine.candidates[0].value)}` }] : [];
      for (const c of ctx.prop(r, 'EngineVersion').candidates) {
        const v = asString(c.value);
        const why = v ? versionMismatch(fam, v) : undefined;
        if (!why) continue;
        ctx.report({
          resource: r, at: c, related,
          message: `${settingName(r, 'EngineVersion')} ${v} does not match the engine ${label}: it is ${why}. RDS rejects the combination: correct ${engineName} or the version.`,
        });
      }
    }
  },
});
