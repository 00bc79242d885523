// End-to-end (issue 15): Terraform in a real VS Code (code-server) where HashiCorp's Terraform extension is
// not installed: examples/terraform/main.tf (production) shows its findings in the Problems view with the
// argument's position, a hover on a database argument shows the knowledge base's facts, a quick fix applies
// as one edit, and "Diagram This Template" draws the file with the edges Terraform's references make.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/terraform.test.mjs (E2E_UPDATE_DOCS=1 refreshes docs/e2e/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gotoLine, launch, openFile, problems, shot, waitFor } from './harness.mjs';

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
  s = await launch({ name: 'e2e-terraform' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

const FILE = 'terraform/main.tf';
const STATUS = '.statusbar-item[id$="awsDbArchitect.status"]';

describe('Terraform in a real VS Code, without the HashiCorp Terraform extension', { timeout: 300_000 }, () => {
  it('no Terraform extension but ours is installed, and .tf opens as Terraform', async () => {
    const installed = fs.readdirSync(path.join(path.dirname(s.userDataDir), 'extensions')).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
    assert.ok(installed.length === 1 && /aws-db-architect/.test(installed[0]), installed.join(', '));
    await openFile(s.page, FILE);
    const mode = await s.page.waitForSelector('.statusbar-item[id="status.editor.mode"]', { timeout: 20_000 });
    assert.equal((await mode.textContent())?.trim(), 'Terraform');
  });

  it('shows the findings of the .tf file in the Problems view, on the argument\'s value, and the status bar marks it production', async () => {
    const rows = await problems(s.page, (r) => ['ADB001', 'ADB004', 'ADB006'].every((id) => r.some((x) => x.includes(id))), 40_000);
    await shot(s.page, 'problems-terraform');
    const row = (id) => rows.find((x) => x.includes(id)) ?? '';
    assert.match(row('ADB001'), /backup_retention_period 40 is outside 0–35 days.*\[Ln 28, Col 33\]/, rows.join(' | '));
    assert.match(row('ADB004'), /storage_encrypted is false.*\[Ln 26, Col 33\]/, rows.join(' | '));
    assert.match(row('ADB006'), /publicly_accessible is true.*\[Ln 27, Col 33\]/, rows.join(' | '));
    const status = (await s.page.$eval(STATUS, (e) => e.textContent ?? '')).replace(/\s+/g, ' ').trim();
    assert.match(status, /^\d+ \d+ prod$/, status);
  });

  it('hovers a database argument with its facts and AWS source', async () => {
    await gotoLine(s.page, 28);
    await s.page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('Control+K');
    await s.page.keyboard.press('Control+I');
    const hover = await s.page.waitForSelector('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown', { timeout: 10_000 });
    await waitFor(async () => /35/.test((await hover.textContent()) ?? ''), 10_000);
    const text = (await hover.textContent()) ?? '';
    await shot(s.page, 'hover-terraform');
    assert.match(text, /backup_retention_period/);
    assert.match(text, /35/);
    const links = await s.page.$$eval('.monaco-hover a', (as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('data-href') ?? ''));
    assert.ok(links.some((h) => h.includes('docs.aws.amazon.com')), `no AWS source link in the hover: ${links.join(' ')}`);
    await s.page.keyboard.press('Escape');
  });

  it('applies a quick fix as one edit (publicly_accessible = true -> false)', async () => {
    await gotoLine(s.page, 27);
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('ArrowLeft');
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Control+.');
    const item = await s.page.waitForSelector('.action-widget .monaco-list-row:has-text("Set publicly_accessible to false")', { timeout: 10_000 });
    await item.click();
    await s.page.keyboard.press('Control+S');
    const file = path.join(s.workspace, FILE);
    await waitFor(() => fs.readFileSync(file, 'utf8').split('\n')[26] === '  publicly_accessible         = false');
    const rows = await problems(s.page, (r) => !r.some((x) => x.includes('ADB006')) && r.some((x) => x.includes('ADB004')));
    assert.ok(!rows.some((x) => x.includes('ADB006')), rows.join(' | '));
  });

  it('Diagram This Template draws the .tf file with the edges of its references; a node shows its resource', async () => {
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Diagram This Template', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');
    const frame = await frameWith(s.page, '#canvas[data-state=ok] svg g.node');
    const labels = await frame.$$eval('#canvas g.node', (gs) => gs.map((g) => g.textContent ?? ''));
    for (const want of ['aws_db_instance.orders', 'aws_db_subnet_group.orders', 'aws_security_group.orders_db', 'aws_kms_key.orders', 'aws_rds_cluster.reporting', 'aws_rds_cluster_instance.reporting_writer']) {
      assert.ok(labels.some((l) => l.includes(want)), `${want} not in ${labels.join(' | ')}`);
    }
    const edges = await frame.$$eval('#canvas .edgeLabel', (es) => es.map((e) => e.textContent ?? ''));
    for (const want of ['subnet group', 'security group', 'encryption key', 'member of']) assert.ok(edges.includes(want), `${want} not in ${edges.join(' | ')}`);
    await frame.waitForSelector('#canvas g.node .adb-badge', { timeout: 30_000 });
    // Room for the diagram in the picture: side bar and panel hidden (the editor keeps the focus).
    await s.page.keyboard.press('Control+B');
    await s.page.keyboard.press('Control+J');
    await s.page.waitForTimeout(1_000);
    await frame.click('[data-action=zoom-out]');
    await frame.click('[data-action=zoom-out]');
    await s.page.waitForTimeout(500);
    await shot(s.page, 'diagram-terraform');
    // Clicking the KMS key's node puts the cursor on its resource block (line 4).
    const kms = await frame.$$('#canvas g.node.linked');
    let clicked = false;
    for (const g of kms) {
      if (((await g.textContent()) ?? '').includes('aws_kms_key.orders')) {
        await g.click();
        clicked = true;
        break;
      }
    }
    assert.ok(clicked, 'the KMS key node is linked');
    await waitFor(async () => /Ln 4, Col 1/.test((await s.page.$eval('.statusbar-item[id="status.editor.selection"]', (e) => e.textContent ?? '')) ?? ''), 10_000);
  });
  it('Lint Workspace puts the findings of a .tf file never opened in the Problems view', async () => {
    await s.page.keyboard.press('Control+Shift+M');
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Lint Workspace', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');
    // The Problems list renders only the rows on screen: filter it to the file.
    const filter = await s.page.waitForSelector('.markers-panel-container input[placeholder^="Filter"], .pane-header input[placeholder^="Filter"], input[placeholder^="Filter (e.g."]', { timeout: 10_000 });
    await filter.fill('tables.tf');
    const rows = await problems(s.page, (r) => r.some((x) => /ADB050.*\[Ln 12, Col 15\]/.test(x)), 90_000);
    assert.ok(rows.some((x) => x.includes('tables.tf')), rows.slice(0, 30).join(' | '));
    assert.ok(rows.some((x) => /point_in_time_recovery \{ enabled = true \}.*ADB050.*\[Ln 12, Col 15\]/.test(x)), rows.slice(0, 30).join(' | '));
    await filter.fill('');
  });

  it('activation time (printed)', () => {
    const logs = path.join(s.userDataDir, 'logs');
    const files = fs.readdirSync(logs, { recursive: true }).map(String).filter((f) => f.endsWith('AWS DB Architect.log'));
    assert.ok(files.length > 0, 'no extension log found');
    const text = fs.readFileSync(path.join(logs, files[0]), 'utf8');
    const m = /activated in ([\d.]+) ms \(module evaluation ([\d.]+) ms, activate\(\) ([\d.]+) ms/.exec(text);
    assert.ok(m, `no activation line in: ${text}`);
    console.log(`# activation (examples workspace, code-server): ${m[1]} ms (module evaluation ${m[2]} ms, activate() ${m[3]} ms)`);
  });
});
