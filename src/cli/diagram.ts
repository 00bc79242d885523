/**
 * `aws-db-architect diagram TEMPLATE [--format mermaid|svg] [--theme light|dark] [--focus ID]`: the template
 * diagram of the extension, for documentation and CI. A Terraform `.tf` file is drawn with what it uses in
 * the other files of its folder; a folder of `.tf` files is drawn whole. Mermaid text needs nothing; SVG is drawn by
 * the real Mermaid in a headless Chromium (playwright-core and a Chromium binary must be installed:
 * Mermaid measures text in a browser DOM, so there is no honest pure-Node rendering).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { diagramTemplate, problemText } from '../core/diagram';
import { DEFAULT_MAX_BYTES } from '../core/engine';
import { errorText } from '../core/log';
import { readInput, textOf } from './input';
import { terraformSiblings, UsageError } from './lint';
import { parseFormat } from './patterns';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function runDiagram(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  // `--` ends the options: what follows is the template's path, even if it starts with a dash.
  const dashes = argv.indexOf('--');
  const { format, rest } = parseFormat(dashes < 0 ? argv : argv.slice(0, dashes), ['mermaid', 'svg'] as const, 'mermaid');
  let theme: 'light' | 'dark' = 'light';
  let focus: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--theme' || a.startsWith('--theme=')) {
      const v = a === '--theme' ? rest[++i] : a.slice('--theme='.length);
      if (v !== 'light' && v !== 'dark') throw new UsageError(`--theme must be light or dark, not ${v}`);
      theme = v;
    } else if (a === '--focus' || a.startsWith('--focus=')) {
      focus = a === '--focus' ? rest[++i] : a.slice('--focus='.length);
      if (!focus) throw new UsageError('--focus takes the logical ID of a resource');
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (a path that starts with a dash goes after --)`);
    else files.push(a);
  }
  if (dashes >= 0) files.push(...argv.slice(dashes + 1));
  if (files.length !== 1) throw new UsageError('diagram takes exactly one template file or a folder of Terraform files (- reads standard input)');
  // A folder: its Terraform files, drawn whole (main.tf, or the first .tf file, with the others as its siblings).
  let file = files[0];
  let wholeFolder = false;
  if (file !== '-' && isDirectory(file)) {
    const names = tfFiles(file);
    if (!names.length) {
      err(`aws-db-architect: ${file}: a folder is drawn only when it holds Terraform files (.tf, .tf.json), and this one holds none`);
      return 2;
    }
    file = path.join(file, names.includes('main.tf') ? 'main.tf' : names[0]);
    wholeFolder = true;
  }
  const input = readInput(file, DEFAULT_MAX_BYTES);
  if (!input.ok) {
    err(`aws-db-architect: ${file}: ${'error' in input ? input.error : `file is ${input.exact ? '' : 'over '}${(input.tooLarge / 1048576).toFixed(1)} MB, above the ${(DEFAULT_MAX_BYTES / 1048576).toFixed(1)} MB limit: not drawn`}`);
    return 2;
  }
  if (input.bytes.subarray(0, 8192).includes(0)) {
    err(`aws-db-architect: ${file}: binary file: not drawn`);
    return 2;
  }
  const siblings = file !== '-' && /\.tf(\.json)?$/i.test(file) ? terraformSiblings(file, DEFAULT_MAX_BYTES) : undefined;
  const d = diagramTemplate(textOf(input.bytes), file === '-' ? '' : file, { focus, ...(siblings ? { siblings } : {}), ...(wholeFolder ? { wholeFolder } : {}) });
  if (d.tooLarge) {
    // Mermaid would draw its "maximum size exceeded" placeholder: say so instead of a useless picture.
    err(`aws-db-architect: ${file}: ${d.tooLarge}`);
    return 2;
  }
  for (const p of d.problems) err(`aws-db-architect: ${file}: ${problemText(p)}`);
  // A large template is drawn as a summary by type (or around --focus): say so, and how to see more.
  if (d.note) err(`aws-db-architect: ${file}: ${d.note}${d.view === 'summary' ? ' Draw one resource and its neighbours with --focus LOGICAL_ID.' : ''}`);
  else if (focus) err(`aws-db-architect: ${file}: --focus is used only when the template has more resources than are drawn one by one; every resource is drawn.`);
  if (format === 'mermaid') {
    out(d.mermaid.trimEnd());
  } else {
    const svg = await renderSvg(d.mermaid, theme);
    if (!svg.ok) {
      err(`aws-db-architect diagram: ${svg.error}`);
      return 2;
    }
    out(svg.svg);
  }
  return d.problems.length ? 1 : 0;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The Terraform files of a folder, sorted (an unlistable folder has none). */
function tfFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => /\.tf(\.json)?$/i.test(n) && !isDirectory(path.join(dir, n))).sort();
  } catch {
    return [];
  }
}

/** Loads playwright-core: a missing package is told apart from one that is there but fails to load. */
export function loadPlaywright(req: (id: string) => unknown = createRequire(__filename)): { ok: true; pw: typeof import('playwright-core') } | { ok: false; error: string } {
  try {
    // Resolved at run time, never bundled: playwright-core is only needed for SVG output.
    return { ok: true, pw: req('playwright-core') as typeof import('playwright-core') };
  } catch (e) {
    const notInstalled = (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /playwright-core/.test((e as Error).message.split('\n')[0]);
    return notInstalled
      ? { ok: false, error: '--format svg needs the playwright-core package, which is not installed (npm install playwright-core)' }
      : { ok: false, error: `--format svg needs playwright-core, which is installed but could not be loaded: ${errorText(e).split('\n')[0]}` };
  }
}

/** Renders Mermaid text to SVG in headless Chromium with the extension's own webview bundle. */
export async function renderSvg(mermaid: string, theme: 'light' | 'dark'): Promise<{ ok: true; svg: string } | { ok: false; error: string }> {
  const executable = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && fs.existsSync(p));
  if (!executable) return { ok: false, error: `--format svg needs Chromium (apt-get install chromium, or set CHROMIUM_PATH); looked in ${CHROMIUM_CANDIDATES.join(', ')}` };
  const bundle = [path.join(__dirname, 'webview', 'webview.js'), path.join(__dirname, '..', '..', 'dist', 'webview', 'webview.js')].find((p) => fs.existsSync(p));
  if (!bundle) return { ok: false, error: 'the webview bundle (dist/webview/webview.js) is missing: run npm run compile' };
  const loaded = loadPlaywright();
  if (!loaded.ok) return loaded;
  let browser: import('playwright-core').Browser;
  try {
    browser = await loaded.pw.chromium.launch({ executablePath: executable, args: BROWSER_ARGS, headless: true });
  } catch (e) {
    return { ok: false, error: `Chromium (${executable}) could not be started: ${errorText(e).split('\n')[0]}` };
  }
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body data-view="render"></body></html>');
    await page.addScriptTag({ path: bundle });
    const r = await page.evaluate(([text, kind]) => (globalThis as unknown as { adbDiagram: { render(t: string, k: string): Promise<{ ok: boolean; svg?: string; error?: string }> } }).adbDiagram.render(text, kind), [mermaid, theme] as const);
    return r.ok && r.svg ? { ok: true, svg: r.svg } : { ok: false, error: `Mermaid could not draw the diagram: ${r.error}` };
  } catch (e) {
    return { ok: false, error: `drawing the diagram in Chromium failed: ${errorText(e).split('\n')[0]}` };
  } finally {
    await browser.close();
  }
}
