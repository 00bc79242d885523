import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

describe('ADB001 backup retention range', () => {
  it('flags 40 on the value', () => {
    const f = lint(resource('AWS::RDS::DBInstance', 'BackupRetentionPeriod: 40\nStorageEncrypted: true'), { ids: ['ADB001'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '40');
    assert.equal(f[0].severity, 'error');
  });
  it('accepts 0, 7 and 35', () => {
    for (const v of [0, 7, 35]) assert.deepEqual(lint(resource('AWS::RDS::DBInstance', `BackupRetentionPeriod: ${v}`), { ids: ['ADB001'] }), []);
  });
  it('checks every allowed value of a parameter and names it, pointing at both places', () => {
    const text = dedent(`
      Parameters:
        Retention:
          Type: Number
          AllowedValues: [7, 60]
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            BackupRetentionPeriod: !Ref Retention
    `);
    const f = lint(text, { ids: ['ADB001'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Retention');
    assert.match(f[0].message, /parameter Retention allows 60/);
    assert.equal(text.slice(f[0].finding.related[0].span.start, f[0].finding.related[0].span.end), '60');
  });
  it('gives no finding for a parameter without default or allowed values', () => {
    const text = resource('AWS::RDS::DBInstance', 'BackupRetentionPeriod: !Ref Retention', 'Parameters:\n  Retention:\n    Type: Number\n');
    assert.deepEqual(lint(text, { ids: ['ADB001'] }), []);
  });
  it('checks each Fn::If branch', () => {
    const text = resource('AWS::RDS::DBInstance', 'BackupRetentionPeriod: !If [IsProd, 14, 90]');
    const f = lint(text, { ids: ['ADB001'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '90');
    assert.match(f[0].message, /when condition IsProd is false/);
  });
  it('reads JSON templates with exact ranges', () => {
    const text = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "BackupRetentionPeriod": "36" }\n    }\n  }\n}\n';
    const f = lint(text, { ids: ['ADB001'], fileName: 't.json' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"36"');
    assert.equal(f[0].line, 4);
  });
});

describe('ADB004 storage encryption', () => {
  it('flags a missing StorageEncrypted on the logical ID', () => {
    const f = lint(resource('AWS::RDS::DBInstance', 'Engine: mysql'), { ids: ['ADB004'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.match(f[0].message, /cannot be turned on after creation/);
  });
  it('flags false on the value and passes true', () => {
    assert.equal(lint(resource('AWS::RDS::DBInstance', 'Engine: mysql\nStorageEncrypted: false'), { ids: ['ADB004'] })[0].at, 'false');
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'Engine: mysql\nStorageEncrypted: "true"'), { ids: ['ADB004'] }), []);
  });
  it('skips Aurora instances and read replicas', () => {
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'Engine: aurora-mysql\nDBClusterIdentifier: c'), { ids: ['ADB004'] }), []);
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'SourceDBInstanceIdentifier: !Ref Src'), { ids: ['ADB004'] }), []);
  });
  it('does not call an RDS Custom instance without StorageEncrypted unencrypted (the API takes only true or unset)', () => {
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'Engine: custom-oracle-ee\nKmsKeyId: alias/custom'), { ids: ['ADB004'] }), []);
    assert.equal(lint(resource('AWS::RDS::DBInstance', 'Engine: custom-oracle-ee\nStorageEncrypted: false'), { ids: ['ADB004'] }).length, 1);
  });
  it('honours Metadata and inline suppressions', () => {
    const meta = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Metadata:\n      aws-db-architect:\n        ignore: [ADB004]\n    Properties:\n      StorageEncrypted: false\n';
    assert.deepEqual(lint(meta, { ids: ['ADB004'] }), []);
    const inline = resource('AWS::RDS::DBInstance', 'StorageEncrypted: false # aws-db-architect-ignore ADB004');
    assert.deepEqual(lint(inline, { ids: ['ADB004'] }), []);
    const other = resource('AWS::RDS::DBInstance', 'StorageEncrypted: false # aws-db-architect-ignore ADB001');
    assert.equal(lint(other, { ids: ['ADB004'] }).length, 1);
  });
});

describe('ADB001 on DB clusters', () => {
  it('flags 0 on a DB cluster (1–35) but not on a DB instance (0–35)', () => {
    const f = lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nBackupRetentionPeriod: 0'), { ids: ['ADB001'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '0');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /outside 1–35 days for a DB cluster/);
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'BackupRetentionPeriod: 0'), { ids: ['ADB001'] }), []);
    assert.deepEqual(lint(resource('AWS::RDS::DBCluster', 'BackupRetentionPeriod: 35'), { ids: ['ADB001'] }), []);
  });
});

describe('ADB007 Multi-AZ in production', () => {
  it('asks for Multi-AZ on a production SQL Server Standard instance but not on Express Edition, which has no Multi-AZ', () => {
    assert.equal(lint(resource('AWS::RDS::DBInstance', 'Engine: sqlserver-se'), { ids: ['ADB007'], production: 'always' }).length, 1);
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'Engine: sqlserver-ex'), { ids: ['ADB007'], production: 'always' }), []);
    assert.deepEqual(lint(resource('AWS::RDS::DBInstance', 'Engine: sqlserver-ex\nMultiAZ: false'), { ids: ['ADB007'], production: 'always' }), []);
  });
});
