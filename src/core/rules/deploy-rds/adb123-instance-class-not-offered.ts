import { AURORA_CLASSES_URL, CFN_LINT_URL, INSTANCE_CLASSES_URL, ORDERABLE_URL, rdsClassVerdict, rdsVersionVerdict } from '../../deploy/rds';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CFN_INSTANCE_URL, INSTANCE, dataNote, didYouMean, engineLabel, instanceEngine, written } from './common';

const SERVERLESS_V2_URL = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.create.html';

export default defineRule({
  id: 'ADB123',
  title: 'DB instance class not offered for the engine or engine version',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: [INSTANCE],
  description:
    'Each engine runs on its own set of DB instance classes, and each engine version on a subset (new classes such as db.r7g ' +
    'need recent minor versions; Aurora MySQL version 3 no longer runs on db.t2; Aurora has no db.m5d or storage-optimized ' +
    'classes; `db.serverless` is Aurora Serverless v2 only). A class the engine or version does not offer fails when ' +
    'CloudFormation creates the DB instance. For a DB instance of a DB cluster the engine version is the cluster\'s (followed ' +
    'through DBClusterIdentifier, a Ref or the identifier); `db.serverless` also needs ServerlessV2ScalingConfiguration on that ' +
    'cluster. The finding names offered classes of the same kind and size. A class priced for the engine in any Region is ' +
    'accepted (the data does not know the stack\'s Region); the per-version check uses the classes RDS lists as orderable for ' +
    'that major.minor version (cfn-lint data, us-east-1; data/deploy/SOURCES.md). Engines without class data (RDS Custom) are ' +
    'not judged.',
  source: { urls: [INSTANCE_CLASSES_URL, AURORA_CLASSES_URL, ORDERABLE_URL, SERVERLESS_V2_URL, CFN_INSTANCE_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const r of ctx.resources()) {
      const classes = written(ctx, r, 'DBInstanceClass');
      if (!classes.length) continue;
      const { engine, version, cluster } = instanceEngine(ctx, r);
      if (!engine || engine === 'aurora') continue;
      const vStatus = version ? rdsVersionVerdict(engine, version)?.status : undefined;
      const known = vStatus === 'offered' || vStatus === 'major' ? version : undefined;
      const name = settingName(r, 'DBInstanceClass');
      for (const { c, text } of classes) {
        const cls = text.toLowerCase();
        const v = rdsClassVerdict(engine, known, cls);
        if (!v) continue;
        if (!v.offered) {
          const message = cls === 'db.serverless'
            ? `${name} db.serverless is Aurora Serverless v2: only DB instances of aurora-mysql and aurora-postgresql clusters take it, not ${engineLabel(engine)}.`
            : v.why === 'version'
              ? `${name} ${text} is not offered for ${engineLabel(engine)} ${known}${cluster ? ` (the version of cluster ${cluster.id})` : ''} ${dataNote()}: creating the DB instance fails.${didYouMean(v.suggestions)}`
              : `${name} ${text} is not a DB instance class ${engineLabel(engine)} runs on ${dataNote()}: creating the DB instance fails.${didYouMean(v.suggestions)}`;
          ctx.report({ resource: r, at: c, path: 'DBInstanceClass', message });
          continue;
        }
        if (cls === 'db.serverless' && cluster && cluster.complete) {
          const scaling = ctx.prop(cluster, 'ServerlessV2ScalingConfiguration');
          if (!scaling.present && !scaling.unknown) {
            ctx.report({
              resource: r, at: c, path: 'DBInstanceClass',
              message: `${name} db.serverless needs Aurora Serverless v2 capacity on its cluster, but cluster ${cluster.id} has no ${settingName(cluster, 'ServerlessV2ScalingConfiguration')}: creating the DB instance fails. Set MinCapacity and MaxCapacity on the cluster, or use a provisioned class.`,
              related: [{ span: cluster.anchor, message: `DB cluster ${cluster.id}` }],
            });
          }
        }
      }
    }
  },
});
