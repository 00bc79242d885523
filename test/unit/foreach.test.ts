/** Fn::ForEach (AWS::LanguageExtensions) expansion in Resources (src/core/forms/cloudformation/foreach.ts). */
import { strict as assert } from 'node:assert';
import { analyze, readDocument } from '../../src/core/engine';
import { lint } from './helpers';

const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::LanguageExtensions\n';

const ids = (text: string) => readDocument(text, 'template.yaml')!.resources.map((r) => r.id);

describe('Fn::ForEach', () => {
  // From aws-cloudformation/aws-cloudformation-templates, CloudFormation/fn-foreach-ddb.yaml (Apache-2.0), trimmed.
  const tables = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Tables:
    - TableName
    - - Points
      - Score
    - DynamoDB\${TableName}:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: !Ref TableName
          BillingMode: PAY_PER_REQUEST
          AttributeDefinitions:
            - AttributeName: id
              AttributeType: S
          KeySchema:
            - AttributeName: id
              KeyType: HASH
`;

  it('expands a literal collection into resources with the expanded logical IDs and substituted Refs', () => {
    const doc = readDocument(tables, 'template.yaml')!;
    assert.deepEqual(doc.resources.map((r) => r.id), ['DynamoDBPoints', 'DynamoDBScore']);
    const names = doc.resources.map((r) => r.properties!.entries.find((e) => e.key === 'TableName')!.value);
    assert.deepEqual(names.map((n) => (n.kind === 'scalar' ? n.value : n.kind)), ['Points', 'Score']);
    // Every copy points at the body's source.
    for (const n of names) assert.equal(tables.slice(n.start, n.end), '!Ref TableName');
    for (const r of doc.resources) assert.equal(tables.slice(r.anchor.start, r.anchor.end), 'DynamoDB${TableName}');
  });

  it('reads a template whose only resources are loops (no AWSTemplateFormatVersion)', () => {
    assert.equal(readDocument(tables, 'template.yaml')?.kind, 'cloudformation');
  });

  it('gives one finding on the body for all generated resources, naming them', () => {
    const f = lint(tables, { ids: ['ADB050'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'DynamoDB${TableName}');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].finding.resource, 'DynamoDBPoints');
    assert.match(f[0].message, / \(for each of DynamoDBPoints and DynamoDBScore\)$/);
  });

  it('flags a value written in the body, at its range', () => {
    const t = `${HEAD}Resources:
  Fn::ForEach::Dbs:
    - Name
    - [Orders, Users]
    - \${Name}Db:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: mysql
          StorageEncrypted: false
`;
    const f = lint(t, { ids: ['ADB004'] });
    assert.deepEqual(f.map((x) => [x.at, x.severity, x.line, x.message]), [
      ['false', 'warning', 10, 'StorageEncrypted is false: set it to true (encryption cannot be turned on after creation for non-Aurora engines). (for each of OrdersDb and UsersDb)'],
    ]);
  });

  it('substitutes the identifier in Ref and Sub: only the generated resource with the bad value is flagged', () => {
    const t = `${HEAD}Resources:
  Fn::ForEach::Storage:
    - Kind
    - [gp2, gp3]
    - Db&{Kind}:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: mysql
          StorageEncrypted: true
          StorageType: !Ref Kind
          DBInstanceIdentifier: !Sub "db-\${Kind}"
`;
    assert.deepEqual(ids(t), ['Dbgp2', 'Dbgp3']);
    const doc = readDocument(t, 'template.yaml')!;
    const sub = doc.resources.map((r) => r.properties!.entries.find((e) => e.key === 'DBInstanceIdentifier')!.value);
    assert.deepEqual(sub.map((n) => (n.kind === 'map' ? (n.entries[0].value as { value: unknown }).value : n.kind)), ['db-gp2', 'db-gp3']);
    const f = lint(t, { ids: ['ADB008'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Kind');
    assert.equal(f[0].finding.resource, 'Dbgp2');
    assert.equal(f[0].severity, 'info');
  });

  it('&{} drops non-alphanumeric characters from the logical ID', () => {
    const t = `${HEAD}Resources:
  Fn::ForEach::V:
    - Ver
    - ["8.0.35", "8.4.3"]
    - Db&{Ver}:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: mysql
          EngineVersion: !Ref Ver
`;
    assert.deepEqual(ids(t), ['Db8035', 'Db843']);
  });

  it('expands nested loops', () => {
    const t = `${HEAD}Resources:
  Fn::ForEach::Outer:
    - Env
    - [Dev, Prod]
    - Fn::ForEach::Inner:
        - App
        - [Orders, Users]
        - \${Env}\${App}Table:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: !Sub "\${Env}-\${App}"
`;
    assert.deepEqual(ids(t), ['DevOrdersTable', 'DevUsersTable', 'ProdOrdersTable', 'ProdUsersTable']);
  });

  it('expands a loop inside Properties', () => {
    const t = `${HEAD}Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      Fn::ForEach::Flags:
        - Setting
        - [DeletionProtectionEnabled]
        - \${Setting}: true
`;
    const doc = readDocument(t, 'template.yaml')!;
    assert.deepEqual(doc.resources[0].properties!.entries.map((e) => e.key), ['DeletionProtectionEnabled']);
  });

  it('does not analyse a loop over a parameter (chosen at deployment), nor a resource holding one', () => {
    const t = `${HEAD}Parameters:
  Names:
    Type: CommaDelimitedList
    Default: "Orders,Users"
Resources:
  Fn::ForEach::Dbs:
    - Name
    - !Ref Names
    - \${Name}Db:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: mysql
          StorageEncrypted: false
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      Fn::ForEach::Flags:
        - Setting
        - !Ref Names
        - \${Setting}: true
`;
    assert.deepEqual(ids(t), []);
    const a = analyze(t, { fileName: 'template.yaml', production: 'always' });
    assert.deepEqual(a.findings, []);
    assert.deepEqual(a.internalErrors, []);
  });

  it('ignores a malformed loop without throwing', () => {
    const t = `${HEAD}Resources:\n  Fn::ForEach::Bad: [Name]\n  Fn::ForEach::Worse: just-a-string\n  Ok:\n    Type: AWS::SNS::Topic\n`;
    assert.deepEqual(ids(t), ['Ok']);
  });
});
