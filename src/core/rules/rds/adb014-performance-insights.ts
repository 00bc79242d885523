import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { get, intrinsicName } from '../../model';
import { asString } from '../../resolve';
import { defineRule, type RuleContext } from '../types';
import { falseValues, settingName, trueValues } from '../util';
import { family, inCluster, isReplica, sourceOf } from './common';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const pi = fact('rds.performance-insights');

/** Small burstable classes where Performance Insights may not be offered: not reported. */
const SMALL_CLASS = /^db\.t\d+g?\.(micro|small)$/i;

/** The cluster resource a DB instance names with `!Ref Cluster`, when it is in the same template. */
function clusterOf(ctx: RuleContext, r: Resource): Resource | undefined {
  const node = ctx.prop(r, 'DBClusterIdentifier').entry?.value;
  if (intrinsicName(node) !== 'Ref') return undefined;
  const target = get(node, 'Ref');
  const id = target?.kind === 'scalar' ? String(target.value) : undefined;
  return ctx.doc.resources.find((x) => x.id === id && x.type === 'AWS::RDS::DBCluster');
}

export default defineRule({
  id: 'ADB014',
  title: 'Performance Insights not enabled',
  severity: 'info',
  services: ['rds', 'aurora'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  description:
    'Performance Insights collects database load by wait, SQL and user, the data you need to tune queries. AWS ended the ' +
    'Performance Insights console experience on July 31, 2026: the console now opens CloudWatch Database Insights, while the ' +
    'EnablePerformanceInsights setting (PerformanceInsightsEnabled on a DB cluster) and the API work as before. With it on, the ' +
    'database appears in Database Insights Standard mode; Advanced mode (execution plans, lock analysis) also needs 465-day ' +
    'retention. The API reference states no default, so templates and scripts should set it explicitly rather than depend ' +
    'on the defaults of the tool that creates the database. Set it to true. Checked on DB instances (Aurora members unless their cluster in the same template turns it on) ' +
    'and on Multi-AZ DB clusters; read replicas and db.t*.micro/small classes are skipped.',
  source: sourceOf(pi),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'EnablePerformanceInsights', to: set(true), insert: true },
    // A DB cluster names it PerformanceInsightsEnabled (AWS::RDS::DBCluster reference).
    { types: ['AWS::RDS::DBCluster'], path: 'PerformanceInsightsEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      let path = 'EnablePerformanceInsights';
      if (r.type === 'AWS::RDS::DBCluster') {
        // Aurora clusters: checked on their instances. Multi-AZ DB clusters (MySQL, PostgreSQL) carry the setting.
        const f = family(ctx, r);
        if (f !== 'mysql' && f !== 'postgres') continue;
        path = 'PerformanceInsightsEnabled';
      } else {
        if (isReplica(ctx, r)) continue;
        if (ctx.prop(r, 'DBInstanceClass').candidates.some((c) => SMALL_CLASS.test(asString(c.value) ?? ''))) continue;
        if (inCluster(ctx, r)) {
          const cluster = clusterOf(ctx, r);
          if (!cluster || trueValues(ctx.prop(cluster, 'PerformanceInsightsEnabled').candidates).length) continue;
        }
      }
      const name = settingName(r, path);
      const p = ctx.prop(r, path);
      const why = 'its load data feeds CloudWatch Database Insights, which replaced the Performance Insights console on July 31, 2026';
      if (!p.present) {
        if (r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set: ${r.form === 'aws-cli' ? setBool(r, path, true) : 'set it to true explicitly'} (${why}).` });
        continue;
      }
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, path)}: ${setBool(r, path, true, { written: true })} (${why}).` });
    }
  },
});
