/** The RDS rules in the AWS CLI and CDK forms: setting names in the reader's form, no guessing on modify commands. */
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

const ids = ['ADB002', 'ADB006', 'ADB007', 'ADB008', 'ADB011', 'ADB012', 'ADB013', 'ADB016', 'ADB017', 'ADB019'];

describe('RDS rules on AWS CLI scripts', () => {
  const sh = [
    '#!/bin/bash',
    'aws rds create-db-instance \\',
    '  --db-instance-identifier production-mysql \\',
    '  --db-instance-class db.r6g.2xlarge \\',
    '  --engine mysql \\',
    '  --master-username admin \\',
    "  --master-user-password 'SecurePassword123!' \\",
    '  --allocated-storage 500 \\',
    '  --storage-type gp2 \\',
    '  --iops 12000 \\',
    '  --backup-retention-period 0 \\',
    '  --preferred-backup-window "03:00-04:00" \\',
    '  --preferred-maintenance-window "sun:03:30-sun:05:00"',
    'aws rds modify-db-instance --db-instance-identifier other --publicly-accessible',
    '',
  ].join('\n');
  const f = lint(sh, { fileName: 'deploy.sh', ids, production: 'always' });
  const by = (id: string) => f.filter((x) => x.ruleId === id);

  it('names CLI flags and points at the flag values', () => {
    assert.equal(by('ADB012')[0].at, "'SecurePassword123!'");
    assert.match(by('ADB012')[0].message, /--master-user-password is a literal password in the script: use --manage-master-user-password/);
    assert.match(by('ADB008')[0].message, /^--storage-type gp2/);
    // --iops beside gp2: no AWS reference says RDS rejects the pair, so ADB011 stays silent.
    assert.deepEqual(by('ADB011'), []);
    assert.equal(by('ADB002')[0].at, '0');
    assert.match(by('ADB019')[0].message, /--preferred-backup-window "03:00-04:00" overlaps --preferred-maintenance-window/);
  });
  it('reports missing settings on create commands only, never on modify commands', () => {
    assert.equal(by('ADB007').length, 1);
    assert.match(by('ADB007')[0].message, /^--multi-az is not set/);
    assert.equal(by('ADB013').length, 1);
    // The modify command sets only --publicly-accessible: reported, and nothing about what it leaves unchanged.
    assert.equal(by('ADB006').length, 1);
    assert.equal(by('ADB006')[0].at, '--publicly-accessible');
    assert.equal(by('ADB006')[0].finding.resource, 'other');
    assert.ok(f.every((x) => x.finding.resource !== 'other' || x.ruleId === 'ADB006'));
  });
  it('runs ADB016 on CloudFormation only', () => {
    assert.equal(by('ADB016').length, 0);
  });
});

describe('RDS rules on CDK code', () => {
  const ts = [
    "import * as rds from 'aws-cdk-lib/aws-rds';",
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
    "import { SecretValue, Stack } from 'aws-cdk-lib';",
    'export class S extends Stack {',
    '  constructor(scope: any, id: string) {',
    '    super(scope, id);',
    "    const vpc = new ec2.Vpc(this, 'Vpc');",
    "    new rds.DatabaseInstance(this, 'Db', {",
    '      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_5_7_44 }),',
    '      vpc,',
    '      storageType: rds.StorageType.GP2,',
    '      publiclyAccessible: true,',
    "      credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText('hunter2hunter2')),",
    '    });',
    '  }',
    '}',
    '',
  ].join('\n');
  const f = lint(ts, { fileName: 'stack.ts', ids, production: 'always' });
  const by = (id: string) => f.filter((x) => x.ruleId === id);

  it('names CDK props', () => {
    assert.match(by('ADB006')[0].message, /^publiclyAccessible is true/);
    assert.equal(by('ADB006')[0].at, 'true');
    assert.match(by('ADB008')[0].message, /^storageType gp2/);
    assert.match(by('ADB007')[0].message, /^multiAz is not set/);
    assert.match(by('ADB017')[0].message, /MySQL 5.7, past RDS end of standard support on 2024-02-29/);
    assert.equal(by('ADB016').length, 0);
  });
  it('reports a plain-text password without repeating it', () => {
    assert.equal(by('ADB012')[0].at, "'hunter2hunter2'");
    assert.match(by('ADB012')[0].message, /^credentials is a literal password in the code: use Credentials.fromGeneratedSecret\(\)/);
    assert.ok(!by('ADB012')[0].message.includes('hunter2'));
  });
});
