import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const TABLE = 'AWS::DynamoDB::Table';

describe('ADB053 key schema and AttributeDefinitions', () => {
  it('flags a key attribute that is not defined, on its name, as an error', () => {
    const t = 'AttributeDefinitions:\n  - AttributeName: pk\n    AttributeType: S\nKeySchema:\n  - AttributeName: pk\n    KeyType: HASH\n  - AttributeName: sk\n    KeyType: RANGE\nBillingMode: PAY_PER_REQUEST\n';
    const f = lint(resource(TABLE, t), { ids: ['ADB053'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'sk');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /Key attribute sk is not in AttributeDefinitions/);
  });
  it('flags a definition that no table or index key uses', () => {
    const t = 'AttributeDefinitions:\n  - AttributeName: pk\n    AttributeType: S\n  - AttributeName: price\n    AttributeType: N\nKeySchema:\n  - AttributeName: pk\n    KeyType: HASH\nBillingMode: PAY_PER_REQUEST\n';
    const f = lint(resource(TABLE, t), { ids: ['ADB053'] });
    assert.deepEqual(f.map((x) => x.at), ['price']);
    assert.match(f[0].message, /no table or index key schema uses it/);
  });
  it('counts GSI and LSI keys as uses and flags their undefined attributes', () => {
    const t = dedent(`
      AttributeDefinitions:
        - {AttributeName: pk, AttributeType: S}
        - {AttributeName: byDate, AttributeType: S}
      KeySchema: [{AttributeName: pk, KeyType: HASH}]
      BillingMode: PAY_PER_REQUEST
      LocalSecondaryIndexes:
        - IndexName: l
          KeySchema: [{AttributeName: pk, KeyType: HASH}, {AttributeName: byDate, KeyType: RANGE}]
          Projection: {ProjectionType: KEYS_ONLY}
      GlobalSecondaryIndexes:
        - IndexName: g
          KeySchema: [{AttributeName: customer, KeyType: HASH}]
          Projection: {ProjectionType: ALL}
    `);
    assert.deepEqual(lint(resource(TABLE, t), { ids: ['ADB053'] }).map((x) => x.at), ['customer']);
  });
  it('treats names from the same parameter as equal and gives no finding on unknown names', () => {
    const params = 'Parameters:\n  Hash:\n    Type: String\n  Other:\n    Type: String\n';
    const same = 'AttributeDefinitions:\n  - AttributeName: !Ref Hash\n    AttributeType: S\nKeySchema:\n  - AttributeName: !Ref Hash\n    KeyType: HASH\nBillingMode: PAY_PER_REQUEST\n';
    assert.deepEqual(lint(resource(TABLE, same, params), { ids: ['ADB053'] }), []);
    const maybe = 'AttributeDefinitions:\n  - AttributeName: !Ref Other\n    AttributeType: S\nKeySchema:\n  - AttributeName: pk\n    KeyType: HASH\nBillingMode: PAY_PER_REQUEST\n';
    assert.deepEqual(lint(resource(TABLE, maybe, params), { ids: ['ADB053'] }), []);
  });
  it('reads JSON templates with exact ranges', () => {
    const text = '{"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": {\n  "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],\n  "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],\n  "BillingMode": "PAY_PER_REQUEST"}}}}\n';
    const f = lint(text, { ids: ['ADB053'], fileName: 't.json' });
    assert.deepEqual(f.map((x) => x.at).sort(), ['"id"', '"pk"']);
    assert.deepEqual(f.map((x) => x.line).sort(), [1, 2]);
  });
});
