/** The HCL reader: exact ranges, recovery on half-typed text, and no throw on hostile input. */
import { strict as assert } from 'node:assert';
import { attribute, blocks, parseHcl, type HclBlock } from '../../src/core/forms/terraform/hcl';
import { prng } from './parse-yaml-gen';

const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('HCL reader', () => {
  it('gives exact ranges for block types, labels, attribute keys, values and comments', () => {
    const t = 'resource "aws_db_instance" "main" {\n  storage_encrypted = false # no\n  tags = { Env = "prod" }\n}\n';
    const f = parseHcl(t);
    assert.deepEqual(f.errors, []);
    const [r] = blocks(f.body, 'resource');
    assert.equal(slice(t, r.typeSpan), 'resource');
    assert.deepEqual(r.labels.map((l) => [l.value, slice(t, l)]), [['aws_db_instance', '"aws_db_instance"'], ['main', '"main"']]);
    const a = attribute(r.body, 'storage_encrypted')!;
    assert.equal(slice(t, a.nameSpan), 'storage_encrypted');
    assert.equal(slice(t, a.expr), 'false');
    const tags = attribute(r.body, 'tags')!.expr;
    assert.equal(tags.kind, 'object');
    if (tags.kind === 'object') assert.equal(slice(t, tags.items[0].value), '"prod"');
    assert.deepEqual(f.comments.map((c) => [c.style, slice(t, c)]), [['#', '# no']]);
    assert.equal(slice(t, r), t.slice(0, -1));
    assert.equal(slice(t, r.body.close!), '}');
  });

  it('recovers on half-typed text: one error per broken line, the rest of the block and file still read', () => {
    const t = [
      'resource "aws_db_instance" "a" {',
      '  storage_encr',
      '  engine = ',
      '  publicly_accessible = true',
      '  tags = { a = ',
      '  multi_az = false',
      '}',
      'resource "aws_db_instance" "b" {',
      '  engine = "mysql"',
    ].join('\n');
    const f = parseHcl(t);
    const rs = blocks(f.body, 'resource');
    assert.equal(rs.length, 2);
    assert.equal(attribute(rs[0].body, 'publicly_accessible')?.expr.kind, 'literal');
    assert.equal(attribute(rs[0].body, 'multi_az')?.expr.kind, 'literal');
    assert.equal(attribute(rs[0].body, 'engine')?.expr.kind, 'invalid');
    assert.equal(attribute(rs[1].body, 'engine')?.expr.kind, 'literal');
    assert.ok(f.errors.some((e) => /storage_encr/.test(e.message)));
    assert.ok(f.errors.some((e) => /not closed/.test(e.message)), 'the unclosed last block is reported');
    for (const e of f.errors) assert.ok(e.start <= e.end && e.end <= t.length);
  });

  it('an unterminated string ends at its line', () => {
    const t = 'a = "abc\nb = 1\n';
    const f = parseHcl(t);
    assert.equal(attribute(f.body, 'b')?.expr.kind, 'literal');
    assert.ok(f.errors.some((e) => /Unterminated string/.test(e.message)));
  });

  it('deep nesting is one error, not a stack overflow', () => {
    const deepBlocks = 'a {\n'.repeat(5000) + '}\n'.repeat(5000);
    const deepExpr = `x = ${'['.repeat(20000)}${']'.repeat(20000)}\ny = 1\n`;
    const deepParen = `x = ${'('.repeat(20000)}1${')'.repeat(20000)}\ny = 2\n`;
    for (const t of [deepBlocks, deepExpr, deepParen]) {
      const f = parseHcl(t);
      assert.ok(f.errors.some((e) => /nested more than/.test(e.message)), t.slice(0, 10));
    }
    assert.equal(attribute(parseHcl(deepExpr).body, 'y')?.expr.kind, 'literal');
  });

  it('never throws on random cuts and mutations of a real file', () => {
    const base = 'resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n  serverlessv2_scaling_configuration {\n    min_capacity = 0.5\n    max_capacity = var.max\n  }\n  tags = merge(var.tags, { Name = "${var.name}-prod" })\n  policy = <<-EOT\n    {"a": "${x}"}\n    EOT\n  count = var.create ? 1 : 0\n}\n';
    const rnd = prng(15);
    const alphabet = '{}[]()"\'$%#/*=:?.,<>-!\n \\~';
    for (let i = 0; i < 3000; i++) {
      let t = base;
      const edits = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(rnd() * t.length);
        const r = rnd();
        if (r < 0.33) t = t.slice(0, at);
        else if (r < 0.66) t = t.slice(0, at) + alphabet[Math.floor(rnd() * alphabet.length)] + t.slice(at);
        else t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 5));
      }
      const f = parseHcl(t);
      const walk = (b: HclBlock['body']) => {
        for (const it of b.items) {
          assert.ok(it.start >= 0 && it.end <= t.length && it.start <= it.end, JSON.stringify(t));
          if (it.kind === 'block') walk(it.body);
        }
      };
      walk(f.body);
    }
  });
});

/** Inputs the fuzz suite (test/fuzz/terraform.ts) found; each was a defect of the reader. */
describe('HCL reader: fuzz regressions', () => {
  const inside = (t: string, errors: { start: number; end: number }[]) => {
    for (const e of errors) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= t.length, `${JSON.stringify(e)} outside 0..${t.length}`);
  };

  it('a backslash that ends the text or the line is one error inside the text, and the string ends there', () => {
    for (const t of ['x = "\\', 'x = "abc\\\ny = 1\n', 'x = "abc\\\r\ny = 1\n']) {
      const f = parseHcl(t);
      inside(t, f.errors);
      assert.ok(f.errors.some((e) => e.message === 'Invalid escape: "\\" at the end of the line.' && slice(t, e) === '\\'), JSON.stringify(f.errors));
      // The next line is read on its own (the escape did not swallow the line end).
      if (t.includes('y = 1')) assert.equal(attribute(f.body, 'y')?.expr.kind, 'literal');
    }
  });
});

describe('HCL reader: fuzz regressions (nesting)', () => {
  it('a string cut after a backslash inside nesting beyond the limit: the error ends at the end of the text', () => {
    const t = `x = ${'['.repeat(80)}"a\\`;
    const f = parseHcl(t);
    assert.equal(f.errors.length, 1);
    assert.equal(f.errors[0].message, 'Expression nested more than 64 deep.');
    assert.equal(f.errors[0].end, t.length);
  });
});
