import { isRdsEngine, nearest, rdsEngines } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CFN_CLUSTER_URL, CFN_INSTANCE_URL, CFN_LINT_URL, CLUSTER, CREATE_CLUSTER_URL, CREATE_INSTANCE_URL, GLOBAL, INSTANCE, didYouMean, written } from './common';

/** The engines CreateDBCluster takes for an RDS DB cluster (Aurora, or a Multi-AZ DB cluster); `neptune` is Neptune's. */
const CLUSTER_ENGINES = ['aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres', 'neptune', 'docdb'];
/** Engines of the RDS API that DocumentDB and Neptune resources use (an AWS::RDS:: resource of them deploys). */
const SHARED_API = ['docdb', 'neptune'];

export default defineRule({
  id: 'ADB120',
  title: 'Engine that RDS does not have',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: [INSTANCE, CLUSTER, GLOBAL],
  description:
    'The `Engine` of a DB instance, DB cluster or global cluster must be one of the engine names RDS accepts: for a DB instance ' +
    'aurora-mysql, aurora-postgresql, mariadb, mysql, postgres, oracle-ee, oracle-ee-cdb, oracle-se2, oracle-se2-cdb, sqlserver-ee, ' +
    'sqlserver-se, sqlserver-ex, sqlserver-web, sqlserver-dev-ee, db2-ae, db2-se and the RDS Custom engines (custom-…); for a DB ' +
    'cluster aurora-mysql, aurora-postgresql, mysql or postgres (a Multi-AZ DB cluster). Anything else (`postgresql`, ' +
    '`aurora-postgres`, `sqlserver`) fails when CloudFormation creates the resource, after the stack has run for minutes. The ' +
    'finding names the nearest engine names. Case does not matter (RDS stores engine names in lower case). `aurora` (Aurora MySQL ' +
    'version 1) is ADB022; `docdb` and `neptune` (the RDS API serves DocumentDB and Neptune too) are accepted. Engine names: CreateDBInstance and CreateDBCluster in the RDS API reference (botocore\'s model) and ' +
    'cfn-lint\'s data (data/deploy/SOURCES.md).',
  source: { urls: [CREATE_INSTANCE_URL, CREATE_CLUSTER_URL, CFN_INSTANCE_URL, CFN_CLUSTER_URL, CFN_LINT_URL] },
  check(ctx) {
    const all = rdsEngines();
    if (!all) return;
    for (const r of ctx.resources()) {
      const name = settingName(r, 'Engine');
      for (const { c, text } of written(ctx, r, 'Engine')) {
        const e = text.toLowerCase();
        if (e === 'aurora' || SHARED_API.includes(e)) continue;
        const known = isRdsEngine(e);
        if (known === undefined) return;
        const what = r.type === INSTANCE ? 'DB instance' : r.type === GLOBAL ? 'global database' : 'DB cluster';
        if (!known) {
          ctx.report({ resource: r, at: c, path: 'Engine', message: `${name} ${text} is not an RDS engine: creating the ${what} fails.${didYouMean(nearest(e, all))}` });
        } else if (r.type === CLUSTER && !CLUSTER_ENGINES.includes(e)) {
          ctx.report({ resource: r, at: c, path: 'Engine', message: `${name} ${text} is not an engine of DB clusters: RDS creates DB clusters of aurora-mysql, aurora-postgresql, mysql and postgres (Multi-AZ DB cluster) only; ${text} runs on a DB instance.` });
        }
      }
    }
  },
});
