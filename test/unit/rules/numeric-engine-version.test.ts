/** ADB024 / ADB026: an engine version written as a YAML (or JSON) number, with the quick fix that quotes it. */
import { strict as assert } from 'node:assert';
import { applyFix } from '../../../src/core/fixes';
import { lint, resource } from '../helpers';
import { numberText } from '../../../src/core/rules/rds/adb024-numeric-engine-version';

const DB = 'AWS::RDS::DBInstance';
const IDS = ['ADB024', 'ADB026'];
const fix = (f: ReturnType<typeof lint>[number]) => f.finding.fixes.find((x) => /^Quote the version/.test(x.title));

describe('ADB024 engine version written as a number', () => {
  it('knows what a number becomes', () => {
    assert.equal(numberText('12.10', 12.1), '12.1');
    assert.equal(numberText('8.0', 8), '8.0');
    assert.equal(numberText('8.00', 8), '8.0');
    assert.equal(numberText('5.7', 5.7), '5.7');
    assert.equal(numberText('016', 16), '16');
    assert.equal(numberText('16', 16), '16');
  });
  it('warns on 12.10 (read as 12.1), on the number, and the fix quotes it exactly', () => {
    const text = resource(DB, 'Engine: postgres\nEngineVersion: 12.10\nDBInstanceClass: db.t3.micro');
    const f = lint(text, { ids: IDS });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '12.10');
    assert.equal(f[0].line, 6);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'EngineVersion 12.10 is a number, not a string: it is read as 12.1, so CloudFormation asks for version 12.1, not 12.10. Quote it: "12.10".');
    const q = fix(f[0]);
    assert.ok(q);
    assert.equal(q.edits.length, 1);
    const out = applyFix(text, q);
    assert.equal(out, text.replace('EngineVersion: 12.10', 'EngineVersion: "12.10"'));
    assert.deepEqual(lint(out, { ids: IDS }), []);
  });
  it('warns on any float, and on a leading zero, in other services too', () => {
    const f = lint(resource(DB, 'Engine: mysql\nEngineVersion: 8.0'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB026', 'info', '8.0']]);
    assert.equal(f[0].message, 'EngineVersion 8.0 is a number (a float), not a string: it deploys as written because this float converts back to the same text, but 15.10 would become 15.1. Quote it: "8.0".');
    assert.ok(fix(f[0]));
    const es = lint(resource('AWS::Elasticsearch::Domain', 'ElasticsearchVersion: 7.10'), { ids: IDS });
    assert.deepEqual(es.map((x) => x.at), ['7.10']);
    assert.match(es[0].message, /^ElasticsearchVersion 7\.10 .* read as 7\.1,/);
    const rs = lint(resource('AWS::Redshift::Cluster', 'NodeType: ra3.xlplus\nClusterVersion: 1.0'), { ids: IDS });
    assert.deepEqual(rs.map((x) => x.at), ['1.0']);
    assert.match(lint(resource('AWS::ElastiCache::ServerlessCache', 'Engine: redis\nMajorEngineVersion: 07'), { ids: IDS })[0].message, /leading zero is lost/);
  });
  it('checks parameter values that feed a version, once each, and quotes inside a flow list', () => {
    const text = resource(DB, 'Engine: postgres\nEngineVersion: !Ref Version', 'Parameters:\n  Version:\n    Type: String\n    Default: 13.10\n    AllowedValues: [13.10, "14.9", 15.4]\n') +
      '  Db2:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EngineVersion: !Ref Version\n';
    const f = lint(text, { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB024', '13.10'], ['ADB024', '13.10'], ['ADB026', '15.4']]);
    assert.match(f[0].message, /^EngineVersion 13\.10 \(Default of parameter Version, the EngineVersion of Db\) is a number/);
    assert.match(f[1].message, /^EngineVersion 13\.10 \(AllowedValues of parameter Version, the EngineVersion of Db\) is a number/);
    const out = applyFix(text, fix(f[1])!);
    assert.ok(out.includes('AllowedValues: ["13.10", "14.9", 15.4]'), out);
  });
  it('gives one finding for a parameter list of floats that convert back unchanged, beside each value that changes', () => {
    const text = resource(DB, 'Engine: postgres\nEngineVersion: !Ref Version', 'Parameters:\n  Version:\n    Type: String\n    AllowedValues: [12.8, 12.9, 12.10, 13.4, 13.5, 14.3, 15.2]\n');
    const f = lint(text, { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB026', 'info', 'AllowedValues'], ['ADB024', 'warning', '12.10']]);
    assert.equal(f[0].message, 'AllowedValues of parameter Version (the EngineVersion of Db) writes 6 versions as numbers (12.8, 12.9, 13.4, 13.5 and 2 more): they deploy as written because these floats convert back to the same text, but 15.10 would become 15.1. Quote them.');
    assert.match(f[1].message, /^EngineVersion 12\.10 \(AllowedValues of parameter Version, the EngineVersion of Db\) is a number, not a string: it is read as 12\.1,/);
  });
  it('reads JSON templates too, and is silent on strings, whole numbers and other properties', () => {
    const json = '{"Resources": {"Db": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "aurora-postgresql", "EngineVersion": 15.10}}}}';
    const f = lint(json, { fileName: 't.json', ids: IDS });
    assert.deepEqual(f.map((x) => x.at), ['15.10']);
    assert.equal(applyFix(json, fix(f[0])!), json.replace('15.10', '"15.10"'));
    for (const p of ['EngineVersion: "12.10"', "EngineVersion: '8.0'", 'EngineVersion: 16', 'EngineVersion: 8.0.35', 'AllocatedStorage: 20.5', 'EngineVersion: !Ref Unknown']) {
      assert.deepEqual(lint(resource(DB, `Engine: postgres\n${p}`), { ids: IDS }), [], p);
    }
  });
});
