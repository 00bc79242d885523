import { strict as assert } from 'node:assert';
import { ended, majorOf, supportEnd } from '../../../src/core/rules/rds/engine-support';
import { dedent, lint, resource } from '../helpers';

const db = (props: string) => resource('AWS::RDS::DBInstance', props);
const cluster = (props: string) => resource('AWS::RDS::DBCluster', props);
const prod = { production: 'always' as const };

describe('ADB007 Multi-AZ in production', () => {
  it('warns on a missing MultiAZ (on the logical ID) and on false', () => {
    const f = lint(db('Engine: mysql'), { ids: ['ADB007'], ...prod });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /typically 60–120 seconds/);
    assert.equal(lint(db('MultiAZ: false'), { ids: ['ADB007'], ...prod })[0].at, 'false');
  });
  it('is silent outside production, on true, on Aurora members, read replicas and Fn::If choices', () => {
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB007'], production: 'never' }), []);
    assert.deepEqual(lint(db('MultiAZ: true'), { ids: ['ADB007'], ...prod }), []);
    assert.deepEqual(lint(db('Engine: aurora-mysql\nDBClusterIdentifier: !Ref C'), { ids: ['ADB007'], ...prod }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: !Ref Main'), { ids: ['ADB007'], ...prod }), []);
    assert.deepEqual(lint(db('MultiAZ: !If [IsProd, true, false]'), { ids: ['ADB007'], ...prod }), []);
  });
});

describe('ADB014 Performance Insights', () => {
  it('informs on a standalone instance without it, naming Database Insights', () => {
    const f = lint(db('Engine: postgres\nDBInstanceClass: db.r6g.large'), { ids: ['ADB014'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /CloudWatch Database Insights/);
    assert.equal(lint(cluster('Engine: mysql\nPerformanceInsightsEnabled: false'), { ids: ['ADB014'] })[0].at, 'false');
  });
  it('skips small classes, replicas, Aurora clusters, and Aurora members whose cluster turns it on', () => {
    assert.deepEqual(lint(db('Engine: mysql\nDBInstanceClass: db.t3.micro'), { ids: ['ADB014'] }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: !Ref Main'), { ids: ['ADB014'] }), []);
    assert.deepEqual(lint(cluster('Engine: aurora-postgresql'), { ids: ['ADB014'] }), []);
    const text = dedent(`
      Resources:
        Cluster:
          Type: AWS::RDS::DBCluster
          Properties:
            Engine: aurora-postgresql
            PerformanceInsightsEnabled: true
        Writer:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: aurora-postgresql
            DBClusterIdentifier: !Ref Cluster
            DBInstanceClass: db.r6g.large
    `);
    assert.deepEqual(lint(text, { ids: ['ADB014'] }), []);
    const off = text.replace('PerformanceInsightsEnabled: true', 'StorageEncrypted: true');
    assert.equal(lint(off, { ids: ['ADB014'] })[0].at, 'Writer');
  });
});

describe('ADB015 deletion protection in production', () => {
  it('warns on a missing value and on false, for instances and clusters', () => {
    const f = lint(cluster('Engine: aurora-mysql'), { ids: ['ADB015'], ...prod });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.equal(lint(db('DeletionProtection: false'), { ids: ['ADB015'], ...prod })[0].at, 'false');
  });
  it('is silent when on, outside production, and on Aurora members and replicas', () => {
    assert.deepEqual(lint(db('DeletionProtection: true'), { ids: ['ADB015'], ...prod }), []);
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB015'], production: 'never' }), []);
    assert.deepEqual(lint(db('DBClusterIdentifier: c'), { ids: ['ADB015'], ...prod }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: src'), { ids: ['ADB015'], ...prod }), []);
  });
});

describe('ADB016 deletion and replacement policies', () => {
  const withAttrs = (type: string, attrs: string, props = 'Engine: mysql') =>
    `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Store:\n    Type: ${type}\n${attrs}    Properties:\n      ${props}\n`;
  it('warns on a DynamoDB table with neither policy, on the logical ID, suggesting Retain', () => {
    const f = lint(withAttrs('AWS::DynamoDB::Table', '', 'BillingMode: PAY_PER_REQUEST'), { ids: ['ADB016'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Store');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /No DeletionPolicy or UpdateReplacePolicy.*Add DeletionPolicy: Retain and UpdateReplacePolicy: Retain/);
  });
  it('knows RDS snapshots on deletion by default: only UpdateReplacePolicy is missing', () => {
    const f = lint(withAttrs('AWS::RDS::DBInstance', ''), { ids: ['ADB016'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^No UpdateReplacePolicy: .*Add UpdateReplacePolicy: Snapshot/);
  });
  it('points at an explicit Delete value', () => {
    const f = lint(withAttrs('AWS::RDS::DBCluster', '    DeletionPolicy: Delete\n    UpdateReplacePolicy: Snapshot\n', 'Engine: aurora-mysql'), { ids: ['ADB016'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Delete');
    assert.match(f[0].message, /Use Snapshot \(or Retain\)/);
  });
  it('a Delete an Fn::If chooses beside Snapshot or Retain is a choice per environment: reported in production only', () => {
    const t = `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Env:\n    Type: String\n    Default: dev\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Store:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: !If [IsProd, Snapshot, Delete]\n    UpdateReplacePolicy: !If [IsProd, Snapshot, Delete]\n    Properties:\n      Engine: mysql\n`;
    assert.deepEqual(lint(t, { ids: ['ADB016'], production: 'never' }), []);
    assert.deepEqual(lint(t, { ids: ['ADB016'], production: 'always' }).map((f) => f.at), ['Delete', 'Delete']);
    // Delete in both branches is no choice: still reported everywhere.
    assert.equal(lint(t.replace(/Snapshot, Delete/g, 'Delete, Delete'), { ids: ['ADB016'], production: 'never' }).length, 4);
  });
  it('passes Snapshot/Retain, Aurora members, read replicas and Memcached', () => {
    assert.deepEqual(lint(withAttrs('AWS::RDS::DBInstance', '    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n'), { ids: ['ADB016'] }), []);
    assert.deepEqual(lint(withAttrs('AWS::DynamoDB::Table', '    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n', 'BillingMode: PAY_PER_REQUEST'), { ids: ['ADB016'] }), []);
    assert.deepEqual(lint(withAttrs('AWS::RDS::DBInstance', '', 'DBClusterIdentifier: !Ref C'), { ids: ['ADB016'] }), []);
    assert.deepEqual(lint(withAttrs('AWS::RDS::DBInstance', '    DeletionPolicy: Delete\n', 'SourceDBInstanceIdentifier: !Ref Main'), { ids: ['ADB016'] }), []);
    assert.deepEqual(lint(withAttrs('AWS::ElastiCache::CacheCluster', '', 'Engine: memcached'), { ids: ['ADB016'] }), []);
  });
  it('skips a secondary cluster of a global database, but not the primary or a cluster that may be either', () => {
    const c = (props: string) => lint(withAttrs('AWS::RDS::DBCluster', '', props.replace(/\n/g, '\n      ')), { ids: ['ADB016'] });
    assert.deepEqual(c('Engine: aurora-postgresql\nGlobalClusterIdentifier: !Ref Global'), []);
    const primary = c('Engine: aurora-postgresql\nGlobalClusterIdentifier: !Ref Global\nMasterUsername: admin\nManageMasterUserPassword: true');
    assert.deepEqual(primary.map((x) => [x.at, x.message]), [['Store', 'No UpdateReplacePolicy: CloudFormation deletes this DB cluster and its data when an update replaces it. Add UpdateReplacePolicy: Snapshot.']]);
    assert.equal(c('Engine: aurora-postgresql\nGlobalClusterIdentifier: !Ref Global\nMasterUsername: !If [IsPrimary, admin, !Ref AWS::NoValue]').length, 1);
    assert.equal(c('Engine: aurora-postgresql\nGlobalClusterIdentifier: !Ref Global\nSnapshotIdentifier: snap').length, 1);
    assert.equal(c('Engine: aurora-postgresql').length, 1);
    const rg = (props: string) => lint(withAttrs('AWS::ElastiCache::ReplicationGroup', '', props.replace(/\n/g, '\n      ')), { ids: ['ADB016'] });
    assert.deepEqual(rg('ReplicationGroupDescription: r\nGlobalReplicationGroupId: ldgnf-global'), []);
    assert.equal(rg('ReplicationGroupDescription: r\nEngine: redis').length, 1);
  });
  it('resolves a policy given through a parameter', () => {
    const text = `Parameters:\n  Policy:\n    Type: String\n    AllowedValues: [Retain, Delete]\n${withAttrs('AWS::DynamoDB::Table', '    DeletionPolicy: !Ref Policy\n    UpdateReplacePolicy: Retain\n', 'BillingMode: PAY_PER_REQUEST')}`;
    const f = lint(text, { ids: ['ADB016'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Policy');
    assert.match(f[0].message, /parameter Policy allows "Delete"/);
  });
});

describe('ADB017 engine past standard support', () => {
  it('knows the support dates and major versions', () => {
    assert.equal(majorOf('mysql', '8.0.36'), '8.0');
    assert.equal(majorOf('postgres', '13.7'), '13');
    assert.equal(majorOf('postgres', '9.6.24'), '9.6');
    assert.equal(majorOf('aurora-mysql', '5.7.mysql_aurora.2.11.2'), '5.7');
    assert.equal(supportEnd('mysql', '8.0.36')!.date, '2026-07-31');
    assert.equal(supportEnd('postgres', '12.19')!.date, '2025-02-28');
    assert.equal(supportEnd('mysql', '8.4.3'), undefined);
    assert.equal(supportEnd('aurora-mysql', '8.0.mysql_aurora.3.05.2'), undefined);
    const pg13 = supportEnd('postgres', '13')!;
    assert.equal(ended(pg13, new Date('2026-02-28T12:00:00Z')), false);
    assert.equal(ended(pg13, new Date('2026-03-01T00:00:01Z')), true);
    assert.equal(ended(supportEnd('postgres', '10.21')!, new Date('2020-01-01')), true);
  });
  it('warns on MySQL 5.7 and PostgreSQL 11 at the version value', () => {
    const f = lint(db('Engine: mysql\nEngineVersion: "5.7.44"'), { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"5.7.44"');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /MySQL 5.7, past RDS end of standard support on 2024-02-29.*Upgrade to MySQL 8.4/);
    assert.equal(lint(cluster('Engine: aurora-postgresql\nEngineVersion: "11.21"'), { ids: ['ADB017'] }).length, 1);
  });
  it('does not promise RDS Extended Support for majors older than the listed ones (PostgreSQL 10, MySQL 5.6)', () => {
    const f = lint(db('Engine: postgres\nEngineVersion: "10.21"'), { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /PostgreSQL 10, older than the oldest major versions/);
    assert.doesNotMatch(f[0].message, /Extended Support/);
  });
  it('warns on each allowed value of a parameter that is past support, and on the dates as of today', () => {
    const text = resource('AWS::RDS::DBInstance', 'Engine: postgres\nEngineVersion: !Ref V', 'Parameters:\n  V:\n    Type: String\n    AllowedValues: ["11.22", "17.2"]\n');
    const f = lint(text, { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /parameter V allows "11.22"/);
    // MySQL 8.0 is judged against today's date.
    const expected = ended(supportEnd('mysql', '8.0')!, new Date()) ? 1 : 0;
    assert.equal(lint(db('Engine: mysql\nEngineVersion: 8.0.36'), { ids: ['ADB017'] }).length, expected);
  });
  it('is silent on current versions, unknown engines or versions, and Aurora members', () => {
    assert.deepEqual(lint(db('Engine: mysql\nEngineVersion: "8.4.3"'), { ids: ['ADB017'] }), []);
    assert.deepEqual(lint(db('Engine: postgres\nEngineVersion: !Ref V'), { ids: ['ADB017'] }), []);
    assert.deepEqual(lint(db('Engine: !Ref E\nEngineVersion: "5.7.44"'), { ids: ['ADB017'] }), []);
    assert.deepEqual(lint(db('Engine: aurora-mysql\nDBClusterIdentifier: c\nEngineVersion: "5.7.mysql_aurora.2.11.2"'), { ids: ['ADB017'] }), []);
  });
});

describe('ADB018 read replicas per source', () => {
  const replicas = (n: number, engine: string, extra = '') => {
    let t = `Resources:\n  Main:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: ${engine}\n`;
    for (let i = 1; i <= n; i++) t += `  Replica${i}:\n    Type: AWS::RDS::DBInstance\n${extra}    Properties:\n      SourceDBInstanceIdentifier: ${i % 2 ? '!Ref Main' : '!GetAtt Main.DBInstanceArn'}\n`;
    return t;
  };
  it('errors on the 16th MySQL replica, at its source reference', () => {
    const f = lint(replicas(16, 'mysql'), { ids: ['ADB018'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!GetAtt Main.DBInstanceArn');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /16 read replicas of Main in this file, above the limit of 15 for MySQL/);
    assert.deepEqual(lint(replicas(15, 'mysql'), { ids: ['ADB018'] }), []);
  });
  it('uses 5 for Oracle and SQL Server', () => {
    assert.equal(lint(replicas(6, 'oracle-ee'), { ids: ['ADB018'] }).length, 1);
    assert.equal(lint(replicas(7, 'sqlserver-ee'), { ids: ['ADB018'] }).length, 2);
    assert.deepEqual(lint(replicas(5, 'oracle-ee'), { ids: ['ADB018'] }), []);
  });
  it('does not count replicas under a Condition', () => {
    assert.deepEqual(lint(replicas(16, 'mysql', '    Condition: Many\n'), { ids: ['ADB018'] }), []);
  });
});

describe('ADB020 CloudWatch Logs exports in production', () => {
  it('warns on a missing or empty list, with engine log types', () => {
    const f = lint(db('Engine: postgres'), { ids: ['ADB020'], ...prod });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /for example postgresql, upgrade/);
    assert.equal(lint(cluster('Engine: aurora-mysql\nEnableCloudwatchLogsExports: []'), { ids: ['ADB020'], ...prod })[0].at, '[]');
  });
  it('suggests no audit log for a MySQL Multi-AZ DB cluster, which cannot export it', () => {
    const f = lint(cluster('Engine: mysql'), { ids: ['ADB020'], ...prod });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /for example error, slowquery\)/);
    assert.doesNotMatch(f[0].message, /audit/);
  });
  it('is silent with exports, outside production, and on Aurora members and replicas', () => {
    assert.deepEqual(lint(db('Engine: mysql\nEnableCloudwatchLogsExports: [error, slowquery]'), { ids: ['ADB020'], ...prod }), []);
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB020'], production: 'never' }), []);
    assert.deepEqual(lint(db('Engine: aurora-mysql\nDBClusterIdentifier: c'), { ids: ['ADB020'], ...prod }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: !Ref Main'), { ids: ['ADB020'], ...prod }), []);
  });
});
