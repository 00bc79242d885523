/**
 * Readable diagrams (issue 18) in a real Chromium with the built bundle under the real Content
 * Security Policy: zoom and pan (buttons, keys, Ctrl+wheel, plain wheel), fitted views that keep
 * labels readable at the side-by-side width, "Open full size", finding badges with their tooltip,
 * the summary of a 2,600-resource template (time to first render printed, not asserted: the
 * benchmark has the budget), the multi-tier pattern's VPC box, and read problems with line numbers.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramTemplate, type TemplateDiagram } from '../../src/core/diagram';
import { PATTERNS } from '../../src/knowledge/patterns';
import { patternViews } from '../../src/knowledge/patterns/view';
import { CFN_SAMPLES, fixture } from '../fixture';
import { bigTemplate, buildWebview, launch, post, serve, waitFor, watchErrors, type Served } from './harness';

const CORPUS = fixture(CFN_SAMPLES);

type Sent = { type: string; [k: string]: unknown };
const sent = (page: Page, type: string) => page.evaluate(`window.adbSent.filter((m) => m.type === ${JSON.stringify(type)})`) as Promise<Sent[]>;
const canvasNumber = (page: Page, attr: string) => page.evaluate(`Number(document.getElementById('canvas').dataset.${attr})`) as Promise<number>;
const canvasScroll = (page: Page) => page.evaluate("[document.getElementById('canvas').scrollLeft, document.getElementById('canvas').scrollTop]") as Promise<[number, number]>;
const scaleOf = (page: Page, selector: string) => page.evaluate(`Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector(${JSON.stringify(selector)}).style.transform)[1])`) as Promise<number>;

/**
 * Label text height on screen, measured from the page itself (not from the zoom code's own
 * figure): the computed font size of the first label times the SVG's on-screen width per viewBox unit.
 */
const LABEL_PX = `(svg) => {
  const text = svg.querySelector('g.node text, g.label text, text');
  const size = parseFloat(getComputedStyle(text).fontSize);
  return size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
}`;

/** The message the extension sends for a template diagram. */
function diagramMessage(d: TemplateDiagram, version: number, uri = 'file:///w/t.yaml') {
  return {
    type: 'diagram', title: 't.yaml', uri, mermaid: d.mermaid, problems: d.problems, version, view: d.view, ...(d.note ? { note: d.note } : {}),
    lines: Object.fromEntries(d.drawn.nodes.filter((n) => n.line !== undefined).map((n) => [n.key, n.line!])),
    resources: Object.fromEntries(d.drawn.nodes.map((n) => [n.key, n.stands ?? [n.logicalId]])),
  };
}

describe('readable diagrams in Chromium (issue 18)', function () {
  this.timeout(180_000);
  let browser: Browser;
  let server: Served;
  const figures: Record<string, number | string> = {};

  before(async () => {
    await buildWebview();
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    console.log(`      figures: ${JSON.stringify(figures)}`);
  });

  async function open(view: 'patterns' | 'diagram', viewport = { width: 1000, height: 700 }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/${view}.html?theme=light`);
    await waitFor(page, 'window.adbSent && window.adbSent.some((m) => m.type === "ready")');
    return { page, errors };
  }

  async function show(page: Page, message: { version: number }): Promise<void> {
    await post(page, message);
    await waitFor(page, `document.body.dataset.version === '${message.version}'`, 90_000);
  }

  describe('template diagram: zoom and pan', () => {
    let page: Page;
    let errors: string[];
    before(async () => {
      ({ page, errors } = await open('diagram', { width: 900, height: 600 }));
      const d = diagramTemplate(fs.readFileSync(path.join(CORPUS, 'DMS/DMSAuroraToS3FullLoadAndOngoingReplication.yaml'), 'utf8'), 'dms.yaml');
      await show(page, diagramMessage(d, 1));
    });
    after(() => page.close());

    it('the buttons and + - 0 change the SVG\'s transform; 0 goes back to the fitted view', async () => {
      const fitted = await scaleOf(page, '#canvas svg');
      assert.equal(await page.getAttribute('#canvas', 'data-fitted'), 'true');
      await page.click('[data-action=zoom-in]');
      assert.ok(Math.abs((await scaleOf(page, '#canvas svg')) - fitted * 1.25) < 1e-3);
      assert.equal(await page.getAttribute('#canvas', 'data-fitted'), 'false');
      assert.equal(await page.textContent('.zoom-level'), `${Math.round(fitted * 125)}%`);
      // The keys work with nothing focused (the page's body) and with the picture focused.
      await page.evaluate('document.activeElement.blur()');
      await page.keyboard.press('+');
      assert.ok(Math.abs((await scaleOf(page, '#canvas svg')) - fitted * 1.25 * 1.25) < 1e-3);
      await page.focus('#canvas');
      for (let i = 0; i < 3; i++) await page.keyboard.press('-');
      assert.ok(Math.abs((await scaleOf(page, '#canvas svg')) - fitted / 1.25) < 1e-3);
      await page.keyboard.press('0');
      assert.equal(await scaleOf(page, '#canvas svg'), fitted);
      assert.equal(await page.getAttribute('#canvas', 'data-fitted'), 'true');
      // The sizer takes the scaled size, so the box scrolls over the whole picture.
      const [w, vb] = await page.evaluate("[document.querySelector('.zoom-sizer').getBoundingClientRect().width, document.querySelector('#canvas svg').viewBox.baseVal.width]") as [number, number];
      assert.ok(Math.abs(w - vb * fitted) < 1, `${w} vs ${vb * fitted}`);
    });

    it('arrow keys and a drag pan; the plain wheel scrolls; Ctrl+wheel zooms around the pointer', async () => {
      await page.focus('#canvas');
      for (let i = 0; i < 4; i++) await page.keyboard.press('+');
      const zoomed = await canvasNumber(page, 'zoom');
      await page.evaluate("document.getElementById('canvas').scrollTo(0, 0)");
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await canvasScroll(page), [60, 60]);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      assert.deepEqual(await canvasScroll(page), [0, 0]);

      const box = (await page.locator('#canvas').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, 200);
      await waitFor(page, "document.getElementById('canvas').scrollTop > 0", 5000);
      assert.equal(await canvasNumber(page, 'zoom'), zoomed, 'the plain wheel does not zoom');

      // The point under the pointer stays under it.
      const under = async () => page.evaluate(`(() => { const c = document.getElementById('canvas'); const s = Number(c.dataset.zoom); return [(c.scrollLeft + ${box.width / 2}) / s, (c.scrollTop + ${box.height / 2}) / s]; })()`) as Promise<[number, number]>;
      const before = await under();
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await waitFor(page, `Number(document.getElementById('canvas').dataset.zoom) > ${zoomed}`, 5000);
      const after = await under();
      assert.ok(Math.abs(after[0] - before[0]) < 2 && Math.abs(after[1] - before[1]) < 2, `${before} -> ${after}`);

      const [left, top] = await canvasScroll(page);
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx - 80, cy - 50, { steps: 4 });
      await page.mouse.up();
      const [l2, t2] = await canvasScroll(page);
      assert.ok(Math.abs(l2 - (left + 80)) <= 1 && Math.abs(t2 - (top + 50)) <= 1, `${left},${top} -> ${l2},${t2}`);
      assert.deepEqual(await sent(page, 'revealLine'), [], 'a drag does not click the node under it');
      assert.deepEqual(errors, []);
    });
  });

  describe('pattern catalogue at the side-by-side width', () => {
    let page: Page;
    let errors: string[];
    before(async () => {
      // Half of a 1,400 px window beside an editor.
      ({ page, errors } = await open('patterns', { width: 680, height: 800 }));
      await post(page, { type: 'patterns', entries: patternViews() });
      await page.waitForSelector('body[data-rendered=all]', { timeout: 120_000 });
    });
    after(() => page.close());

    it('fits diagrams to the width only while labels stay at least 11 px high; wider ones scroll', async () => {
      const rows = await page.evaluate(`[...document.querySelectorAll('.card')].map((c) => {
        const svg = c.querySelector('.diagram svg'); const box = c.querySelector('.diagram');
        const size = parseFloat(getComputedStyle(svg.querySelector('g.node text, g.label text, text')).fontSize);
        // before: what the former fit (max-width: 100%, never scaled up) gave.
        return { id: c.id, px: (${LABEL_PX})(svg), before: size * Math.min(1, box.clientWidth / svg.viewBox.baseVal.width),
          scrolls: box.scrollWidth > box.clientWidth + 1, hint: !box.querySelector('.zoom-hint').hidden };
      })`) as { id: string; px: number; before: number; scrolls: boolean; hint: boolean }[];
      assert.equal(rows.length, PATTERNS.length);
      for (const r of rows) {
        assert.ok(r.px >= 11 - 0.01, `${r.id}: labels ${r.px.toFixed(1)} px`);
        // A diagram whose fit would go under 11 px is shown at 11 px, scrolls, and says so.
        if (r.before < 11) assert.ok(r.scrolls && r.hint && Math.abs(r.px - 11) < 0.05, JSON.stringify(r));
        // (The fit leaves a pixel of the width spare, so no scroll bar comes and goes.)
        else assert.ok(!r.hint && Math.abs(r.px - r.before) / r.before < 0.01, JSON.stringify(r));
      }
      const min = (xs: number[]) => Math.min(...xs);
      figures.catalogueLabelPxBefore680 = min(rows.map((r) => r.before)).toFixed(1);
      figures.catalogueLabelPxNow680 = min(rows.map((r) => r.px)).toFixed(1);
      figures.catalogueCardsHeldAt11px = rows.filter((r) => r.hint).length;
      assert.ok(rows.some((r) => r.before < 11), 'at this width some diagram would be unreadable when fitted');
      assert.deepEqual(errors, []);
    });

    it('Ctrl+wheel zooms a card\'s diagram; the plain wheel scrolls the page', async () => {
      const card = page.locator('#pattern-aurora-global .diagram');
      await card.scrollIntoViewIfNeeded();
      const box = (await card.boundingBox())!;
      const z0 = Number(await card.getAttribute('data-zoom'));
      const y0 = (await page.evaluate('window.scrollY')) as number;
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
      await page.mouse.wheel(0, 150);
      await waitFor(page, `window.scrollY > ${y0}`, 5000);
      assert.equal(Number(await card.getAttribute('data-zoom')), z0);
      await page.evaluate("document.querySelector('#pattern-aurora-global .diagram').scrollIntoView({ block: 'center' })");
      const b2 = (await card.boundingBox())!;
      await page.mouse.move(b2.x + b2.width / 2, Math.max(5, Math.min(795, b2.y + b2.height / 2)));
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -120);
      await page.keyboard.up('Control');
      await waitFor(page, `Number(document.querySelector('#pattern-aurora-global .diagram').dataset.zoom) > ${z0}`, 5000);
    });

    it('"Open full size" asks the extension to open the pattern in its own tab', async () => {
      await page.click('#pattern-dsql-multi-region [data-action=full]');
      assert.deepEqual(await sent(page, 'openPattern'), [{ type: 'openPattern', patternId: 'dsql-multi-region' }]);
    });

    it('multi-tier: RDS Proxy and ElastiCache are drawn inside the VPC box, the backups outside', async () => {
      const r = await page.evaluate(`(() => {
        const card = document.getElementById('pattern-multi-tier-rds');
        const vpc = [...card.querySelectorAll('g.cluster')].find((g) => /(^|-)vpc$/.test(g.id) || g.id === 'vpc');
        const rect = vpc.querySelector('rect').getBoundingClientRect();
        const node = (id) => [...card.querySelectorAll('g.node')].find((g) => new RegExp('-' + id + '-\\\\d+$').test(g.id)).getBoundingClientRect();
        const inside = (b) => b.left >= rect.left - 0.5 && b.right <= rect.right + 0.5 && b.top >= rect.top - 0.5 && b.bottom <= rect.bottom + 0.5;
        return { vpc: vpc.id, proxy: inside(node('proxy')), cache: inside(node('cache')), primary: inside(node('primary')), backups: inside(node('backups')), app: inside(node('app')) };
      })()`) as Record<string, unknown>;
      assert.deepEqual({ ...r, vpc: undefined }, { vpc: undefined, proxy: true, cache: true, primary: true, backups: false, app: false }, JSON.stringify(r));
    });
  });

  describe('findings and read problems on the template diagram', () => {
    let page: Page;
    let errors: string[];
    const template = fs.readFileSync(path.join(CORPUS, 'RDS/RDS_MySQL_With_Read_Replica.yaml'), 'utf8');
    const d = diagramTemplate(template, 'r.yaml');
    before(async () => {
      ({ page, errors } = await open('diagram'));
      await show(page, diagramMessage(d, 1));
    });
    after(() => page.close());

    it('a node with an error or warning gets a badge, and its tooltip lists rule ID and message', async () => {
      await post(page, {
        type: 'findings', uri: 'file:///w/t.yaml', findings: [
          { resource: 'MainDB', ruleId: 'ADB004', severity: 'error', message: 'StorageEncrypted is false: the data is not encrypted at rest.' },
          { resource: 'MainDB', ruleId: 'ADB001', severity: 'warning', message: 'BackupRetentionPeriod is 1 day.' },
          { resource: 'ReplicaDB', ruleId: 'ADB010', severity: 'warning', message: 'A replica without Multi-AZ.' },
          { resource: 'Elsewhere', ruleId: 'ADB002', severity: 'error', message: 'not drawn' },
        ],
      });
      await page.waitForSelector('#canvas g.node .adb-badge');
      const main = d.drawn.nodes.find((n) => n.logicalId === 'MainDB')!;
      const node = page.locator(`#canvas g.node[id$="-flowchart-${main.key}-${d.drawn.nodes.indexOf(main)}"]`);
      assert.equal(await node.locator('.adb-badge-error').count(), 1);
      assert.equal(await node.getAttribute('class').then((c) => c?.includes('adb-error')), true);
      const tip = (await node.locator('title.adb-findings').textContent()) ?? '';
      assert.equal(tip, '1 error, 1 warning\nADB004 (error): StorageEncrypted is false: the data is not encrypted at rest.\nADB001 (warning): BackupRetentionPeriod is 1 day.');
      assert.equal(await page.locator('#canvas .adb-badge-warning').count(), 1);
      assert.equal(await page.locator('#canvas .adb-badge').count(), 2, 'the security group has no finding');
      // The badge is drawn in the node's top right corner, inside the picture.
      const [bx, nx] = await Promise.all([node.locator('.adb-badge').boundingBox(), node.boundingBox()]);
      assert.ok(bx && nx && bx.x > nx.x + nx.width / 2 && bx.y < nx.y + nx.height / 2, `${JSON.stringify(bx)} in ${JSON.stringify(nx)}`);

      // A redraw keeps them; findings fixed take them away; findings of another file are ignored.
      await show(page, diagramMessage(d, 2));
      assert.equal(await page.locator('#canvas .adb-badge').count(), 2);
      await post(page, { type: 'findings', uri: 'file:///w/t.yaml', findings: [] });
      await waitFor(page, "document.querySelectorAll('#canvas .adb-badge').length === 0", 5000);
      await post(page, { type: 'findings', uri: 'file:///w/other.yaml', findings: [{ resource: 'MainDB', ruleId: 'ADB004', severity: 'error', message: 'x' }] });
      await page.waitForTimeout(100);
      assert.equal(await page.locator('#canvas .adb-badge').count(), 0);
      assert.deepEqual(errors, []);
    });

    it('read problems show each once, with a line number that shows the line in the editor', async () => {
      const broken = diagramTemplate('{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "A": @@ }\n    }\n  }\n}\n', 't.json');
      await show(page, { ...diagramMessage(broken, 3), problems: [...broken.problems, ...broken.problems] } as { version: number });
      const rows = await page.$$eval('#problems .problem', (ps) => ps.map((p) => p.textContent));
      assert.ok(rows.length >= 1 && rows.length === broken.problems.length, rows.join(' | '));
      assert.equal(new Set(rows).size, rows.length);
      assert.ok(rows.every((r) => r?.startsWith('Line 5 ')), rows.join(' | '));
      await page.click('#problems .problem button.line');
      assert.deepEqual(await sent(page, 'revealLine'), [{ type: 'revealLine', line: 4 }]);
      // Past five, the rest are counted.
      const many = Array.from({ length: 8 }, (_, i) => ({ line: i + 1, message: `problem ${i}` }));
      await show(page, { ...diagramMessage(broken, 4), problems: many } as { version: number });
      assert.equal(await page.locator('#problems .problem').count(), 6);
      assert.match((await page.textContent('#problems .more')) ?? '', /and 3 more/);
      assert.deepEqual(errors, []);
    });
  });

  it('a 2,600-resource template draws its summary by type fast, says so, and offers the resource at the cursor', async () => {
    const d = diagramTemplate(bigTemplate(2600), 'big.yaml');
    assert.equal(d.graph.nodes.length, 2600);
    const { page, errors } = await open('diagram');
    const posted = Date.now();
    await show(page, diagramMessage(d, 1));
    figures.summary2600MessageToShownMs = Date.now() - posted;
    const metrics = (await page.evaluate('window.adbMetrics')) as { firstRenderMs: number; renders: { ms: number }[] };
    figures.summary2600FirstRenderMs = Math.round(metrics.firstRenderMs);
    figures.summary2600MermaidRenderMs = Math.round(metrics.renders[0].ms);
    assert.equal(await page.getAttribute('#canvas', 'data-state'), 'ok');
    assert.equal(await page.getAttribute('#canvas', 'data-view'), 'summary');
    assert.equal(await page.locator('#canvas svg g.node').count(), 4);
    const text = (await page.textContent('#canvas svg')) ?? '';
    assert.ok(text.includes('1,299 resources') && text.includes('member of ×1,299'), text);
    assert.match((await page.textContent('#view-note')) ?? '', /Summary by resource type: 2,600 resources/);
    await page.click('[data-action=view-cursor]');
    assert.deepEqual(await sent(page, 'diagramView'), [{ type: 'diagramView', view: 'cursor' }]);
    // Badges on a type count the findings of its resources.
    await post(page, { type: 'findings', uri: 'file:///w/t.yaml', findings: [3, 8].map((i) => ({ resource: `Writer${i}`, ruleId: 'ADB004', severity: 'error', message: 'StorageEncrypted is false.' })) });
    await page.waitForSelector('#canvas .adb-badge-error');
    assert.match((await page.locator('#canvas title.adb-findings').textContent()) ?? '', /^2 errors on 2 of 1299 resources\nADB004 \(error\) Writer3: StorageEncrypted is false\./);

    // The focused view the extension then sends.
    const writer = d.graph.nodes.find((n) => n.logicalId === 'Writer3')!;
    const f = diagramTemplate(bigTemplate(2600), 'big.yaml', { focusLine: writer.line });
    await show(page, diagramMessage(f, 2));
    assert.equal(await page.getAttribute('#canvas', 'data-view'), 'focus');
    assert.equal(await page.locator('#canvas svg g.node').count(), 2);
    assert.match((await page.textContent('#view-note')) ?? '', /^Writer3 and its 1 neighbour/);
    await page.click('[data-action=view-summary]');
    assert.deepEqual((await sent(page, 'diagramView')).at(-1), { type: 'diagramView', view: 'summary' });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
