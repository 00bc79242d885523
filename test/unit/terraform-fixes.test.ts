/** Quick fixes in Terraform: one edit, inside the resource, the file still parses, and the finding is gone. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { readTfConfig } from '../../src/core/forms/terraform';

const fixed = (text: string, rule: string, title: RegExp) => {
  const a = analyze(text, { fileName: 'main.tf', only: [rule], production: 'always' });
  const f = a.findings.find((x) => x.ruleId === rule);
  assert.ok(f, `${rule} fires on\n${text}`);
  const fix = (f!.fixes ?? []).find((x) => title.test(x.title));
  assert.ok(fix, `${rule}: a fix titled ${title} among ${JSON.stringify((f!.fixes ?? []).map((x) => x.title))}`);
  assert.equal(fix!.edits.length, 1);
  const e = fix!.edits[0];
  const out = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  assert.deepEqual(readTfConfig(out).errors, [], out);
  assert.deepEqual(analyze(out, { fileName: 'main.tf', only: [rule], production: 'always' }).findings.map((x) => x.message), [], out);
  return out;
};

describe('Terraform quick fixes', () => {
  it('replaces a literal value', () => {
    const out = fixed('resource "aws_db_instance" "r" {\n  engine = "mysql"\n  storage_encrypted = true\n  publicly_accessible = true\n}\n', 'ADB006', /./);
    assert.match(out, /publicly_accessible = false/);
  });

  it('adds an absent argument at the block\'s indentation', () => {
    const out = fixed('resource "aws_db_instance" "r" {\n    engine = "mysql"\n}\n', 'ADB004', /storage_encrypted|StorageEncrypted/);
    assert.equal(out, 'resource "aws_db_instance" "r" {\n    storage_encrypted = true\n    engine = "mysql"\n}\n');
  });

  it('replaces a literal password with manage_master_user_password', () => {
    const out = fixed('resource "aws_db_instance" "r" {\n  engine = "mysql"\n  storage_encrypted = true\n  password = "hunter2hunter2"\n}\n', 'ADB012', /manage_master_user_password/);
    assert.ok(!out.includes('hunter2'));
  });

  it('does not rewrite a variable reference or a variable default', () => {
    const text = 'variable "p" {\n  default = true\n}\nresource "aws_db_instance" "r" {\n  engine = "mysql"\n  storage_encrypted = true\n  publicly_accessible = var.p\n}\n';
    const f = analyze(text, { fileName: 'main.tf', only: ['ADB006'] }).findings[0];
    assert.ok(f);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(/aws-db-architect-ignore/.test(e.newText), `only suppress-here: ${fix.title}`);
  });
});

describe('Terraform JSON syntax', () => {
  it('a .tf.json file gets no HCL edits', () => {
    const text = '{"resource": {"aws_db_instance": {"r": {"engine": "mysql", "storage_encrypted": true, "publicly_accessible": true}}}}';
    const a = analyze(text, { fileName: 'main.tf.json', only: ['ADB006'] });
    for (const f of a.findings) for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(!/ = |#/.test(e.newText), e.newText);
  });
});
