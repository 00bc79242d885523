// Manual check of the diagram views in a real VS Code (code-server + Chromium), with screenshots.
// Usage: node test/browser/vscode-check.mjs VSIX WORKSPACE OUTDIR   (not part of CI: it needs tools/code-server)
/* global document, window */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, startCodeServer } from '../../scripts/code-server.mjs';

const [vsix, source, outDir] = process.argv.slice(2);
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-vscode-check-'));
// A copy of the workspace: code-server saves edits.
const workspace = path.join(state, 'ws');
fs.cpSync(source, workspace, { recursive: true });
const userDataDir = path.join(state, 'user');
const extensionsDir = path.join(state, 'ext');
const CODE_SERVER = path.resolve('tools/code-server/node_modules/.bin/code-server');
const env = { ...process.env, PATH: `${path.resolve('tools/code-server/node_modules/node/bin')}:${process.env.PATH}` };
execFileSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], { env, stdio: 'pipe' });
const port = await freePort();
const server = await startCodeServer({ port, workspace, userDataDir, extensionsDir, settings: { 'workbench.colorTheme': process.env.THEME ?? 'Default Dark Modern' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const seen = [];
const note = (s) => { seen.push(s); console.log(s); };
try {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForTimeout(4000);
  const command = async (title) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(title, { delay: 5 });
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
  };
  const open = async (name) => {
    // The Explorer row when it is there, else Quick Open (which answers once the file index is ready).
    for (let attempt = 0; attempt < 6; attempt++) {
      const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${name}"]`);
      if (await row.count()) await row.first().click();
      else {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type(name, { delay: 5 });
        await page.waitForTimeout(1000 + attempt * 800);
        await page.keyboard.press('Enter');
      }
      if (await page.waitForSelector(`.tab[aria-label*="${name}"]`, { timeout: 5_000 }).catch(() => null)) {
        await page.waitForTimeout(500);
        return;
      }
    }
    throw new Error(`could not open ${name}`);
  };
  /** The webview's inner frame showing `view` (code-server nests it in two iframes). */
  const webviewFrame = async (view, timeout = 60_000) => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const f of page.frames()) {
        const ok = await f.evaluate((v) => document.body?.dataset.view === v, view).catch(() => false);
        if (ok) return f;
      }
      await page.waitForTimeout(500);
    }
    throw new Error(`no ${view} webview`);
  };

  await open('dms.yaml');
  await command('AWS DB Architect: Diagram This Template');
  const diagram = await webviewFrame('diagram');
  await diagram.waitForSelector('#canvas[data-state=ok] svg', { timeout: 60_000 });
  note(`diagram: ${await diagram.locator('#canvas svg g.node').count()} nodes drawn for dms.yaml; title "${await diagram.textContent('#title')}"`);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(outDir, `vscode-diagram-${process.env.SHOT ?? 'dark'}.png`) });

  // Clicking a node shows its resource in the editor.
  await diagram.click('#canvas g.node.linked >> nth=3');
  await page.waitForTimeout(1500);
  note(`click: cursor now at "${(await page.textContent('.statusbar-item[id$="status.editor.selection"]').catch(() => '?'))?.trim()}" (node 4 of the diagram)`);

  // Edit the template: a new read replica appears in the diagram after the debounce.
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Control+A');
  // Pasted, not typed: typing would auto-indent every new line.
  await page.evaluate((t) => navigator.clipboard.writeText(t), [
    'Resources:', '  Primary:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: mysql',
    '  ExtraReplica:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      SourceDBInstanceIdentifier: !Ref Primary', '',
  ].join('\n'));
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(3000);
  await diagram.waitForFunction(() => document.querySelector('#canvas svg')?.textContent?.includes('ExtraReplica'), undefined, { timeout: 30_000 });
  note(`diagram: redrawn after an edit, ${await diagram.locator('#canvas svg g.node').count()} nodes, version ${await diagram.evaluate(() => document.body.dataset.version)}`);

  await command('AWS DB Architect: Show Architecture Patterns');
  const patterns = await webviewFrame('patterns');
  await patterns.waitForSelector('body[data-rendered=all]', { timeout: 120_000 });
  const states = await patterns.$$eval('.card .diagram', (d) => d.map((x) => x.getAttribute('data-state')));
  note(`patterns: ${states.length} cards, ${states.filter((s) => s === 'ok').length} diagrams rendered, first render ${Math.round(await patterns.evaluate(() => window.adbMetrics?.firstRenderMs ?? -1))} ms`);
  await patterns.fill('#search', 'global');
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(outDir, `vscode-patterns-${process.env.SHOT ?? 'dark'}.png`) });
  await patterns.fill('#search', '');

  // Insert a snippet into the Markdown editor: the catalogue inserts into the last text editor.
  await open('notes.md');
  await command('AWS DB Architect: Show Architecture Patterns');
  const p2 = await webviewFrame('patterns');
  await p2.fill('#search', 'witness');
  await p2.click('#pattern-dsql-multi-region [data-action=snippet]');
  await page.waitForTimeout(2500);
  await p2.click('#pattern-dsql-multi-region [data-action=markdown]');
  await page.waitForTimeout(2500);
  const text = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-lines')].map((e) => e.textContent).join('\n'));
  note(`insert: editor now shows AWS::DSQL::Cluster: ${/AWS::DSQL::Cluster/.test(text)}, a mermaid block: ${/```mermaid/.test(text)}`);
  fs.writeFileSync(path.join(state, 'seen.txt'), seen.join('\n'));
} finally {
  await browser.close();
  // End code-server and the children it started, by process group and then by pid (never by name).
  try { process.kill(-server.child.pid, 'SIGTERM'); } catch { /* gone */ }
  await new Promise((r) => setTimeout(r, 1500));
  const left = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(userDataDir)).map((l) => Number(l.trim().split(/\s+/)[0]));
  for (const pid of left) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  console.log(`log dir: ${userDataDir}/logs`);
}
