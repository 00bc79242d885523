import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { settingName } from '../util';
import { family, isPrimaryInstance, serverlessV1Construct, type EngineFamily } from './common';

const logs = fact('rds.cloudwatch-logs-exports');

/** Log types worth exporting first, per engine family. */
const SUGGEST: Partial<Record<EngineFamily, string>> = {
  mysql: 'error, slowquery (and audit with the audit plugin)',
  mariadb: 'error, slowquery (and audit with the audit plugin)',
  postgres: 'postgresql, upgrade',
  oracle: 'alert, audit, listener',
  sqlserver: 'agent, error',
  db2: 'diag.log, notify.log',
  'aurora-mysql': 'error, slowquery, audit',
  'aurora-postgresql': 'postgresql',
};

export default defineRule({
  id: 'ADB020',
  title: 'Production database exports no logs to CloudWatch Logs',
  severity: 'warning',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  productionOnly: true,
  description:
    'Without EnableCloudwatchLogsExports the database logs (errors, slow queries, audit) stay on the instance, rotate away within ' +
    'days and cannot feed alarms or an audit trail. Export at least the error and slow-query (MySQL, MariaDB) or postgresql ' +
    '(PostgreSQL) logs on production databases. Checked on DB instances (not Aurora members, whose cluster exports logs, nor read ' +
    'replicas) and on DB clusters; an empty list counts as none.',
  source: { seed: logs.seed ?? undefined, urls: logs.sources },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && !isPrimaryInstance(ctx, r)) continue;
      const name = settingName(r, 'EnableCloudwatchLogsExports');
      const fam = family(ctx, r);
      // Multi-AZ DB clusters running MySQL export error, general, slowquery and iam-db-auth-error, not audit.
      const suggest = r.type === 'AWS::RDS::DBCluster' && fam === 'mysql' ? 'error, slowquery' : fam && SUGGEST[fam];
      const hint = suggest ? ` (for example ${suggest})` : '';
      const p = ctx.prop(r, 'EnableCloudwatchLogsExports');
      if (!p.present) {
        // The CDK's ServerlessCluster (Aurora Serverless v1) has no cloudwatchLogsExports prop: nothing to suggest.
        if (r.complete && !serverlessV1Construct(r)) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so no database logs reach CloudWatch Logs: export the engine's logs${hint}.` });
        continue;
      }
      for (const c of p.candidates) {
        if (c.node.kind === 'list' && c.node.items.length === 0) {
          ctx.report({ resource: r, at: c, message: `${name} is empty, so no database logs reach CloudWatch Logs: export the engine's logs${hint}.` });
        }
      }
    }
  },
});
