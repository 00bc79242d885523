// End-to-end (issue 18): in a real VS Code (code-server, Restricted Mode), "Diagram This Template"
// on a template with findings draws it, zooms in, and shows the finding badges with their tooltip.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/diagrams.test.mjs (E2E_UPDATE_DOCS=1 refreshes docs/e2e/).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openFile, problems, shot } from './harness.mjs';

let s;

/** The webview frame that holds `selector` (VS Code nests each webview in two iframes). */
async function frameWith(page, selector, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (await f.$(selector).catch(() => null)) return f;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame with ${selector} within ${timeout} ms`);
}

before(async () => {
  s = await launch({ name: 'e2e-diagrams' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('template diagram in a real VS Code', { timeout: 300_000 }, () => {
  it('Diagram This Template: zooms in, and the node with findings carries a badge listing them', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    // The analysis has run (the badges come from it).
    const rows = await problems(s.page, (r) => r.some((x) => x.includes('ADB004')), 40_000);
    assert.ok(rows.some((x) => x.includes('ADB004')), rows.join(' | '));
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Diagram This Template', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');

    const frame = await frameWith(s.page, '#canvas[data-state=ok] svg g.node');
    const zoom = async () => Number(await frame.getAttribute('#canvas', 'data-zoom'));
    const before = await zoom();
    await frame.click('[data-action=zoom-in]');
    await frame.click('[data-action=zoom-in]');
    assert.ok((await zoom()) > before * 1.5, `zoom ${before} -> ${await zoom()}`);

    await frame.waitForSelector('#canvas g.node .adb-badge', { timeout: 30_000 });
    const tips = await frame.$$eval('#canvas g.node title.adb-findings', (ts) => ts.map((t) => t.textContent ?? ''));
    assert.ok(tips.some((t) => /ADB004 \((error|warning)\): StorageEncrypted is false/.test(t)), tips.join(' | '));
    await frame.hover('#canvas g.node:is(.adb-error, .adb-warning)');
    await shot(s.page, 'diagram-template');
  });
});
