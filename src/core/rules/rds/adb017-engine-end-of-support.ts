import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { engineOf, settingName } from '../util';
import { rdsVersionVerdict } from '../../deploy/rds';
import { family, inCluster } from './common';
import { deprecatedNote, ended, supportEnd, versionMismatch } from './engine-support';

const ext = fact('rds.extended-support');
const dates = ['mysql-5.7', 'mysql-8.0', 'postgres-11', 'postgres-12', 'postgres-13', 'aurora-mysql-5.7', 'aurora-postgresql-13'].map((id) => fact(`rds.eoss.${id}`));

export default defineRule({
  id: 'ADB017',
  title: 'Engine version past the end of RDS standard support',
  severity: 'warning',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'After a major version reaches the end of RDS standard support, RDS enrolls the database in paid RDS Extended Support (charged ' +
    'per vCPU-hour, for up to 3 years, then upgraded automatically); with EngineLifecycleSupport set to ' +
    'open-source-rds-extended-support-disabled, creating it fails. Dates: MySQL 5.7 2024-02-29, MySQL 8.0 2026-07-31, PostgreSQL 11 ' +
    '2024-02-29, 12 2025-02-28, 13 2026-02-28 (14: 2027-02-28), Aurora MySQL 2 2024-10-31, Aurora PostgreSQL 11–13 as PostgreSQL. ' +
    'Older majors are past support too. The rule compares with today\'s date. Upgrade to a major version in standard support ' +
    '(MySQL 8.4, PostgreSQL 16 or later, Aurora MySQL 3).',
  source: {
    seed: 'seed [Supported Engines]',
    urls: [...new Set([...dates.flatMap((d) => d.sources), ...ext.sources])],
    note: 'The seed lists MySQL 5.7 and 8.0 and PostgreSQL 12–16 as supported versions; by 2026-11-25 MySQL 5.7 and 8.0 and PostgreSQL 11–13 are past RDS standard support.',
  },
  check(ctx) {
    const now = new Date();
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const fam = family(ctx, r);
      if (!fam) continue;
      const name = settingName(r, 'EngineVersion');
      const engine = engineOf(ctx, r);
      for (const c of ctx.prop(r, 'EngineVersion').candidates) {
        const v = asString(c.value);
        // A version RDS does not offer: ADB121 reports it (an error). A deprecated one is said here (ADB122 then stays silent).
        const verdict = v && engine ? rdsVersionVerdict(engine, v) : undefined;
        if (verdict?.status === 'not-offered') continue;
        const deprecated = verdict?.status === 'deprecated' ? deprecatedNote(verdict.suggestions) : '';
        // A version of another engine is ADB029's finding: its support dates are not this engine's.
        const end = v && !versionMismatch(fam, v) ? supportEnd(fam, v) : undefined;
        if (!end || !ended(end, now)) continue;
        const upgrade = `${end.upgrade[0].toUpperCase()}${end.upgrade.slice(1)}`;
        // A major older than every listed one (MySQL 5.6, PostgreSQL 10) predates RDS Extended Support: do not promise it.
        const message = end.date
          ? `${name} ${v} is ${end.label}, past RDS end of standard support on ${end.date}: it runs on paid RDS Extended Support (creation fails if Extended Support is disabled). ${upgrade}.`
          : `${name} ${v} is ${end.label}, older than the oldest major versions RDS lists support dates for, and past RDS end of standard support. ${upgrade}.`;
        ctx.report({ resource: r, at: c, message: message + deprecated });
      }
    }
  },
});
