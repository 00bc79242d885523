/**
 * The diagram views in a real Chromium (Debian's, through playwright-core): every catalogue
 * diagram renders without a Mermaid error under the real Content Security Policy, corpus templates
 * draw their nodes, a hostile template renders inert, exports produce real files, the scroll
 * position survives a redraw. One browser for the whole file. Render timings are printed (the
 * budget is checked in the benchmark, not here).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli';
import { diagramTemplate } from '../../src/core/diagram';
import { PATTERNS } from '../../src/knowledge/patterns';
import { patternViews } from '../../src/knowledge/patterns/view';
import { CFN_SAMPLES, fixture } from '../fixture';
import { bigTemplate, buildWebview, launch, post, serve, waitFor, watchErrors, type Served, type Theme } from './harness';

const CORPUS = fixture(CFN_SAMPLES);

interface PageProbe { adbSent: { type: string; [k: string]: unknown }[]; adbState?: Record<string, unknown>; adbMetrics: { firstRenderMs?: number; renders: { ms: number; ok: boolean; error?: string }[] }; adbPwned?: unknown }
/** Runs `fn(window)` in the page (as source text, so it sees the page's own globals). */
const probe = <T>(page: Page, fn: (w: PageProbe) => T) => page.evaluate(`(${fn.toString()})(window)`) as Promise<T>;

describe('diagram views in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let server: Served;
  const figures: Record<string, number> = {};

  before(async () => {
    await buildWebview();
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    console.log(`      render timings (ms): ${JSON.stringify(figures)}`);
  });

  async function open(view: 'patterns' | 'diagram', theme: Theme = 'light', viewport = { width: 1100, height: 900 }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/${view}.html?theme=${theme}`);
    await waitFor(page, 'window.adbSent && window.adbSent.some((m) => m.type === "ready")');
    return { page, errors };
  }

  async function showDiagram(page: Page, mermaid: string, version: number, problems: { message: string; line?: number }[] = []): Promise<void> {
    await post(page, { type: 'diagram', title: 't.yaml', uri: 'file:///w/t.yaml', mermaid, problems, version });
    await waitFor(page, `document.body.dataset.version === '${version}'`);
  }

  describe('pattern catalogue', () => {
    let page: Page;
    let errors: string[];
    before(async () => {
      ({ page, errors } = await open('patterns'));
      await post(page, { type: 'patterns', entries: patternViews() });
      await page.waitForSelector('body[data-rendered=all]', { timeout: 90_000 });
      figures.catalogueFirstRender = Math.round((await probe(page, (w) => w.adbMetrics.firstRenderMs)) ?? -1);
    });
    after(() => page.close());

    it('renders every diagram without a Mermaid error or a console/CSP error', async () => {
      const states = await page.$$eval('.card', (cards) => cards.map((c) => [c.id, c.querySelector('.diagram')!.getAttribute('data-state'), c.querySelectorAll('.diagram svg').length]));
      assert.equal(states.length, PATTERNS.length);
      for (const [id, state, svgs] of states) assert.deepEqual([state, svgs], ['ok', 1], String(id));
      const renders = await probe(page, (w) => w.adbMetrics.renders);
      assert.deepEqual(renders.filter((r) => !r.ok), []);
      assert.deepEqual(errors, []);
      assert.equal(await page.textContent('#count'), `${PATTERNS.length} of ${PATTERNS.length}`);
    });

    it('shows limits with their sources, and the study-guide notes', async () => {
      const dsql = page.locator('#pattern-dsql-multi-region');
      assert.ok((await dsql.locator('.limits li').count()) >= 2);
      assert.match((await dsql.locator('.limits a').first().getAttribute('href')) ?? '', /^https:\/\/docs\.aws\.amazon\.com\//);
      assert.match((await dsql.locator('.note').textContent()) ?? '', /witness|PostgreSQL/);
      assert.match((await dsql.locator('svg').textContent()) ?? '', /Witness/);
    });

    it('searches: words narrow the list, the query is kept in the webview state', async () => {
      await page.fill('#search', 'witness region');
      assert.deepEqual(await page.$$eval('.card:not([hidden])', (c) => c.map((x) => x.id)), ['pattern-dsql-multi-region']);
      await page.fill('#search', 'failover');
      const shown = await page.$$eval('.card:not([hidden])', (c) => c.map((x) => x.id));
      assert.ok(shown.includes('pattern-aurora-global-failover') && shown.length < PATTERNS.length, shown.join());
      assert.equal(await probe(page, (w) => w.adbState?.query), 'failover');
      await page.fill('#search', '');
      assert.equal(await page.locator('.card:not([hidden])').count(), PATTERNS.length);
    });

    it('buttons send typed messages: insert snippet, copy Mermaid, save SVG, save PNG, insert Markdown', async () => {
      const card = page.locator('#pattern-multi-tier-rds');
      for (const action of ['snippet', 'copy', 'svg', 'png', 'markdown']) await card.locator(`[data-action=${action}]`).click();
      await waitFor(page, 'window.adbSent.some((m) => m.type === "savePng")');
      const sent = await probe(page, (w) => w.adbSent.filter((m) => m.type !== 'ready' && m.type !== 'rendered'));
      const by = Object.fromEntries(sent.map((m) => [m.type, m]));
      assert.equal(by.insertSnippet.patternId, 'multi-tier-rds');
      assert.equal(by.copyText.text, PATTERNS[0].mermaid);
      assert.equal(by.insertMarkdown.mermaid, PATTERNS[0].mermaid);
      assert.match(String(by.saveSvg.svg), /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal(by.saveSvg.name, 'multi-tier-rds.svg');
      const png = Buffer.from(String(by.savePng.base64), 'base64');
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.readUInt32BE(16) > 100 && png.readUInt32BE(20) > 50, 'PNG has a real size');
    });

    it('follows a theme switch: every diagram is drawn again with the dark theme', async () => {
      const before = await page.locator('#pattern-aurora-global .diagram').innerHTML();
      await page.evaluate("document.body.className = 'vscode-body vscode-dark'");
      await waitFor(page, "[...document.querySelectorAll('.card .diagram')].every((d) => d.dataset.theme === 'dark')", 90_000);
      assert.notEqual(await page.locator('#pattern-aurora-global .diagram').innerHTML(), before);
      assert.deepEqual(errors, []);
    });
  });

  it('comes back where it was after being hidden: search words and scroll position from the saved state', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    const errors = watchErrors(page);
    // What VS Code's getState() returns when a hidden webview is shown again.
    await page.addInitScript('window.adbState = { view: "patterns", query: "aurora", scrollY: 1200 }');
    await page.goto(`${server.url}/patterns.html?theme=light`);
    await waitFor(page, 'window.adbSent && window.adbSent.some((m) => m.type === "ready")');
    await post(page, { type: 'patterns', entries: patternViews() });
    await page.waitForSelector('body[data-rendered=all]', { timeout: 90_000 });
    assert.equal(await page.inputValue('#search'), 'aurora');
    const shown = await page.locator('.card:not([hidden])').count();
    assert.ok(shown > 2 && shown < PATTERNS.length, String(shown));
    assert.equal(await page.evaluate('window.scrollY'), 1200);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renders in high contrast too', async () => {
    const { page, errors } = await open('patterns', 'high-contrast');
    await post(page, { type: 'patterns', entries: patternViews().slice(0, 3) });
    await page.waitForSelector('body[data-rendered=all]');
    assert.equal(await page.locator('.diagram[data-state=ok] svg').count(), 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  describe('template diagram', () => {
    let page: Page;
    let errors: string[];
    let version = 0;
    before(async () => ({ page, errors } = await open('diagram', 'dark')));
    after(() => page.close());

    it('draws each corpus template: one SVG node per resource node, no Mermaid error', async () => {
      for (const f of ['RDS/RDS_MySQL_With_Read_Replica.yaml', 'DMS/DMSAuroraToS3FullLoadAndOngoingReplication.json', 'NeptuneDB/Neptune.yaml', 'ElastiCache/Elasticache-snapshot.yaml', 'CloudFormation/fn-foreach-ddb.yaml']) {
        const d = diagramTemplate(fs.readFileSync(path.join(CORPUS, f), 'utf8'), f);
        await showDiagram(page, d.mermaid, ++version);
        assert.equal(await page.getAttribute('#canvas', 'data-state'), 'ok', f);
        assert.equal(await page.locator('#canvas svg g.node').count(), Math.max(1, d.graph.nodes.length), f);
        assert.equal(await page.locator('#canvas svg .edgeLabel').filter({ hasText: /\S/ }).count(), d.graph.edges.length, f);
      }
      assert.deepEqual(errors, []);
    });

    it('shows a resource in the editor when its node is clicked', async () => {
      const d = diagramTemplate(fs.readFileSync(path.join(CORPUS, 'RDS/RDS_MySQL_With_Read_Replica.yaml'), 'utf8'), 'r.yaml');
      const lines = Object.fromEntries(d.graph.nodes.map((n) => [n.key, n.line!]));
      await post(page, { type: 'diagram', title: 'r.yaml', uri: 'file:///w/r.yaml', mermaid: d.mermaid, problems: [], version: ++version, lines });
      await waitFor(page, `document.body.dataset.version === '${version}'`);
      const replica = d.graph.nodes.find((n) => n.logicalId === 'ReplicaDB')!;
      await page.click(`#canvas g.node[id$="-flowchart-${replica.key}-${d.graph.nodes.indexOf(replica)}"]`);
      const sent = await probe(page, (w) => w.adbSent.filter((m) => m.type === 'revealLine'));
      // The node's key goes with its line: a node from another file of a Terraform folder opens that file.
      assert.deepEqual(sent, [{ type: 'revealLine', line: replica.line, key: replica.key }]);
      assert.ok(replica.line! > 0);
    });

    it('renders a hostile template inert: no script runs, no link, no event handler, labels shown as text', async () => {
      const evil = '<img src=x onerror="window.adbPwned=1"><script>window.adbPwned=2</script>';
      const template = [
        'Resources:',
        `  "A\\"]) --> x[\\"${evil.replace(/"/g, '\\"')}\\"]\\nclick A href \\"javascript:window.adbPwned=3\\"\\n%%{init: {\\"securityLevel\\": \\"loose\\"}}%%":`,
        '    Type: AWS::RDS::DBInstance',
        '    Properties:',
        `      DBClusterIdentifier: !Ref "${'VeryLongName'.repeat(30)}"`,
        `  "${'VeryLongName'.repeat(30)}":`,
        `    Type: "AWS::RDS::DBCluster${evil.replace(/"/g, '\\"')}"`,
        '  "javascript:alert(1)":',
        '    Type: AWS::DynamoDB::Table',
        '    Properties:',
        '      Tags: [{ Key: k, Value: !GetAtt "A\\"]) --> x[\\"x.y" }]',
      ].join('\n');
      const d = diagramTemplate(template, 'evil.yaml');
      assert.equal(d.graph.nodes.length, 3, JSON.stringify(d.problems));
      await showDiagram(page, d.mermaid, ++version);
      assert.equal(await page.getAttribute('#canvas', 'data-state'), 'ok');
      const svg = page.locator('#canvas svg');
      assert.equal(await svg.locator('g.node').count(), 3);
      assert.equal(await svg.locator('a, script, foreignObject, iframe, img, image').count(), 0);
      const handlers = await page.$$eval('#canvas *', (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => `${e.tagName}[${a.name}]`)));
      assert.deepEqual(handlers, []);
      const text = (await svg.textContent()) ?? '';
      assert.match(text, /<img src=x\s*onerror=/, 'the markup shows as text');
      assert.ok(text.includes('…'), 'the long name is cut');
      await page.waitForTimeout(200);
      assert.equal(await probe(page, (w) => w.adbPwned), undefined);
      assert.deepEqual(errors, []);
    });

    it('shows a Mermaid parse error above the last good picture', async () => {
      await showDiagram(page, 'flowchart LR\n  a[("unclosed', ++version, [{ message: 'Template: a syntax error' }]);
      assert.match((await page.textContent('#problems')) ?? '', /a syntax error[\s\S]*Mermaid could not draw/);
      assert.equal(await page.getAttribute('#canvas', 'data-state'), 'stale');
      assert.equal(await page.locator('#canvas svg').count(), 1);
    });

    it('redraws a 50-node diagram keeping the zoom and the scroll position', async () => {
      const { page: small, errors: errs } = await open('diagram', 'light', { width: 700, height: 400 });
      const first = diagramTemplate(bigTemplate(50), 'big.yaml');
      assert.equal(first.graph.nodes.length, 50);
      await showDiagram(small, first.mermaid, 1);
      await small.click('[data-action=zoom-in]');
      const zoom = await small.getAttribute('#canvas', 'data-zoom');
      figures.diagram50FirstRender = Math.round((await probe(small, (w) => w.adbMetrics.firstRenderMs)) ?? -1);
      await small.evaluate("document.getElementById('canvas').scrollTo(0, 600)");
      const y = (await small.evaluate("document.getElementById('canvas').scrollTop")) as number;
      assert.ok(y > 300, `the diagram scrolls (${y})`);
      await showDiagram(small, diagramTemplate(bigTemplate(50, 'B'), 'big.yaml').mermaid, 2);
      assert.equal(await small.evaluate("document.getElementById('canvas').scrollTop"), y);
      assert.equal(await small.getAttribute('#canvas', 'data-zoom'), zoom);
      assert.ok(((await small.textContent('#canvas svg')) ?? '').includes('Writer0B'));
      const renders = await probe(small, (w) => w.adbMetrics.renders);
      figures.diagram50Rerender = Math.round(renders[1].ms);
      await waitFor(small, `window.adbState && window.adbState.scrollY === ${y}`);
      assert.equal(Number(await probe(small, (w) => w.adbState?.zoom)).toFixed(3), zoom);
      assert.deepEqual(errs, []);
      await small.close();
    });
  });

  it('aws-db-architect diagram --format svg draws the template with Mermaid in Chromium', async () => {
    let out = '';
    const code = await main(['diagram', path.join(CORPUS, 'RDS/RDS_MySQL_With_Read_Replica.yaml'), '--format', 'svg'], (s) => { out += s; }, () => undefined);
    assert.equal(code, 0);
    assert.match(out, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const text = out.replace(/<[^>]+>/g, '');
    for (const label of ['MainDB', 'ReplicaDB', 'DBEC2SecurityGroup', 'replica of']) assert.ok(text.includes(label), label);
  });

  it('edge labels read as written: no raw entity codes such as &#40; (Mermaid does not decode them in edge labels)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-edge-'));
    const file = path.join(dir, 'edges.yaml');
    fs.writeFileSync(file, 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      "Endpoint(Address)[0];x": !Ref Cluster\n      "A#40;B&C<D>": !Ref Cluster\n  Cluster:\n    Type: AWS::RDS::DBCluster\n');
    let out = '';
    const code = await main(['diagram', file, '--format', 'svg'], (s) => { out += s; }, () => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0);
    const labels = [...out.matchAll(/<g class="edgeLabel"[\s\S]*?<\/g><\/g>/g)].map((m) => m[0].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim());
    assert.ok(labels.includes('Endpoint(Address)[0];x'), labels.join(' | '));
    assert.ok(labels.includes('A\uff0340;B\uff06C\u2039D\u203a'), labels.join(' | '));
    assert.doesNotMatch(out, /&amp;#\d+;/);
  });
});
