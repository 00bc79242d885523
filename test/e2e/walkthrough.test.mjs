// End-to-end: the walkthrough and the Settings editor in a real VS Code (code-server), issue 18.
// Each walkthrough step ticks on its own real event (package.json completionEvents), done as a user
// would from the walkthrough's own buttons; the Settings editor names the extension's settings.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/walkthrough.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gotoLine, launch, shot, waitFor } from './harness.mjs';

let s;
const STEPS = ['patterns', 'snippet', 'finding', 'fix', 'settings'];

async function palette(page, command, pick) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(command, { delay: 5 });
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  if (pick) {
    await page.waitForTimeout(800);
    await page.keyboard.type(pick, { delay: 5 });
    await page.waitForTimeout(700);
    await page.keyboard.press('Enter');
  }
}

/** Opens our walkthrough (Welcome: Open Walkthrough…) and returns each step's checkbox state. */
async function walkthrough(page) {
  await palette(page, 'Welcome: Open Walkthrough', 'Get started with AWS Database Architect');
  await page.waitForSelector('.gettingStartedContainer .getting-started-step[data-step-id*="awsDbArchitect.gettingStarted#"]', { timeout: 15_000 });
  return checked(page);
}

async function checked(page) {
  const rows = await page.$$eval('.gettingStartedContainer .getting-started-step [role=checkbox][data-done-step-id*="awsDbArchitect.gettingStarted#"]',
    (els) => els.map((e) => [e.getAttribute('data-done-step-id').split('#').pop(), e.getAttribute('aria-checked') === 'true']));
  return Object.fromEntries(rows);
}

/** Waits until exactly the steps in `done` are checked (re-opening the walkthrough to read it). */
async function expectChecked(page, done) {
  let state = {};
  await waitFor(async () => {
    state = await walkthrough(page);
    return STEPS.every((id) => state[id] === done.includes(id));
  }, 20_000).catch(() => {});
  assert.deepEqual(Object.keys(state).filter((k) => state[k]), STEPS.filter((id) => done.includes(id)), `steps checked: ${JSON.stringify(state)}`);
}

/** Clicks a button of a step (the step is expanded first). */
async function stepButton(page, step, label) {
  await page.click(`.getting-started-step[data-step-id$="#${step}"] .step-title`);
  await page.waitForTimeout(400);
  await page.click(`.getting-started-step[data-step-id$="#${step}"] .button-container a:has-text("${label}")`);
}

/** The visible text of the active editor (Monaco renders spaces as no-break spaces). */
async function editorText(page) {
  return (await page.$eval('.editor-group-container.active .monaco-editor .view-lines', (e) => e.textContent ?? '')).replace(/\u00a0/g, ' ');
}

/** The Settings editor's rows: `category` (the prefix VS Code derives) and `label`. */
async function settingLabels(page) {
  return page.$$eval('.settings-editor .settings-tree-container .setting-item-title', (els) => els.map((e) => ({
    category: (e.querySelector('.setting-item-category')?.textContent ?? '').trim(),
    label: (e.querySelector('.setting-item-label')?.textContent ?? '').trim(),
  })));
}

before(async () => {
  s = await launch({ name: 'e2e-walkthrough' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('the walkthrough in a real VS Code: each step ticks on its real event (issue 18)', { timeout: 400_000 }, () => {
  it('starts with no step checked', async () => {
    await expectChecked(s.page, []);
  });

  it('"Open the architecture patterns": its button runs Show Architecture Patterns', async () => {
    await stepButton(s.page, 'patterns', 'Show Architecture Patterns');
    await s.page.waitForSelector('.tab[aria-label*="Architecture Patterns"], .tab[aria-label*="Patterns"]', { timeout: 20_000 });
    await expectChecked(s.page, ['patterns']);
  });

  it('"Insert a snippet": a new YAML file, adb-yaml-pattern-multi-tier and Tab', async () => {
    await stepButton(s.page, 'snippet', 'New YAML File');
    await s.page.waitForSelector('.tab[aria-label*="Untitled"]', { timeout: 10_000 });
    await s.page.waitForTimeout(800);
    await s.page.keyboard.type('adb-yaml-pattern-multi-tie', { delay: 20 });
    await s.page.waitForSelector('.suggest-widget .monaco-list-row:has-text("adb-yaml-pattern-multi-tier")', { timeout: 10_000 });
    await s.page.keyboard.press('Tab');
    await waitFor(async () => (await editorText(s.page)).includes('AWS::RDS::DBInstance'));
    await s.page.keyboard.press('Escape');
    // The pattern is written with production defaults: no finding yet, so "See a finding" stays open.
    await expectChecked(s.page, ['patterns', 'snippet']);
  });

  it('"See a finding": StorageEncrypted set to false in that file', async () => {
    await s.page.click('.tab[aria-label*="Untitled"]');
    // Line 50 of the pattern is `      StorageEncrypted: true`.
    await gotoLine(s.page, 50, 1);
    await s.page.keyboard.press('End');
    for (let i = 0; i < 'true'.length; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('false');
    await waitFor(async () => (await s.page.$$('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error')).length > 0, 20_000);
    await expectChecked(s.page, ['patterns', 'snippet', 'finding']);
  });

  it('"Fix it": the Quick Fix that sets the value back', async () => {
    await s.page.click('.tab[aria-label*="Untitled"]');
    await gotoLine(s.page, 50, 26);
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Control+.');
    const item = await s.page.waitForSelector('.action-widget .monaco-list-row:has-text("StorageEncrypted")', { timeout: 10_000 });
    console.log(`# quick fix: ${await item.textContent()}`);
    await item.click();
    await waitFor(async () => (await editorText(s.page)).includes('StorageEncrypted: true'));
    await expectChecked(s.page, ['patterns', 'snippet', 'finding', 'fix']);
  });

  it('"Production mode and rule settings": Open Settings, then a setting changed', async () => {
    await stepButton(s.page, 'settings', 'Open Settings');
    await s.page.waitForSelector('.settings-editor', { timeout: 20_000 });
    // Opening the settings alone does not complete the step: changing one does.
    const row = s.page.locator('.settings-editor .setting-item', { hasText: 'Which files count as production' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.locator('select').selectOption('always');
    const file = path.join(s.userDataDir, 'User', 'settings.json');
    await waitFor(() => /"awsDbArchitect\.production": "always"/.test(fs.readFileSync(file, 'utf8')));
    await expectChecked(s.page, STEPS);
    await shot(s.page, 'walkthrough-done');
  });
});

describe('the Settings editor names the settings (issue 18)', { timeout: 200_000 }, () => {
  // VS Code derives a setting's label from its key: the prefix (`awsDbArchitect`) becomes a category
  // written in front of the label unless it is the group the setting is shown under (the extension's
  // own page, under Extensions in the table of contents); `dataLossGuard.*` has a group of its own.
  it('on the extension\'s own page: plain labels, the data-loss guard under its own heading', async () => {
    await s.page.setViewportSize({ width: 1400, height: 1500 });
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+Comma');
    await s.page.waitForSelector('.settings-editor', { timeout: 20_000 });
    // Clear a query left by an earlier "Open Settings".
    await s.page.click('.settings-editor .suggest-input-container .monaco-editor');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.press('Backspace');
    await s.page.click('.settings-toc-container .monaco-list-row:has-text("Extensions")');
    const own = s.page.locator('.settings-toc-container .monaco-list-row', { hasText: 'AWS Database Architect' }).first();
    await own.waitFor({ timeout: 10_000 });
    await own.click();
    let rows = [];
    await waitFor(async () => {
      rows = await settingLabels(s.page);
      return ['Production', 'Rules'].every((l) => rows.some((r) => r.label === l));
    }, 15_000).catch(() => {});
    await shot(s.page, 'settings');
    // The tree draws only the rows in view: the data-loss guard's heading in the table of contents scrolls to its group.
    await s.page.click('.settings-toc-container .monaco-list-row:has-text("Data-loss guard")');
    await waitFor(async () => (await settingLabels(s.page)).some((r) => r.label === 'Enabled'), 10_000).catch(() => {});
    rows = [...rows, ...(await settingLabels(s.page))];
    console.log(`# own page: ${rows.map((r) => `${r.category}${r.label}`).join(' | ')}`);
    for (const label of ['Aws Cli Version', 'Production', 'Rules', 'Max File Size MB', 'Enabled', 'Code Lens']) {
      const r = rows.find((x) => x.label === label);
      assert.ok(r, `no setting labelled ${label}: ${JSON.stringify(rows)}`);
      assert.equal(r.category, '', `${label} has a category prefix: ${r.category}`);
    }
    assert.ok(!rows.some((r) => /Aws Db Architect/.test(r.category)), JSON.stringify(rows));
    const toc = await s.page.$$eval('.settings-toc-container .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(toc.some((t) => t.startsWith('Data-loss guard')), `no Data-loss guard heading: ${toc.join(' | ')}`);
  });

  it('filtered to the extension (@ext:): the labels, after the prefix VS Code derives from the key', async () => {
    await s.page.click('.settings-editor .suggest-input-container .monaco-editor');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('@ext:aws-db-architect.aws-db-architect', { delay: 5 });
    let rows = [];
    await waitFor(async () => {
      rows = await settingLabels(s.page);
      return rows.length >= 6;
    }, 15_000).catch(() => {});
    console.log(`# filtered: ${rows.map((r) => `${r.category}${r.label}`).join(' | ')}`);
    const labels = rows.map((r) => r.label).sort();
    assert.deepEqual(labels, ['Aws Cli Version', 'Code Lens', 'Enabled', 'Max File Size MB', 'Production', 'Rules']);
    await shot(s.page, 'settings-filtered');
    await s.page.setViewportSize({ width: 1400, height: 900 });
  });
});
