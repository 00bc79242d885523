/**
 * The HCL reader against HashiCorp's own parser (@cdktf/hcl2json: hashicorp/hcl's Go parser built to
 * WebAssembly) over the vendored public Terraform corpus (test/corpus/terraform/, see SOURCES.md): the
 * same blocks (types, labels, order), the same attributes, and the same values: literals by value,
 * lists and objects item by item, any other expression by its source text (hcl2json writes those as
 * `${source}`), templates by their text. Templates with `%{}` directives are compared by presence only
 * (hcl2json keeps their source; this reader keeps their interpolations, not their text).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseHcl } from '../../src/core/forms/terraform/hcl';
import { body, countItems, hcl2json as parse, same, type J, type Tally } from '../hcl-shape';
import { analyze, type Analysis } from '../../src/core/engine';

const ROOT = path.join(__dirname, '..', 'corpus', 'terraform');

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) tfFiles(p, out);
    else if (/\.tf$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

describe('HCL reader against HashiCorp HCL (hcl2json) on the Terraform corpus', function () {
  this.timeout(120000);
  const files = tfFiles(ROOT);

  it('the corpus has at least 200 .tf files', () => {
    assert.ok(files.length >= 200, `${files.length} files`);
  });

  it('reads every file without errors, with the same blocks, attributes and values', async () => {
    const t: Tally = { blocks: 0, attributes: 0, values: 0, directives: 0 };
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const rel = path.relative(ROOT, f);
      const mine = parseHcl(text);
      assert.deepEqual(mine.errors, [], `${rel}: errors`);
      countItems(mine.body, t);
      const theirs = (await parse(rel, text)) as J;
      same(body(mine.body, text), theirs, rel, t);
    }
    assert.ok(t.blocks > 1000 && t.attributes > 5000, JSON.stringify(t));
  });

  it('agrees on the syntax corners the corpus may miss (heredocs, escapes, keys, operators, splats)', async () => {
    const text = [
      'a = [var.x, 1, f(2), -1, 1.50, 1e3, true, null]',
      'b = "q\\"\\n${var.a} \\u00e9 $${lit} %%{lit}"',
      'c = <<-EOT',
      '    indented ${x}',
      '      more',
      '    EOT',
      'd = <<EOT',
      'plain',
      'EOT',
      'e = { (var.k) = 1, "${x}" = 2, bare = 3, "q" : 4 }',
      'f = var.a == "prod" ? (var.b + 1) * 2 : !var.c && var.d != 3 || var.e >= 4',
      'g = aws_db_instance.main[*].id',
      'h = data.x.y.list[0].name',
      'i = [for s in var.l : upper(s) if s != ""]',
      'j = { for k, v in var.m : k => v... }',
      'k = "%{ if var.x }yes%{ else }no%{ endif }"',
      'l = provider::aws::arn_parse("arn:aws:iam::444455556666:role/example").account_id',
      'm = try(local.a.b, {})',
      'n = a.0.b',
      'block "one" two {',
      '  nested {',
      '    x = 1 # trailing',
      '  }',
      '  // comment',
      '  /* block',
      '     comment */',
      '}',
      'empty {}',
      '',
    ].join('\n');
    const t: Tally = { blocks: 0, attributes: 0, values: 0, directives: 0 };
    const mine = parseHcl(text);
    assert.deepEqual(mine.errors, []);
    same(body(mine.body, text), (await parse('edge.tf', text)) as J, 'edge.tf', t);
    assert.equal(t.directives, 1);
    assert.equal(mine.comments.length, 3);
  });

  it('reads each file in JSON syntax (hcl2json\'s rendering, as .tf.json) into the same resources and findings', async () => {
    let resources = 0;
    const shape = (a: Analysis) => ({
      resources: (a.doc?.resources ?? []).map((r) => `${r.id} ${r.type} ${(r.properties?.entries ?? []).map((e) => e.key).sort().join(',')}`).sort(),
      findings: a.findings.map((f) => `${f.ruleId} ${f.resource}`).sort(),
    });
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const json = JSON.stringify(await parse(f, text), null, 2);
      const hcl = analyze(text, { fileName: 'main.tf' });
      const js = analyze(json, { fileName: 'main.tf.json' });
      assert.equal(js.kind, 'terraform');
      // No syntax problem in JSON syntax; the reader's own notes (a module version it does not check) as in HCL.
      assert.deepEqual(js.problems.map((p) => `${p.code} ${p.message}`), hcl.problems.filter((p) => p.code !== 'parse-error').map((p) => `${p.code} ${p.message}`), path.relative(ROOT, f));
      assert.deepEqual(hcl.problems.filter((p) => p.code === 'parse-error'), [], path.relative(ROOT, f));
      assert.deepEqual(shape(js), shape(hcl), path.relative(ROOT, f));
      resources += hcl.doc?.resources.length ?? 0;
    }
    assert.ok(resources >= 15, `${resources} database resources compared`);
  });
});
