// Drives a real VS Code (code-server) in Debian's Chromium with playwright-core.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, installVsix, ROOT, startCodeServer } from '../../scripts/code-server.mjs';

// Screenshots go to .e2e/shots; `E2E_UPDATE_DOCS=1 npm run test:e2e` refreshes the ones the README shows.
export const SHOTS = process.env.E2E_UPDATE_DOCS ? path.join(ROOT, 'docs', 'e2e') : path.join(ROOT, '.e2e', 'shots');

/**
 * Starts code-server on a copy of examples/ with the built .vsix installed, and a browser on it.
 * `prepare(workspace)` runs on the copy before code-server opens it (e.g. a git repository).
 */
export async function launch({ name = 'e2e', settings = {}, prepare } = {}) {
  const state = path.join(ROOT, '.e2e', name);
  fs.rmSync(state, { recursive: true, force: true });
  const workspace = path.join(state, 'workspace');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  if (prepare) await prepare(workspace);
  const userDataDir = path.join(state, 'user-data');
  const extensionsDir = path.join(state, 'extensions');
  installVsix(extensionsDir, userDataDir);
  const port = await freePort();
  const logs = [];
  const server = await startCodeServer({ port, workspace, userDataDir, extensionsDir, settings, log: (s) => logs.push(s) });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // Let the workbench settle (explorer, status bar) before driving it.
  await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 60_000 }).catch(() => {});
  const close = async () => {
    await browser.close().catch(() => {});
    server.stop();
  };
  return { page, close, workspace, userDataDir, logs };
}

/** Opens a workspace file with Quick Open and waits for its editor. */
export async function openFile(page, relPath) {
  const base = path.basename(relPath);
  // Quick Open answers only once the file index is ready: try again until the tab shows.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(relPath, { delay: 5 });
    await page.waitForTimeout(800 + attempt * 700);
    await page.keyboard.press('Enter');
    const tab = await page.waitForSelector(`.tab[aria-label*="${base}"]`, { timeout: 4_000 }).catch(() => null);
    if (tab) {
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 15_000 });
      return;
    }
  }
  throw new Error(`could not open ${relPath} with Quick Open`);
}

/** The Problems panel's rows as text, once `predicate` holds (or the timeout passes). */
export async function problems(page, predicate = (rows) => rows.length > 0, timeout = 20_000) {
  if (!(await page.$('.markers-panel'))) await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { timeout: 10_000 });
  const deadline = Date.now() + timeout;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    if (predicate(rows)) return rows;
    await page.waitForTimeout(300);
  }
  return rows;
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Polls until `cond` is true (it may be async), or fails after `timeout` ms. */
export async function waitFor(cond, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if (await cond()) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`condition not met within ${timeout} ms: ${cond}`);
}

/** Goes to a 1-based line and column with Go to Line (Ctrl+G). */
export async function gotoLine(page, line, col = 1) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

/** Goes to the end of a 1-based line. */
export async function gotoLineEnd(page, line) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10_000 }).catch(() => {});
  await page.keyboard.press('End');
  await page.waitForTimeout(200);
}

/** The suggestion rows' labels, once one matches `want` (or the timeout passes). */
export async function suggestions(page, want, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await page.$$eval('.suggest-widget.visible .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    if (rows.some((r) => want.test(r))) return rows;
    await page.waitForTimeout(250);
  }
  return rows;
}
