/** The webview message protocol: what each side accepts, and the page's Content Security Policy. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, makeNonce, webviewHtml } from '../../src/vscode/diagram-html';
import { parseFromWebview, parseState, parseToWebview } from '../../src/protocol/validate';

describe('diagram: webview protocol', () => {
  it('accepts each well-formed message from the webview, exactly as sent', () => {
    const good = [
      { type: 'ready' },
      { type: 'insertSnippet', patternId: 'dsql-multi-region' },
      { type: 'copyText', text: 'flowchart LR' },
      { type: 'insertMarkdown', mermaid: 'flowchart LR' },
      { type: 'saveSvg', svg: '<svg/>', name: 'x-diagram.svg' },
      { type: 'savePng', base64: 'iVBORw0KGgo=', name: 'x.png' },
      { type: 'rendered', ms: 12.5, ok: false, error: 'Parse error' },
      { type: 'revealLine', line: 4 },
      { type: 'revealLine', line: 4, key: 'n12' },
    ];
    for (const m of good) assert.deepEqual(parseFromWebview(m), m);
    // A key that is not one of our node keys is dropped, the line kept.
    assert.deepEqual(parseFromWebview({ type: 'revealLine', line: 2, key: '../main.tf' }), { type: 'revealLine', line: 2 });
  });

  it('drops unknown types, missing fields, wrong types and file names that are paths', () => {
    for (const m of [null, 'ready', [], {}, { type: 'eval', code: 'x' }, { type: 'insertSnippet' }, { type: 'copyText', text: 1 },
      { type: 'saveSvg', svg: '<svg/>', name: '../../etc/passwd' }, { type: 'saveSvg', svg: '<svg/>', name: 'a/b.svg' },
      { type: 'savePng', base64: 'not base64!', name: 'x.png' }, { type: 'rendered', ms: Number.NaN, ok: true }]) {
      assert.equal(parseFromWebview(m), undefined, JSON.stringify(m));
    }
  });

  it('checks messages to the webview and the saved state', () => {
    const d = { type: 'diagram', title: 't.yaml', uri: 'file:///t.yaml', mermaid: 'flowchart LR', problems: [], version: 3 };
    assert.deepEqual(parseToWebview(d), d);
    assert.equal(parseToWebview({ ...d, problems: [1] }), undefined);
    assert.equal(parseToWebview({ type: 'notice', level: 'warn', text: 'x' }), undefined);
    assert.deepEqual(parseState({ view: 'diagram', documentUri: 'file:///t.yaml', scrollY: 40, zoom: 0.75, fit: false, junk: 1 }), { view: 'diagram', documentUri: 'file:///t.yaml', scrollY: 40, zoom: 0.75 });
    assert.deepEqual(parseState({ view: 'diagram', zoom: -1, patternId: 'multi-tier-rds' }), { view: 'diagram', patternId: 'multi-tier-rds' });
    assert.equal(parseState({ view: 'other' }), undefined);
  });
});

describe('diagram: webview page', () => {
  it('allows nothing by default, scripts only by nonce, inline styles for Mermaid, images from data: and blob:', () => {
    const csp = contentSecurityPolicy('https://x.vscode-cdn.net', 'abc');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline|https?:\/\/\*/);
    assert.match(csp, /style-src https:\/\/x\.vscode-cdn\.net 'unsafe-inline'/);
    assert.match(csp, /img-src https:\/\/x\.vscode-cdn\.net data: blob:/);
  });

  it('loads exactly one script, with the nonce, and escapes what it writes into attributes', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(nonce, makeNonce());
    const html = webviewHtml({ view: 'diagram', cspSource: 'https://c', nonce, scriptUri: 'https://c/w.js?a="b"', styleUri: 'https://c/d.css', title: '<t>' });
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://c/w.js?a=&quot;b&quot;">`));
    assert.ok(html.includes('<title>&lt;t&gt;</title>'));
    assert.ok(html.includes('<body data-view="diagram">'));
  });
});

describe('diagram: package.json contributions', () => {
  const root = path.resolve(__dirname, '../..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { activationEvents: string[]; contributes: { commands: { command: string; category?: string }[] } };
  const source = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

  it('contributes the diagram commands in the AWS DB Architect category, each with a registered handler', () => {
    const ids = source('src/vscode/ids.ts');
    const registered = source('src/vscode/lazy-views.ts');
    for (const [id, name] of [['awsDbArchitect.showPatterns', 'SHOW_PATTERNS_COMMAND'], ['awsDbArchitect.diagramTemplate', 'DIAGRAM_TEMPLATE_COMMAND'], ['awsDbArchitect.openPattern', 'OPEN_PATTERN_COMMAND']]) {
      const c = pkg.contributes.commands.find((x) => x.command === id);
      assert.equal(c?.category, 'AWS DB Architect', id);
      assert.ok(ids.includes(`${name} = '${id}'`), `${id} is not ${name}`);
      assert.match(registered, new RegExp(`registerCommand\\(${name},`), `${id} has no handler`);
    }
  });

  it('declares onWebviewPanel activation for each view type, and registers a serializer for each', () => {
    const registered = source('src/vscode/lazy-views.ts');
    for (const name of ['PATTERNS_VIEW_TYPE', 'DIAGRAM_VIEW_TYPE', 'PATTERN_DIAGRAM_VIEW_TYPE']) {
      const viewType = new RegExp(`${name} = '([^']+)'`).exec(source('src/vscode/ids.ts'))?.[1];
      assert.ok(viewType && pkg.activationEvents.includes(`onWebviewPanel:${viewType}`), `${name}: ${viewType}`);
      assert.match(registered, new RegExp(`registerWebviewPanelSerializer\\(${name},`), name);
    }
  });

  it('keeps Mermaid out of the extension host bundles: only the webview bundle has it', async () => {
    const esbuild = await import('esbuild');
    const inputs = async (entry: string) => Object.keys((await esbuild.build({
      entryPoints: [path.join(root, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs',
      external: ['vscode', 'typescript'], mainFields: ['module', 'main'], logLevel: 'silent',
    })).metafile.inputs);
    const extension = await inputs('src/extension.ts');
    const features = await inputs('src/vscode/features.ts');
    assert.ok(features.some((f) => f.includes('src/vscode/diagram-panel.ts')), 'the diagram panel is in the features bundle');
    assert.deepEqual([...extension, ...features].filter((f) => f.includes('node_modules/mermaid')), []);
    assert.match(source('src/webview/render.ts'), /^import mermaid from 'mermaid';$/m);
  });
});
