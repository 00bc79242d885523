import { strict as assert } from 'node:assert';
import { fillDefaults, tabStops } from '../snippets/expand';
import { yamlSnippetToJson } from '../../snippets/yaml-to-json';

describe('snippets: filling defaults and YAML to JSON', () => {
  it('fills placeholders, nested placeholders, choices, mirrors and escapes as VS Code would', () => {
    assert.equal(fillDefaults('a ${1:x-${2:y}} ${3|gp3,io2|} $1 $2 $0'), 'a x-y gp3 x-y y ');
    assert.equal(fillDefaults('\\${AWS::Region} \\\\ \\}'), '${AWS::Region} \\ }');
    assert.equal(fillDefaults("${1|'[\"a\"\\,\"b\"]',x|}"), `'["a","b"]'`);
    assert.throws(() => fillDefaults('$TM_FILENAME'), /variable/);
    assert.throws(() => fillDefaults('${1:open'), /unclosed/);
    assert.deepEqual(tabStops('${2:a} $1 ${1|x|} \\$3'), [1, 2]);
  });

  it('converts a YAML resource snippet to JSON: long-form intrinsics, typed placeholders, escapes kept', () => {
    const yaml = "${1:Db}:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    AllocatedStorage: \"${2:100}\"\n    BackupRetentionPeriod: ${3:7}\n    MultiAZ: ${4:true}\n    DBName: !Sub '\\${AWS::StackName}db'\n    Address: !GetAtt Other.Endpoint.Address\n    Port: !If [IsProd, 5432, !Ref AWS::NoValue]$0";
    const json = yamlSnippetToJson(yaml, 'resource');
    assert.ok(json.startsWith('"${1:Db}": {'));
    assert.ok(json.endsWith('}$0'));
    const parsed = JSON.parse(`{${fillDefaults(json)}}`);
    assert.deepEqual(parsed.Db.Properties, {
      AllocatedStorage: '100',
      BackupRetentionPeriod: 7,
      MultiAZ: true,
      DBName: { 'Fn::Sub': '${AWS::StackName}db' },
      Address: { 'Fn::GetAtt': ['Other', 'Endpoint.Address'] },
      Port: { 'Fn::If': ['IsProd', 5432, { Ref: 'AWS::NoValue' }] },
    });
  });
});
