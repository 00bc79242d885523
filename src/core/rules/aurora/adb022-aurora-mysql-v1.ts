import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';

const EOL = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.MySQL56.EOL.html';
const BLOG = 'https://aws.amazon.com/blogs/database/upgrade-amazon-aurora-mysql-compatible-edition-version-1-with-mysql-5-6-compatibility/';
const API = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html';

export default defineRule({
  id: 'ADB022',
  title: 'Engine aurora: Aurora MySQL version 1 reached end of life',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
  description:
    'The engine name `aurora` is Aurora MySQL version 1 (MySQL 5.6 compatible), which reached end of life on February 28, 2023; ' +
    'since January 16, 2023 new version 1 clusters and instances cannot be created, and the engine values CreateDBCluster accepts ' +
    'are aurora-mysql, aurora-postgresql, mysql, postgres and neptune. A template, script or CDK app that still says `aurora` ' +
    '(CDK: DatabaseClusterEngine.aurora() / AURORA, deprecated) fails to create the database. Use `aurora-mysql` with an ' +
    'Aurora MySQL version 3 (MySQL 8.0 compatible) engine version.',
  source: {
    urls: [EOL, BLOG, API],
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'Engine');
      for (const c of ctx.prop(r, 'Engine').candidates) {
        if (asString(c.value)?.trim().toLowerCase() !== 'aurora') continue;
        ctx.report({
          resource: r,
          at: c,
          message: `${name} aurora is Aurora MySQL version 1 (MySQL 5.6), past end of life since February 28, 2023: new clusters and instances cannot be created with it. Use aurora-mysql with an Aurora MySQL version 3 engine version.`,
        });
      }
    }
  },
});
