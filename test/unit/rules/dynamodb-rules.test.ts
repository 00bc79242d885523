import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const TABLE = 'AWS::DynamoDB::Table';
const GT = 'AWS::DynamoDB::GlobalTable';
/** A valid on-demand table body, extended per test. */
const keys = 'AttributeDefinitions:\n  - AttributeName: pk\n    AttributeType: S\nKeySchema:\n  - AttributeName: pk\n    KeyType: HASH\n';
const onDemand = `${keys}BillingMode: PAY_PER_REQUEST\n`;

describe('ADB050 DynamoDB point-in-time recovery', () => {
  it('flags a table without PITR on the logical ID', () => {
    const f = lint(resource(TABLE, onDemand), { ids: ['ADB050'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /PointInTimeRecoverySpecification\.PointInTimeRecoveryEnabled/);
  });
  it('flags false on the value, and the key when the flag is missing inside the spec', () => {
    const off = lint(resource(TABLE, `${onDemand}PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: false\n`), { ids: ['ADB050'] });
    assert.deepEqual(off.map((x) => x.at), ['false']);
    const empty = lint(resource(TABLE, `${onDemand}PointInTimeRecoverySpecification:\n  RecoveryPeriodInDays: 7\n`), { ids: ['ADB050'] });
    assert.deepEqual(empty.map((x) => x.at), ['PointInTimeRecoverySpecification']);
  });
  it('accepts true, and judges each Fn::If branch and parameter value', () => {
    assert.deepEqual(lint(resource(TABLE, `${onDemand}PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: "true"\n`), { ids: ['ADB050'] }), []);
    const cond = lint(resource(TABLE, `${onDemand}PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: !If [IsProd, true, false]\n`), { ids: ['ADB050'] });
    assert.equal(cond.length, 1);
    assert.equal(cond[0].at, 'false');
    assert.match(cond[0].message, /condition IsProd is false/);
    const unknownParam = resource(TABLE, `${onDemand}PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: !Ref Pitr\n`, 'Parameters:\n  Pitr:\n    Type: String\n');
    assert.deepEqual(lint(unknownParam, { ids: ['ADB050'] }), []);
  });
  it('reads PITR through a conditional spec map', () => {
    const t = resource(TABLE, `${onDemand}PointInTimeRecoverySpecification: !If\n  - IsProd\n  - PointInTimeRecoveryEnabled: true\n  - !Ref AWS::NoValue\n`);
    const f = lint(t, { ids: ['ADB050'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref AWS::NoValue');
  });
});

describe('ADB051 DynamoDB encryption key', () => {
  it('informs on a table without SSESpecification', () => {
    const f = lint(resource(TABLE, onDemand), { ids: ['ADB051'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /AWS owned key/);
  });
  it('flags SSEEnabled false on a global table and passes a KMS key', () => {
    const f = lint(resource(GT, `${onDemand}Replicas:\n  - Region: us-east-1\nSSESpecification:\n  SSEEnabled: false\n`), { ids: ['ADB051'] });
    assert.deepEqual(f.map((x) => x.at), ['false']);
    assert.deepEqual(lint(resource(TABLE, `${onDemand}SSESpecification:\n  SSEEnabled: true\n  SSEType: KMS\n  KMSMasterKeyId: !Ref Key\n`), { ids: ['ADB051'] }), []);
  });
});

describe('ADB052 secondary index limits', () => {
  const lsi = (n: number) => Array.from({ length: n }, (_, i) => `  - IndexName: l${i}\n    KeySchema: [{AttributeName: pk, KeyType: HASH}, {AttributeName: s${i}, KeyType: RANGE}]\n    Projection: {ProjectionType: KEYS_ONLY}\n`).join('');
  const gsi = (n: number) => Array.from({ length: n }, (_, i) => `  - IndexName: g${i}\n    KeySchema: [{AttributeName: g${i}, KeyType: HASH}]\n    Projection: {ProjectionType: ALL}\n`).join('');
  it('flags 6 LSIs on the key, as an error', () => {
    const f = lint(resource(TABLE, `${onDemand}LocalSecondaryIndexes:\n${lsi(6)}`), { ids: ['ADB052'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'LocalSecondaryIndexes');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /6 indexes; a table allows 5 \(a hard limit\)/);
  });
  it('flags 21 GSIs and names the adjustable quota', () => {
    const f = lint(resource(TABLE, `${onDemand}GlobalSecondaryIndexes:\n${gsi(21)}`), { ids: ['ADB052'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'GlobalSecondaryIndexes');
    assert.match(f[0].message, /21 indexes; a table allows 20 \(the default quota/);
  });
  it('accepts 5 LSIs and 20 GSIs, and does not count an index that a condition may remove', () => {
    assert.deepEqual(lint(resource(TABLE, `${onDemand}LocalSecondaryIndexes:\n${lsi(5)}GlobalSecondaryIndexes:\n${gsi(20)}`), { ids: ['ADB052'] }), []);
    const maybe = `${onDemand}LocalSecondaryIndexes:\n${lsi(5)}  - !If [Extra, {IndexName: x, KeySchema: [], Projection: {ProjectionType: ALL}}, !Ref AWS::NoValue]\n`;
    assert.deepEqual(lint(resource(TABLE, maybe), { ids: ['ADB052'] }), []);
  });
});

describe('ADB054 billing mode and throughput', () => {
  it('flags ProvisionedThroughput with PAY_PER_REQUEST on the key', () => {
    const f = lint(resource(TABLE, `${onDemand}ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}\n`), { ids: ['ADB054'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'ProvisionedThroughput');
    assert.equal(f[0].severity, 'error');
  });
  it('flags the default PROVISIONED mode without throughput on the logical ID', () => {
    const f = lint(resource(TABLE, keys), { ids: ['ADB054'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.match(f[0].message, /not set, so PROVISIONED/);
  });
  it('flags a GSI without throughput on a provisioned table, and one with throughput on an on-demand table', () => {
    const gsiNoPt = `${keys}ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}\nGlobalSecondaryIndexes:\n  - IndexName: byPk\n    KeySchema: [{AttributeName: pk, KeyType: HASH}]\n    Projection: {ProjectionType: ALL}\n`;
    assert.deepEqual(lint(resource(TABLE, gsiNoPt), { ids: ['ADB054'] }).map((x) => x.at), ['byPk']);
    const gsiPt = `${onDemand}GlobalSecondaryIndexes:\n  - IndexName: byPk\n    KeySchema: [{AttributeName: pk, KeyType: HASH}]\n    Projection: {ProjectionType: ALL}\n    ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}\n`;
    assert.deepEqual(lint(resource(TABLE, gsiPt), { ids: ['ADB054'] }).map((x) => x.at), ['ProvisionedThroughput']);
  });
  it('accepts a billing mode and throughput chosen by the same condition', () => {
    const t = `${keys}BillingMode: !If [OnDemand, PAY_PER_REQUEST, PROVISIONED]\nProvisionedThroughput: !If\n  - OnDemand\n  - !Ref AWS::NoValue\n  - {ReadCapacityUnits: 5, WriteCapacityUnits: 5}\n`;
    assert.deepEqual(lint(resource(TABLE, t), { ids: ['ADB054'] }), []);
    const param = resource(TABLE, `${keys}BillingMode: !Ref Mode\n`, 'Parameters:\n  Mode:\n    Type: String\n');
    assert.deepEqual(lint(param, { ids: ['ADB054'] }), []);
  });
  it('flags a provisioned global table without write settings', () => {
    const f = lint(resource(GT, `${keys}BillingMode: PROVISIONED\nReplicas:\n  - Region: eu-west-1\n`), { ids: ['ADB054'] });
    assert.deepEqual(f.map((x) => x.at), ['PROVISIONED']);
  });
});

describe('ADB055 provisioned capacity without auto scaling', () => {
  const provisioned = `${keys}ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}\n`;
  it('informs when no scalable target refers to the table', () => {
    const f = lint(resource(TABLE, provisioned), { ids: ['ADB055'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'ProvisionedThroughput');
    assert.equal(f[0].severity, 'info');
  });
  const withTarget = (resourceId: string, extra = '') => dedent(`
    AWSTemplateFormatVersion: "2010-09-09"
    ${extra}Resources:
      Db:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: orders
          AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
          KeySchema: [{AttributeName: pk, KeyType: HASH}]
          ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}
      ReadTarget:
        Type: AWS::ApplicationAutoScaling::ScalableTarget
        Properties:
          ServiceNamespace: dynamodb
          ScalableDimension: dynamodb:table:ReadCapacityUnits
          MinCapacity: 5
          MaxCapacity: 100
          ResourceId: ${resourceId}
  `);
  it('accepts a target that refers to the table by !Sub, by literal name, and says nothing when it cannot tell', () => {
    assert.deepEqual(lint(withTarget('!Sub table/${Db}'), { ids: ['ADB055'] }), []);
    assert.deepEqual(lint(withTarget('table/orders'), { ids: ['ADB055'] }), []);
    assert.deepEqual(lint(withTarget('!Ref TargetId', 'Parameters:\n  TargetId:\n    Type: String\n'), { ids: ['ADB055'] }), []);
    assert.equal(lint(withTarget('table/other-table'), { ids: ['ADB055'] }).length, 1);
  });
});

describe('ADB056 global table replicas without PITR', () => {
  it('flags each replica without PITR at its Region, and false on the value', () => {
    const t = `${onDemand}Replicas:\n  - Region: us-east-1\n    PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}\n  - Region: eu-west-1\n  - Region: ap-south-1\n    PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: false}\n`;
    const f = lint(resource(GT, t), { ids: ['ADB056'] });
    assert.deepEqual(f.map((x) => x.at), ['eu-west-1', 'false']);
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /replica in eu-west-1/);
  });
  it('passes replicas that all have PITR', () => {
    const t = `${onDemand}Replicas:\n  - Region: us-east-1\n    PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}\n`;
    assert.deepEqual(lint(resource(GT, t), { ids: ['ADB056'] }), []);
  });
});

describe('ADB057 and ADB058 DAX', () => {
  const dax = 'NodeType: dax.r5.large\nIAMRoleARN: !GetAtt Role.Arn\n';
  it('ADB057 flags a cluster without SSE and SSEEnabled false', () => {
    const f = lint(resource('AWS::DAX::Cluster', `${dax}ReplicationFactor: 3\n`), { ids: ['ADB057'] });
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /set SSESpecification\.SSEEnabled: true/);
    assert.deepEqual(lint(resource('AWS::DAX::Cluster', `${dax}SSESpecification: {SSEEnabled: false}\n`), { ids: ['ADB057'] }).map((x) => x.at), ['false']);
    assert.deepEqual(lint(resource('AWS::DAX::Cluster', `${dax}SSESpecification: {SSEEnabled: true}\n`), { ids: ['ADB057'] }), []);
  });
  it('ADB058 flags ReplicationFactor 1 only in production', () => {
    const t = resource('AWS::DAX::Cluster', `${dax}ReplicationFactor: 1\n`);
    assert.deepEqual(lint(t, { ids: ['ADB058'] }), []);
    const f = lint(t, { ids: ['ADB058'], production: 'always' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '1');
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual(lint(resource('AWS::DAX::Cluster', `${dax}ReplicationFactor: 3\n`), { ids: ['ADB058'], production: 'always' }), []);
  });
});
