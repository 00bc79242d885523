import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const db = (props: string) => resource('AWS::RDS::DBInstance', props);

describe('ADB005 KmsKeyId without encryption', () => {
  it('errors on the KmsKeyId key when StorageEncrypted is false, relating the false value', () => {
    const text = db('Engine: mysql\nStorageEncrypted: false\nKmsKeyId: alias/db');
    const f = lint(text, { ids: ['ADB005'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'KmsKeyId');
    assert.equal(f[0].severity, 'error');
    assert.equal(text.slice(f[0].finding.related[0].span.start, f[0].finding.related[0].span.end), 'false');
  });
  it('errors when a DB instance has KmsKeyId and no StorageEncrypted', () => {
    const f = lint(db('Engine: postgres\nKmsKeyId: !Ref Key'), { ids: ['ADB005'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /StorageEncrypted is not/);
  });
  it('in a CLI script, flags --no-storage-encrypted but not a missing --storage-encrypted (the API reference does not require it)', () => {
    const base = 'aws rds create-db-instance --db-instance-identifier db1 --engine postgres --db-instance-class db.m5.large --allocated-storage 50 --kms-key-id alias/db';
    assert.deepEqual(lint(`${base}\n`, { fileName: 'deploy.sh', ids: ['ADB005'] }), []);
    assert.equal(lint(`${base} --no-storage-encrypted\n`, { fileName: 'deploy.sh', ids: ['ADB005'] }).length, 1);
  });
  it('passes encrypted storage, replicas, restores, RDS Custom, and a key removed in the unencrypted branch', () => {
    assert.deepEqual(lint(db('Engine: mysql\nStorageEncrypted: true\nKmsKeyId: alias/db'), { ids: ['ADB005'] }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:1:db:x\nKmsKeyId: alias/db'), { ids: ['ADB005'] }), []);
    assert.deepEqual(lint(db('DBSnapshotIdentifier: snap\nKmsKeyId: alias/db'), { ids: ['ADB005'] }), []);
    assert.deepEqual(lint(db('Engine: custom-oracle-ee\nKmsKeyId: alias/db'), { ids: ['ADB005'] }), []);
    const text = db('Engine: mysql\nStorageEncrypted: !If [Enc, true, false]\nKmsKeyId: !If [Enc, alias/db, !Ref AWS::NoValue]');
    assert.deepEqual(lint(text, { ids: ['ADB005'] }), []);
  });
  it('leaves DB clusters to ADB033 (Aurora encrypts new clusters by default)', () => {
    assert.deepEqual(lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nStorageEncrypted: false\nKmsKeyId: k'), { ids: ['ADB005'] }), []);
  });
});

describe('ADB004 skips restores', () => {
  it('does not ask a point-in-time restore to choose encryption', () => {
    assert.deepEqual(lint(db('Engine: mysql\nSourceDBInstanceAutomatedBackupsArn: arn:aws:rds:us-east-1:1:auto-backup:x\nUseLatestRestorableTime: true'), { ids: ['ADB004'] }), []);
  });
});

describe('ADB006 publicly accessible', () => {
  it('warns on true, including a parameter that allows it', () => {
    const f = lint(db('PubliclyAccessible: true'), { ids: ['ADB006'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'true');
    assert.equal(f[0].severity, 'warning');
    const text = resource('AWS::RDS::DBInstance', 'PubliclyAccessible: !Ref Pub', 'Parameters:\n  Pub:\n    Type: String\n    AllowedValues: ["true", "false"]\n');
    const p = lint(text, { ids: ['ADB006'] });
    assert.equal(p.length, 1);
    assert.match(p[0].message, /parameter Pub allows "true"/);
  });
  it('is silent on false and when not set', () => {
    assert.deepEqual(lint(db('PubliclyAccessible: "false"'), { ids: ['ADB006'] }), []);
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB006'] }), []);
  });
});

describe('ADB012 hard-coded secrets', () => {
  it('warns on a literal MasterUserPassword without quoting it', () => {
    const f = lint(db('Engine: mysql\nMasterUsername: admin\nMasterUserPassword: "SecurePassword123!"'), { ids: ['ADB012'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"SecurePassword123!"');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /ManageMasterUserPassword: true/);
    assert.ok(!f[0].message.includes('SecurePassword123'));
  });
  it('warns on a Ref to a parameter without NoEcho whose Default is the password, pointing at both places', () => {
    const text = dedent(`
      Parameters:
        Pw:
          Type: String
          Default: hunter2hunter2
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            AuthToken: !Ref Pw
    `);
    const f = lint(text, { ids: ['ADB012'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Pw');
    assert.match(f[0].message, /^AuthToken: parameter Pw \(without NoEcho\) holds a literal password/);
    assert.ok(!f[0].message.includes('hunter2'));
    assert.equal(text.slice(f[0].finding.related[0].span.start, f[0].finding.related[0].span.end), 'hunter2hunter2');
  });
  it('covers DocumentDB, Redshift, DMS and each Fn::If branch', () => {
    assert.equal(lint(resource('AWS::DocDB::DBCluster', 'MasterUserPassword: abcdefgh1'), { ids: ['ADB012'] }).length, 1);
    assert.equal(lint(resource('AWS::Redshift::Cluster', 'MasterUserPassword: Abcdefgh1'), { ids: ['ADB012'] }).length, 1);
    const dms = lint(resource('AWS::DMS::Endpoint', 'Password: !If [Dev, devpass1, "{{resolve:secretsmanager:prod}}"]'), { ids: ['ADB012'] });
    assert.equal(dms.length, 1);
    assert.equal(dms[0].at, 'devpass1');
  });
  it('points at the JSON string in a JSON template', () => {
    const text = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "Engine": "aurora-postgresql", "MasterUserPassword": "Passw0rdPassw0rd" }\n    }\n  }\n}\n';
    const f = lint(text, { ids: ['ADB012'], fileName: 't.json' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"Passw0rdPassw0rd"');
    assert.equal(f[0].line, 4);
  });
  it('passes dynamic references, NoEcho parameters, SSM parameter types, managed passwords and unknown values', () => {
    const ok = [
      db("MasterUserPassword: '{{resolve:secretsmanager:db:SecretString:password}}'"),
      db("MasterUserPassword: !Sub '{{resolve:secretsmanager:${Secret}}}'"),
      db('ManageMasterUserPassword: true'),
      resource('AWS::RDS::DBInstance', 'MasterUserPassword: !Ref Pw', 'Parameters:\n  Pw:\n    Type: String\n    NoEcho: true\n    Default: changeme123\n'),
      resource('AWS::RDS::DBInstance', 'MasterUserPassword: !Ref Pw', 'Parameters:\n  Pw:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /db/password\n'),
      resource('AWS::RDS::DBInstance', 'MasterUserPassword: !Ref Pw', 'Parameters:\n  Pw:\n    Type: String\n'),
      resource('AWS::RDS::DBInstance', 'MasterUserPassword: !GetAtt Secret.Password'),
    ];
    for (const t of ok) assert.deepEqual(lint(t, { ids: ['ADB012'] }), [], t);
  });
});

describe('ADB013 IAM database authentication', () => {
  it('informs on a MySQL instance without it and on false', () => {
    const f = lint(db('Engine: mysql'), { ids: ['ADB013'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'info');
    assert.equal(lint(db('Engine: postgres\nEnableIAMDatabaseAuthentication: false'), { ids: ['ADB013'] })[0].at, 'false');
    assert.equal(lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgresql'), { ids: ['ADB013'] }).length, 1);
  });
  it('is silent for engines without it, old MariaDB, unknown engines, Aurora members and when on', () => {
    for (const p of ['Engine: oracle-ee', 'Engine: sqlserver-ex', 'Engine: mariadb\nEngineVersion: "10.6.14"', 'Engine: !Ref E',
      'Engine: aurora-mysql\nDBClusterIdentifier: !Ref C', 'Engine: mysql\nEnableIAMDatabaseAuthentication: true']) {
      assert.deepEqual(lint(db(p), { ids: ['ADB013'] }), [], p);
    }
    assert.equal(lint(db('Engine: mariadb\nEngineVersion: "10.11.8"'), { ids: ['ADB013'] }).length, 1);
  });
});

describe('ADB021 database port open to the internet', () => {
  const sg = (rules: string) => resource('AWS::EC2::SecurityGroup', `GroupDescription: db\nSecurityGroupIngress:\n${rules}`);
  it('warns on 0.0.0.0/0 to 3306, on the CIDR', () => {
    const f = lint(sg('  - IpProtocol: tcp\n    FromPort: 3306\n    ToPort: 3306\n    CidrIp: 0.0.0.0/0'), { ids: ['ADB021'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '0.0.0.0/0');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /port 3306 \(MySQL\/MariaDB\/Aurora MySQL\)/);
  });
  it('catches IPv6, ranges, all traffic, standalone ingress resources and DB security groups', () => {
    assert.match(lint(sg('  - IpProtocol: "6"\n    FromPort: 5000\n    ToPort: 6000\n    CidrIpv6: ::/0'), { ids: ['ADB021'] })[0].message, /ports 5432 \(PostgreSQL\), 5439 \(Redshift\) to/);
    assert.match(lint(sg('  - IpProtocol: "-1"\n    CidrIp: 0.0.0.0/0'), { ids: ['ADB021'] })[0].message, /every database port/);
    const ing = lint(resource('AWS::EC2::SecurityGroupIngress', 'GroupId: sg-1\nIpProtocol: tcp\nFromPort: 6379\nToPort: 6379\nCidrIp: 0.0.0.0/0'), { ids: ['ADB021'] });
    assert.equal(ing.length, 1);
    const old = lint(resource('AWS::RDS::DBSecurityGroup', 'GroupDescription: x\nDBSecurityGroupIngress:\n  - CIDRIP: 0.0.0.0/0'), { ids: ['ADB021'] });
    assert.equal(old[0].at, '0.0.0.0/0');
  });
  it('names a parameter whose default opens the port (the corpus DMS sample)', () => {
    const text = dedent(`
      Parameters:
        ClientIP:
          Type: String
          Default: 0.0.0.0/0
      Resources:
        AuroraSecurityGroup:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: x
            SecurityGroupIngress:
              - IpProtocol: tcp
                FromPort: "3306"
                ToPort: "3306"
                CidrIp: !Ref ClientIP
    `);
    const f = lint(text, { ids: ['ADB021'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref ClientIP');
    assert.match(f[0].message, /parameter ClientIP defaults to "0.0.0.0\/0"/);
  });
  it('is silent on web ports, narrow CIDRs, security group sources and unknown ports', () => {
    for (const r of [
      '  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 0.0.0.0/0',
      '  - IpProtocol: tcp\n    FromPort: 3306\n    ToPort: 3306\n    CidrIp: 10.0.0.0/16',
      '  - IpProtocol: tcp\n    FromPort: 3306\n    ToPort: 3306\n    SourceSecurityGroupId: sg-1',
      '  - IpProtocol: tcp\n    FromPort: !Ref P\n    ToPort: !Ref P\n    CidrIp: 0.0.0.0/0',
    ]) assert.deepEqual(lint(sg(r), { ids: ['ADB021'] }), [], r);
  });
});
