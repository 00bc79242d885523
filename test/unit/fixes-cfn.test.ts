/** Quick fixes in CloudFormation YAML and JSON: the whole text before and after, and the finding gone on re-lint. */
import assert from 'node:assert/strict';
import { applyNamedFix, dedent, firesOn } from './helpers';

const fix = applyNamedFix;
const fires = firesOn;

const YAML = dedent(`
  AWSTemplateFormatVersion: "2010-09-09"
  Resources:
    Db:
      Type: AWS::RDS::DBInstance
      Properties:
        Engine: postgres
        StorageType: "gp2"
        BackupRetentionPeriod: 40
        PubliclyAccessible: true
        MasterUsername: admin
        MasterUserPassword: 'hunter2hunter2'
`);

/** The YAML template with one line replaced. */
const yamlWith = (from: string, to: string) => {
  assert.ok(YAML.includes(from));
  return YAML.replace(from, to);
};

describe('quick fixes: CloudFormation YAML', () => {
  const f = 'db.yaml';
  it('gp2 -> gp3 keeps the quotes', () => {
    const out = fix(YAML, f, 'ADB008', /StorageType to gp3/);
    assert.equal(out, yamlWith('StorageType: "gp2"', 'StorageType: "gp3"'));
    assert.ok(!fires(out, f, 'ADB008'));
  });
  it('clamps a retention period to the documented range', () => {
    const out = fix(YAML, f, 'ADB001', /BackupRetentionPeriod to 35/);
    assert.equal(out, yamlWith('BackupRetentionPeriod: 40', 'BackupRetentionPeriod: 35'));
    assert.ok(!fires(out, f, 'ADB001'));
  });
  it('PubliclyAccessible: set false, or remove the line', () => {
    assert.equal(fix(YAML, f, 'ADB006', /Set PubliclyAccessible to false/), yamlWith('PubliclyAccessible: true', 'PubliclyAccessible: false'));
    const out = fix(YAML, f, 'ADB006', /Remove PubliclyAccessible/);
    assert.equal(out, yamlWith('      PubliclyAccessible: true\n', ''));
    assert.ok(!fires(out, f, 'ADB006'));
  });
  it('literal password -> ManageMasterUserPassword: true', () => {
    const out = fix(YAML, f, 'ADB012', /ManageMasterUserPassword/);
    assert.equal(out, yamlWith("MasterUserPassword: 'hunter2hunter2'", 'ManageMasterUserPassword: true'));
    assert.ok(!fires(out, f, 'ADB012'));
  });
  it('inserts a missing property with the file\'s indentation', () => {
    const out = fix(YAML, f, 'ADB004', /Add StorageEncrypted: true/);
    assert.equal(out, `${YAML}      StorageEncrypted: true\n`);
    assert.ok(!fires(out, f, 'ADB004'));
  });
  it('creates Properties and nested maps when absent (4-space file)', () => {
    const t = 'Resources:\n    Orders:\n        Type: AWS::DynamoDB::Table\n        DeletionPolicy: Retain\n        UpdateReplacePolicy: Retain\n';
    const out = fix(t, 't.yaml', 'ADB050', /PointInTimeRecoveryEnabled/);
    assert.equal(out, `${t}        Properties:\n            PointInTimeRecoverySpecification:\n                PointInTimeRecoveryEnabled: true\n`);
    assert.ok(!fires(out, 't.yaml', 'ADB050'));
  });
  it('adds DeletionPolicy and UpdateReplacePolicy: Snapshot at resource level', () => {
    const out = fix(YAML, f, 'ADB016', /DeletionPolicy/);
    assert.equal(out, yamlWith('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n'));
    assert.ok(!fires(out, f, 'ADB016'));
  });
  it('suppress here: Metadata on the resource, then appended to the same list', () => {
    const once = fix(YAML, f, 'ADB004', /Suppress ADB004/);
    assert.equal(once, yamlWith('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    Metadata:\n      aws-db-architect:\n        ignore:\n          - ADB004\n'));
    assert.ok(!fires(once, f, 'ADB004'));
    const twice = fix(once, f, 'ADB008', /Suppress ADB008/);
    assert.equal(twice, once.replace('          - ADB004\n', '          - ADB004\n          - ADB008\n'));
    assert.ok(!fires(twice, f, 'ADB008'));
  });
  it('ElastiCache: TransitEncryptionEnabled false -> true; AtRestEncryptionEnabled added', () => {
    const t = dedent(`
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: r
            Engine: redis
            TransitEncryptionEnabled: false
    `);
    assert.equal(fix(t, 'c.yaml', 'ADB060', /Set TransitEncryptionEnabled to true/), t.replace('TransitEncryptionEnabled: false', 'TransitEncryptionEnabled: true'));
    assert.equal(fix(t, 'c.yaml', 'ADB060', /Add AtRestEncryptionEnabled: true/), `${t}      AtRestEncryptionEnabled: true\n`);
  });
});

const JSON_T = `{
  "Resources": {
    "Db": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "postgres",
        "StorageType": "gp2",
        "PubliclyAccessible": true,
        "MasterUserPassword": "hunter2hunter2"
      }
    }
  }
}
`;

describe('quick fixes: CloudFormation JSON', () => {
  const f = 'db.json';
  const valid = (t: string) => assert.doesNotThrow(() => JSON.parse(t), t);
  it('replaces a value', () => {
    const out = fix(JSON_T, f, 'ADB008', /gp3/);
    assert.equal(out, JSON_T.replace('"gp2"', '"gp3"'));
    valid(out);
  });
  it('inserts a property first, with the indentation of its siblings', () => {
    const out = fix(JSON_T, f, 'ADB004', /StorageEncrypted/);
    assert.equal(out, JSON_T.replace('        "Engine"', '        "StorageEncrypted": true,\n        "Engine"'));
    valid(out);
    assert.ok(!fires(out, f, 'ADB004'));
  });
  it('removes a property and its comma, last one included', () => {
    const out = fix(JSON_T, f, 'ADB006', /Remove/);
    assert.equal(out, JSON_T.replace('        "PubliclyAccessible": true,\n', ''));
    valid(out);
    const last = JSON_T.replace('"PubliclyAccessible": true,\n        "MasterUserPassword": "hunter2hunter2"', '"MasterUserPassword": "hunter2hunter2",\n        "PubliclyAccessible": true');
    const out2 = fix(last, f, 'ADB006', /Remove/);
    assert.equal(out2, last.replace(',\n        "PubliclyAccessible": true', ''));
    valid(out2);
  });
  it('literal password -> "ManageMasterUserPassword": true', () => {
    const out = fix(JSON_T, f, 'ADB012', /ManageMasterUserPassword/);
    assert.equal(out, JSON_T.replace('"MasterUserPassword": "hunter2hunter2"', '"ManageMasterUserPassword": true'));
    valid(out);
    assert.ok(!fires(out, f, 'ADB012'));
  });
  it('DeletionPolicy and suppression Metadata at resource level', () => {
    const out = fix(JSON_T, f, 'ADB016', /DeletionPolicy/);
    assert.equal(out, JSON_T.replace('      "Type"', '      "DeletionPolicy": "Snapshot",\n      "UpdateReplacePolicy": "Snapshot",\n      "Type"'));
    valid(out);
    assert.ok(!fires(out, f, 'ADB016'));
    const sup = fix(JSON_T, f, 'ADB004', /Suppress ADB004/);
    assert.equal(sup, JSON_T.replace('      "Type"', '      "Metadata": {\n        "aws-db-architect": {\n          "ignore": ["ADB004"]\n        }\n      },\n      "Type"'));
    valid(sup);
    assert.ok(!fires(sup, f, 'ADB004'));
  });
});
