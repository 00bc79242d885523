/**
 * Browser harness: serves the real webview page (same HTML and Content Security Policy as in VS
 * Code, built bundle from dist/webview) on 127.0.0.1, and drives Debian's Chromium with
 * playwright-core. VS Code's theme is imitated by the body class and a few of its CSS variables.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webviewHtml } from '../../src/vscode/diagram-html';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type Theme = 'light' | 'dark' | 'high-contrast';

/** A few of VS Code's theme variables (Light Modern / Dark Modern / Dark High Contrast), enough for the page's look. */
const THEME_VARS: Record<Theme, Record<string, string>> = {
  light: {
    foreground: '#3b3b3b', 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'button-background': '#005fb8', 'button-foreground': '#ffffff',
    'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'panel-border': '#e5e5e5', 'editorWidget-background': '#f8f8f8',
    'input-background': '#ffffff', 'input-border': '#cecece', 'textLink-foreground': '#005fb8', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
    'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
  dark: {
    foreground: '#cccccc', 'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'button-background': '#0078d4', 'button-foreground': '#ffffff',
    'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'panel-border': '#2b2b2b', 'editorWidget-background': '#202020',
    'input-background': '#313131', 'input-border': '#3c3c3c', 'textLink-foreground': '#4daafc', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
    'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
  'high-contrast': {
    foreground: '#ffffff', 'editor-background': '#000000', 'editor-foreground': '#ffffff', 'button-background': '#000000', 'button-foreground': '#ffffff',
    'button-border': '#6fc3df', 'contrastBorder': '#6fc3df', 'panel-border': '#6fc3df', 'input-background': '#000000', 'input-border': '#6fc3df',
    'textLink-foreground': '#21a6ff', 'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the pages (`/patterns.html?theme=dark`, `/diagram.html`, `/render.html`), the bundle and the CSS. */
export async function serve(): Promise<Served> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = /^\/(patterns|diagram)\.html$/.exec(u.pathname);
    if (page) {
      const theme = (u.searchParams.get('theme') ?? 'light') as Theme;
      const html = webviewHtml({
        view: page[1] as 'patterns' | 'diagram', cspSource: origin, nonce: 'testnonce0123456789',
        scriptUri: `${origin}/dist/webview/webview.js`, styleUri: `${origin}/media/diagram.css`, title: page[1],
      }).replace('<body ', `<body class="vscode-body vscode-${theme}" `).replace('</head>', `<link rel="stylesheet" href="${origin}/theme/${theme}.css">\n</head>`);
      return send(res, 'text/html', html);
    }
    const theme = /^\/theme\/([\w-]+)\.css$/.exec(u.pathname);
    if (theme && theme[1] in THEME_VARS) {
      const vars = THEME_VARS[theme[1] as Theme];
      return send(res, 'text/css', `:root {\n${Object.entries(vars).map(([k, v]) => `  --vscode-${k}: ${v};`).join('\n')}\n}\n`);
    }
    const file = { '/dist/webview/webview.js': 'dist/webview/webview.js', '/media/diagram.css': 'media/diagram.css' }[u.pathname];
    if (file) return send(res, file.endsWith('.js') ? 'text/javascript' : 'text/css', fs.readFileSync(path.join(ROOT, file)));
    res.writeHead(u.pathname === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: http.ServerResponse, type: string, body: string | Buffer): void {
  // The page itself is never cached; the bundle and styles may be (as VS Code's webview resources
  // are), so a second opening can use Chromium's compiled-code cache. Each run serves a fresh build
  // on a new port, so nothing stale is ever reused.
  const cache = type === 'text/html' ? 'no-store' : 'max-age=3600';
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': cache });
  res.end(body);
}

/** Launches Chromium (headless). */
export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS, headless: true });
}

/** Everything the page reported that a test should fail on: console errors, page errors, CSP violations. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Sends a message to the page as the extension would (window message event). */
export async function post(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage(m, "*"), message);
}

/** Builds the webview bundle now (from esbuild.webview.mjs), so the tests run the current source. */
export async function buildWebview(): Promise<void> {
  const esbuild = await import('esbuild');
  const config = (await import(path.join(ROOT, 'esbuild.webview.mjs'))) as { default: (o: { production: boolean }) => import('esbuild').BuildOptions[] };
  for (const options of config.default({ production: false })) {
    await esbuild.build({ ...options, absWorkingDir: ROOT, logLevel: 'error' });
  }
}

/** A template with `n` database resources wired together (clusters, members, groups, security groups). */
export function bigTemplate(n: number, suffix = ''): string {
  const lines = ['Resources:', '  Sg:', '    Type: AWS::EC2::SecurityGroup', '    Properties:', '      GroupDescription: db', '  Subnets:', '    Type: AWS::RDS::DBSubnetGroup', '    Properties:', '      DBSubnetGroupDescription: db', '      SubnetIds: [a, b]'];
  for (let i = 0; i * 2 + 2 < n; i++) {
    lines.push(`  Cluster${i}${suffix}:`, '    Type: AWS::RDS::DBCluster', '    Properties:', '      Engine: aurora-postgresql', '      DBSubnetGroupName: !Ref Subnets', '      VpcSecurityGroupIds: [!Ref Sg]');
    lines.push(`  Writer${i}${suffix}:`, '    Type: AWS::RDS::DBInstance', '    Properties:', `      DBClusterIdentifier: !Ref Cluster${i}${suffix}`, '      DBInstanceClass: db.r6g.large');
  }
  return lines.join('\n') + '\n';
}

/**
 * Waits until a JavaScript expression is truthy in the page (or frame), polling from Node.
 * Playwright's own waitForFunction re-evaluates string predicates with eval() inside the page,
 * which the webview's Content Security Policy (rightly) forbids.
 */
export async function waitFor(page: Pick<Page, 'evaluate'>, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(expression).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
