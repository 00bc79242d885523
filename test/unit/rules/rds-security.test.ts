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
    // Aurora Serverless v1 has no IAM database authentication: ADB034 reports the cluster instead.
    assert.deepEqual(lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgresql\nEngineMode: serverless'), { ids: ['ADB013'] }), []);
    assert.equal(lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgresql\nEngineMode: provisioned'), { ids: ['ADB013'] }).length, 1);
    const cdk = "import * as rds from 'aws-cdk-lib/aws-rds';\nimport { Stack } from 'aws-cdk-lib';\nexport class S extends Stack {\n  constructor(scope: any, id: string, vpc: any) {\n    super(scope, id);\n    new rds.ServerlessCluster(this, 'V1', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc });\n    new rds.DatabaseCluster(this, 'V2', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL, writer: rds.ClusterInstance.serverlessV2('w'), vpc });\n  }\n}\n";
    assert.deepEqual(lint(cdk, { fileName: 'stack.ts', ids: ['ADB013'] }).map((x) => x.finding.resource), ['V2']);
  });
});

describe('ADB021 database port open to any address', () => {
  /** A template with security group `DbSg` (the given ingress list) and, unless `db` is '', a DB instance using it. */
  const tpl = (rules: string, db = 'VPCSecurityGroups: [!Ref DbSg]', dbType = 'AWS::RDS::DBInstance', extra = '') => {
    const ingress = rules.split('\n').map((l) => `        ${l}`).join('\n');
    const dbProps = db.split('\n').map((l) => `      ${l}`).join('\n');
    return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  DbSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: db\n      SecurityGroupIngress:\n${ingress}\n` +
      (db ? `  Db:\n    Type: ${dbType}\n    Properties:\n${dbProps}\n` : '') + extra;
  };
  const mysql = '- IpProtocol: tcp\n  FromPort: 3306\n  ToPort: 3306\n  CidrIp: 0.0.0.0/0';
  it('warns on 0.0.0.0/0 to 3306 of a DB instance\'s group, on the CIDR, without calling it the internet', () => {
    const text = tpl(mysql);
    const f = lint(text, { ids: ['ADB021'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '0.0.0.0/0');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'CidrIp 0.0.0.0/0 allows any IPv4 address to reach port 3306 (MySQL/MariaDB/Aurora MySQL) of Db, which uses this security group (anything routed to the VPC can connect): allow only the application\'s security group (SourceSecurityGroupId) or a narrow CIDR.');
    assert.equal(f[0].finding.range.start.line, text.split('\n').findIndex((l) => l.includes('CidrIp: 0.0.0.0/0')));
  });
  it('says internet only when the database is publicly accessible', () => {
    const f = lint(tpl(mysql, 'VPCSecurityGroups: [!GetAtt DbSg.GroupId]\nPubliclyAccessible: true'), { ids: ['ADB021'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /of Db, which uses this security group; Db is publicly accessible, so anyone on the internet can try to log in:/);
  });
  it('is silent on a group only a Lambda function uses, and on a group nothing uses', () => {
    const lambda = '  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      VpcConfig:\n        SecurityGroupIds: [!Ref DbSg]\n        SubnetIds: [subnet-1]\n';
    assert.deepEqual(lint(tpl(mysql, '', '', lambda), { ids: ['ADB021'] }), []);
    assert.deepEqual(lint(tpl(mysql, ''), { ids: ['ADB021'] }), []);
    // The Lambda group is the source the database group allows: no finding on either.
    const sourced = tpl('- IpProtocol: tcp\n  FromPort: 3306\n  ToPort: 3306\n  SourceSecurityGroupId: !Ref FnSg') +
      '  FnSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: fn\n      SecurityGroupIngress:\n        - IpProtocol: "-1"\n          CidrIp: 0.0.0.0/0\n' + lambda.replace('DbSg', 'FnSg');
    assert.deepEqual(lint(sourced, { ids: ['ADB021'] }), []);
  });
  it('follows clusters, caches, proxies and OpenSearch VPC options', () => {
    for (const [type, props] of [
      ['AWS::RDS::DBCluster', 'Engine: aurora-postgresql\nVpcSecurityGroupIds:\n  - !GetAtt [DbSg, GroupId]'],
      ['AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupDescription: c\nSecurityGroupIds: [!Ref DbSg]'],
      ['AWS::RDS::DBProxy', 'EngineFamily: MYSQL\nVpcSecurityGroupIds: [!Ref DbSg]'],
      ['AWS::OpenSearchService::Domain', 'VPCOptions:\n  SecurityGroupIds: [!Ref DbSg]'],
      ['AWS::RDS::DBCluster', 'VpcSecurityGroupIds: !If [UseSg, [!Ref DbSg], !Ref AWS::NoValue]'],
    ]) assert.equal(lint(tpl('- IpProtocol: "-1"\n  CidrIp: 0.0.0.0/0', props, type), { ids: ['ADB021'] }).length, 1, type);
  });
  it('catches IPv6, ranges and all traffic', () => {
    assert.match(lint(tpl('- IpProtocol: "6"\n  FromPort: 5000\n  ToPort: 6000\n  CidrIpv6: ::/0'), { ids: ['ADB021'] })[0].message, /^CidrIpv6 ::\/0 allows any IPv6 address to reach ports 5432 \(PostgreSQL\), 5439 \(Redshift\) of Db,/);
    assert.match(lint(tpl('- IpProtocol: "-1"\n  CidrIp: 0.0.0.0/0'), { ids: ['ADB021'] })[0].message, /reach every database port of Db/);
  });
  it('judges a standalone ingress rule by its GroupId: a Ref, the same literal ID, or nothing known', () => {
    const ing = (groupId: string) => `  Open:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: ${groupId}\n      IpProtocol: tcp\n      FromPort: 6379\n      ToPort: 6379\n      CidrIp: 0.0.0.0/0\n`;
    const cache = 'ReplicationGroupDescription: c\nSecurityGroupIds: [!Ref DbSg, sg-0abc]';
    const rg = 'AWS::ElastiCache::ReplicationGroup';
    const ok = '- IpProtocol: tcp\n  FromPort: 6379\n  ToPort: 6379\n  SourceSecurityGroupId: sg-app';
    const text = tpl(ok, cache, rg, ing('!GetAtt DbSg.GroupId'));
    const byRef = lint(text, { ids: ['ADB021'] });
    assert.deepEqual(byRef.map((x) => [x.at, x.line]), [['0.0.0.0/0', text.split('\n').indexOf('      CidrIp: 0.0.0.0/0')]]);
    assert.match(byRef[0].message, /port 6379 \(Redis\/Valkey\) of Db,/);
    assert.equal(lint(tpl(ok, cache, rg, ing('sg-0abc')), { ids: ['ADB021'] }).length, 1);
    assert.deepEqual(lint(tpl(ok, cache, rg, ing('sg-other')), { ids: ['ADB021'] }), []);
    assert.deepEqual(lint(resource('AWS::EC2::SecurityGroupIngress', 'GroupId: sg-1\nIpProtocol: tcp\nFromPort: 6379\nToPort: 6379\nCidrIp: 0.0.0.0/0'), { ids: ['ADB021'] }), []);
  });
  it('reports an EC2-Classic DB security group (it only ever guards databases)', () => {
    const old = lint(resource('AWS::RDS::DBSecurityGroup', 'GroupDescription: x\nDBSecurityGroupIngress:\n  - CIDRIP: 0.0.0.0/0'), { ids: ['ADB021'] });
    assert.equal(old.length, 1);
    assert.equal(old[0].at, '0.0.0.0/0');
    assert.equal(old[0].message, 'CIDRIP 0.0.0.0/0 allows any IPv4 address to reach the databases in this DB security group: allow only the application\'s security group or a narrow CIDR.');
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
        Aurora:
          Type: AWS::RDS::DBCluster
          Properties:
            Engine: aurora-mysql
            VpcSecurityGroupIds: [!Ref AuroraSecurityGroup]
    `);
    const f = lint(text, { ids: ['ADB021'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref ClientIP');
    assert.match(f[0].message, /parameter ClientIP defaults to "0.0.0.0\/0"/);
  });
  it('is silent on web ports, narrow CIDRs, security group sources and unknown ports', () => {
    for (const r of [
      '- IpProtocol: tcp\n  FromPort: 443\n  ToPort: 443\n  CidrIp: 0.0.0.0/0',
      '- IpProtocol: tcp\n  FromPort: 3306\n  ToPort: 3306\n  CidrIp: 10.0.0.0/16',
      '- IpProtocol: tcp\n  FromPort: 3306\n  ToPort: 3306\n  SourceSecurityGroupId: sg-1',
      '- IpProtocol: tcp\n  FromPort: !Ref P\n  ToPort: !Ref P\n  CidrIp: 0.0.0.0/0',
    ]) assert.deepEqual(lint(tpl(r), { ids: ['ADB021'] }), [], r);
  });
});

describe('ADB023 password parameters without NoEcho', () => {
  const withParam = (param: string, props = 'Engine: mysql\nMasterUsername: admin\nMasterUserPassword: !Ref DbPassword', type = 'AWS::RDS::DBInstance') =>
    resource(type, props, `Parameters:\n  DbPassword:\n${param.split('\n').map((l) => `    ${l}`).join('\n')}\n`);
  it('warns on the parameter name when NoEcho is missing', () => {
    const text = withParam('Type: String\nMinLength: 8');
    const f = lint(text, { ids: ['ADB023'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'DbPassword');
    assert.equal(f[0].line, 2);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'Parameter DbPassword is the MasterUserPassword of Db but has no NoEcho: true: CloudFormation shows its value in the console, describe-stacks and stack events. Set NoEcho: true, or better, use ManageMasterUserPassword: true (RDS keeps and rotates it in Secrets Manager).');
  });
  it('points at NoEcho: false, and reads AuthToken, Fn::If and Fn::Sub uses, once per parameter', () => {
    const f = lint(withParam('Type: String\nNoEcho: false'), { ids: ['ADB023'] });
    assert.deepEqual(f.map((x) => [x.at, x.line]), [['false', 4]]);
    assert.match(f[0].message, /but has NoEcho false:/);
    const rg = lint(withParam('Type: String', 'ReplicationGroupDescription: r\nAuthToken: !If [UseAuth, !Ref DbPassword, !Ref AWS::NoValue]\nUserGroupIds: []', 'AWS::ElastiCache::ReplicationGroup'), { ids: ['ADB023'] });
    assert.deepEqual(rg.map((x) => x.at), ['DbPassword']);
    assert.match(rg[0].message, /is the AuthToken of Db .* use a \{\{resolve:secretsmanager:\.\.\.\}\} dynamic reference\.$/);
    const two = withParam('Type: String', 'Engine: mysql\nMasterUserPassword: !Sub "${DbPassword}"') +
      '  Db2:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      MasterUserPassword: !Ref DbPassword\n';
    assert.equal(lint(two, { ids: ['ADB023'] }).length, 1);
  });
  it('warns on the literal Default of a NoEcho parameter, without quoting it', () => {
    const text = withParam('Type: String\nNoEcho: true\nDefault: Sup3rSecret!');
    const f = lint(text, { ids: ['ADB023'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Sup3rSecret!');
    assert.ok(!f[0].message.includes('Sup3rSecret'));
    assert.match(f[0].message, /^Parameter DbPassword \(the MasterUserPassword of Db\) has NoEcho, but its Default is a literal password/);
  });
  it('is silent on NoEcho without a default, empty or dynamic defaults, SSM types, other properties and other forms', () => {
    for (const p of ['Type: String\nNoEcho: true', 'Type: String\nNoEcho: "true"\nDefault: ""', "Type: String\nNoEcho: true\nDefault: '{{resolve:secretsmanager:db:SecretString:password}}'",
      'Type: AWS::SSM::Parameter::Value<String>\nDefault: /db/password']) {
      assert.deepEqual(lint(withParam(p), { ids: ['ADB023'] }), [], p);
    }
    assert.deepEqual(lint(withParam('Type: String', 'Engine: mysql\nMasterUsername: !Ref DbPassword'), { ids: ['ADB023'] }), []);
    // A parameter that only names the secret of a dynamic reference passes no password (the widdix templates).
    const dyn = "Engine: mysql\nMasterUserPassword: !Sub '{{resolve:secretsmanager:${DbPassword}:SecretString:password}}'";
    assert.deepEqual(lint(withParam('Type: String', dyn), { ids: ['ADB023'] }), []);
    assert.deepEqual(lint(withParam('Type: String', 'Engine: mysql\nMasterUserPassword: !GetAtt Secret.Password'), { ids: ['ADB023'] }), []);
    const sh = 'aws rds create-db-instance --db-instance-identifier d --engine mysql --db-instance-class db.t3.micro --master-username a --master-user-password "$PW"\n';
    assert.deepEqual(lint(sh, { fileName: 'x.sh', ids: ['ADB023'] }), []);
  });
});
