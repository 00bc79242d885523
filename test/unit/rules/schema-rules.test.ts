import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/engine';
import { applyFix } from '../../../src/core/fixes';
import { resourceSchema, setSchemaSource } from '../../../src/core/schema';
import { dedent, lint, resource } from '../helpers';

const IDS = ['ADB090', 'ADB091', 'ADB092'];
const db = (props: string, extra = '') => lint(resource('AWS::RDS::DBInstance', props, extra), { ids: IDS });

describe('schema table (data/cfn-schema)', () => {
  it('holds the database resource types with their property types, required properties and enums', () => {
    const inst = resourceSchema('AWS::RDS::DBInstance')!;
    assert.equal(inst.p.MultiAZ.t, 'b');
    assert.equal(inst.p.BackupRetentionPeriod.t, 'i');
    assert.equal(inst.p.MasterUserSecret.t, '@MasterUserSecret');
    assert.ok(inst.types?.MasterUserSecret.p.SecretArn);
    assert.deepEqual(resourceSchema('AWS::RDS::GlobalCluster')!.p.Engine.e, ['aurora', 'aurora-mysql', 'aurora-postgresql']);
    assert.equal(resourceSchema('AWS::DynamoDB::Table')!.p.KeySchema.r, 1);
    for (const t of ['AWS::DynamoDB::Table', 'AWS::ElastiCache::ReplicationGroup', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::Redshift::Cluster', 'AWS::OpenSearchService::Domain', 'AWS::Cassandra::Table', 'AWS::Timestream::Table', 'AWS::DSQL::Cluster', 'AWS::DMS::Endpoint', 'AWS::RDS::DBProxy', 'AWS::MemoryDB::Cluster', 'AWS::DAX::Cluster', 'AWS::Elasticsearch::Domain', 'AWS::EC2::SecurityGroup']) {
      assert.ok(resourceSchema(t), t);
    }
    assert.equal(resourceSchema('AWS::S3::Bucket'), undefined);
  });
});

describe('ADB090 unknown property', () => {
  it('fires on the key, with the nearest property and a rename fix', () => {
    const text = resource('AWS::RDS::DBInstance', 'Engine: postgres\nBackupRetentionPeriods: 7');
    const f = lint(text, { ids: IDS });
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'ADB090');
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, 'BackupRetentionPeriods');
    assert.match(f[0].message, /BackupRetentionPeriods is not a property of AWS::RDS::DBInstance: did you mean BackupRetentionPeriod\?/);
    const fixed = applyFix(text, f[0].finding.fixes.find((x) => x.title === 'Rename to BackupRetentionPeriod')!);
    assert.match(fixed, /\n {6}BackupRetentionPeriod: 7\n/);
    assert.deepEqual(lint(fixed, { ids: IDS }), []);
  });
  it('suggests a property that differs only in case, and keeps JSON quotes in the fix', () => {
    const text = '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"Multiaz": true}}}}';
    const f = lint(text, { ids: IDS, fileName: 't.json' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"Multiaz"');
    assert.match(f[0].message, /did you mean MultiAZ\?/);
    assert.equal(applyFix(text, f[0].finding.fixes.find((x) => x.title === 'Rename to MultiAZ')!), text.replace('"Multiaz"', '"MultiAZ"'));
  });
  it('checks keys inside property types and tags', () => {
    const f = db('MasterUserSecret:\n  SecretArnx: y\nTags:\n  - Key: a\n    Value: b\n    Extra: c');
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB090', 'SecretArnx'], ['ADB090', 'Extra']]);
    assert.match(f[0].message, /property type MasterUserSecret: did you mean SecretArn\?/);
    assert.match(f[1].message, /not a property of a Tag/);
  });
  it('names no property when none is near', () => {
    const f = db('Zzzzzzzzzzzz: 1');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /not a property of AWS::RDS::DBInstance \(CloudFormation rejects/);
    assert.deepEqual(f[0].finding.fixes.filter((x) => /Rename/.test(x.title)), []);
  });
  it('is silent on read-only properties, Fn::ForEach keys, Fn::Transform, macro templates and other types', () => {
    assert.deepEqual(lint(resource('AWS::Neptune::DBCluster', 'Port: 8182'), { ids: IDS }), []);
    assert.deepEqual(db('Fn::Transform:\n  Name: AWS::Include\n  Parameters: {Location: s3://b/k}\nFoo: 1'), []);
    assert.deepEqual(db('Foo: 1', 'Transform: MyMacro\n'), []);
    assert.deepEqual(db('Foo: 1', 'Transform: [AWS::Serverless-2016-10-31, MyMacro]\n').length, 0);
    assert.equal(db('Foo: 1', 'Transform: AWS::Serverless-2016-10-31\n').length, 1);
    assert.deepEqual(lint(resource('AWS::S3::Bucket', 'Foo: 1'), { ids: IDS }), []);
    assert.deepEqual(lint(resource('Custom::Thing', 'Foo: 1'), { ids: IDS }), []);
  });
  it('is silent when the whole Properties or an object is an intrinsic function', () => {
    assert.deepEqual(db('MasterUserSecret: !If [C, {KmsKeyId: k}, !Ref AWS::NoValue]'), []);
    assert.deepEqual(db('MasterUserSecret:\n  Fn::If: [C, {Nonsense: k}, !Ref AWS::NoValue]'), []);
  });
});

describe('ADB091 value of the wrong type', () => {
  it('fires on the value: MultiAZ maybe, AllocatedStorage lots, a boolean where an integer goes', () => {
    const f = db('MultiAZ: maybe\nAllocatedStorage: lots\nPromotionTier: true\nBackupRetentionPeriod: seven');
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB091', 'maybe'], ['ADB091', 'lots'], ['ADB091', 'true'], ['ADB091', 'seven']]);
    assert.match(f[0].message, /^MultiAZ must be a boolean; "maybe" is a string CloudFormation cannot convert to it\.$/);
    assert.match(f[1].message, /AllocatedStorage must be a whole number \(digits only\)/);
    assert.ok(f.every((x) => x.severity === 'error'));
  });
  it('fires on lists and objects where a scalar goes, and a scalar where a list or object goes', () => {
    const f = db('MasterUsername: [a]\nLicenseModel: {a: b}\nDBSecurityGroups: sg-1\nTags: {Key: a, Value: b}\nMasterUserSecret: arn');
    assert.deepEqual(f.map((x) => x.at), ['[a]', '{a: b}', 'sg-1', '{Key: a, Value: b}', 'arn']);
    assert.match(f[2].message, /DBSecurityGroups must be a list of string/);
    assert.match(f[4].message, /MasterUserSecret must be an object \(MasterUserSecret\)/);
  });
  it('checks nested values by their path', () => {
    const f = lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nServerlessV2ScalingConfiguration:\n  MinCapacity: "0.5"\n  MaxCapacity: lots'), { ids: IDS });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'lots');
    assert.match(f[0].message, /^ServerlessV2ScalingConfiguration\.MaxCapacity must be a number/);
  });
  it('accepts what CloudFormation converts: numeric strings, "true"/"false" in any case, numbers and booleans as strings', () => {
    assert.deepEqual(db('AllocatedStorage: "20"\nMaxAllocatedStorage: "200"\nStorageEncrypted: "true"\nDeletionProtection: "True"\nMultiAZ: "FALSE"\nPort: 5432\nDBInstanceClass: 12\nEngine: true\nMonitoringInterval: " 5"\nIops: 1000'), []);
    assert.deepEqual(lint(resource('AWS::DynamoDB::Table', 'ProvisionedThroughput: {ReadCapacityUnits: "5", WriteCapacityUnits: 1.5}'), { ids: ['ADB091'] }), []);
  });
  it('leaves unquoted YAML 1.1 booleans, nulls, floats in integers and placeholders alone', () => {
    assert.deepEqual(db('MultiAZ: yes\nStorageEncrypted: off\nDeletionProtection:\nPromotionTier: 1.5\nCopyTagsToSnapshot: "${Flag}"'), []);
    // Quoted, "yes" is a string: CloudFormation does not convert it.
    assert.equal(db('MultiAZ: "yes"').length, 1);
  });
  it('is silent on intrinsic functions and parameters, even with a wrong default', () => {
    const extra = 'Parameters:\n  P:\n    Type: String\n    Default: maybe\nConditions:\n  C: !Equals [a, b]\n';
    assert.deepEqual(db('MultiAZ: !Ref P\nPubliclyAccessible: !If [C, true, maybe]\nAllocatedStorage: !Sub "${P}"\nMasterUsername: {"Fn::ImportValue": x}', extra), []);
  });
});

describe('ADB092 value outside the schema enum', () => {
  it('fires on the value, case-sensitively, with the nearest allowed value as a fix', () => {
    const text = resource('AWS::RDS::GlobalCluster', 'Engine: Aurora-mysql');
    const f = lint(text, { ids: IDS });
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'ADB092');
    assert.equal(f[0].at, 'Aurora-mysql');
    assert.match(f[0].message, /Engine Aurora-mysql is not one of the values CloudFormation allows \(aurora, aurora-mysql, aurora-postgresql\): did you mean aurora-mysql\?/);
    assert.match(applyFix(text, f[0].finding.fixes.find((x) => x.title === 'Change to aurora-mysql')!), /Engine: aurora-mysql\n/);
  });
  it('accepts the allowed values, booleans written for "true"/"false" enums, and properties with no closed enum', () => {
    assert.deepEqual(lint(resource('AWS::MemoryDB::Cluster', 'ClusterName: x\nNodeType: db.r6g.large\nACLName: a\nDataTiering: true\nNetworkType: ipv4'), { ids: IDS }), []);
    assert.deepEqual(lint(resource('AWS::DynamoDB::Table', 'KeySchema: [{AttributeName: a, KeyType: HASH}]\nBillingMode: ON_DEMAND'), { ids: ['ADB092'] }), []);
    assert.deepEqual(db('Engine: postgress'), []);
  });
  it('is silent on parameters', () => {
    const extra = 'Parameters:\n  E:\n    Type: String\n    Default: mysql\n';
    assert.deepEqual(lint(resource('AWS::RDS::GlobalCluster', 'Engine: !Ref E', extra), { ids: IDS }), []);
  });
});

describe('schema checks without the table', () => {
  afterEach(() => setSchemaSource(undefined));
  it('say once that the table is missing, and report nothing', () => {
    setSchemaSource(() => undefined);
    const text = resource('AWS::RDS::DBInstance', 'BackupRetentionPeriods: 7');
    const a = analyze(text, { fileName: 't.yaml', only: IDS });
    assert.deepEqual(a.findings, []);
    assert.deepEqual(a.internalErrors, []);
  });
  it('a corrupt table is not used', () => {
    setSchemaSource(() => ({ nonsense: true }));
    assert.deepEqual(analyze(resource('AWS::RDS::DBInstance', 'Foo: 1'), { fileName: 't.yaml', only: IDS }).findings, []);
  });
});

describe('schema checks stay within one finding per problem', () => {
  it('no other rule reports a value ADB091 reports (all rules, production)', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            MultiAZ: maybe
            StorageEncrypted: "yes"
            DeletionProtection: sure
            PubliclyAccessible: 1
            BackupRetentionPeriod: seven
            AllocatedStorage: lots
            EnablePerformanceInsights: 0
        C:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: x
            AtRestEncryptionEnabled: maybe
            TransitEncryptionEnabled: 1
            AutomaticFailoverEnabled: "yes"
            SnapshotRetentionLimit: lots
    `);
    const all = lint(text, { production: 'always' });
    const typed = all.filter((f) => f.ruleId === 'ADB091');
    assert.equal(typed.length, 11);
    for (const t of typed) {
      const others = all.filter((f) => f.ruleId !== 'ADB091' && f.finding.span.start === t.finding.span.start);
      assert.deepEqual(others.map((f) => `${f.ruleId} ${f.message}`), [], `${t.at}`);
    }
  });
  it('a template with many problems gives one finding each', () => {
    const text = dedent(`
      Resources:
        A:
          Type: AWS::RDS::DBInstance
          Properties:
            MultiAZ: maybe
            Foo: 1
        B:
          Type: AWS::RDS::DBInstance
          Properties:
            MultiAZ: maybe
    `);
    const f = lint(text, { ids: IDS });
    assert.equal(f.length, 3);
  });
});
