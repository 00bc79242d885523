import { CFN_LINT_URL, FAMILY_API_URL, FAMILY_URL, rdsFamilyOf, rdsVersionVerdict } from '../../deploy/rds';
import type { Resource } from '../../model';
import { refOf, TargetIndex } from '../aurora/cluster-refs';
import { defineRule } from '../types';
import { settingName } from '../util';
import { CLUSTER, INSTANCE, engineLabel, engineOf, instanceEngine, versionOf, written } from './common';

const PG = 'AWS::RDS::DBParameterGroup';
const CPG = 'AWS::RDS::DBClusterParameterGroup';
const CFN_PG_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbparametergroup.html';

interface User {
  r: Resource;
  engine: string;
  version: string;
  family: string;
}

export default defineRule({
  id: 'ADB125',
  title: 'Parameter group family does not match the engine version that uses it',
  severity: 'error',
  services: ['rds', 'aurora'],
  resourceTypes: [PG, CPG, INSTANCE, CLUSTER],
  description:
    'A DB parameter group (DB cluster parameter group) belongs to one family, the engine and major version it configures: ' +
    '`mysql8.0`, `mysql8.4`, `postgres16`, `aurora-mysql8.0`, `aurora-postgresql15`, `mariadb10.11`, `sqlserver-ee-16.0`, ' +
    '`oracle-ee-19`. A DB instance (cluster) whose engine version is of another family cannot use it: `mysql8.0` on MySQL 8.4 ' +
    'fails after the parameter group and the rest of the stack were created. The finding is on the group\'s Family, naming the ' +
    'instance or cluster that uses it (DBParameterGroupName / DBClusterParameterGroupName: a Ref, or the group\'s name in a ' +
    'script) and the family its version needs. The version must be known and offered (a major version alone is enough); an ' +
    'Aurora instance takes its cluster\'s version. Families as RDS DescribeDBEngineVersions reports them (DBParameterGroupFamily).',
  source: { urls: [FAMILY_URL, FAMILY_API_URL, CFN_PG_URL, CFN_LINT_URL] },
  check(ctx) {
    for (const [groupType, userType, nameProp] of [[PG, INSTANCE, 'DBParameterGroupName'], [CPG, CLUSTER, 'DBClusterParameterGroupName']] as const) {
      const groups = ctx.resources([groupType]);
      if (!groups.length) continue;
      const index = new TargetIndex(ctx, groups, nameProp);
      const users = new Map<Resource, User[]>();
      for (const u of ctx.resources([userType])) {
        if (!ctx.prop(u, nameProp).present) continue;
        const g = index.find(refOf(ctx, u, nameProp));
        if (!g) continue;
        const { engine, version } = userType === INSTANCE ? instanceEngine(ctx, u) : { engine: engineOf(ctx, u), version: versionOf(ctx, u) };
        if (!engine || !version) continue;
        const status = rdsVersionVerdict(engine, version)?.status;
        if (status !== 'offered' && status !== 'major') continue;
        const family = rdsFamilyOf(engine, version);
        if (!family) continue;
        (users.get(g) ?? users.set(g, []).get(g)!).push({ r: u, engine, version, family });
      }
      for (const [g, us] of users) {
        const name = settingName(g, 'Family');
        for (const { c, text } of written(ctx, g, 'Family')) {
          const wrong = us.find((u) => u.family !== text.toLowerCase());
          if (!wrong) continue;
          ctx.report({
            resource: g, at: c, path: 'Family',
            message: `${name} ${text} does not match ${engineLabel(wrong.engine)} ${wrong.version} of ${wrong.r.id}, which uses this parameter group: its family is ${wrong.family}, so creating ${wrong.r.id} fails. Use ${wrong.family}.`,
            related: [{ span: wrong.r.anchor, message: `${wrong.r.id} uses this parameter group` }],
          });
        }
      }
    }
  },
});
