import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const PROXY = 'AWS::RDS::DBProxy';
const RI = 'AWS::DMS::ReplicationInstance';
const proxy = 'DBProxyName: p\nEngineFamily: MYSQL\nRoleArn: !GetAtt Role.Arn\nVpcSubnetIds: [subnet-1, subnet-2]\n';
const auth = (iam: string) => `Auth:\n  - AuthScheme: SECRETS\n    SecretArn: !Ref Secret\n${iam}`;

describe('ADB080 RDS Proxy TLS', () => {
  it('flags a proxy without RequireTLS on the logical ID and false on the value', () => {
    const f = lint(resource(PROXY, proxy), { ids: ['ADB080'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual(lint(resource(PROXY, `${proxy}RequireTLS: false\n`), { ids: ['ADB080'] }).map((x) => x.at), ['false']);
  });
  it('accepts true and a parameter that only allows true', () => {
    assert.deepEqual(lint(resource(PROXY, `${proxy}RequireTLS: true\n`), { ids: ['ADB080'] }), []);
    const p = resource(PROXY, `${proxy}RequireTLS: !Ref Tls\n`, 'Parameters:\n  Tls:\n    Type: String\n    AllowedValues: ["true"]\n');
    assert.deepEqual(lint(p, { ids: ['ADB080'] }), []);
  });
});

describe('ADB081 RDS Proxy IAM authentication', () => {
  it('informs on an Auth entry without IAMAuth, at its SecretArn key, and on DISABLED', () => {
    const f = lint(resource(PROXY, proxy + auth('')), { ids: ['ADB081'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'SecretArn');
    assert.equal(f[0].severity, 'info');
    const d = lint(resource(PROXY, proxy + auth('    IAMAuth: DISABLED\n')), { ids: ['ADB081'] });
    assert.deepEqual(d.map((x) => x.at), ['DISABLED']);
  });
  it('accepts REQUIRED and a proxy with end-to-end IAM (DefaultAuthScheme IAM_AUTH)', () => {
    assert.deepEqual(lint(resource(PROXY, proxy + auth('    IAMAuth: REQUIRED\n')), { ids: ['ADB081'] }), []);
    assert.deepEqual(lint(resource(PROXY, `${proxy}DefaultAuthScheme: IAM_AUTH\n${auth('')}`), { ids: ['ADB081'] }), []);
  });
});

describe('ADB082 DMS public replication instance', () => {
  it('flags a missing PubliclyAccessible (default true) and true on the value', () => {
    const f = lint(resource(RI, 'ReplicationInstanceClass: dms.t3.medium\n'), { ids: ['ADB082'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /defaults to true/);
    assert.deepEqual(lint(resource(RI, 'ReplicationInstanceClass: dms.t3.medium\nPubliclyAccessible: "true"\n'), { ids: ['ADB082'] }).map((x) => x.at), ['"true"']);
  });
  it('accepts false, and checks each Fn::If branch', () => {
    assert.deepEqual(lint(resource(RI, 'ReplicationInstanceClass: dms.t3.medium\nPubliclyAccessible: false\n'), { ids: ['ADB082'] }), []);
    const f = lint(resource(RI, 'ReplicationInstanceClass: dms.t3.medium\nPubliclyAccessible: !If [Lab, true, false]\n'), { ids: ['ADB082'] });
    assert.deepEqual(f.map((x) => x.at), ['true']);
    assert.match(f[0].message, /condition Lab is true/);
  });
});

describe('ADB083 DMS Multi-AZ for CDC in production', () => {
  const template = (type: string, multiAz = '') => dedent(`
    Resources:
      Instance:
        Type: AWS::DMS::ReplicationInstance
        Properties:
          ReplicationInstanceClass: dms.r5.large
          PubliclyAccessible: false
          ${multiAz || 'AllocatedStorage: 100'}
      Task:
        Type: AWS::DMS::ReplicationTask
        Properties:
          MigrationType: ${type}
          ReplicationInstanceArn: !Ref Instance
          SourceEndpointArn: !Ref Src
          TargetEndpointArn: !Ref Dst
          TableMappings: '{}'
  `);
  it('informs on an instance used by a CDC task, in production only', () => {
    assert.deepEqual(lint(template('full-load-and-cdc'), { ids: ['ADB083'] }), []);
    const f = lint(template('cdc'), { ids: ['ADB083'], production: 'always' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Instance');
    assert.equal(f[0].severity, 'info');
    assert.deepEqual(lint(template('cdc', 'MultiAZ: false'), { ids: ['ADB083'], production: 'always' }).map((x) => x.at), ['false']);
  });
  it('ignores full-load tasks and Multi-AZ instances', () => {
    assert.deepEqual(lint(template('full-load'), { ids: ['ADB083'], production: 'always' }), []);
    assert.deepEqual(lint(template('cdc', 'MultiAZ: true'), { ids: ['ADB083'], production: 'always' }), []);
  });
});

describe('RDS Proxy and DMS rules in AWS CLI scripts', () => {
  it('flags --publicly-accessible and a missing flag, and accepts --no-publicly-accessible', () => {
    const base = 'aws dms create-replication-instance --replication-instance-identifier d --replication-instance-class dms.t3.small';
    const f = lint(`${base} --publicly-accessible\n`, { fileName: 'deploy.sh', ids: ['ADB082'] });
    assert.deepEqual(f.map((x) => x.at), ['--publicly-accessible']);
    assert.match(lint(`${base}\n`, { fileName: 'deploy.sh', ids: ['ADB082'] })[0].message, /set --no-publicly-accessible/);
    assert.deepEqual(lint(`${base} --no-publicly-accessible\n`, { fileName: 'deploy.sh', ids: ['ADB082'] }), []);
  });
  it('accepts the seed proxy command with --require-tls and IAMAuth REQUIRED', () => {
    const sh = `aws rds create-db-proxy --db-proxy-name p --engine-family MYSQL --auth '[{"AuthScheme":"SECRETS","SecretArn":"arn:aws:secretsmanager:us-east-1:1:secret:x","IAMAuth":"REQUIRED"}]' --role-arn arn:aws:iam::1:role/R --vpc-subnet-ids subnet-1 subnet-2 --require-tls\n`;
    assert.deepEqual(lint(sh, { fileName: 'deploy.sh', ids: ['ADB080', 'ADB081'] }), []);
    assert.equal(lint(sh.replace(' --require-tls', ''), { fileName: 'deploy.sh', ids: ['ADB080'] }).length, 1);
  });
});
