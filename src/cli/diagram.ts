/**
 * `aws-db-architect diagram TEMPLATE [--format mermaid|svg] [--theme light|dark]`: the template
 * diagram of the extension, for documentation and CI. Mermaid text needs nothing; SVG is drawn by
 * the real Mermaid in a headless Chromium (playwright-core and a Chromium binary must be installed:
 * Mermaid measures text in a browser DOM, so there is no honest pure-Node rendering).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { diagramTemplate } from '../core/diagram';
import { UsageError } from './lint';
import { parseFormat } from './patterns';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function runDiagram(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { format, rest } = parseFormat(argv, ['mermaid', 'svg'] as const, 'mermaid');
  let theme: 'light' | 'dark' = 'light';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--theme' || a.startsWith('--theme=')) {
      const v = a === '--theme' ? rest[++i] : a.slice('--theme='.length);
      if (v !== 'light' && v !== 'dark') throw new UsageError(`--theme must be light or dark, not ${v}`);
      theme = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('diagram takes exactly one template file');
  let text: string;
  try {
    text = fs.readFileSync(files[0] === '-' ? 0 : files[0], 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    err(`aws-db-architect: ${files[0]}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 2;
  }
  const d = diagramTemplate(text, files[0]);
  for (const p of d.problems) err(`aws-db-architect: ${files[0]}: ${p}`);
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

/** Renders Mermaid text to SVG in headless Chromium with the extension's own webview bundle. */
export async function renderSvg(mermaid: string, theme: 'light' | 'dark'): Promise<{ ok: true; svg: string } | { ok: false; error: string }> {
  const executable = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && fs.existsSync(p));
  if (!executable) return { ok: false, error: `--format svg needs Chromium (apt-get install chromium, or set CHROMIUM_PATH); looked in ${CHROMIUM_CANDIDATES.join(', ')}` };
  const bundle = [path.join(__dirname, 'webview', 'webview.js'), path.join(__dirname, '..', '..', 'dist', 'webview', 'webview.js')].find((p) => fs.existsSync(p));
  if (!bundle) return { ok: false, error: 'the webview bundle (dist/webview/webview.js) is missing: run npm run compile' };
  let pw: typeof import('playwright-core');
  try {
    // Resolved at run time, never bundled: playwright-core is only needed for SVG output.
    pw = createRequire(__filename)('playwright-core');
  } catch {
    return { ok: false, error: '--format svg needs the playwright-core package (npm install playwright-core)' };
  }
  const browser = await pw.chromium.launch({ executablePath: executable, args: BROWSER_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body data-view="render"></body></html>');
    await page.addScriptTag({ path: bundle });
    const r = await page.evaluate(([text, kind]) => (globalThis as unknown as { adbDiagram: { render(t: string, k: string): Promise<{ ok: boolean; svg?: string; error?: string }> } }).adbDiagram.render(text, kind), [mermaid, theme] as const);
    return r.ok && r.svg ? { ok: true, svg: r.svg } : { ok: false, error: `Mermaid could not draw the diagram: ${r.error}` };
  } finally {
    await browser.close();
  }
}
