// End-to-end: the workspace view in a real VS Code (code-server): the status bar item of the active
// file (its counts, production), and "Lint Workspace" filling the Problems view with files that
// were never opened. Run: node scripts/e2e-prepare.mjs && node --test test/e2e/workspace.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openFile, problems, shot } from './harness.mjs';

let s;

before(async () => {
  s = await launch({ name: 'e2e-workspace' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

const STATUS = '.statusbar-item[id$="awsDbArchitect.status"]';

describe('workspace view in a real VS Code', { timeout: 300_000 }, () => {
  it('the status bar shows the active file\'s errors and warnings and that it is production', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    const rows = await problems(s.page, (r) => r.length > 1);
    await s.page.waitForSelector(STATUS, { state: 'visible', timeout: 20_000 });
    const text = (await s.page.$eval(STATUS, (e) => e.textContent ?? '')).replace(/\s+/g, ' ').trim();
    const m = /^(\d+) (\d+) prod$/.exec(text);
    assert.ok(m, `status bar text: "${text}"`);
    assert.ok(Number(m[1]) + Number(m[2]) > 0, text);
    assert.ok(await s.page.$(`${STATUS} .codicon-error`), 'error icon');
    assert.ok(rows.length > 0);
  });

  it('Lint Workspace puts findings of files never opened in the Problems view', async () => {
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Lint Workspace', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');
    // Two files never opened (the Problems list renders only the rows on screen).
    const want = ['orders-stack.ts', 'create-orders-db.sh'];
    const rows = await problems(s.page, (r) => want.every((w) => r.some((x) => x.includes(w))), 90_000);
    await s.page.waitForTimeout(500);
    await shot(s.page, 'workspace');
    for (const w of want) assert.ok(rows.some((x) => x.includes(w)), `${w} in ${rows.slice(0, 30).join(' | ')}`);
  });
});
