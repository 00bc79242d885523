// End-to-end: Terraform completion in a real VS Code (code-server): argument names of a database
// resource from the AWS provider's schema, as one types in examples/terraform/main.tf.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/terraform-completion.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gotoLineEnd, launch, openFile, shot, suggestions } from './harness.mjs';

let s;

before(async () => {
  s = await launch({ name: 'e2e-terraform-completion' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('Terraform completion in a real VS Code', { timeout: 300_000 }, () => {
  it('suggests the arguments of aws_db_instance not written yet, and inserts a typed value', async () => {
    await openFile(s.page, 'terraform/main.tf');
    // Line 21 is `  engine = "postgres"` in resource "aws_db_instance" "orders".
    await gotoLineEnd(s.page, 21);
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.type('storage_', { delay: 40 });
    const rows = await suggestions(s.page, /storage_throughput/);
    await shot(s.page, 'completion-terraform');
    assert.ok(rows.some((r) => /storage_throughput/.test(r)), `rows: ${rows.join(' | ')}`);
    // storage_type and storage_encrypted are written further down: not offered again.
    assert.ok(!rows.some((r) => /^storage_type\b|^storage_encrypted\b/.test(r)), `rows: ${rows.join(' | ')}`);
    await s.page.keyboard.press('Escape');
    for (let i = 0; i < 'storage_'.length; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('iam_database_auth', { delay: 40 });
    const iam = await suggestions(s.page, /iam_database_authentication_enabled/);
    assert.ok(iam.some((r) => /iam_database_authentication_enabled/.test(r)), `rows: ${iam.join(' | ')}`);
    await s.page.keyboard.press('Enter');
    await s.page.waitForTimeout(500);
    const line = await s.page.$$eval('.monaco-editor .view-line', (els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')).find((t) => t.includes('iam_database_authentication_enabled')));
    assert.match(line ?? '', /iam_database_authentication_enabled = true/, `the inserted line: ${line}`);
    await s.page.keyboard.press('Escape');
  });
});
