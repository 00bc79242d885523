// End-to-end: the built .vsix in a real VS Code (code-server), driven in Chromium. Run: npm run test:e2e
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openFile, problems, shot } from './harness.mjs';

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

  it('activates quickly (time printed)', () => {
    const logs = path.join(s.userDataDir, 'logs');
    const files = fs.readdirSync(logs, { recursive: true }).map(String).filter((f) => f.endsWith('AWS Database Architect.log'));
    assert.ok(files.length > 0, 'no extension log found');
    const text = fs.readFileSync(path.join(logs, files[0]), 'utf8');
    const m = /activated in ([\d.]+) ms \(module load ([\d.]+) ms, activate\(\) ([\d.]+) ms\)/.exec(text);
    assert.ok(m, `no activation line in: ${text}`);
    console.log(`# activation: ${m[1]} ms (module load ${m[2]} ms, activate() ${m[3]} ms)`);
  });
});
