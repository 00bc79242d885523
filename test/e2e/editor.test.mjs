// End-to-end: the built .vsix in a real VS Code (code-server), driven in Chromium. Run: npm run test:e2e
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openFile, problems, shot, waitFor } from './harness.mjs';

let s;

before(async () => {
  s = await launch({ name: 'e2e' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('AWS Database Architect in a real VS Code', { timeout: 300_000 }, () => {
  it('runs in Restricted Mode (untrusted workspace)', async () => {
    const badge = await s.page.waitForSelector('text=Restricted Mode', { timeout: 20_000 });
    assert.ok(badge);
  });

  it('shows the template findings in the Problems panel, with rule codes and positions', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    const rows = await problems(s.page, (r) => r.some((x) => x.includes('ADB001')) && r.some((x) => x.includes('ADB004')));
    await shot(s.page, 'problems-template');
    const retention = rows.find((x) => x.includes('ADB001'));
    assert.ok(retention, `ADB001 missing from: ${rows.join(' | ')}`);
    assert.match(retention, /BackupRetentionPeriod 60 is outside 0–35 days/);
    assert.match(retention, /\[Ln 24, Col 30\]/);
    const enc = rows.find((x) => x.includes('ADB004'));
    assert.match(enc, /StorageEncrypted is false.*\[Ln 21, Col 25\]/);
  });

  it('clears a finding when the text is fixed by typing', async () => {
    // Line 21 is `      StorageEncrypted: false`: replace the value as a user would.
    await s.page.keyboard.press('Control+G');
    await s.page.keyboard.type('21');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('End');
    for (let i = 0; i < 'false'.length; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('true');
    const rows = await problems(s.page, (r) => !r.some((x) => x.includes('ADB004')));
    assert.ok(!rows.some((x) => x.includes('ADB004')), `ADB004 still there: ${rows.join(' | ')}`);
    assert.ok(rows.some((x) => x.includes('ADB001')));
  });

  it('hovers a property with its limits and AWS source', async () => {
    await s.page.keyboard.press('Control+G');
    await s.page.keyboard.type('20');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('Control+K');
    await s.page.keyboard.press('Control+I');
    const hover = await s.page.waitForSelector('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown', { timeout: 10_000 });
    const text = await hover.textContent();
    await shot(s.page, 'hover-property');
    assert.match(text, /gp3/);
    const links = await s.page.$$eval('.monaco-hover a', (as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('data-href') ?? ''));
    assert.ok(links.some((h) => h.includes('docs.aws.amazon.com')), `no AWS source link in the hover: ${links.join(' ')}`);
    await s.page.keyboard.press('Escape');
  });

  it('applies a quick fix as one edit (PubliclyAccessible: true -> false)', async () => {
    await s.page.keyboard.press('Control+G');
    await s.page.keyboard.type('22');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('ArrowLeft');
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Control+.');
    const item = await s.page.waitForSelector('.action-widget .monaco-list-row:has-text("Set PubliclyAccessible to false")', { timeout: 10_000 });
    await shot(s.page, 'quick-fix');
    await item.click();
    await s.page.keyboard.press('Control+S');
    const file = path.join(s.workspace, 'templates', 'orders-database-prod.yaml');
    await waitFor(() => fs.readFileSync(file, 'utf8').split('\n')[21] === '      PubliclyAccessible: false');
    const rows = await problems(s.page, (r) => !r.some((x) => x.includes('ADB006')));
    assert.ok(!rows.some((x) => x.includes('ADB006')));
  });

  it('expands a CloudFormation snippet', async () => {
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Shift+Tab');
    await s.page.keyboard.type('adb-yaml-dynamodb-tab', { delay: 20 });
    await s.page.keyboard.press('Control+Space');
    await s.page.waitForSelector('.suggest-widget .monaco-list-row:has-text("adb-yaml-dynamodb-table")', { timeout: 10_000 });
    await shot(s.page, 'snippet');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+S');
    const file = path.join(s.workspace, 'templates', 'orders-database-prod.yaml');
    await waitFor(() => (fs.readFileSync(file, 'utf8').match(/AWS::DynamoDB::Table/g) ?? []).length >= 2);
    assert.match(fs.readFileSync(file, 'utf8'), /PointInTimeRecoveryEnabled: true/);
  });

  it('shows AWS CLI findings (rules and the service model) in a shell script', async () => {
    await openFile(s.page, 'scripts/create-orders-db.sh');
    const rows = await problems(s.page, (r) => r.some((x) => x.includes('ADB108')) && r.some((x) => x.includes('--backup-retention-period 40')));
    await shot(s.page, 'problems-cli');
    assert.ok(rows.some((x) => /ON_DEMAND is not a value of --billing-mode.*ADB108.*\[Ln 18, Col 18\]/.test(x)), rows.join(' | '));
    assert.ok(rows.some((x) => /--backup-retention-period 40 is outside.*ADB001.*\[Ln 13, Col 29\]/.test(x)), rows.join(' | '));
  });

  it('shows CDK findings on the props in TypeScript', async () => {
    await openFile(s.page, 'cdk-app/lib/orders-stack.ts');
    const rows = await problems(s.page, (r) => r.some((x) => x.includes('storageEncrypted is false')), 40_000);
    await shot(s.page, 'problems-cdk');
    assert.ok(rows.some((x) => /storageEncrypted is false.*ADB004.*\[Ln 17, Col 25\]/.test(x)), rows.join(' | '));
    assert.ok(rows.some((x) => /backupRetention 40 is outside.*ADB001.*\[Ln 18, Col 24\]/.test(x)), rows.join(' | '));
  });

  it('opens the architecture patterns view and renders Mermaid SVG', async () => {
    await s.page.keyboard.press('F1');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await s.page.keyboard.type('AWS DB Architect: Show Architecture Patterns', { delay: 5 });
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Enter');
    let svgs = 0;
    await waitFor(async () => {
      svgs = 0;
      for (const f of s.page.frames()) svgs += await f.$$eval('svg[id^="m"], .diagram svg, svg.flowchart, svg[aria-roledescription]', (e) => e.length).catch(() => 0);
      return svgs > 0;
    }, 30_000);
    await shot(s.page, 'patterns-view');
    assert.ok(svgs > 0);
  });

  it('activates quickly (time printed)', () => {
    const logs = path.join(s.userDataDir, 'logs');
    const files = fs.readdirSync(logs, { recursive: true }).map(String).filter((f) => f.endsWith('AWS DB Architect.log'));
    assert.ok(files.length > 0, 'no extension log found');
    const text = fs.readFileSync(path.join(logs, files[0]), 'utf8');
    const m = /activated in ([\d.]+) ms \(module evaluation ([\d.]+) ms, activate\(\) ([\d.]+) ms; host wait before activate\(\) ([\d.]+) ms\)/.exec(text);
    assert.ok(m, `no activation line in: ${text}`);
    console.log(`# activation: ${m[1]} ms (module evaluation ${m[2]} ms, activate() ${m[3]} ms; the host waited ${m[4]} ms before calling activate())`);
  });
});
