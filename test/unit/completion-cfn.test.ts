import { strict as assert } from 'node:assert';
import { byGeneration, valueSuggestions } from '../../src/core/completion/values';
import { templateCompletions } from '../../src/core/forms/cloudformation/completion';

/** Completions where `|` is in the text (the marker is removed). */
function at(textWithCursor: string, fileName = 'template.yaml') {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'no cursor');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { items: templateCompletions(text, fileName, offset), text, offset };
}
const labels = (xs: { label: string }[]) => xs.map((x) => x.label);
const sorted = <T extends { sort: string }>(xs: T[]) => [...xs].sort((a, b) => a.sort.localeCompare(b.sort));

const YAML_HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n';

describe('template completion: property names (YAML)', () => {
  it('offers the properties of the resource type on a new line under Properties, with type and documentation', () => {
    const { items } = at(`${YAML_HEAD}      Engine: postgres\n      |\n`);
    const names = labels(items);
    assert.ok(names.includes('BackupRetentionPeriod'));
    assert.ok(names.includes('MultiAZ'));
    assert.ok(!names.includes('Engine'), 'a property already written is not offered');
    const multi = items.find((x) => x.label === 'MultiAZ')!;
    assert.equal(multi.kind, 'property');
    assert.equal(multi.detail, 'boolean');
    assert.equal(multi.insertText, 'MultiAZ: ');
    assert.match(multi.documentation!, /TemplateReference\/aws-resource-rds-dbinstance\.html#cfn-rds-dbinstance-multiaz/);
  });
  it('filters by the word typed and replaces it (and the rest of the word after the cursor)', () => {
    const { items, text, offset } = at(`${YAML_HEAD}      BackupRet|\n`);
    assert.deepEqual(labels(items), ['BackupRetentionPeriod']);
    assert.deepEqual(items[0].replace, { start: offset - 'BackupRet'.length, end: offset });
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), 'BackupRet');
    const mid = at(`${YAML_HEAD}      Backup|Ret\n`);
    assert.equal(mid.text.slice(mid.items[0].replace.start, mid.items[0].replace.end), 'BackupRet');
  });
  it('puts required properties first', () => {
    const { items } = at('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      |\n');
    const first = sorted(items)[0];
    assert.equal(first.label, 'KeySchema');
    assert.match(first.detail!, /required/);
    assert.equal(first.insertText, 'KeySchema:\n  - ');
  });
  it('sees properties written below the cursor too', () => {
    const { items } = at(`${YAML_HEAD}      |\n      MultiAZ: true\n      Engine: mysql\n  Other:\n    Type: AWS::S3::Bucket\n`);
    assert.ok(!labels(items).includes('MultiAZ'));
    assert.ok(!labels(items).includes('Engine'));
    assert.ok(labels(items).includes('StorageType'));
  });
  it('offers the keys of a property type inside it, and of a list item', () => {
    const nested = at('Resources:\n  C:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      ServerlessV2ScalingConfiguration:\n        MinCapacity: 0.5\n        |\n');
    assert.deepEqual(labels(nested.items).sort(), ['MaxCapacity', 'SecondsUntilAutoPause']);
    const item = at('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - AttributeName: pk\n          |\n');
    assert.deepEqual(labels(item.items), ['KeyType']);
    const first = at('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      AttributeDefinitions:\n        - |\n');
    assert.deepEqual(labels(first.items).sort(), ['AttributeName', 'AttributeType']);
  });
  it('offers nothing outside a database resource\'s Properties', () => {
    assert.deepEqual(at('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      |\n').items, []);
    assert.deepEqual(at('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    |\n').items, []);
    assert.deepEqual(at('Parameters:\n  P:\n    |\n').items, []);
    assert.deepEqual(at(`${YAML_HEAD}      # a comment |\n`).items, []);
    assert.deepEqual(at('|').items, []);
  });
});

describe('template completion: values (YAML)', () => {
  it('offers the engines after Engine: and the engine versions of the engine, newest first, with end of standard support', () => {
    const engines = at(`${YAML_HEAD}      Engine: |\n`).items;
    assert.ok(labels(engines).includes('postgres'));
    assert.ok(labels(engines).includes('mysql'));
    assert.ok(!labels(engines).includes('neptune'));
    const versions = sorted(at(`${YAML_HEAD}      Engine: mysql\n      EngineVersion: |\n`).items);
    assert.ok(versions.length > 10);
    assert.match(versions[0].label, /^8\.4/);
    const v80 = versions.find((x) => x.label.startsWith('8.0.'))!;
    assert.match(v80.detail!, /standard support ended 2026-07-31/);
    // Newest first: 8.4.x before 8.0.x.
    assert.ok(versions.findIndex((x) => x.label.startsWith('8.4')) < versions.findIndex((x) => x.label.startsWith('8.0')));
  });
  it('filters values by what was typed, quoted or not', () => {
    assert.deepEqual(labels(at(`${YAML_HEAD}      StorageType: g|\n`).items), ['gp3', 'gp2']);
    const q = at(`${YAML_HEAD}      StorageType: "io|"\n`);
    assert.deepEqual(labels(q.items), ['io2', 'io1']);
    assert.equal(q.text.slice(q.items[0].replace.start, q.items[0].replace.end), 'io');
  });
  it('offers booleans, schema enums and instance classes for the engine', () => {
    assert.deepEqual(labels(at(`${YAML_HEAD}      MultiAZ: |\n`).items), ['true', 'false']);
    assert.deepEqual(labels(at('Resources:\n  G:\n    Type: AWS::RDS::GlobalCluster\n    Properties:\n      Engine: |\n').items), ['aurora', 'aurora-mysql', 'aurora-postgresql']);
    const classes = sorted(at(`${YAML_HEAD}      Engine: postgres\n      DBInstanceClass: db.r|\n`).items);
    assert.ok(classes.length > 5);
    assert.ok(classes.every((c) => c.label.startsWith('db.r') || c.label.includes('db.r')));
    assert.deepEqual(labels(at('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: |\n').items), ['PAY_PER_REQUEST', 'PROVISIONED']);
  });
  it('marks properties with listed values to open completion again after insertion', () => {
    const engine = at(`${YAML_HEAD}      Eng|\n`).items.find((x) => x.label === 'Engine')!;
    assert.equal(engine.retrigger, true);
    const name = at(`${YAML_HEAD}      DBNa|\n`).items.find((x) => x.label === 'DBName')!;
    assert.ok(!name.retrigger);
  });
});

describe('template completion: JSON', () => {
  const head = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n';
  it('offers property names not written yet, quoted, in a half-typed key', () => {
    const { items, text } = at(`${head}        "Engine": "mysql",\n        "Mul|"\n      }\n    }\n  }\n}\n`, 't.json');
    assert.deepEqual(labels(items), ['MultiAZ']);
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), '"Mul"');
    assert.equal(items[0].insertText, '"MultiAZ": ');
    const fresh = at(`${head}        "Engine": "mysql",\n        |\n      }\n    }\n  }\n}\n`, 't.json');
    assert.ok(labels(fresh.items).includes('BackupRetentionPeriod'));
    assert.ok(!labels(fresh.items).includes('Engine'));
  });
  it('offers values in a string, quoted where the cursor is not in quotes', () => {
    const inString = at(`${head}        "Engine": "post|"\n      }\n    }\n  }\n}\n`, 't.json');
    // Values that start with the typed text first, then those that contain it.
    assert.deepEqual(labels(sorted(inString.items)), ['postgres', 'aurora-postgresql']);
    const pg = inString.items.find((x) => x.label === 'postgres')!;
    assert.equal(pg.insertText, '"postgres"');
    assert.equal(inString.text.slice(pg.replace.start, pg.replace.end), '"post"');
    const bare = at(`${head}        "MultiAZ": |\n      }\n    }\n  }\n}\n`, 't.json');
    assert.deepEqual(bare.items.map((x) => x.insertText), ['true', 'false']);
    const versions = at(`${head}        "Engine": "postgres",\n        "EngineVersion": "|"\n      }\n    }\n  }\n}\n`, 't.json');
    assert.ok(versions.items.length > 10);
  });
  it('offers nothing outside a database resource', () => {
    assert.deepEqual(at('{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {|}}}}', 't.json').items, []);
    assert.deepEqual(at('{"Parameters": {|}}', 't.json').items, []);
  });
});

describe('value suggestions', () => {
  it('orders instance classes newest generation first', () => {
    assert.deepEqual(byGeneration(['db.m1.small', 'db.r5.large', 'db.r7g.2xlarge', 'db.r7g.large', 'db.t3.micro']), ['db.r7g.large', 'db.r7g.2xlarge', 'db.r5.large', 'db.t3.micro', 'db.m1.small']);
  });
  it('says whether standard support has ended, by the date given', () => {
    const at = (d: string) => valueSuggestions('AWS::RDS::DBInstance', 'EngineVersion', { engine: 'postgres', now: new Date(d) }).find((v) => v.value.startsWith('14.'))!.detail;
    assert.match(at('2026-12-01')!, /end of standard support 2027-02-28/);
    assert.match(at('2027-03-01')!, /standard support ended 2027-02-28/);
  });
  it('lists parameter-group families, ElastiCache node types and Redshift node types from the deploy data', () => {
    assert.ok(valueSuggestions('AWS::RDS::DBParameterGroup', 'Family').some((v) => v.value === 'postgres16'));
    assert.ok(valueSuggestions('AWS::ElastiCache::ReplicationGroup', 'CacheNodeType').some((v) => v.value === 'cache.r7g.large'));
    assert.ok(valueSuggestions('AWS::Redshift::Cluster', 'NodeType').some((v) => v.value === 'ra3.xlplus'));
    assert.deepEqual(valueSuggestions('AWS::RDS::DBInstance', 'DBName'), []);
  });
});
