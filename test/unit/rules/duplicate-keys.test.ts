/** ADB093: a key written twice in one mapping; the rules judge the value CloudFormation keeps (the last). */
import assert from 'node:assert/strict';
import { dedent, lint } from '../helpers';

const ENCRYPTION = 'ADB004';

describe('ADB093 duplicate keys (CloudFormation)', () => {
  it('a resource with Properties twice: one finding on the second key, related to the first; rules judge the last block', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: false
          Properties:
            StorageEncrypted: true
    `);
    const all = lint(text);
    const dup = all.filter((f) => f.ruleId === 'ADB093');
    assert.equal(dup.length, 1);
    assert.equal(dup[0].at, 'Properties');
    assert.equal(dup[0].line, 5);
    assert.equal(dup[0].severity, 'warning');
    const rel = dup[0].finding.related ?? [];
    assert.equal(rel.length, 1);
    assert.equal(text.slice(rel[0].span.start, rel[0].span.end), 'Properties');
    assert.equal(rel[0].range.start.line, 3);
    // The last block encrypts: no finding about encryption, none on the first block.
    assert.deepEqual(all.filter((f) => f.ruleId === ENCRYPTION), []);
    assert.ok(all.every((f) => f.line !== 3 && f.line !== 4), JSON.stringify(all.map((f) => [f.ruleId, f.line])));
  });

  it('the first value is never judged: the last one is (a property twice)', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: true
            StorageEncrypted: false
    `);
    const all = lint(text);
    const enc = all.filter((f) => f.ruleId === ENCRYPTION);
    assert.equal(enc.length, 1);
    assert.equal(enc[0].line, 5);
    const dup = all.filter((f) => f.ruleId === 'ADB093');
    assert.deepEqual(dup.map((f) => [f.at, f.line]), [['StorageEncrypted', 5]]);
  });

  it('the same logical ID twice: the earlier resource is not analysed', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: false
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: true
    `);
    const all = lint(text);
    assert.deepEqual(all.filter((f) => f.ruleId === 'ADB093').map((f) => [f.at, f.line]), [['Db', 5]]);
    assert.ok(all.every((f) => f.line >= 5), JSON.stringify(all.map((f) => [f.ruleId, f.line])));
  });

  it('three times: two findings, each related to the first', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Port: 1\n      Port: 2\n      Port: 3\n';
    const dup = lint(text, { ids: ['ADB093'] });
    assert.deepEqual(dup.map((f) => f.line), [5, 6]);
    for (const f of dup) assert.equal(f.finding.related?.[0].range.start.line, 4);
  });

  it('JSON: the same finding (jsonc-parser keeps both; CloudFormation the last)', () => {
    const text = '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"StorageEncrypted": true, "StorageEncrypted": false}}}}';
    const all = lint(text, { fileName: 't.json' });
    const dup = all.filter((f) => f.ruleId === 'ADB093');
    assert.equal(dup.length, 1);
    assert.equal(dup[0].at, '"StorageEncrypted"');
    assert.equal(dup[0].finding.span.start, text.lastIndexOf('"StorageEncrypted"'));
    assert.equal(all.filter((f) => f.ruleId === ENCRYPTION).length, 1);
  });

  it('a top-level section twice: undefined in CloudFormation, so nothing in either is judged', () => {
    const text = dedent(`
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        A:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: false
      Resources:
        B:
          Type: AWS::RDS::DBInstance
          Properties:
            StorageEncrypted: false
    `);
    const all = lint(text);
    assert.deepEqual(all.map((f) => [f.ruleId, f.at, f.line]), [['ADB093', 'Resources', 6]]);
    assert.match(all[0].message, /undefined/);
  });

  it('keys through an alias, flow mappings and the package reader are all seen', () => {
    const flow = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Port: 1, Port: 2}\n';
    assert.deepEqual(lint(flow, { ids: ['ADB093'] }).map((f) => f.at), ['Port']);
    // A syntax error elsewhere sends the text through the recovering package reader.
    const broken = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Port: 1\n      Port: 2\nOutputs:\n  X: "unclosed\n';
    assert.deepEqual(lint(broken, { ids: ['ADB093'] }).map((f) => f.at), ['Port']);
  });

  it('no finding when keys differ only by case or sit in different mappings', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Port: 1
            port: 2
        Db2:
          Type: AWS::RDS::DBInstance
          Properties:
            Port: 1
    `);
    assert.deepEqual(lint(text, { ids: ['ADB093'] }), []);
  });
});
