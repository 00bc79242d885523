// End-to-end: hovers in a real VS Code (code-server) are short (issue 18). A resource type and a
// property in a YAML template, an AWS CLI switch in a shell script and a CDK prop: each hover shows a
// few rendered lines (the limits are in src/core/hover/: TYPE_HOVER_LINES for a resource type,
// compactHover's budget for a property), one documentation link and a "More…" command, no word
// meant for us; clicking "More…" opens the full text.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/hovers.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gotoLine, launch, openFile, shot } from './harness.mjs';

let s;

/** The limits the core promises (src/core/forms/cloudformation/hover.ts TYPE_HOVER_LINES, src/core/hover/render.ts compactHover's budget). */
const TYPE_LINES = 12;
const PROPERTY_LINES = 8;
const OURS = /\bseed\b|study guide/i;

/**
 * Shows the hover at line:col with the keyboard (Ctrl+K Ctrl+I) and measures the part of it that
 * holds the "More…" link (our hover; a finding's hover may sit next to it): its rendered blocks
 * (paragraphs and list items, what a reader sees as lines), its height in text lines, its links.
 */
async function hoverAt(page, line, col) {
  await page.keyboard.press('Escape');
  await gotoLine(page, line, col);
  // The first request may come before the extension's hover provider is ready: ask again.
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const ok = await page.waitForSelector('.monaco-hover .rendered-markdown a:has-text("More…")', { state: 'visible', timeout: 5_000 }).catch(() => null);
    if (ok) break;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1_000);
  }
  return page.$$eval('.monaco-hover .rendered-markdown', (parts) => {
    const ours = parts.filter((p) => [...p.querySelectorAll('a')].some((a) => a.textContent === 'More…'));
    return ours.map((p) => {
      const blocks = [...p.querySelectorAll('p, li')].filter((b) => !b.querySelector('p') && b.textContent.trim());
      const lineHeight = parseFloat(p.ownerDocument.defaultView.getComputedStyle(p.querySelector('p') ?? p).lineHeight) || 19;
      const links = [...p.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('data-href') ?? a.getAttribute('href') ?? '' }));
      // The hover widget scrolls what does not fit: a short hover shows whole.
      const box = p.closest('.monaco-hover')?.querySelector('.monaco-scrollable-element > .monaco-hover-content, .monaco-hover-content') ?? p;
      const scrolls = box.scrollHeight > box.clientHeight + 2;
      return { text: p.textContent ?? '', blocks: blocks.length, visualLines: Math.round(p.getBoundingClientRect().height / lineHeight), scrolls, links };
    });
  });
}

/** The checks every hover of issue 18 passes; returns the measured part for the caller's own checks. */
function checkShort(label, parts, maxBlocks) {
  assert.ok(parts.length >= 1, `${label}: no hover with "More…"`);
  for (const h of parts) {
    console.log(`# ${label}: ${h.blocks} rendered lines (${h.visualLines} text lines high${h.scrolls ? ', scrolls' : ''}), ${h.links.length} links`);
    assert.ok(h.blocks <= maxBlocks, `${label}: ${h.blocks} rendered lines > ${maxBlocks}: ${h.text.slice(0, 200)}`);
    const docs = h.links.filter((l) => /^https:\/\/docs\.aws\.amazon\.com\//.test(l.href));
    assert.equal(docs.length, 1, `${label}: want one documentation link, got ${JSON.stringify(h.links)}`);
    const more = h.links.filter((l) => l.text === 'More…');
    assert.equal(more.length, 1, `${label}: want one "More…"`);
    assert.match(more[0].href, /^command:awsDbArchitect\.showHoverDetails\?/);
    assert.doesNotMatch(h.text, OURS, `${label}: a word meant for us`);
  }
  return parts;
}

before(async () => {
  s = await launch({ name: 'e2e-hovers' });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

describe('short hovers in a real VS Code (issue 18)', { timeout: 300_000 }, () => {
  it('a resource type in a YAML template: at most 12 lines, one link, More… opens the full text', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    // Line 14 is `    Type: AWS::RDS::DBInstance`.
    const [h] = checkShort('AWS::RDS::DBInstance', await hoverAt(s.page, 14, 14), TYPE_LINES);
    assert.match(h.text, /AWS::RDS::DBInstance/);
    assert.ok(h.links.some((l) => l.text === 'CloudFormation reference'));
    await shot(s.page, 'hover-template');
    // "More…" runs the command: the full text opens in its own tab (Markdown preview), with far more in it.
    await s.page.click('.monaco-hover .rendered-markdown a:has-text("More…")');
    const tab = await s.page.waitForSelector('.tab[aria-label*="AWS--RDS--DBInstance"], .tab[aria-label*="AWS::RDS::DBInstance"]', { timeout: 15_000 });
    assert.ok(tab);
    let full = '';
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !/Limits/.test(full)) {
      full = '';
      for (const f of s.page.frames()) full += await f.$eval('body', (b) => b.innerText).catch(() => '');
      await s.page.waitForTimeout(500);
    }
    assert.match(full, /Limits/, 'the full text lists every limit');
    assert.match(full, /Allocated storage, magnetic \(standard\), RDS for SQL Server/, 'a limit the short hover leaves out is in the full text');
    assert.doesNotMatch(full, OURS);
    await shot(s.page, 'hover-more');
    await s.page.keyboard.press('Control+W');
  });

  it('a property in a YAML template: at most 8 lines with its limits', async () => {
    await openFile(s.page, 'templates/orders-database-prod.yaml');
    // Line 19 is `      AllocatedStorage: 100`.
    const [h] = checkShort('AllocatedStorage', await hoverAt(s.page, 19, 9), PROPERTY_LINES);
    assert.match(h.text, /Limits: 20–65536 GiB/);
  });

  it('an AWS CLI switch in a shell script: at most 8 lines, the limits as values', async () => {
    await openFile(s.page, 'scripts/create-orders-db.sh');
    // Line 13 is `  --backup-retention-period 40 \`.
    const [h] = checkShort('--backup-retention-period', await hoverAt(s.page, 13, 8), PROPERTY_LINES);
    assert.match(h.text, /0–35 days; 7 or more recommended for production/);
  });

  it('a CDK prop in TypeScript: at most 8 lines', async () => {
    await openFile(s.page, 'cdk-app/lib/orders-stack.ts');
    // Line 18 is `      backupRetention: Duration.days(40),`.
    const [h] = checkShort('backupRetention', await hoverAt(s.page, 18, 10), PROPERTY_LINES);
    assert.match(h.text, /backupRetention/);
    assert.match(h.text, /0–35 days/);
  });
});
