import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { asString } from '../../resolve';
import { defineRule, type RuleContext } from '../types';
import { falseValues, settingName } from '../util';
import { families, isPrimaryInstance, serverlessV1Construct, sourceOf } from './common';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const iam = fact('rds.iam-auth');

/** MariaDB supports IAM authentication from 10.11; an older version written in the file is skipped. */
function oldMariaDb(ctx: RuleContext, r: Resource): boolean {
  return ctx.prop(r, 'EngineVersion').candidates.some((c) => /^10\.[0-6](\.|$)/.test(asString(c.value) ?? ''));
}

/** Whether every engine the resource can run supports IAM database authentication. */
function supported(ctx: RuleContext, r: Resource): boolean {
  const fams = families(ctx, r);
  if (!fams) return false;
  return fams.every((f) => f === 'mysql' || f === 'postgres' || f === 'aurora-mysql' || f === 'aurora-postgresql' || (f === 'mariadb' && !oldMariaDb(ctx, r)));
}

export default defineRule({
  id: 'ADB013',
  title: 'IAM database authentication not enabled',
  severity: 'info',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'IAM database authentication lets applications connect with a short-lived token from their IAM role instead of a stored ' +
    'password, and access is granted and revoked in IAM. It is available for RDS for MariaDB (10.11 and later), MySQL and ' +
    'PostgreSQL, and for Aurora MySQL and Aurora PostgreSQL (set on the cluster); not for Db2, Oracle or SQL Server. Set ' +
    'EnableIAMDatabaseAuthentication to true. Only reported when the engine is known; Aurora member instances, read replicas and ' +
    'Aurora Serverless v1 clusters (EngineMode serverless, the CDK ServerlessCluster: no IAM database authentication; ADB034 ' +
    'reports their end of life) are skipped.',
  source: sourceOf(iam, ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html']),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], path: 'EnableIAMDatabaseAuthentication', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'AWS::RDS::DBInstance' && !isPrimaryInstance(ctx, r)) continue;
      if (!supported(ctx, r)) continue;
      // Aurora Serverless v1 has no IAM database authentication (and ServerlessClusterProps no such prop).
      if (ctx.prop(r, 'EngineMode').candidates.some((c) => asString(c.value)?.toLowerCase() === 'serverless')) continue;
      const name = settingName(r, 'EnableIAMDatabaseAuthentication');
      const p = ctx.prop(r, 'EnableIAMDatabaseAuthentication');
      const why = 'applications can then connect with short-lived IAM tokens instead of a stored password';
      if (!p.present) {
        // The CDK's ServerlessCluster (Aurora Serverless v1) has no iamAuthentication prop: nothing to suggest.
        if (r.complete && !serverlessV1Construct(r)) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set: ${setBool(r, 'EnableIAMDatabaseAuthentication', true)} (${why}).` });
        continue;
      }
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'EnableIAMDatabaseAuthentication')}: ${setBool(r, 'EnableIAMDatabaseAuthentication', true, { written: true })} (${why}).` });
    }
  },
});
