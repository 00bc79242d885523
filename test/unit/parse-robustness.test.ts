/**
 * The readers on hostile or half-typed text: a template cut at any byte, alias bombs, binary,
 * a BOM, CRLF, tabs, empty text. Each gives at most a few problems, inside the text, and never
 * throws. Seeded, so a failure names its reproducer.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze } from '../../src/core/engine';
import { readJson } from '../../src/core/forms/cloudformation/json';
import { readYaml } from '../../src/core/forms/cloudformation/yaml';
import { fixture } from '../fixture';
import { prng } from './parse-yaml-gen';

/** Small vendored samples (test/fixtures/cloudformation-samples, with their SOURCES.md). */
const SAMPLES = ['RDS/RDS_PIOPS.yaml', 'RDS/RDS_PIOPS.json', 'RDS/RDS_Snapshot_On_Delete.yaml', 'DynamoDB/DynamoDB_Table.yaml', 'ElastiCache/Elasticache-snapshot.yaml', 'CloudFormation/fn-foreach-ddb.yaml'];
const MAX_PROBLEMS = 10;

function checked(text: string, fileName: string, label: string): ReturnType<typeof analyze> {
  let a: ReturnType<typeof analyze>;
  try {
    a = analyze(text, { fileName });
  } catch (e) {
    assert.fail(`${label}: analyze threw ${(e as Error).stack}`);
  }
  assert.deepEqual(a.internalErrors, [], label);
  assert.ok(a.problems.length <= MAX_PROBLEMS, `${label}: ${a.problems.length} problems`);
  for (const p of [...a.problems, ...a.findings]) {
    assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length, `${label}: span ${JSON.stringify(p.span)} outside 0..${text.length}`);
  }
  for (const p of a.problems) assert.match(p.message, /^line \d+: |not analysed|Binary/, `${label}: ${p.message}`);
  return a;
}

describe('readers: templates cut at any byte', () => {
  for (const f of SAMPLES) {
    it(`${f}: 150 random cuts (and the same with CRLF) never throw, problems stay inside the text`, () => {
      const full = fs.readFileSync(fixture(`cloudformation-samples/${f}`), 'utf8');
      const rand = prng(f.length * 7919 + full.length);
      const whole = checked(full, f, `${f} whole`);
      assert.deepEqual(whole.problems, [], `${f} reads cleanly when whole`);
      let broken = 0;
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(rand() * (full.length + 1));
        const cut = full.slice(0, at);
        const a = checked(cut, f, `${f} cut at ${at}`);
        if (a.problems.length) broken++;
        if (i % 5 === 0) checked(cut.replace(/\n/g, '\r\n'), f, `${f} cut at ${at}, CRLF`);
      }
      // A cut inside a quote, a bracket or a key is a problem; most cuts, between lines, are not.
      assert.ok(broken < 150, `${f}: every cut gave problems`);
    });
  }

  it('a cut YAML template keeps analysing the resources before the cut', () => {
    const full = fs.readFileSync(fixture('cloudformation-samples/RDS/RDS_Snapshot_On_Delete.yaml'), 'utf8');
    const wholeIds = analyze(full, { fileName: 'x.yaml' }).doc?.resources.map((r) => r.id) ?? [];
    assert.ok(wholeIds.length >= 1);
    // Cut inside a double-quoted value after the resources: the resources are still read.
    const quote = full.indexOf('"', full.indexOf('Outputs:'));
    if (quote > 0) {
      const a = checked(full.slice(0, quote + 1), 'x.yaml', 'cut in Outputs');
      assert.deepEqual(a.doc?.resources.map((r) => r.id), wholeIds);
      assert.equal(a.problems.length, 1);
    }
  });
});

describe('readers: hostile text', () => {
  const yamlCases: Record<string, string> = {
    empty: '',
    'only spaces': '   \n\n  ',
    'BOM': '\ufeffAWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::RDS::DBInstance\n',
    'CRLF': 'AWSTemplateFormatVersion: "2010-09-09"\r\nResources:\r\n  A:\r\n    Type: AWS::RDS::DBInstance\r\n',
    'mixed CR': 'AWSTemplateFormatVersion: "2010-09-09"\rResources:\r\n  A:\n    Type: AWS::RDS::DBInstance\r',
    tabs: 'Resources:\n\tA:\n\t\tType: AWS::RDS::DBInstance\n',
    'alias bomb': `Resources:\n  A: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `  B${i}: &b${i} [${Array(10).fill(i === 0 ? '*a' : `*b${i - 1}`).join(', ')}]`).join('\n').replace(/&b(\d)/g, '&b$1')}\n`,
    'unterminated everything': 'Resources:\n  A: {"x: [\'\n',
    'control characters': 'Resources:\n  A:\n    Type: "\u0001\u0002"\n    X: \u0007\n',
    'lone surrogates': 'Resources:\n  A:\n    Type: "\ud800"\n    \udc00: x\n',
    'many documents': 'Resources: {}\n---\nResources: {}\n---\nx\n'.repeat(50),
    'a long line': `Resources:\n  A:\n    Type: ${'x'.repeat(200_000)}\n`,
  };
  for (const [name, text] of Object.entries(yamlCases)) {
    it(`YAML: ${name}`, () => {
      checked(text, 't.yaml', name);
      const r = readYaml(text);
      assert.ok(r.problems.length <= MAX_PROBLEMS);
    });
  }

  it('YAML alias bomb: one problem naming it', () => {
    const a = checked(yamlCases['alias bomb'], 't.yaml', 'alias bomb');
    assert.equal(a.problems.length, 1);
    assert.match(a.problems[0].message, /alias bomb/);
  });

  it('binary: not analysed, with a message', () => {
    const a = checked('Resources:\n\u0000\u0001\u00ff', 't.yaml', 'binary');
    assert.equal(a.problems.length, 1);
    assert.equal(a.problems[0].code, 'binary');
  });

  const jsonCases: Record<string, string> = {
    empty: '',
    'just a brace': '{',
    'BOM': '\ufeff{"Resources": {}}',
    'trailing garbage': '{"Resources": {}} }}}}',
    'comments': '{"Resources": {} /* c */ }',
    'unclosed string': '{"Resources": {"A": {"Type": "AWS::RDS::DBInstance',
    'deep and unclosed': `{"Resources": ${'['.repeat(5000)}`,
  };
  for (const [name, text] of Object.entries(jsonCases)) {
    it(`JSON: ${name}`, () => {
      checked(text, 't.json', name);
      const r = readJson(text);
      assert.ok(r.problems.length <= MAX_PROBLEMS);
      for (const p of r.problems) assert.ok(p.span.end <= text.length);
    });
  }
});
