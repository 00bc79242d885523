import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { settingName } from '../util';
import { family, isPrimaryInstance, serverlessV1Construct, type EngineFamily } from './common';

const logs = fact('rds.cloudwatch-logs-exports');
const DOCDB_AUDIT = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html';
const DOCDB_LOGS = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/logging-and-monitoring.html';
const HUB_DOCDB = 'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html';
const NEPTUNE_CONFIG = 'https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-cloudwatch-log-export-enabled.html';
const HUB_NEPTUNE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html';

/** DocumentDB and Neptune clusters: what to export, and what else turns the log on (a cluster parameter). */
const CLUSTER_LOGS: Record<string, string> = {
  'AWS::DocDB::DBCluster': 'audit and profiler (with the audit_logs and profiler cluster parameters on)',
  'AWS::Neptune::DBCluster': 'audit (with the neptune_enable_audit_log cluster parameter set to 1)',
};

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
  services: ['rds', 'aurora', 'documentdb', 'neptune'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'],
  productionOnly: true,
  description:
    'Without EnableCloudwatchLogsExports the database logs (errors, slow queries, audit) stay on the instance, rotate away within ' +
    'days and cannot feed alarms or an audit trail. Export at least the error and slow-query (MySQL, MariaDB) or postgresql ' +
    '(PostgreSQL) logs on production databases. Checked on DB instances (not Aurora members, whose cluster exports logs, nor read ' +
    'replicas) and on DB clusters; an empty list counts as none. DocumentDB and Neptune clusters likewise: export audit ' +
    '(and profiler on DocumentDB) logs, which also need their cluster parameter turned on (AWS Security Hub DocumentDB.4, Neptune.2); not judged in CDK apps, whose DocumentDB and Neptune constructs name their log ' +
    'exports in props the reader does not map.',
  source: { seed: logs.seed ?? undefined, urls: [...logs.sources, DOCDB_AUDIT, DOCDB_LOGS, HUB_DOCDB, NEPTUNE_CONFIG, HUB_NEPTUNE] },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && !isPrimaryInstance(ctx, r)) continue;
      const name = settingName(r, 'EnableCloudwatchLogsExports');
      const own = CLUSTER_LOGS[r.type];
      // The CDK readers do not map the DocumentDB and Neptune constructs' log props (exportAuditLogsToCloudWatch...): not judged.
      if (own && r.form === 'cdk') continue;
      const fam = own ? undefined : family(ctx, r);
      // Multi-AZ DB clusters running MySQL export error, general, slowquery and iam-db-auth-error, not audit.
      const suggest = own ?? (r.type === 'AWS::RDS::DBCluster' && fam === 'mysql' ? 'error, slowquery' : fam && SUGGEST[fam]);
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
