/**
 * Integration: our YAML reader against PyYAML, the parser behind cfn-lint and SAM (CloudFormation's
 * own, SnakeYAML, is its Java port): tricky but valid shapes (multi-line quoted scalars continued
 * at any indentation, flow collections spanning lines at the parent key's column, comments inside
 * them, tags, block and folded scalars, compact lists) are generated here, seeded, and PyYAML reads
 * them all in ONE python3 run. Wherever PyYAML reads a text, ours reads it without a problem and
 * to the same values; wherever PyYAML rejects one, ours reports a problem.
 *
 * Scalars are kept to those YAML 1.1 (PyYAML) and 1.2 (ours) type alike: words, quoted strings,
 * small integers, true/false, null.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { Node } from '../../src/core/model';
import { readYaml } from '../../src/core/forms/cloudformation/yaml';
import { readYamlFast } from '../../src/core/forms/cloudformation/yaml-fast';
import { prng } from '../unit/parse-yaml-gen';

const PY = String.raw`
import json, sys, yaml
class L(yaml.SafeLoader):
    pass
def tagged(loader, suffix, node):
    name = suffix
    key = name if name in ('Ref', 'Condition') else 'Fn::' + name
    if isinstance(node, yaml.ScalarNode):
        v = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        v = loader.construct_sequence(node, deep=True)
    else:
        v = loader.construct_mapping(node, deep=True)
    return {key: v}
L.add_multi_constructor('!', tagged)
out = []
for text in json.load(sys.stdin):
    try:
        out.append({'ok': yaml.load(text, Loader=L)})
    except yaml.YAMLError as e:
        out.append({'error': str(e).splitlines()[0]})
print(json.dumps(out))
`;

/** Our model as plain data, as PyYAML builds it (a tag is the one-key map the reader makes of it). */
function plain(n: Node): unknown {
  if (n.kind === 'map') {
    const o: Record<string, unknown> = {};
    for (const e of n.entries) o[e.key] = plain(e.value);
    return o;
  }
  if (n.kind === 'list') return n.items.map(plain);
  if (n.kind === 'scalar') return n.value;
  return { unknown: n.reason };
}

const WORDS = ['alpha', 'b c', 'arn:aws:s3:::x/*', '${AWS::Region}', 'a-b', 'x_y', '1', '42', 'true', 'false', 'null', 'mysql', 'Fn::Sub', "it's"];

/** One tricky-but-valid template. */
function shape(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const pad = (n: number) => ' '.repeat(n);
  const col = pick([2, 4, 6]);
  const key = pick(['Value', 'ZipFile', 'Description', 'Tags', 'Items']);
  const lines: string[] = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  A:', '    Type: AWS::X::Y', '    Properties:'];
  const base = 6;
  const contInd = () => pick([0, 1, base, base + 1, base + 2, base + 4, col]);
  const quoted = (q: string) => {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(WORDS).replace(/'/g, q === "'" ? "''" : "'"));
    let s = `${q}${parts[0]}`;
    for (const p of parts.slice(1)) s += (rand() < 0.2 ? '\n' : '') + `\n${pad(contInd())}${p}`;
    if (q === '"' && rand() < 0.3) s += ` \\"q\\" \\t\\\n${pad(contInd())}tail`;
    return `${s}${q}`;
  };
  const flowItem = (depth: number): string => {
    const r = rand();
    if (depth < 2 && r < 0.2) return `[${flowItem(depth + 1)}, ${flowItem(depth + 1)}]`;
    if (depth < 2 && r < 0.35) return `{Key: ${pick(WORDS.filter((w) => !/[:{}[\],]|^'|it's/.test(w)))}, Value: ${flowItem(depth + 1)}}`;
    if (r < 0.5) return `!Ref ${pick(['SG', 'Db', 'AWS::Region'])}`;
    if (r < 0.65) return `"${pick(WORDS).replace(/"/g, '')}"`;
    return pick(['alpha', 'x_y', '1', '42', 'true', 'false', 'mysql']);
  };
  const flow = () => {
    const [o, c] = rand() < 0.8 ? ['[', ']'] : ['{', '}'];
    const n = 1 + Math.floor(rand() * 4);
    const items = Array.from({ length: n }, (_, i) => (o === '[' ? flowItem(0) : `k${i}: ${flowItem(0)}`));
    let s = o;
    for (let i = 0; i < n; i++) {
      const brk = rand() < 0.6;
      s += `${brk ? `\n${pad(contInd())}` : i ? ' ' : ''}${items[i]}${i < n - 1 ? ',' : ''}${brk && rand() < 0.2 ? ' # note' : ''}`;
    }
    s += rand() < 0.6 ? `\n${pad(pick([0, base, base + 2, col]))}${c}` : c;
    return s;
  };
  const value = (): string => {
    const r = rand();
    if (r < 0.3) return `${pick(['', '!Sub ', '!Sub ', '!Base64 '])}${quoted(pick(['"', "'"]))}`;
    if (r < 0.6) return `${pick(['', '', '!If '])}${flow()}`;
    if (r < 0.7) return `${pick(['|', '>', '|-', '>-'])}\n${pad(base + 2)}line one\n${pad(base + 4)}indented\n\n${pad(base + 2)}last`;
    if (r < 0.8) return `${pick(WORDS.filter((w) => !/^'|it's|: /.test(w)))}\n${pad(base + 2)}continued plain`;
    if (r < 0.9) return `\n${pad(base + 2)}- ${pick(['alpha', '1', 'true'])}\n${pad(base + 2)}- k: ${flow()}\n${pad(base + 4)}j: x`;
    return `!GetAtt ${pick(['Db.Endpoint.Address', 'A.Arn'])}`;
  };
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) lines.push(`${pad(base)}${key}${i}: ${value()}`);
  if (rand() < 0.3) lines.push('  # a comment at the resource column');
  lines.push('  B:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: mysql');
  return lines.join('\n') + (rand() < 0.9 ? '\n' : '');
}

describe('integration: YAML reader against PyYAML', function () {
  this.timeout(60_000);

  it('reads what PyYAML reads, to the same values, on 400 generated tricky shapes (and rejects what it rejects)', () => {
    const rand = prng(20261204);
    const texts = Array.from({ length: 400 }, () => shape(rand));
    // Hand-written: the two shapes of published samples that CloudFormation deploys.
    texts.push(
      'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: !Sub "import os\n  def handler(e, c):\n  return 1"\n',
      'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument: !Sub \'{\n          "Version": "2012-10-17"\n      }\'\n      Roles: [\n      !Ref R\n      ]\n',
    );
    const py = spawnSync('python3', ['-c', PY], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(py.status, 0, `python3 with PyYAML failed (install python3-yaml or pip install pyyaml): ${py.stderr || py.error}`);
    const refs = JSON.parse(py.stdout) as ({ ok: unknown } | { error: string })[];
    assert.equal(refs.length, texts.length);
    let accepted = 0;
    let fast = 0;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i];
      const ours = readYaml(text);
      const ref = refs[i];
      const label = `case ${i}: ${JSON.stringify(text)}`;
      if ('error' in ref) {
        assert.ok(ours.problems.length > 0, `${label}: PyYAML rejects it (${ref.error}), we report nothing`);
        continue;
      }
      accepted++;
      if (readYamlFast(text)) fast++;
      assert.deepEqual(ours.problems, [], `${label}: PyYAML reads it, we report ${JSON.stringify(ours.problems)}`);
      assert.ok(ours.root, label);
      assert.deepEqual(plain(ours.root), ref.ok, `${label}: values differ`);
    }
    // The generator makes valid YAML (for PyYAML); the fast reader takes nearly all of it.
    assert.ok(accepted >= 380, `PyYAML read only ${accepted} of ${texts.length}`);
    assert.ok(fast >= accepted * 0.9, `the fast reader took only ${fast} of ${accepted}`);
  });
});
