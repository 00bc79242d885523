/** `aws-db-architect lint` on Terraform: .tf files in folders, read with their folder's variables and tfvars. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aws-db-architect lint on Terraform', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-tf-'));
    fs.mkdirSync(path.join(dir, 'db'));
    fs.writeFileSync(path.join(dir, 'db', 'main.tf'), 'resource "aws_db_instance" "orders" {\n  engine = "mysql"\n  storage_encrypted = true\n  backup_retention_period = var.retention\n}\n');
    fs.writeFileSync(path.join(dir, 'db', 'variables.tf'), 'variable "retention" {\n  type = number\n  default = 7\n}\n');
    fs.writeFileSync(path.join(dir, 'db', 'terraform.tfvars'), 'retention = 40\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders for .tf files and takes values from the tfvars beside them, on the argument that uses them', async () => {
    const r = await run(['lint', dir, '--format', 'json', '--rule', 'ADB013=off', '--rule', 'ADB014=off']);
    const doc = JSON.parse(r.out) as { files: { path: string; kind: string; findings: { ruleId: string; range: { start: { line: number; character: number } } }[] }[] };
    assert.deepEqual(doc.files.map((f) => [path.basename(f.path), f.kind]), [['main.tf', 'terraform'], ['variables.tf', 'terraform']]);
    const main = doc.files[0].findings.find((f) => f.ruleId === 'ADB001');
    assert.ok(main, JSON.stringify(doc.files[0].findings));
    assert.deepEqual(main.range.start, { line: 3, character: 28 });
    assert.equal(r.code, 1);
  });

  it('without the tfvars the variable default applies (no finding)', async () => {
    fs.rmSync(path.join(dir, 'db', 'terraform.tfvars'));
    const r = await run(['lint', path.join(dir, 'db', 'main.tf'), '--format', 'json']);
    const doc = JSON.parse(r.out) as { files: { findings: { ruleId: string }[] }[] };
    assert.equal(doc.files[0].findings.filter((f) => f.ruleId === 'ADB001').length, 0);
  });
});
