/** A resource whose Properties is an Fn::If: no setting is judged missing, since each branch says its own. */
import { strict as assert } from 'node:assert';
import { dedent, lint } from './helpers';

const template = dedent(`
  AWSTemplateFormatVersion: "2010-09-09"
  Parameters:
    Env:
      Type: String
      Default: production
  Conditions:
    C: !Equals [!Ref Env, production]
  Resources:
    Db:
      Type: AWS::RDS::DBInstance
      DeletionPolicy: Snapshot
      UpdateReplacePolicy: Snapshot
      Properties: !If
        - C
        - Engine: postgres
          StorageEncrypted: true
          MultiAZ: true
        - Engine: postgres
          StorageEncrypted: true
          MultiAZ: true
    Table:
      Type: AWS::DynamoDB::Table
      DeletionPolicy: Retain
      UpdateReplacePolicy: Retain
      Properties: !If [C, {BillingMode: PAY_PER_REQUEST}, {BillingMode: PAY_PER_REQUEST}]
`);

describe('Properties written as Fn::If', () => {
  it('gives no "not set" finding on the resource (both branches set the values)', () => {
    const seen = lint(template, { production: 'always' });
    assert.deepEqual(seen.map((s) => `${s.ruleId} ${s.at}`), []);
  });
  it('still judges resource attributes (DeletionPolicy is outside Properties)', () => {
    const seen = lint(template.replace(/ {4}DeletionPolicy: Snapshot\n {4}UpdateReplacePolicy: Snapshot\n/, ''), { production: 'always' });
    assert.deepEqual(seen.map((s) => s.ruleId), ['ADB016']);
  });
  it('the same resource with a plain Properties map is judged as before', () => {
    const plain = template.replace(/Properties: !If\n(.|\n)*?(?=\n {2}Table:)/, 'Properties:\n      Engine: postgres');
    const ids = lint(plain, { production: 'always' }).map((s) => s.ruleId);
    assert.ok(ids.includes('ADB004') && ids.includes('ADB007'), ids.join(' '));
  });
});
