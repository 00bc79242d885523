/**
 * The readers accept what CloudFormation's parser accepts (PyYAML-style leniency), report one
 * problem per broken part in words, keep reading the parts that are intact, and bound nesting.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/engine';
import type { MapNode, Node } from '../../src/core/model';
import { get } from '../../src/core/model';
import { readJson } from '../../src/core/forms/cloudformation/json';
import { readYaml } from '../../src/core/forms/cloudformation/yaml';
import { readYamlFast } from '../../src/core/forms/cloudformation/yaml-fast';
import { MAX_NESTING } from '../../src/core/parse/problems';

function at(root: Node | undefined, ...path: string[]): Node | undefined {
  let n = root;
  for (const k of path) n = n ? get(n, k) : undefined;
  return n;
}

function scalarText(text: string, n: Node | undefined): string {
  assert.ok(n, 'node missing');
  return text.slice(n.start, n.end);
}

const HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";

describe('YAML: shapes PyYAML and CloudFormation read, the yaml package rejects', () => {
  it('reads a multi-line double-quoted !Sub whose continuation lines sit left of the key', () => {
    const text = `${HEAD}  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: !Sub "import os\n  def handler(e, c):\n  return '\${AWS::Region}'"\n      Handler: index.handler\n`;
    const r = readYaml(text);
    assert.deepEqual(r.problems, []);
    const sub = at(r.root, 'Resources', 'Fn', 'Properties', 'Code', 'ZipFile') as MapNode;
    assert.equal(sub.entries[0].key, 'Fn::Sub');
    // PyYAML: "import os def handler(e, c): return '${AWS::Region}'"
    assert.deepEqual(sub.entries[0].value.kind === 'scalar' && sub.entries[0].value.value, "import os def handler(e, c): return '${AWS::Region}'");
    assert.equal(scalarText(text, sub.entries[0].value), `"import os\n  def handler(e, c):\n  return '\${AWS::Region}'"`);
    assert.equal((at(r.root, 'Resources', 'Fn', 'Properties', 'Handler') as { value: unknown }).value, 'index.handler');
  });

  it('reads a multi-line single-quoted scalar continued at the key column and at column 0', () => {
    const text = `${HEAD}  R:\n    Type: AWS::IAM::Role\n    Properties:\n      Path: 'a\n      b''c\n\nd'\n      Description: x\n`;
    const r = readYaml(text);
    assert.deepEqual(r.problems, []);
    const n = at(r.root, 'Resources', 'R', 'Properties', 'Path');
    assert.equal(n?.kind === 'scalar' && n.value, "a b'c\nd");
    assert.equal(n?.kind === 'scalar' && n.quote, "'");
  });

  it('reads a flow sequence whose lines sit at the parent key column, and one closed at column 0', () => {
    const text = `${HEAD}  SG:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      Tags: [\n      {Key: a, Value: b}, # first\n      {Key: c, Value: d}\n      ]\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      VPCSecurityGroups: [\n    !Ref SG\n]\n      Engine: mysql\n`;
    const r = readYaml(text);
    assert.deepEqual(r.problems, []);
    const tags = at(r.root, 'Resources', 'SG', 'Properties', 'Tags');
    assert.equal(tags?.kind, 'list');
    assert.equal(scalarText(text, tags).split('\n').length, 4);
    const sgs = at(r.root, 'Resources', 'Db', 'Properties', 'VPCSecurityGroups');
    assert.ok(sgs?.kind === 'list' && sgs.items.length === 1);
    assert.equal(scalarText(text, (sgs.items[0] as MapNode).entries[0].value), 'SG');
    assert.equal((at(r.root, 'Resources', 'Db', 'Properties', 'Engine') as { value: unknown }).value, 'mysql');
  });

  it('still stops at a document marker inside quotes or brackets, as PyYAML does', () => {
    assert.equal(readYamlFast('a: "x\n---\ny"\n'), undefined);
    assert.equal(readYamlFast('a: [x,\n...\n]\n'), undefined);
    assert.ok(readYaml('a: "x\n---\ny"\n').problems.length >= 1);
  });

  it('the strict mode keeps to what the yaml package accepts', () => {
    assert.equal(readYamlFast('a:\n  b: "x\n  y"\n', { lenient: false }), undefined);
    assert.equal(readYamlFast('a:\n  b: [x,\n  y]\n', { lenient: false }), undefined);
    assert.ok(readYamlFast('a:\n  b: [x,\n  y]\n'));
  });
});

describe('YAML: one problem per broken part, in words, and the rest analysed', () => {
  const text = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Parameters:',
    '  Env:',
    '    Type: String',
    'Resources:',
    '  Broken:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    '        PubliclyAccessible: true',
    '  Good:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    '      PubliclyAccessible: true',
    '      Port: &p 3306',
    '  Broken2:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: "mysql',
    '  Good2:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      PubliclyAccessible: true',
    'Outputs:',
    '  X:',
    '    Value: !Ref Good',
    '',
  ].join('\n');

  it('gives one problem per broken resource, on the offending line, in words', () => {
    const a = analyze(text, { fileName: 't.yaml' });
    assert.equal(a.kind, 'cloudformation');
    assert.deepEqual(a.problems.map((p) => p.message), [
      'line 10: a key is indented deeper than the keys before it (or the value above it needs quotes).',
      'line 20: a double-quoted value is not closed (no closing ").',
    ]);
    assert.equal(text.slice(a.problems[0].span.start, a.problems[0].span.end), 'PubliclyAccessible');
    assert.equal(a.problems[0].range.start.line, 9);
  });

  it('analyses the resources whose text is intact: the same findings, on the same text, as without the broken ones', () => {
    const a = analyze(text, { fileName: 't.yaml' });
    assert.deepEqual(a.doc?.resources.map((r) => r.id), ['Good', 'Good2']);
    assert.deepEqual(a.doc?.parameters.has('Env'), true);
    const lines = text.split('\n');
    const intact = [...lines.slice(0, 5), ...lines.slice(10, 16), ...lines.slice(20)].join('\n');
    const b = analyze(intact, { fileName: 't.yaml' });
    assert.deepEqual(b.problems, []);
    const seen = (x: typeof a, t: string) => x.findings.map((f) => `${f.ruleId} ${f.resource} ${t.slice(f.span.start, f.span.end)}`);
    assert.ok(b.findings.length > 3);
    assert.deepEqual(seen(a, text), seen(b, intact));
  });

  it('words the common mistakes', () => {
    const cases: [string, RegExp][] = [
      [`${HEAD}  A:\n    Type: x\n   Properties: {}\n`, /^line 5: a key is not lined up with the keys before it/],
      [`${HEAD}  A:\n\tType: x\n`, /^line 4: a tab is used for indentation/],
      [`${HEAD}  A:\n    Type: [a, b\n  B:\n    Type: y\n`, /^line 4: a \[ \] or \{ \} collection is not closed/],
      [`${HEAD}  A:\n    Type: "\\q"\n`, /^line 4: invalid escape \\q/],
      [`${HEAD}  A:\n    Type: @x\n`, /^line 4: a value cannot start with @/],
    ];
    for (const [t, re] of cases) {
      const r = readYaml(t);
      assert.equal(r.problems.length, 1, `${JSON.stringify(t)}: ${JSON.stringify(r.problems)}`);
      assert.match(r.problems[0].message, re);
      assert.ok(!/YAML syntax error/.test(r.problems[0].message));
    }
  });

  it('keeps reading a broken file in proportion: 200 broken resources give at most 10 problems', () => {
    let t = HEAD;
    for (let i = 0; i < 200; i++) t += `  R${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: "mysql\n`;
    const r = readYaml(t);
    assert.ok(r.problems.length >= 1 && r.problems.length <= 10, `${r.problems.length} problems`);
  });
});

describe('nesting bounds', () => {
  it(`JSON 10,000 levels deep: one problem, no throw`, () => {
    const text = `{"Resources": {"A": {"Type": "AWS::RDS::DBInstance", "Properties": {"X": ${'['.repeat(10_000)}${']'.repeat(10_000)}}}}}`;
    const a = analyze(text, { fileName: 't.json' });
    assert.equal(a.problems.length, 1);
    assert.match(a.problems[0].message, new RegExp(`^line 1: nesting deeper than ${MAX_NESTING} levels`));
    assert.ok(a.problems[0].span.end <= text.length);
  });

  it('JSON just under the bound is read', () => {
    const d = MAX_NESTING - 10;
    const r = readJson(`{"Resources": ${'['.repeat(d)}${']'.repeat(d)}}`);
    assert.deepEqual(r.problems, []);
    assert.ok(r.root);
  });

  it('YAML flow nesting 100,000 deep and block nesting 3,000 deep: one problem, no throw', () => {
    for (const deep of [
      `${HEAD}  A:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      X: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      `${HEAD}  A:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      X:\n${'        '}${'- '.repeat(3000)}x\n`,
      `${HEAD}  A:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      X: &a ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
    ]) {
      const a = analyze(deep, { fileName: 't.yaml' });
      assert.equal(a.problems.length, 1, JSON.stringify(a.problems));
      assert.match(a.problems[0].message, /nesting deeper than/);
    }
  });

  it('YAML 400 levels deep is read and analysed (rules, fixes and walkers keep within the stack)', () => {
    const text = `${HEAD}  A:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      PubliclyAccessible: true\n      X: ${'['.repeat(400)}${']'.repeat(400)}\n      Y: !If [C, ${'{a: '.repeat(200)}1${'}'.repeat(200)}, 2]\n`;
    const a = analyze(text, { fileName: 't.yaml' });
    assert.deepEqual(a.problems, []);
    assert.ok(a.findings.some((f) => f.ruleId === 'ADB004'));
  });

  it('an AWS CLI JSON parameter 20,000 levels deep is not judged, and the rest of the command is', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const a = analyze(`aws dynamodb create-table --table-name t --attribute-definitions '${deep}' --key-schema AttributeName=a,KeyType=HASH --billing-mode PAY_PER_REQUEST\n`, { fileName: 'x.sh' });
    assert.deepEqual(a.internalErrors, []);
    assert.deepEqual(a.problems, []);
    assert.ok(a.findings.some((f) => f.ruleId === 'ADB050'));
    assert.ok(!a.findings.some((f) => f.ruleId === 'ADB107'), 'a deep but valid JSON value is not called invalid');
  });

  it('a JSON parse-error span never ends past the end of the file', () => {
    for (const text of ['{"Resources": {"A": {"Type": "x"', '{"Resources": ', '{"Resources": "abc', '{', '{"a": 1} x']) {
      const r = readJson(text);
      assert.ok(r.problems.length >= 1 && r.problems.length <= 5, text);
      for (const p of r.problems) assert.ok(p.span.start <= p.span.end && p.span.end <= text.length, `${text}: ${JSON.stringify(p.span)}`);
      assert.match(r.problems[0].message, /^line 1: /);
    }
  });
});
