/**
 * Differential test of the fast YAML reader against the `yaml` package reader: wherever the fast
 * reader answers, both give deep-equal model trees (same spans, values, intrinsic normalisation)
 * and the package reports no error; everywhere else the fast reader declines and readYaml gives
 * exactly the package's result.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readYaml, readYamlPackage, readYamlPackageOnly } from '../../src/core/forms/cloudformation/yaml';
import { readYamlFast } from '../../src/core/forms/cloudformation/yaml-fast';
import { makeTemplate } from '../../bench/inputs/template';
import { CFN_SAMPLES, fixture, fixtureFiles } from '../fixture';
import { generate, mutate, prng } from './parse-yaml-gen';

const CORPUS = fixture(CFN_SAMPLES);

/** Asserts the fast reader takes the text and agrees with the package; returns false when it declined. */
function agrees(text: string, label: string, mustBeFast = true): boolean {
  // The strict reader keeps to what the package accepts; the lenient one (the default) reads the
  // same tree wherever the strict one does (its extra shapes are checked against PyYAML in
  // test/integration/parse-yaml-pyyaml.test.ts).
  const fast = readYamlFast(text, { lenient: false });
  const slow = readYamlPackageOnly(text);
  if (fast) assert.deepEqual(readYamlFast(text), fast, `${label}: the lenient reader differs from the strict one`);
  if (!fast) {
    assert.ok(!mustBeFast, `${label}: the fast reader declined`);
    const lenient = readYamlFast(text);
    if (lenient) {
      // A shape only PyYAML reads: the package must reject it, and readYaml takes the lenient tree.
      assert.ok(slow.problems.length > 0, `${label}: the lenient reader alone read a text the package reads`);
      assert.deepEqual(readYaml(text), { root: lenient, problems: [] }, label);
      return false;
    }
    // Falling back, readYaml is the package with recovery (a text with errors is read part by part).
    assert.deepEqual(readYaml(text), readYamlPackage(text), `${label}: readYaml differs from the package after falling back`);
    if (!slow.problems.length) assert.deepEqual(readYamlPackage(text), slow, `${label}: recovery changed a text without errors`);
    return false;
  }
  assert.deepEqual(slow.problems, [], `${label}: the fast reader accepted a text the package reports errors for`);
  assert.deepEqual(fast, slow.root, `${label}: trees differ`);
  assert.deepEqual(readYaml(text), slow, label);
  return true;
}

describe('fast YAML reader: differential against the yaml package', () => {
  it('agrees on every YAML file of the vendored sample templates, and takes all of them', () => {
    const files = fixtureFiles(CFN_SAMPLES, /\.ya?ml$/i);
    assert.ok(files.length >= 10, `corpus has ${files.length} YAML files`);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      agrees(text, path.relative(CORPUS, f));
      agrees(text.replace(/\r?\n/g, '\r\n'), `${path.relative(CORPUS, f)} with CRLF line ends`);
    }
  });

  it('agrees on generated bench templates of several sizes', function () {
    this.timeout(120_000);
    for (const [n, bytes] of [[5, 3000], [37, 20000], [100, 70000], [500, 1000000]]) {
      const text = makeTemplate(n, bytes, 'yaml');
      agrees(text, `make-template ${n} ${bytes}`);
      if (n === 100) agrees(text.replace(/\n/g, '\r\n'), `make-template ${n} ${bytes} with CRLF line ends`);
    }
  });

  describe('hand-written cases it must read itself', () => {
    const cases: Record<string, string> = {
      'quotes and escapes': 'a: "x\\ty\\n\\"q\\" \\u00e9 \\x41 \\U0001F600 \\\\ \\/"\nb: \'it\'\'s\'\nc: ""\nd: \'\'\ne: "  spaced  "\n',
      'multi-line quoted folding': 'a: "one\n  two\n\n  three \\\n  four"\nb: \'x\n\n\n  y\'\nc: 1\n',
      'multi-line plain folding': 'a: one\n  two\n\n  three\nb: -not a list\nc: x\n\n\n  y #a comment\n',
      'block scalars': 'a: |\n  line 1\n    more\n  line 3\n\nb: >\n  folded\n  text\n\n  para\n    kept\n  end\nc: |-\n  stripped\nd: >-\n  x\n  y\ne: | # comment\n  # not a comment\n',
      'block scalar at the end without a line break': 'a: |\n  x\n  y',
      'flow collections': 'a: [1, "two", \'three\', [4, {five: 5}], {}]\nb: {Ref: X, "Fn::GetAtt": [A, Arn], k: [ ]}\nc: [\n    a,\n    b ]\nd: {"a":1}\n',
      'comments and # inside strings': '# head\na: "x # not" # c\nb: \'#\'\nc: a#b\nd: [ "#", x ]  # c\n  # indented after a flow value\n# out\ne: 1 # end\n',
      'keys with colons and odd keys': '"a: b": 1\nx:y: 2\n\'q\': 3\nAWS::Region: 4\n1: one\ntrue: t\n0x10: h\n~: skipped\nnull: skipped\nk : spaced\n',
      'empty values and nulls': 'a:\nb: ~\nc: null\nd: Null\ne:   \nf:\n  - \n  -\n  - x\ng:\n',
      'YAML 1.2 core typing': 'a: [0123, 1e3, .inf, -.Inf, .NaN, 08, \'010\', "010", 0x1F, 0o17, 0o8, +12, -3.5, 1., .5, 1_000, yes, no, on, off, True, FALSE, 2010-09-09, 12:30, 1.0e+3]\n',
      'tags and intrinsics': 'a: !Ref X\nb: !GetAtt A.Arn\nc: !Sub "${AWS::Region}"\nd: !If [C, !Ref A, !Ref "AWS::NoValue"]\ne: !Join\n  - ""\n  - - a\n    - !Ref B\nf: !Sub |\n  echo ${X}\ng: !GetAZs\nh:\n  - !GetAZs\n  - !Base64 1\n  - !Rain::Embed f.js\ni: !Equals [!Ref Env, prod]\nj: !Select [0, !GetAZs ""]\n',
      'compact maps and sequences': 'Tags:\n  - Key: Name\n    Value: x\n  -   Key: B\n      Value: y\n  - - n1\n    - n2\nSame:\n- a\n- b: 1\n  c: 2\nEnd: 1\n',
      'document start marker': '# c\n--- # start\nAWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
      'comments after the last value of nested collections': 'a:\n  b:\n    c: x\n      # deeper\n    # same\n  # parent\n# root\nd:\n  - x\n    # deeper\n  # same\ne:\n  - |\n    text\n  # after block\nf: 1\n',
      'anchors and aliases': 'a: &x 1\nb: *x\nc: &m\n  k: v\n  # in\nd: *m # c\n  # more\ne: [*x, &y 2, *y, *m]\nf: &s {k: v}\ng:\n  - *s\n  - &z [1]\n  - *z\nh: &q "q"\ni: &p\n  - a\nj: *p\n',
      'tag alone on its line, a collection below': 'a:\n  Fn::Base64:\n    !Sub\n    - |\n      echo ${X}\n    - X: !Ref Y\nb:\n  !If\n  - C\n  - 1\n  - 2\nc: 1\n',
      'a byte order mark': '\ufeffa: &x 1\nb:\n  - *x\n  - !Ref y\n',
      'a byte order mark and CRLF': '\ufeffa: 1\r\nb:\r\n  - x\r\n',
      'trailing commas': 'a: [1, 2,]\nb: {x: 1, y: [a,\n    ],}\n',
      'comments inside flow collections': 'a: [1, # one\n    2 # two\n    ]\nb: {x: 1, # c\n    y: 2}\n',
      'blank lines everywhere': '\n\na: 1\n\n\nb:\n\n  c: 2\n\n\n  d:\n\n    - x\n\n\n',
      'odd plain keys and values': '-: x\n-a: x\n?a: x\n:a: x\na,b: c\na]: b\nv1: -x\nv2: ?x\nv3: x :y\nv4: [a:b, ?x, -x, -1]\nv5: x#y # z\nv6: {"b":c}\nv7: !Ref\n',
      'CRLF line ends': 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: "p\r\n  q"\r\nd: [1,\r\n  2]\r\ne:\r\n  - f\r\n    # c\r\n',
    };
    for (const [name, text] of Object.entries(cases)) it(name, () => agrees(text, name));
    it('anchors and aliases with CRLF line ends (a shared node moves once)', () => {
      agrees(cases['anchors and aliases'].replace(/\n/g, '\r\n'), 'anchors CRLF');
    });
  });

  describe('cases it must leave to the package', () => {
    const cases: Record<string, string> = {
      'anchor on a key': 'a:\n  &x k: v\n',
      'unresolved alias': 'a: *x\n',
      'anchor and tag': 'a: &x !Ref q\nb: !Sub &w s\n',
      'anchor on an empty value': 'a: &x\nb: 1\n',
      'tag then a scalar on the next line': 'a:\n  !Ref\n  x\n',
      'complex keys': '? a\n: b\n',
      directives: '%YAML 1.2\n---\na: 1\n',
      'several documents': 'a: 1\n---\nb: 2\n',
      'tab indentation': 'a:\n\tb: 1\n',
      'mixed line ends': 'a: 1\r\nb: 2\n',
      'a lone CR': 'a: 1\rb: 2\n',
      'keep chomping': 'a: |+\n  x\n\nb: 1\n',
      'indentation indicator': 'a: |2\n   x\n',
      'bad indentation': 'a:\n    b: 1\n  c: 2\n',
      'unterminated flow': 'a: [1, 2\nb: 3\n',
      'unterminated quote': 'a: "x\n',
      'mapping in a plain value': 'a: b: c\n',
      'mapping in a continuation line': 'c: x\n\n  y: z\n',
      'invalid escape': 'a: "\\q"\n',
      'not a map': '- a\n- b\n',
      empty: '',
      'comment only': '# nothing\n',
      'verbatim and secondary tags': 'a: !!str 1\nb: !<tag:x> y\n',
      'empty value with a comment': 'a: # c\nb: 1\n',
    };
    for (const [name, text] of Object.entries(cases)) it(name, () => assert.equal(agrees(text, name, false), false));
  });

  it('agrees on 1,000 random mini-templates, 1,000 broken ones and 333 with CRLF line ends (seeded)', function () {
    this.timeout(120_000);
    let fast = 0;
    let fastBroken = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const rand = prng(seed);
      const text = generate(rand);
      if (agrees(text, `seed ${seed}: ${JSON.stringify(text)}`, false)) fast++;
      if (agrees(mutate(text, rand), `broken seed ${seed}`, false)) fastBroken++;
      if (seed % 3 === 0) agrees(text.replace(/\n/g, '\r\n'), `seed ${seed} with CRLF line ends`, false);
    }
    // The generator mixes in constructs the fast reader declines; most texts still go fast.
    assert.ok(fast > 250, `only ${fast} of 1000 generated texts took the fast path`);
    assert.ok(fastBroken > 60, `only ${fastBroken} of 1000 broken texts took the fast path`);
  });
});
