// End-to-end: completion in a real VS Code (code-server): property names and engine values in a
// CloudFormation template, and the adb- snippets in a shell script as one types.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/completion.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gotoLineEnd, launch, openFile, shot, suggestions } from './harness.mjs';

let s;

before(async () => {
  s = await launch({ name: 'e2e-completion' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('completion in a real VS Code', { timeout: 300_000 }, () => {
  it('suggests the properties of AWS::RDS::DBInstance on a new line under Properties, and engines after Engine:', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    // Line 16 is `      Engine: postgres` under the OrdersDatabase (AWS::RDS::DBInstance) Properties.
    await gotoLineEnd(s.page, 16);
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.type('Backup', { delay: 30 });
    const props = await suggestions(s.page, /BackupTarget/);
    await shot(s.page, 'completion-properties');
    assert.ok(props.some((r) => /BackupTarget/.test(r)), `rows: ${props.join(' | ')}`);
    // BackupRetentionPeriod is written further down (line 25): not offered again.
    assert.ok(!props.some((r) => /BackupRetentionPeriod/.test(r)), `rows: ${props.join(' | ')}`);
    await s.page.keyboard.press('Escape');
    // Replace the word with a second Engine key's value position: `Engine: ` shows the engines.
    for (let i = 0; i < 'Backup'.length; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('StorageType:', { delay: 30 });
    await s.page.keyboard.type(' ');
    const values = await suggestions(s.page, /^gp3/);
    await shot(s.page, 'completion-values');
    assert.ok(values.some((r) => /^gp3/.test(r)) && values.some((r) => /^io2/.test(r)), `rows: ${values.join(' | ')}`);
    await s.page.keyboard.press('Escape');
  });

  it('suggests the engine versions of the engine, newest first, with their end of standard support', async () => {
    // Line 17 was `      EngineVersion: "8.0.40"` (one line was added above it): retype it.
    await gotoLineEnd(s.page, 18);
    // Shift+Home selects back to the first non-blank character: the indentation stays.
    await s.page.keyboard.press('Shift+Home');
    await s.page.keyboard.type('EngineVersion:', { delay: 20 });
    await s.page.keyboard.type(' ');
    const rows = await suggestions(s.page, /^8\.\d/);
    await shot(s.page, 'completion-engine-versions');
    assert.ok(rows.length > 3, `rows: ${rows.join(' | ')}`);
    assert.match(rows[0], /^8\.4\./, `newest first: ${rows.slice(0, 3).join(' | ')}`);
    // Scroll to the 8.0 versions: their end of standard support shows beside them.
    let seen = rows;
    for (let i = 0; i < 20 && !seen.some((r) => /^8\.0\..*2026-07-31/.test(r)); i++) {
      await s.page.keyboard.press('PageDown');
      seen = await suggestions(s.page, /^8\.0\./, 2_000);
    }
    assert.ok(seen.some((r) => /^8\.0\..*standard support ended 2026-07-31/.test(r)), `rows: ${seen.slice(0, 5).join(' | ')}`);
    await s.page.keyboard.press('Escape');
  });

  it('shows the adb- snippets in a shell script while typing, with their descriptions', async () => {
    await openFile(s.page, 'scripts/create-orders-db.sh');
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.type('adb-cli-rds', { delay: 60 });
    const rows = await suggestions(s.page, /adb-cli-rds-create-multi-az/);
    await shot(s.page, 'completion-shell-snippets');
    const row = rows.find((r) => /adb-cli-rds-create-multi-az/.test(r));
    assert.ok(row, `no snippet while typing: ${rows.join(' | ')}`);
    assert.match(row, /Multi-AZ MySQL DB instance/);
    assert.doesNotMatch(row, /adb-cli-rds-create-multi-az.*adb-cli-rds-create-multi-az/, 'the prefix twice');
    await s.page.keyboard.press('Escape');
  });
});
