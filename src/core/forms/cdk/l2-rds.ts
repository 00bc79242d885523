/** RDS and Aurora L2 constructs (aws-cdk-lib/aws-rds) in CloudFormation terms, with the CDK's defaults. */
import type * as TS from 'typescript';
import { qualify } from './imports';
import {
  credentials, days, sets, instanceClass, kmsKey, nested, opaque, removalPolicy, seconds,
  type Handler, type L2Context, type L2Spec,
} from './l2-common';
import { entryPath } from '../../model';
import { evaluate, followConst, spanOf, unknownNode, unwrap } from './values';

/** Engine factory (`DatabaseInstanceEngine.postgres(...)` / `.POSTGRES`) to the CloudFormation engine name. */
const ENGINES: Record<string, string> = {
  postgres: 'postgres', mysql: 'mysql', mariaDb: 'mariadb', oracleEe: 'oracle-ee', oracleSe2: 'oracle-se2',
  oracleEeCdb: 'oracle-ee-cdb', oracleSe2Cdb: 'oracle-se2-cdb', sqlServerEe: 'sqlserver-ee', sqlServerSe: 'sqlserver-se',
  sqlServerEx: 'sqlserver-ex', sqlServerWeb: 'sqlserver-web', auroraPostgres: 'aurora-postgresql', auroraMysql: 'aurora-mysql', aurora: 'aurora',
};
const CONSTANTS: Record<string, string> = {
  POSTGRES: 'postgres', MYSQL: 'mysql', MARIADB: 'mariadb', ORACLE_EE: 'oracle-ee', ORACLE_SE2: 'oracle-se2',
  SQL_SERVER_EE: 'sqlserver-ee', SQL_SERVER_SE: 'sqlserver-se', SQL_SERVER_EX: 'sqlserver-ex', SQL_SERVER_WEB: 'sqlserver-web',
  AURORA_POSTGRESQL: 'aurora-postgresql', AURORA_MYSQL: 'aurora-mysql', AURORA: 'aurora',
};

/** `PostgresEngineVersion.VER_16_3` -> '16.3'; `AuroraMysqlEngineVersion.VER_3_04_0` -> '8.0.mysql_aurora.3.04.0'. */
function versionOf(c: L2Context, e: TS.Expression): string | undefined {
  const { ts } = c;
  const x = followConst(c, e);
  if (ts.isCallExpression(x) && x.arguments[0] && ts.isStringLiteral(x.arguments[0]) && qualify(ts, c.imports, x.expression)?.path[1] === 'of') return x.arguments[0].text;
  const q = qualify(ts, c.imports, x);
  const m = q?.path.length === 2 ? /^VER_(\d+(?:_\d+)*)$/.exec(q.path[1]) : null;
  if (!q || !m) return undefined;
  const dotted = m[1].replace(/_/g, '.');
  switch (q.path[0]) {
    case 'PostgresEngineVersion': case 'MysqlEngineVersion': case 'MariaDbEngineVersion': case 'AuroraPostgresEngineVersion':
      return dotted;
    case 'AuroraMysqlEngineVersion':
      return dotted.startsWith('3.') ? `8.0.mysql_aurora.${dotted}` : dotted.startsWith('2.') ? `5.7.mysql_aurora.${dotted}` : undefined;
    default:
      return undefined;
  }
}

/**
 * `engine: rds.DatabaseInstanceEngine.postgres({ version })`, also through `const` bindings
 * (`const engine = ...; { engine }`, `const version = ...`): values found through a const are placed
 * on the expression written in the construct (the identifier), which a fix leaves alone.
 */
const engine: Handler = sets(['Engine', 'EngineVersion'], (c, e, key, tsKey) => {
  const { ts } = c;
  const span = spanOf(c, unwrap(c, e));
  const x = followConst(c, e);
  const q = qualify(ts, c.imports, ts.isCallExpression(x) ? x.expression : x);
  const name = q?.path.length === 2 ? (ts.isCallExpression(x) ? ENGINES[q.path[1]] : CONSTANTS[q.path[1]]) : undefined;
  c.b.set('Engine', key, name ? { kind: 'scalar', value: name, ...span } : unknownNode(span, 'computed engine'), tsKey);
  if (!ts.isCallExpression(x) || !x.arguments[0] || !ts.isObjectLiteralExpression(x.arguments[0])) return;
  const vp = x.arguments[0].properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText(c.sf) === 'version');
  if (!vp || !(ts.isPropertyAssignment(vp) || ts.isShorthandPropertyAssignment(vp))) return;
  const written = ts.isPropertyAssignment(vp) ? vp.initializer : vp.name;
  const v = versionOf(c, written);
  // Engine and version from a const engine: both on the identifier the construct names.
  const vs = x === unwrap(c, e) ? spanOf(c, unwrap(c, written)) : span;
  const vk = x === unwrap(c, e) ? spanOf(c, vp.name) : key;
  c.b.set('EngineVersion', vk, v ? { kind: 'scalar', value: v, ...vs } : unknownNode(vs, 'engine version'), tsKey);
});

/** `vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }`: the CDK makes the instance publicly accessible. */
const vpcSubnets: Handler = (c, e) => {
  const x = unwrap(c, e);
  if (!c.ts.isObjectLiteralExpression(x)) return void c.flags.add('subnets:?');
  const st = x.properties.find((p) => p.name?.getText(c.sf) === 'subnetType');
  if (!st) return void c.flags.add('subnets:?');
  const q = c.ts.isPropertyAssignment(st) ? qualify(c.ts, c.imports, st.initializer) : undefined;
  c.flags.add(q?.path[1] === 'PUBLIC' ? 'subnets:public' : q ? 'subnets:private' : 'subnets:?');
};

const common: Record<string, string | Handler> = {
  engine, credentials, removalPolicy,
  storageEncrypted: 'StorageEncrypted', storageEncryptionKey: kmsKey('KmsKeyId'), deletionProtection: 'DeletionProtection',
  iamAuthentication: 'EnableIAMDatabaseAuthentication', cloudwatchLogsExports: 'EnableCloudwatchLogsExports',
  copyTagsToSnapshot: 'CopyTagsToSnapshot', port: 'Port', preferredMaintenanceWindow: 'PreferredMaintenanceWindow',
  autoMinorVersionUpgrade: 'AutoMinorVersionUpgrade', monitoringInterval: seconds('MonitoringInterval'),
};

const instanceProps: Record<string, string | Handler> = {
  ...common, instanceType: instanceClass('DBInstanceClass'), multiAz: 'MultiAZ', storageType: 'StorageType',
  allocatedStorage: 'AllocatedStorage', maxAllocatedStorage: 'MaxAllocatedStorage', iops: 'Iops', storageThroughput: 'StorageThroughput',
  backupRetention: days('BackupRetentionPeriod'), preferredBackupWindow: 'PreferredBackupWindow', publiclyAccessible: 'PubliclyAccessible',
  enablePerformanceInsights: 'EnablePerformanceInsights', instanceIdentifier: 'DBInstanceIdentifier', databaseName: 'DBName',
  vpcSubnets, snapshotIdentifier: 'DBSnapshotIdentifier', sourceDatabaseInstance: opaque('SourceDBInstanceIdentifier'),
};

/** Defaults every RDS construct shares: copyTagsToSnapshot, deletion protection from RETAIN, encryption from a key. */
function finishCommon(c: L2Context): void {
  const { b } = c;
  const key = c.flags.has('kmsKey') ? entryPath(b.props, 'KmsKeyId') : undefined;
  // The CDK sets StorageEncrypted to true whenever a key is given, whatever storageEncrypted says.
  if (key) b.set('StorageEncrypted', key.keySpan, { kind: 'scalar', value: true, start: key.value.start, end: key.value.end });
  b.default('CopyTagsToSnapshot', true);
  if (c.flags.has('removal:Retain')) b.default('DeletionProtection', true);
}

function finishInstance(kind: 'source' | 'snapshot' | 'replica'): (c: L2Context) => void {
  return (c) => {
    const { b } = c;
    finishCommon(c);
    b.default('StorageType', 'gp2');
    if (kind !== 'replica') b.default('BackupRetentionPeriod', 1);
    if (!c.flags.has('subnets:?')) b.default('PubliclyAccessible', c.flags.has('subnets:public'));
    if (kind === 'source' && !b.has('MasterUserPassword')) b.default('MasterUserPassword', unknownNode(b.anchor, 'generated secret'));
  };
}

const clusterProps: Record<string, string | Handler> = {
  ...common, storageType: 'StorageType', clusterIdentifier: 'DBClusterIdentifier', defaultDatabaseName: 'DatabaseName',
  backup: nested({ retention: days('BackupRetentionPeriod'), preferredWindow: 'PreferredBackupWindow' }),
  backtrackWindow: seconds('BacktrackWindow'), serverlessV2MinCapacity: 'ServerlessV2ScalingConfiguration.MinCapacity',
  serverlessV2MaxCapacity: 'ServerlessV2ScalingConfiguration.MaxCapacity', snapshotIdentifier: 'SnapshotIdentifier',
  backupRetention: days('BackupRetentionPeriod'),
};

/** Aurora Serverless v1: EngineMode serverless, always encrypted (the construct has no storageEncrypted prop). */
function finishServerlessV1(c: L2Context): void {
  finishCommon(c);
  c.b.default('EngineMode', 'serverless');
  c.b.default('StorageEncrypted', true);
}

/** ServerlessCluster (Aurora Serverless v1) takes `backupRetention`, not `backup` (aws-cdk-lib ServerlessClusterProps). */
const serverlessProps = Object.fromEntries(Object.entries(clusterProps).filter(([k]) => k !== 'backup'));

const proxyAuth: Handler = sets(['Auth'], (c, e, key, tsKey) => {
  const v = evaluate(c, e);
  const on = v.kind === 'scalar' ? (v.value === true ? 'REQUIRED' : 'DISABLED') : undefined;
  const val = on ? { kind: 'scalar' as const, value: on, start: v.start, end: v.end } : unknownNode(v, 'computed');
  c.b.set('Auth', key, { kind: 'list', items: [{ kind: 'map', entries: [{ key: 'IAMAuth', keySpan: key, value: val }], start: v.start, end: v.end }], start: v.start, end: v.end }, tsKey);
});

export const RDS_L2: Record<string, L2Spec> = {
  DatabaseInstance: { type: 'AWS::RDS::DBInstance', props: instanceProps, removal: 'Snapshot', finish: finishInstance('source') },
  DatabaseInstanceFromSnapshot: { type: 'AWS::RDS::DBInstance', props: instanceProps, removal: 'Snapshot', finish: finishInstance('snapshot') },
  DatabaseInstanceReadReplica: { type: 'AWS::RDS::DBInstance', props: instanceProps, removal: 'Snapshot', finish: finishInstance('replica') },
  DatabaseCluster: { type: 'AWS::RDS::DBCluster', props: clusterProps, removal: 'Snapshot', finish: finishCommon },
  DatabaseClusterFromSnapshot: { type: 'AWS::RDS::DBCluster', props: clusterProps, removal: 'Snapshot', finish: finishCommon },
  ServerlessCluster: { type: 'AWS::RDS::DBCluster', props: serverlessProps, removal: 'Snapshot', finish: finishServerlessV1 },
  ServerlessClusterFromSnapshot: { type: 'AWS::RDS::DBCluster', props: serverlessProps, removal: 'Snapshot', finish: finishServerlessV1 },
  DatabaseProxy: {
    type: 'AWS::RDS::DBProxy',
    props: { requireTLS: 'RequireTLS', iamAuth: proxyAuth, dbProxyName: 'DBProxyName', debugLogging: 'DebugLogging' },
    finish: (c) => {
      c.b.default('RequireTLS', true);
      if (!c.b.has('Auth') && !c.b.partial) proxyAuthDefault(c);
    },
  },
};

function proxyAuthDefault(c: L2Context): void {
  const a = c.b.anchor;
  c.b.default('Auth', { kind: 'list', items: [{ kind: 'map', entries: [{ key: 'IAMAuth', keySpan: a, value: { kind: 'scalar', value: 'DISABLED', ...a } }], ...a }], ...a });
}
