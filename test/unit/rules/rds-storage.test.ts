import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const db = (props: string) => resource('AWS::RDS::DBInstance', props);

describe('ADB008 gp2 storage', () => {
  it('suggests gp3 on the gp2 value, as information', () => {
    const f = lint(db('Engine: mysql\nStorageType: gp2'), { ids: ['ADB008'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'gp2');
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /consider gp3, which gives a 3,000 IOPS baseline at any size/);
    // No price claim: the RDS documentation does not state the storage prices.
    assert.doesNotMatch(f[0].message, /price|cheaper/);
  });
  it('is silent on large gp2 volumes, whose baseline is above gp3\'s 12,000 IOPS, and on an unknown size', () => {
    assert.deepEqual(lint(db('Engine: mysql\nStorageType: gp2\nAllocatedStorage: 5000'), { ids: ['ADB008'] }), []);
    assert.equal(lint(db('Engine: mysql\nStorageType: gp2\nAllocatedStorage: 4000'), { ids: ['ADB008'] }).length, 1);
    const text = resource('AWS::RDS::DBInstance', 'StorageType: gp2\nAllocatedStorage: !Ref Size', 'Parameters:\n  Size:\n    Type: Number\n');
    assert.deepEqual(lint(text, { ids: ['ADB008'] }), []);
  });
  it('is silent on gp3, on a missing StorageType and on Aurora members', () => {
    assert.deepEqual(lint(db('StorageType: gp3'), { ids: ['ADB008'] }), []);
    assert.deepEqual(lint(db('Engine: mysql'), { ids: ['ADB008'] }), []);
    assert.deepEqual(lint(db('Engine: aurora-mysql\nDBClusterIdentifier: c\nStorageType: gp2'), { ids: ['ADB008'] }), []);
  });
  it('checks the branch of Fn::If that says gp2', () => {
    const f = lint(db('StorageType: !If [Big, io2, gp2]'), { ids: ['ADB008'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'gp2');
    assert.match(f[0].message, /when condition Big is false/);
  });
});

describe('ADB009 magnetic storage', () => {
  it('warns on standard', () => {
    const f = lint(db('StorageType: standard'), { ids: ['ADB009'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'standard');
    assert.equal(f[0].severity, 'warning');
  });
  it('names the parameter whose default is standard, and passes gp3', () => {
    const text = resource('AWS::RDS::DBInstance', 'StorageType: !Ref Type', 'Parameters:\n  Type:\n    Type: String\n    Default: standard\n');
    const f = lint(text, { ids: ['ADB009'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Type');
    assert.match(f[0].message, /parameter Type defaults to "standard"/);
    assert.deepEqual(lint(db('StorageType: gp3'), { ids: ['ADB009'] }), []);
  });
});

describe('ADB010 allocated storage range', () => {
  it('flags 10 GiB of gp3 and 50 GiB of io1 on the value', () => {
    const a = lint(db('Engine: mysql\nStorageType: gp3\nAllocatedStorage: 10'), { ids: ['ADB010'] });
    assert.equal(a.length, 1);
    assert.equal(a[0].at, '10');
    assert.equal(a[0].severity, 'error');
    assert.match(a[0].message, /outside 20–65536 GiB for gp3/);
    const b = lint(db('Engine: postgres\nStorageType: io1\nAllocatedStorage: "50"\nIops: 1000'), { ids: ['ADB010'] });
    assert.equal(b[0].at, '"50"');
    assert.match(b[0].message, /100–65536 GiB for io1/);
  });
  it('uses the SQL Server and Oracle limits', () => {
    // SQL Server above 16,384 GiB: the User Guide allows a 64 TiB primary volume, the API reference says 16,384: no error.
    assert.deepEqual(lint(db('Engine: sqlserver-se\nStorageType: gp3\nAllocatedStorage: 20000'), { ids: ['ADB010'] }), []);
    assert.deepEqual(lint(db('Engine: sqlserver-ee\nStorageType: io2\nAllocatedStorage: 65536\nIops: 100000'), { ids: ['ADB010'] }), []);
    const s = lint(db('Engine: sqlserver-se\nStorageType: gp3\nAllocatedStorage: 70000'), { ids: ['ADB010'] });
    assert.equal(s.length, 1);
    assert.match(s[0].message, /20–65536 GiB for gp3 storage on SQL Server/);
    assert.equal(lint(db('Engine: sqlserver-web\nStorageType: io1\nAllocatedStorage: 50\nIops: 1000'), { ids: ['ADB010'] }).length, 1);
    assert.deepEqual(lint(db('Engine: mysql\nStorageType: gp3\nAllocatedStorage: 20000'), { ids: ['ADB010'] }), []);
    assert.equal(lint(db('Engine: oracle-ee\nStorageType: standard\nAllocatedStorage: 5'), { ids: ['ADB010'] }).length, 1);
    assert.deepEqual(lint(db('Engine: mysql\nStorageType: standard\nAllocatedStorage: 5'), { ids: ['ADB010'] }), []);
  });
  it('does not guess the storage type, nor the engine', () => {
    assert.deepEqual(lint(db('Engine: mysql\nAllocatedStorage: 5'), { ids: ['ADB010'] }), []);
    // Engine unknown: the widest range of any engine (20000 GiB is fine for MySQL).
    const text = resource('AWS::RDS::DBInstance', 'Engine: !Ref Engine\nStorageType: gp3\nAllocatedStorage: 20000', 'Parameters:\n  Engine:\n    Type: String\n');
    assert.deepEqual(lint(text, { ids: ['ADB010'] }), []);
  });
  it('checks parameter MinValue and MaxValue, pointing at the Ref', () => {
    const text = dedent(`
      Parameters:
        Size:
          Type: Number
          Default: 100
          MinValue: 5
          MaxValue: 1024
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: mysql
            StorageType: gp2
            AllocatedStorage: !Ref Size
    `);
    const f = lint(text, { ids: ['ADB010'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Size');
    // The Default (100) is in range; only the MinValue is not: information.
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, 'Parameter Size also accepts 5 (MinValue); its default 100 is not flagged. If 5 is chosen: AllocatedStorage 5 GiB is outside 20–65536 GiB for gp2 storage: choose a size in that range.');
  });
  it('pairs Fn::If branches of the same condition only', () => {
    const ok = db('Engine: mysql\nStorageType: !If [Big, io1, gp3]\nAllocatedStorage: !If [Big, 200, 20]\nIops: !If [Big, 2000, !Ref AWS::NoValue]');
    assert.deepEqual(lint(ok, { ids: ['ADB010'] }), []);
    const bad = db('Engine: mysql\nStorageType: !If [Big, io1, gp3]\nAllocatedStorage: !If [Big, 50, 20]');
    const f = lint(bad, { ids: ['ADB010'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '50');
  });
});

describe('ADB011 Iops range', () => {
  it('does not claim an error for Iops on gp2 or magnetic storage (no AWS reference says RDS rejects it)', () => {
    assert.deepEqual(lint(db('StorageType: gp2\nAllocatedStorage: 100\nIops: 3000'), { ids: ['ADB011'] }), []);
    assert.deepEqual(lint(db('StorageType: standard\nIops: 1000'), { ids: ['ADB011'] }), []);
    // Iops 0 moves an instance off Provisioned IOPS.
    assert.deepEqual(lint(db('StorageType: gp2\nIops: 0'), { ids: ['ADB011'] }), []);
  });
  it('does not assume io1 for a modify command without --storage-type (the instance keeps its type)', () => {
    const modify = 'aws rds modify-db-instance --db-instance-identifier db1 --allocated-storage 100 --iops 6000\n';
    assert.deepEqual(lint(modify, { fileName: 'deploy.sh', ids: ['ADB011'] }), []);
    // The same values on a create command: io1 by default, 60 IOPS per GiB.
    const create = 'aws rds create-db-instance --db-instance-identifier db1 --engine mysql --db-instance-class db.m5.large --allocated-storage 100 --iops 6000\n';
    const f = lint(create, { fileName: 'deploy.sh', ids: ['ADB011'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '6000');
  });
  it('flags io1/io2 outside 1,000–256,000 and gp3 outside 3,000–64,000', () => {
    assert.match(lint(db('StorageType: io2\nAllocatedStorage: 100\nIops: 500'), { ids: ['ADB011'] })[0].message, /outside 1000–256000 for io2/);
    assert.match(lint(db('StorageType: gp3\nAllocatedStorage: 1000\nIops: 80000'), { ids: ['ADB011'] })[0].message, /outside 3000–64000 for gp3/);
    // Below 400 GiB gp3 takes no Iops: the message says so rather than only asking for a value in range.
    assert.match(lint(db('StorageType: gp3\nAllocatedStorage: 100\nIops: 1000'), { ids: ['ADB011'] })[0].message, /below 400 GiB, 200 GiB for Oracle, gp3 takes no Iops/);
    assert.deepEqual(lint(db('StorageType: gp3\nAllocatedStorage: 1000\nIops: 12000'), { ids: ['ADB011'] }), []);
    assert.deepEqual(lint(db('StorageType: io2\nAllocatedStorage: 1000\nIops: 256000'), { ids: ['ADB011'] }), []);
  });
  it('uses io1 when StorageType is absent, and checks the io1 ratio', () => {
    const f = lint(db('Engine: mysql\nAllocatedStorage: "100"\nIops: "6000"'), { ids: ['ADB011'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"6000"');
    assert.match(f[0].message, /60 IOPS per GiB of 100 GiB: io1 takes 0.5–50 per GiB/);
    // The corpus RDS_PIOPS sample: 1000 IOPS on 100 GiB, default io1.
    assert.deepEqual(lint(db('Engine: MySQL\nAllocatedStorage: "100"\nIops: "1000"'), { ids: ['ADB011'] }), []);
    assert.equal(lint(db('Engine: sqlserver-ee\nStorageType: io1\nAllocatedStorage: 2000\nIops: 1500'), { ids: ['ADB011'] }).length, 1);
  });
  it('gives no finding for unknown values or Aurora members', () => {
    const text = resource('AWS::RDS::DBInstance', 'StorageType: gp2\nIops: !Ref Iops', 'Parameters:\n  Iops:\n    Type: Number\n');
    assert.deepEqual(lint(text, { ids: ['ADB011'] }), []);
    assert.deepEqual(lint(db('Engine: aurora-postgresql\nDBClusterIdentifier: c\nIops: 10'), { ids: ['ADB011'] }), []);
  });
});
