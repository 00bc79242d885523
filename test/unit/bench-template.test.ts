/**
 * The bench's template generator (bench/inputs/template.ts): deterministic, at least the size
 * asked, the same template in YAML and JSON, every reference resolvable, and database settings
 * wrong often enough for the linter to have findings.
 */
import assert from 'node:assert/strict';
import { parse, type YAMLSeq } from 'yaml';
import { generateTemplate, makeTemplate, PyRandom, pyDumps, renderTemplate, templateData } from '../../bench/inputs/template';
import { analyze } from '../../src/core/engine';

/** The short intrinsic tags (scalar and sequence forms) as the long forms, so the YAML compares with the JSON. */
const long = (name: string) => (name === 'Ref' ? 'Ref' : `Fn::${name}`);
const TAGS = ['Ref', 'Sub', 'If', 'Equals', 'GetAtt'].flatMap((name) => [
  { tag: `!${name}`, resolve: (v: string) => ({ [long(name)]: name === 'GetAtt' ? v.split('.') : v }) },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (v: unknown) => ({ [long(name)]: (v as YAMLSeq).toJSON() }) },
]);

describe('bench template generator', () => {
  it('draws the same stream as Python random.Random (MT19937, init_by_array)', () => {
    // Known first values of Python's random.Random(0) and Random(42): independent of our code.
    assert.equal(new PyRandom(0).random(), 0.8444218515250481);
    assert.equal(new PyRandom(42).random(), 0.6394267984578837);
    const r = new PyRandom(1);
    const xs = Array.from({ length: 1000 }, () => r.random());
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(new Set(xs).size === 1000);
    assert.throws(() => new PyRandom(-1), RangeError);
  });

  it('writes JSON with the separators of Python json.dumps', () => {
    assert.equal(pyDumps(['IsProd', true, false]), '["IsProd", true, false]');
    assert.equal(pyDumps([{ Ref: 'Env' }, 'prod']), '[{"Ref": "Env"}, "prod"]');
  });

  for (const [n, bytes] of [[5, 3000], [37, 20_000], [100, 70_000]] as const) {
    it(`${n} resources, ${bytes} bytes: deterministic, big enough, YAML and JSON agree, references resolve`, function () {
      this.timeout(60_000);
      const { text: yaml, pad } = generateTemplate(n, bytes, 'yaml');
      assert.equal(makeTemplate(n, bytes, 'yaml'), yaml, 'same arguments, same bytes');
      const generated = generateTemplate(n, bytes, 'json');
      const json = generated.text;
      for (const [text, p] of [[yaml, pad], [json, generated.pad]] as const) {
        assert.ok(Buffer.byteLength(text) >= bytes, `${Buffer.byteLength(text)} < ${bytes}`);
        // Grown past the smallest template (pad 1): it stops soon after the target.
        if (p > 1) assert.ok(Buffer.byteLength(text) < bytes * 1.5, `${Buffer.byteLength(text)}: far past the target`);
        assert.ok(text.endsWith('\n'));
      }
      assert.ok(pad > 1 || n === 5, `pad ${pad}: the template did not grow`);
      const fromJson = JSON.parse(json);
      assert.deepEqual(parse(yaml, { customTags: TAGS as never }), JSON.parse(renderTemplate(templateData(n, pad), 'json')), 'the YAML is the template data');
      const resources = fromJson.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
      assert.ok(Object.keys(resources).length >= n);
      const names = new Set([...Object.keys(resources), ...Object.keys(fromJson.Parameters)]);
      const refs = [...json.matchAll(/"Ref": "([^"]+)"|"Fn::GetAtt": \[\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      assert.ok(refs.length > n / 3);
      assert.deepEqual(refs.filter((r) => !names.has(r)), [], 'every Ref/GetAtt target exists');
    });
  }

  it('puts deliberate mistakes in the database resources, so the linter has findings', () => {
    const text = makeTemplate(100, 70_000, 'yaml');
    const a = analyze(text, { fileName: 'bench.yaml', production: 'always' });
    assert.equal(a.kind, 'cloudformation');
    assert.deepEqual(a.internalErrors, []);
    const ids = new Set(a.findings.map((f) => f.ruleId));
    assert.ok(a.findings.length >= 10, `${a.findings.length} findings`);
    assert.ok(ids.size >= 3, [...ids].join(' '));
    const data = templateData(100, 1) as { Resources: Record<string, { Type: string }> };
    const types = new Set(Object.values(data.Resources).map((r) => r.Type));
    for (const t of ['AWS::RDS::DBInstance', 'AWS::ElastiCache::ReplicationGroup', 'AWS::DMS::ReplicationInstance', 'AWS::IAM::Role', 'AWS::CloudWatch::Alarm']) assert.ok(types.has(t), t);
  });
});
