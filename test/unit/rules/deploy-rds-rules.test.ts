/** ADB120–ADB128: values RDS, Aurora, DocumentDB and Neptune do not offer, in every form, on real combinations. */
import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const DB = 'AWS::RDS::DBInstance';
const IDS = ['ADB017', 'ADB022', 'ADB120', 'ADB121', 'ADB122', 'ADB123', 'ADB124', 'ADB125', 'ADB126', 'ADB127', 'ADB128'];
const deploy = (text: string, fileName = 'template.yaml') => lint(text, { ids: IDS, fileName });
const ids = (text: string, fileName?: string) => deploy(text, fileName).map((f) => `${f.ruleId} ${f.at}`);

/** An Aurora cluster and one instance in it (the version is on the cluster). */
function aurora(engine: string, version: string, cls: string, extra = ''): string {
  return dedent(`
    Resources:
      Cluster:
        Type: AWS::RDS::DBCluster
        Properties:
          Engine: ${engine}
          EngineVersion: "${version}"
    ${extra}
      Writer:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: ${engine}
          DBClusterIdentifier: !Ref Cluster
          DBInstanceClass: ${cls}
  `);
}

describe('ADB120 unknown engine', () => {
  it('flags a name RDS does not have, with the nearest names', () => {
    const f = deploy(resource(DB, 'Engine: postgresql\nEngineVersion: "16.4"\nDBInstanceClass: db.r7g.large\n'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity} ${x.at}`), ['ADB120 error postgresql']);
    assert.match(f[0].message, /not an RDS engine.*Did you mean postgres\?/);
    assert.match(deploy(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgres\n'))[0].message, /Did you mean aurora-postgresql\?/);
  });
  it('accepts every engine of CreateDBInstance in any case, and leaves aurora to ADB022', () => {
    for (const e of ['MySQL', 'oracle-ee-cdb', 'sqlserver-web', 'db2-se', 'custom-sqlserver-ee', 'sqlserver-dev-ee']) assert.deepEqual(ids(resource(DB, `Engine: ${e}\n`)), [], e);
    assert.deepEqual(ids(resource('AWS::RDS::DBCluster', 'Engine: aurora\n')), ['ADB022 aurora']);
  });
  it('a DB cluster takes Aurora, mysql or postgres only', () => {
    const f = deploy(resource('AWS::RDS::DBCluster', 'Engine: mariadb\n'));
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB120']);
    assert.match(f[0].message, /not an engine of DB clusters/);
    assert.deepEqual(ids(resource('AWS::RDS::DBCluster', 'Engine: postgres\nDBClusterInstanceClass: db.m6gd.large\n')), []);
  });
  it('gives no finding on an unknown value (a parameter without values, an import)', () => {
    assert.deepEqual(ids(resource(DB, 'Engine: !Ref EngineParam\n', 'Parameters:\n  EngineParam:\n    Type: String\n')), []);
    assert.deepEqual(ids(resource(DB, 'Engine: !ImportValue shared-engine\n')), []);
  });
});

describe('ADB121/ADB122/ADB128 engine versions', () => {
  it('15.0 for postgres was never offered: error with the nearest 15.x versions', () => {
    const f = deploy(resource(DB, 'Engine: postgres\nEngineVersion: "15.0"\nDBInstanceClass: db.m7g.large\n'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity} ${x.at}`), ['ADB121 error "15.0"']);
    assert.match(f[0].message, /not a PostgreSQL version RDS offers \(cfn-lint 1\.\d+\.\d+ data, \d{4}-\d\d-\d\d\).*Did you mean 15\.\d+/);
  });
  it('Aurora MySQL written without its 8.0.mysql_aurora. prefix', () => {
    const f = deploy(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nEngineVersion: 3.04.0\n'));
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB121']);
    assert.match(f[0].message, /Did you mean 8\.0\.mysql_aurora\.3\.04\.0/);
  });
  it('a major version alone and current minors are offered', () => {
    for (const [e, v] of [['postgres', '16'], ['postgres', '17.4'], ['mysql', '8.0'], ['mysql', '8.4.5'], ['mariadb', '10.11'], ['sqlserver-ex', '16.00']]) {
      // ADB017 may say MySQL 8.0 is past standard support: that is not a deploy failure.
      assert.deepEqual(ids(resource(DB, `Engine: ${e}\nEngineVersion: "${v}"\n`)).filter((x) => !x.startsWith('ADB017')), [], `${e} ${v}`);
    }
    assert.deepEqual(ids(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nEngineVersion: 8.0.mysql_aurora.3.08.0\n')), []);
  });
  it('a deprecated minor version is a warning naming the newest minor', () => {
    const f = deploy(resource(DB, 'Engine: postgres\nEngineVersion: "16.4"\n'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity}`), ['ADB122 warning']);
    assert.match(f[0].message, /deprecated PostgreSQL version.*RDS no longer creates databases with it.*Did you mean 16\.\d+/);
    const a = deploy(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgresql\nEngineVersion: "15.2"\n'));
    assert.deepEqual(a.map((x) => x.ruleId), ['ADB122']);
  });
  it('deprecated and past standard support: one ADB017 finding that says both', () => {
    const f = deploy(resource(DB, 'Engine: mysql\nEngineVersion: "8.0.28"\n'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity}`), ['ADB017 warning']);
    assert.match(f[0].message, /past RDS end of standard support on 2026-07-31.*also deprecated: RDS no longer creates databases with it \(8\.0\.\d+/);
  });
  it('a version RDS never offered is ADB121 alone, not ADB017', () => {
    assert.deepEqual(deploy(resource(DB, 'Engine: mysql\nEngineVersion: "5.7.16"\n')).map((x) => x.ruleId), ['ADB121']);
  });
  it('ADB017 still reports an offered version past standard support', () => {
    assert.deepEqual(deploy(resource(DB, 'Engine: mysql\nEngineVersion: "8.0.40"\n')).map((x) => x.ruleId), ['ADB017']);
  });
  it('a version newer than the data is information, never an error', () => {
    const f = deploy(resource(DB, 'Engine: postgres\nEngineVersion: "19.1"\n'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity}`), ['ADB128 info']);
    assert.match(f[0].message, /not known as of \d{4}-\d\d-\d\d/);
    assert.deepEqual(deploy(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nEngineVersion: 8.0.mysql_aurora.3.99.0\n')).map((x) => x.ruleId), ['ADB128']);
  });
  it('follows parameters: every allowed value is judged, on the parameter', () => {
    const t = resource(DB, 'Engine: postgres\nEngineVersion: !Ref V\n', 'Parameters:\n  V:\n    Type: String\n    Default: "16.6"\n    AllowedValues: ["16.6", "15.0"]\n');
    const f = deploy(t);
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB121']);
    assert.equal(f[0].severity, 'info', 'only a non-default choice');
  });
  it('leaves YAML numbers that change to ADB024, and judges one that reads back', () => {
    assert.deepEqual(ids(resource(DB, 'Engine: postgres\nEngineVersion: 12.10\n')), []);
    assert.deepEqual(ids(resource(DB, 'Engine: postgres\nEngineVersion: 15.0\n')), ['ADB121 15.0']);
  });
  it('no version data (Oracle) or an engine not known: no finding', () => {
    assert.deepEqual(ids(resource(DB, 'Engine: oracle-ee\nEngineVersion: "19.0.0.0.ru-2099-01.rur-2099-01.r1"\n')), []);
    assert.deepEqual(ids(resource(DB, 'Engine: !Ref E\nEngineVersion: "15.0"\n', 'Parameters:\n  E:\n    Type: String\n')), []);
  });
});

describe('ADB123 instance class', () => {
  it('db.t2.small in an Aurora MySQL version 3 cluster: the version is followed to the cluster', () => {
    const f = deploy(aurora('aurora-mysql', '8.0.mysql_aurora.3.08.0', 'db.t2.small'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ['ADB123 db.t2.small']);
    assert.match(f[0].message, /not offered for Aurora MySQL 8\.0\.mysql_aurora\.3\.08\.0 \(the version of cluster Cluster\).*Did you mean db\.t\d/);
    assert.deepEqual(ids(aurora('aurora-mysql', '8.0.mysql_aurora.3.08.0', 'db.r7g.large')), []);
  });
  it('a class the engine never runs on, and a typo', () => {
    assert.deepEqual(ids(aurora('aurora-postgresql', '16.6', 'db.m5d.large')), ['ADB123 db.m5d.large']);
    const f = deploy(resource(DB, 'Engine: postgres\nEngineVersion: "17.4"\nDBInstanceClass: db.r7g.lrge\n'));
    assert.match(f[0].message, /Did you mean db\.r7g\.large/);
  });
  it('db.serverless: Aurora only, and only with Serverless v2 capacity on the cluster', () => {
    const f = deploy(resource(DB, 'Engine: mysql\nEngineVersion: "8.0.40"\nDBInstanceClass: db.serverless\n'));
    assert.deepEqual(f.filter((x) => x.ruleId === 'ADB123').map((x) => x.at), ['db.serverless']);
    assert.match(f.find((x) => x.ruleId === 'ADB123')!.message, /Aurora Serverless v2/);
    const none = deploy(aurora('aurora-postgresql', '16.6', 'db.serverless'));
    assert.deepEqual(none.map((x) => x.ruleId), ['ADB123']);
    assert.match(none[0].message, /has no ServerlessV2ScalingConfiguration/);
    const withScaling = aurora('aurora-postgresql', '16.6', 'db.serverless').replace('EngineVersion: "16.6"', 'EngineVersion: "16.6"\n      ServerlessV2ScalingConfiguration: {MinCapacity: 0.5, MaxCapacity: 8}');
    assert.deepEqual(ids(withScaling), []);
  });
  it('unknown cluster (imported) or version: judged by engine alone; unknown class: nothing', () => {
    const t = resource(DB, 'Engine: aurora-mysql\nDBClusterIdentifier: !ImportValue c\nDBInstanceClass: db.t2.small\n');
    assert.deepEqual(ids(t), [], 'Aurora MySQL still has db.t2 for some version');
    assert.deepEqual(ids(resource(DB, 'Engine: aurora-mysql\nDBClusterIdentifier: !ImportValue c\nDBInstanceClass: db.m5d.large\n')), ['ADB123 db.m5d.large']);
    assert.deepEqual(ids(resource(DB, 'Engine: postgres\nDBInstanceClass: !Ref C\n', 'Parameters:\n  C:\n    Type: String\n')), []);
  });
});

describe('ADB124 instance engine vs cluster engine', () => {
  it('flags the instance engine, not matching cases', () => {
    const t = aurora('aurora-mysql', '8.0.mysql_aurora.3.08.0', 'db.r7g.large').replace(/Engine: aurora-mysql\n(\s+DBClusterIdentifier)/, 'Engine: aurora-postgresql\n$1');
    const f = deploy(t);
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ['ADB124 aurora-postgresql']);
    assert.match(f[0].message, /differs from the engine of its DB cluster Cluster \(aurora-mysql\)/);
    const same = aurora('aurora-mysql', '8.0.mysql_aurora.3.08.0', 'db.r7g.large').replace(/Engine: aurora-mysql\n(\s+DBClusterIdentifier)/, 'Engine: Aurora-MySQL\n$1');
    assert.deepEqual(ids(same), []);
  });
});

describe('ADB125 parameter group family', () => {
  const tpl = (family: string, engine: string, version: string) => dedent(`
    Resources:
      Params:
        Type: AWS::RDS::DBParameterGroup
        Properties:
          Description: p
          Family: ${family}
      Db:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: ${engine}
          EngineVersion: "${version}"
          DBInstanceClass: db.m7g.large
          DBParameterGroupName: !Ref Params
  `);
  it('mysql8.0 on MySQL 8.4: error on the Family, naming the right family', () => {
    const f = deploy(tpl('mysql8.0', 'mysql', '8.4.5'));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ['ADB125 mysql8.0']);
    assert.match(f[0].message, /does not match MySQL 8\.4\.5 of Db.*Use mysql8\.4/);
  });
  it('matching families pass; a major version alone is enough', () => {
    assert.deepEqual(ids(tpl('mysql8.4', 'mysql', '8.4.5')), []);
    assert.deepEqual(ids(tpl('postgres16', 'postgres', '16')), []);
    assert.deepEqual(ids(tpl('postgres15', 'postgres', '16')).map((x) => x.split(' ')[0]), ['ADB125']);
  });
  it('a cluster parameter group of an Aurora cluster, by Ref', () => {
    const t = dedent(`
      Resources:
        Cp:
          Type: AWS::RDS::DBClusterParameterGroup
          Properties:
            Description: c
            Family: aurora-postgresql15
            Parameters: {}
        Cluster:
          Type: AWS::RDS::DBCluster
          Properties:
            Engine: aurora-postgresql
            EngineVersion: "16.6"
            DBClusterParameterGroupName: !Ref Cp
    `);
    assert.deepEqual(ids(t), ['ADB125 aurora-postgresql15']);
  });
  it('unknown version or family: no finding', () => {
    assert.deepEqual(ids(tpl('!Ref F', 'mysql', '8.4.5').replace('Resources:', 'Parameters:\n  F:\n    Type: String\nResources:')), []);
    assert.deepEqual(ids(tpl('mysql8.0', 'mysql', '8.4.99')).map((x) => x.split(' ')[0]), ['ADB128']);
  });
});

describe('ADB126/ADB127 DocumentDB and Neptune', () => {
  it('DocumentDB: RDS classes and made-up versions are errors; offered ones pass', () => {
    assert.deepEqual(ids(resource('AWS::DocDB::DBInstance', 'DBClusterIdentifier: c\nDBInstanceClass: db.m5.large\n')), ['ADB126 db.m5.large']);
    assert.deepEqual(ids(resource('AWS::DocDB::DBInstance', 'DBClusterIdentifier: c\nDBInstanceClass: db.r6g.large\n')), []);
    assert.deepEqual(ids(resource('AWS::DocDB::DBCluster', 'EngineVersion: "4.1.0"\nMasterUsername: u\n')), ['ADB126 "4.1.0"']);
    assert.deepEqual(ids(resource('AWS::DocDB::DBCluster', 'EngineVersion: "5.0.0"\nMasterUsername: u\n')), []);
    assert.deepEqual(ids(resource('AWS::DocDB::DBCluster', 'EngineVersion: "9.0.0"\nMasterUsername: u\n')), ['ADB128 "9.0.0"']);
  });
  it('Neptune: classes', () => {
    assert.deepEqual(ids(resource('AWS::Neptune::DBInstance', 'DBInstanceClass: db.t2.micro\n')), ['ADB127 db.t2.micro']);
    assert.deepEqual(ids(resource('AWS::Neptune::DBInstance', 'DBInstanceClass: db.r6g.large\n')), []);
    assert.deepEqual(ids(resource('AWS::Neptune::DBInstance', 'DBInstanceClass: db.serverless\n')), []);
  });
});

describe('deploy failures in the AWS CLI and CDK forms', () => {
  it('AWS CLI: --engine, --engine-version, --db-instance-class', () => {
    const sh = 'aws rds create-db-instance --db-instance-identifier db1 --engine postgres --engine-version 15.0 --db-instance-class db.m7g.large --master-username u --manage-master-user-password --allocated-storage 20\n';
    const f = deploy(sh, 'script.sh');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ['ADB121 15.0']);
    assert.match(f[0].message, /^--engine-version 15\.0 is not a PostgreSQL version/);
    const cls = 'aws rds create-db-instance --db-instance-identifier db1 --engine mysql --engine-version 8.4.5 --db-instance-class db.serverless --master-username u --manage-master-user-password --allocated-storage 20\n';
    assert.deepEqual(ids(cls, 'script.sh'), ['ADB123 db.serverless']);
    assert.deepEqual(ids('aws rds create-db-cluster --db-cluster-identifier c1 --engine aurora-postgres\n', 'script.sh'), ['ADB120 aurora-postgres']);
  });
  it('AWS CLI: a parameter group created in the script, used by its name (ADB125)', () => {
    const sh = [
      'aws rds create-db-parameter-group --db-parameter-group-name pg84 --db-parameter-group-family mysql8.0 --description p',
      'aws rds create-db-instance --db-instance-identifier db1 --engine mysql --engine-version 8.4.5 --db-instance-class db.m7g.large --db-parameter-group-name pg84 --master-username u --manage-master-user-password --allocated-storage 20',
      '',
    ].join('\n');
    const f = deploy(sh, 'script.sh');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ['ADB125 mysql8.0']);
    assert.match(f[0].message, /^--db-parameter-group-family mysql8\.0 does not match MySQL 8\.4\.5 of db1.*Use mysql8\.4/);
    assert.deepEqual(ids(sh.replace('mysql8.0', 'mysql8.4'), 'script.sh'), []);
  });
  it('CDK: engine version classes and instance types', () => {
    const ts = dedent(`
      import * as rds from 'aws-cdk-lib/aws-rds';
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      new rds.DatabaseInstance(this, 'Db', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.of('15.0', '15') }),
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LRGE),
        vpc,
      });
      new rds.DatabaseInstance(this, 'Db2', {
        engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_5 }),
        instanceType: new ec2.InstanceType('serverless'),
        vpc,
      });
    `);
    const f = deploy(ts, 'stack.ts');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.at}`), ["ADB121 rds.PostgresEngineVersion.of('15.0', '15')", "ADB123 ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LRGE)", "ADB123 new ec2.InstanceType('serverless')"]);
  });
});
