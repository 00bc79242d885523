import { strict as assert } from 'node:assert';
import { overlaps, parseBackupWindow, parseMaintenanceWindow } from '../../../src/core/rules/rds/windows';
import { dedent, lint, resource } from '../helpers';

const db = (props: string) => resource('AWS::RDS::DBInstance', props);
const cluster = (props: string) => resource('AWS::RDS::DBCluster', props);

describe('ADB002 backups off', () => {
  it('warns on 0 at the value', () => {
    const f = lint(db('Engine: mysql\nBackupRetentionPeriod: 0'), { ids: ['ADB002'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '0');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /point-in-time recovery are off/);
  });
  it('is silent on 1, on a missing value, on read replicas and Aurora members', () => {
    assert.deepEqual(lint(db('BackupRetentionPeriod: 1'), { ids: ['ADB002'] }), []);
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB002'] }), []);
    assert.deepEqual(lint(db('SourceDBInstanceIdentifier: !Ref Main\nBackupRetentionPeriod: 0'), { ids: ['ADB002'] }), []);
    assert.deepEqual(lint(db('DBClusterIdentifier: c\nBackupRetentionPeriod: 0'), { ids: ['ADB002'] }), []);
  });
  it('flags the Fn::If branch that turns backups off', () => {
    const f = lint(db('BackupRetentionPeriod: !If [IsProd, 14, 0]'), { ids: ['ADB002'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '0');
    assert.match(f[0].message, /condition IsProd is false/);
  });
});

describe('ADB003 short retention in production', () => {
  const prod = { production: 'always' as const };
  it('informs on 3 days and on a missing value (default 1 day)', () => {
    const f = lint(db('Engine: postgres\nBackupRetentionPeriod: 3'), { ids: ['ADB003'], ...prod });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '3');
    assert.equal(f[0].severity, 'info');
    const m = lint(cluster('Engine: aurora-mysql'), { ids: ['ADB003'], ...prod });
    assert.equal(m[0].at, 'Db');
    assert.match(m[0].message, /kept 1 day/);
  });
  it('is silent outside production, on 7 or more, and on 0 (ADB002 reports it)', () => {
    assert.deepEqual(lint(db('BackupRetentionPeriod: 3'), { ids: ['ADB003'], production: 'never' }), []);
    assert.deepEqual(lint(db('BackupRetentionPeriod: 7'), { ids: ['ADB003'], ...prod }), []);
    assert.deepEqual(lint(db('BackupRetentionPeriod: 0'), { ids: ['ADB003'], ...prod }), []);
  });
  it('detects production from a tag and reports a parameter default below 7', () => {
    const text = dedent(`
      Parameters:
        Days:
          Type: Number
          Default: 2
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            BackupRetentionPeriod: !Ref Days
            Tags:
              - Key: env
                Value: production
    `);
    const f = lint(text, { ids: ['ADB003'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Days');
    assert.match(f[0].message, /parameter Days defaults to 2/);
  });
});

describe('ADB019 backup and maintenance windows', () => {
  it('parses windows and their lengths, across midnight and the week end', () => {
    assert.deepEqual(parseBackupWindow('03:00-03:30'), { start: 180, length: 30 });
    assert.deepEqual(parseBackupWindow('23:45-00:15'), { start: 1425, length: 30 });
    assert.equal(parseBackupWindow('3:00-03:30'), undefined);
    assert.equal(parseMaintenanceWindow('sun:23:50-mon:00:20')!.length, 30);
    assert.equal(parseMaintenanceWindow('xyz:01:00-sun:02:00'), undefined);
  });
  it('knows adjacent windows do not overlap and contained ones do', () => {
    assert.equal(overlaps(parseBackupWindow('03:00-04:00')!, parseMaintenanceWindow('sun:04:00-sun:05:00')!), false);
    assert.equal(overlaps(parseBackupWindow('03:00-04:00')!, parseMaintenanceWindow('wed:03:30-wed:04:30')!), true);
    assert.equal(overlaps(parseBackupWindow('23:30-00:30')!, parseMaintenanceWindow('mon:00:00-mon:00:30')!), true);
  });
  it('errors on a malformed or short backup window', () => {
    const f = lint(db('PreferredBackupWindow: "3am-4am"'), { ids: ['ADB019'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"3am-4am"');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /not hh24:mi-hh24:mi/);
    const s = lint(cluster('PreferredBackupWindow: 03:00-03:15'), { ids: ['ADB019'] });
    assert.equal(s[0].at, '03:00-03:15');
    assert.match(s[0].message, /15 minutes: it must be at least 30/);
  });
  it('errors on a malformed maintenance window and on an overlap, pointing at the backup window', () => {
    assert.equal(lint(db('PreferredMaintenanceWindow: sunday:04:00-sunday:05:00'), { ids: ['ADB019'] })[0].at, 'sunday:04:00-sunday:05:00');
    const f = lint(db('PreferredBackupWindow: "04:00-05:00"\nPreferredMaintenanceWindow: "sun:04:30-sun:05:30"'), { ids: ['ADB019'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"04:00-05:00"');
    assert.match(f[0].message, /overlaps PreferredMaintenanceWindow/);
  });
  it('accepts the study guide example and pairs Fn::If branches', () => {
    assert.deepEqual(lint(db('PreferredBackupWindow: "03:00-04:00"\nPreferredMaintenanceWindow: "sun:04:00-sun:05:00"'), { ids: ['ADB019'] }), []);
    const text = db('PreferredBackupWindow: !If [A, "03:00-04:00", "05:00-06:00"]\nPreferredMaintenanceWindow: !If [A, "sun:05:00-sun:06:00", "sun:03:00-sun:04:00"]');
    assert.deepEqual(lint(text, { ids: ['ADB019'] }), []);
  });
  it('skips the backup window of an Aurora member and unknown values', () => {
    assert.deepEqual(lint(db('Engine: aurora-mysql\nDBClusterIdentifier: c\nPreferredBackupWindow: bad'), { ids: ['ADB019'] }), []);
    const text = resource('AWS::RDS::DBInstance', 'PreferredBackupWindow: !Ref W', 'Parameters:\n  W:\n    Type: String\n');
    assert.deepEqual(lint(text, { ids: ['ADB019'] }), []);
  });
});
