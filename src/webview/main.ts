/**
 * Webview entry: one bundle for both views (`<body data-view="patterns|diagram">`) and for headless
 * rendering (`data-view="render"`: the CLI's SVG output and the browser tests call
 * `window.adbDiagram.render`). Messages from the extension are validated before use.
 */
import { parseToWebview } from '../protocol/validate';
import { renderAll, showCatalogue } from './catalogue';
import { redraw, showDiagram, showFindings } from './diagram-view';
import { el } from './dom';
import { loadState, saveState, send } from './host';
import { configure, renderMermaid } from './render';
import { themeKind, watchTheme, type ThemeKind } from './theme';

const root = document.getElementById('app') ?? document.body;
const view = document.body.dataset.view ?? 'render';

/** Headless rendering, for the CLI and tests. */
(window as unknown as { adbDiagram: unknown }).adbDiagram = {
  render: async (text: string, kind: ThemeKind = 'light') => {
    const before = document.body.className;
    document.body.classList.add(kind === 'light' ? 'vscode-light' : `vscode-${kind}`);
    configure(kind);
    const r = await renderMermaid(text);
    document.body.className = before;
    return r;
  },
};

if (view !== 'render') {
  window.addEventListener('message', (event: MessageEvent) => {
    const msg = parseToWebview(event.data);
    if (!msg) return;
    if (msg.type === 'patterns' && view === 'patterns') showCatalogue(root, msg.entries);
    else if (msg.type === 'diagram' && view === 'diagram') void showDiagram(root, msg);
    else if (msg.type === 'findings' && view === 'diagram') showFindings(msg);
    else if (msg.type === 'notice') notice(msg.level, msg.text);
  });
  watchTheme(() => (view === 'patterns' ? void renderAll(true) : redraw(root)));
  // The catalogue scrolls as a page; the template diagram scrolls inside its canvas (diagram-view.ts saves that).
  let pending = 0;
  if (view === 'patterns') {
    window.addEventListener('scroll', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => saveState({ view: 'patterns', scrollX: window.scrollX, scrollY: window.scrollY }));
    }, { passive: true });
  }
  const state = loadState();
  if (state) saveState(state);
  configure(themeKind());
  send({ type: 'ready' });
}

function notice(level: 'info' | 'error', text: string): void {
  const box = document.getElementById('notice') ?? document.body.appendChild(el('div', { id: 'notice', role: 'status' }));
  box.className = level;
  box.textContent = text;
  setTimeout(() => { if (box.textContent === text) box.textContent = ''; }, 4000);
}
