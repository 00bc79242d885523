// End-to-end: the data-loss guard in a real VS Code (code-server). The workspace copy is made a git
// repository with the templates committed; opening a committed template and changing StorageEncrypted
// shows ADB140 in the Problems view (the HEAD text read through the built-in Git extension), and the
// CodeLens says what replaces the database. In Restricted Mode (Git extension off) the guard says it is off.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/dataloss.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { gotoLineEnd, launch, openFile, problems, shot } from './harness.mjs';

const TEMPLATE = 'templates/orders-database-prod.yaml';

/** A git repository in the workspace copy, the templates committed (identity set locally). */
function commitWorkspace(dir) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'e2e');
  git('config', 'user.email', 'e2e@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'templates');
}

/** The CodeLens lines shown in the editor, once one matches `want` (or the timeout passes). */
async function codeLenses(page, want, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let lenses = [];
  while (Date.now() < deadline) {
    // One decoration per line; each lens of the line is a link in it.
    lenses = await page.$$eval('.monaco-editor .codelens-decoration a', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ')));
    if (lenses.some((l) => want.test(l))) return lenses;
    await page.waitForTimeout(250);
  }
  return lenses;
}

let s;
after(async () => {
  await s?.close();
});

describe('data-loss guard in a real VS Code (trusted workspace, git repository)', { timeout: 400_000 }, () => {

  it('opens a committed template: the CodeLens says what replaces the database and that it compared with HEAD', async () => {
    s = await launch({ name: 'e2e-dataloss', settings: { 'security.workspace.trust.enabled': false, 'git.openRepositoryInParentFolders': 'always' }, prepare: commitWorkspace });
    await openFile(s.page, TEMPLATE);
    const lenses = await codeLenses(s.page, /compared with HEAD [0-9a-f]{7}/, 60_000);
    assert.ok(lenses.some((l) => /^replaced by changes to: MasterUsername, StorageEncrypted, .* · data kept on replace: no$/.test(l)), `lenses: ${lenses.join(' | ')}`);
    // "compared with HEAD": the Git extension is active in code-server and answered the HEAD text.
    assert.ok(lenses.some((l) => /Data-loss guard: compared with HEAD [0-9a-f]{7}/.test(l)), `lenses: ${lenses.join(' | ')}`);
  });

  it('changing StorageEncrypted shows the ADB140 error in the Problems view', async () => {
    // The Problems view open first (with the file's other findings), so the time below is the guard's.
    const before = await problems(s.page, (r) => r.some((x) => x.includes('ADB004')));
    assert.ok(!before.some((x) => x.includes('ADB140')), `no change yet, no guard finding: ${before.join(' | ')}`);
    // Line 21 is `      StorageEncrypted: false` of OrdersDb (AWS::RDS::DBInstance).
    await s.page.keyboard.press('Escape');
    await s.page.click('.monaco-editor .view-lines');
    // `false` selected and replaced in one edit (as a paste would), so the time is from that edit.
    await gotoLineEnd(s.page, 21);
    await s.page.keyboard.press('Shift+Control+ArrowLeft');
    await s.page.keyboard.insertText('true');
    const typed = Date.now();
    for (const until = typed + 20_000; Date.now() < until;) {
      const now = await s.page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
      if (now.some((x) => x.includes('ADB140') && x.includes('to true'))) break;
      await s.page.waitForTimeout(50);
    }
    const ms = Date.now() - typed;
    console.log(`# last keystroke to ADB140 in the Problems view: ${ms} ms (300 ms of it is the diagnostics debounce)`);
    const rows = await problems(s.page, (r) => r.some((x) => x.includes('ADB140') && x.includes('to true')), 1_000);
    const row = rows.find((x) => x.includes('ADB140'));
    assert.ok(row, `ADB140 missing from: ${rows.join(' | ')}`);
    assert.match(row, /Changing StorageEncrypted from false to true replaces DB instance OrdersDb.*\[Ln 21, Col 25\]/);
    // The guard's finding is the only one about the change; the unencrypted-storage finding is gone.
    assert.ok(!rows.some((x) => x.includes('ADB004')), rows.join(' | '));
    await s.page.keyboard.press('Escape');
    await codeLenses(s.page, /replaced by changes to/);
    await shot(s.page, 'dataloss-guard');
  });

  it('the CodeLens opens the list of replacing properties with their AWS pages', async () => {
    // The CodeLens is drawn again after each analysis: a locator finds it anew until the click lands.
    await s.page.locator('.monaco-editor .codelens-decoration a', { hasText: 'replaced by changes to: MasterUsername' }).first().click({ timeout: 10_000 });
    await s.page.waitForSelector('.quick-input-widget .monaco-list-row', { state: 'visible', timeout: 10_000 });
    const rows = await s.page.$$eval('.quick-input-widget .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    await shot(s.page, 'dataloss-guard-list');
    await s.page.keyboard.press('Escape');
    assert.ok(rows.some((r) => /StorageEncrypted/.test(r) && /aws-resource-rds-dbinstance\.html/.test(r)), rows.join(' | '));
  });
});

describe('data-loss guard follows HEAD', { timeout: 200_000 }, () => {
  it('after the change is saved and committed, HEAD has it: the text is read again and ADB140 goes away', async () => {
    await s.page.click('.monaco-editor .view-lines');
    await s.page.keyboard.press('Control+S');
    await s.page.waitForTimeout(1_000);
    const git = (...args) => execFileSync('git', args, { cwd: s.workspace, stdio: 'pipe' }).toString();
    assert.match(git('status', '--porcelain'), /orders-database-prod\.yaml/, 'the edit is saved');
    git('commit', '-q', '-am', 'encrypt');
    const commit = git('rev-parse', '--short=7', 'HEAD').trim();
    // A commit made outside the editor: the Git extension learns of it on a refresh ("Git: Refresh" here,
    // so the test does not depend on its file watcher's timing).
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await s.page.keyboard.type('Git: Refresh', { delay: 10 });
    await s.page.waitForTimeout(800);
    await s.page.keyboard.press('Enter');
    const rows = await problems(s.page, (r) => r.length > 0 && !r.some((x) => x.includes('ADB140')), 60_000);
    assert.ok(!rows.some((x) => x.includes('ADB140')), rows.join(' | '));
    // The status lens names the new commit once the editor draws its CodeLens again.
    await s.page.click('.monaco-editor .view-lines');
    await s.page.keyboard.press('Control+Home');
    const lenses = await codeLenses(s.page, new RegExp(`compared with HEAD ${commit}`), 20_000);
    assert.ok(lenses.some((l) => l.includes(`compared with HEAD ${commit}`)), `HEAD ${commit}; lenses: ${lenses.join(' | ')}`);
  });
});

describe('data-loss guard in Restricted Mode (Git extension off)', { timeout: 300_000 }, () => {
  it('says the guard is off in the CodeLens, and still shows what replaces the database', async () => {
    await s?.close();
    s = await launch({ name: 'e2e-dataloss-restricted', prepare: commitWorkspace });
    await s.page.waitForSelector('text=Restricted Mode', { timeout: 20_000 });
    await openFile(s.page, TEMPLATE);
    const lenses = await codeLenses(s.page, /Data-loss guard off/);
    assert.ok(lenses.some((l) => /Data-loss guard off: the built-in Git extension/.test(l)), `lenses: ${lenses.join(' | ')}`);
    assert.ok(lenses.some((l) => /replaced by changes to: /.test(l)), `lenses: ${lenses.join(' | ')}`);
    await gotoLineEnd(s.page, 21);
    for (let i = 0; i < 'false'.length; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('true');
    const rows = await problems(s.page, (r) => r.length > 0 && !r.some((x) => x.includes('ADB004')), 15_000);
    assert.ok(!rows.some((x) => x.includes('ADB140')), `no base, no guard finding: ${rows.join(' | ')}`);
  });
});
