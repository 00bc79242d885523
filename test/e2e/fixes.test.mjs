// End-to-end: findings and fixes in a real VS Code (code-server): a rule's link in the Problems view
// lands on the rule in docs/rules.md, "Show documentation for ADBnnn", and "Fix all in this file"
// as one undoable edit. Run: node scripts/e2e-prepare.mjs && node --test test/e2e/fixes.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../../scripts/code-server.mjs';
import { gotoLine, launch, openFile, problems, shot, waitFor } from './harness.mjs';

let s;

/** The 1-based line of `## ADBnnn` in the packaged docs/rules.md (the repository's). */
const ruleLine = (id) => fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8').split('\n').indexOf(`## ${id}`) + 1;

/** The active editor tab's label and the status bar's cursor position (`Ln 123, Col 1`). */
async function where(page) {
  const tab = await page.$eval('.tab.active', (e) => e.getAttribute('aria-label') ?? e.textContent ?? '').catch(() => '');
  const pos = await page.$eval('.statusbar-item[id="status.editor.selection"]', (e) => e.textContent ?? '').catch(() => '');
  return { tab, line: Number(/Ln (\d+)/.exec(pos)?.[1] ?? 0) };
}

before(async () => {
  s = await launch({ name: 'e2e-fixes' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('findings and fixes in a real VS Code', { timeout: 300_000 }, () => {
  it('a rule link in the Problems view opens docs/rules.md at the rule', async () => {
    await openFile(s.page, 'scripts/create-orders-db.sh');
    await problems(s.page, (r) => r.some((x) => x.includes('ADB108')));
    const row = s.page.locator('.markers-panel .monaco-list-row', { hasText: '--backup-retention-period 40' }).first();
    const link = row.locator('a.monaco-link').first();
    await link.click();
    const want = ruleLine('ADB001');
    await waitFor(async () => {
      const w = await where(s.page);
      return /rules\.md/.test(w.tab) && w.line === want;
    });
    await shot(s.page, 'rule-link');
    const w = await where(s.page);
    assert.match(w.tab, /rules\.md/);
    assert.equal(w.line, want);
  });

  it('"Show documentation for ADB108" opens the rule from the quick-fix menu', async () => {
    await openFile(s.page, 'scripts/create-orders-db.sh');
    // Line 18 is `  --billing-mode ON_DEMAND \`: the cursor on the value.
    await gotoLine(s.page, 18, 20);
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Control+.');
    const item = await s.page.waitForSelector('.action-widget .monaco-list-row:has-text("Show documentation for ADB108")', { timeout: 10_000 });
    assert.ok(await s.page.$('.action-widget .monaco-list-row:has-text("Change to PAY_PER_REQUEST")'), 'the named value is offered as a fix');
    await shot(s.page, 'show-documentation');
    await item.click();
    const want = ruleLine('ADB108');
    await waitFor(async () => {
      const w = await where(s.page);
      return /rules\.md/.test(w.tab) && w.line === want;
    });
    assert.equal((await where(s.page)).line, want);
  });

  it('"Fix all in this file" applies the safe fixes as one edit, and one undo reverts it', async () => {
    const file = path.join(s.workspace, 'scripts', 'create-orders-db.sh');
    const original = fs.readFileSync(file, 'utf8');
    await openFile(s.page, 'scripts/create-orders-db.sh');
    await problems(s.page, (r) => r.some((x) => x.includes('ADB108')));
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Fix All Problems in This File', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Control+S');
    await waitFor(() => fs.readFileSync(file, 'utf8') !== original, 30_000);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.match(fixed, /--billing-mode PAY_PER_REQUEST/);
    assert.match(fixed, /--storage-encrypted/);
    assert.match(fixed, /--backup-retention-period 35/);
    assert.match(fixed, /--no-publicly-accessible/);
    const rows = await problems(s.page, (r) => !r.some((x) => x.includes('ADB108')));
    await shot(s.page, 'fix-all');
    assert.ok(!rows.some((x) => /ADB108|ADB001|ADB006/.test(x)), rows.join(' | '));
    // One undo reverts the whole fix.
    await s.page.keyboard.press('Control+Z');
    await s.page.keyboard.press('Control+S');
    await waitFor(() => fs.readFileSync(file, 'utf8') === original, 15_000);
  });
});
