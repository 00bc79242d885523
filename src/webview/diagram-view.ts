/**
 * The live diagram of one template: redrawn on each update from the extension, keeping the scroll
 * position; parse errors and read problems show above the last good picture.
 */
import type { ToWebview } from '../protocol/messages';
import { button, el } from './dom';
import { loadState, saveState, send } from './host';
import { recordRender } from './metrics';
import { configure, renderMermaid } from './render';
import { themeKind } from './theme';
import { exportToolbar } from './toolbar';

type DiagramMessage = Extract<ToWebview, { type: 'diagram' }>;

let current: DiagramMessage | undefined;
let shownText: string | undefined;
let shownTheme: string | undefined;
let latest = 0;

function parts(root: HTMLElement) {
  let canvas = document.getElementById('canvas');
  if (!canvas) {
    canvas = el('div', { id: 'canvas', class: 'diagram', 'data-state': 'pending' }, 'Waiting for the template…');
    root.replaceChildren(
      el('header', { class: 'bar' }, el('h1', { id: 'title' }, 'Template diagram'),
        fitButton(canvas),
        exportToolbar(() => current?.mermaid ?? '', () => document.getElementById('canvas'), () => fileStem(current?.title ?? 'diagram'))),
      el('div', { id: 'problems', role: 'alert' }),
      canvas,
    );
  }
  return { canvas, problems: document.getElementById('problems')!, title: document.getElementById('title')! };
}

/** Fit the picture to the panel's width, or show it at its actual size (scrolling); kept in the state. */
function fitButton(canvas: HTMLElement): HTMLButtonElement {
  const apply = (fit: boolean) => {
    canvas.classList.toggle('fit', fit);
    b.textContent = fit ? 'Actual size' : 'Fit to width';
    b.setAttribute('aria-pressed', String(fit));
  };
  const b = button('', () => {
    const fit = !canvas.classList.contains('fit');
    apply(fit);
    saveState({ view: 'diagram', fit });
  }, { 'data-action': 'fit' });
  apply(loadState()?.fit ?? true);
  return b;
}

function fileStem(title: string): string {
  return (title.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'diagram') + '-diagram';
}

/** Shows (or redraws) the template diagram. Stale renders (an older version finishing late) are dropped. */
export async function showDiagram(root: HTMLElement, msg: DiagramMessage): Promise<void> {
  const mine = ++latest;
  current = msg;
  const { canvas, problems, title } = parts(root);
  title.textContent = `Diagram: ${msg.title}`;
  saveState({ view: 'diagram', documentUri: msg.uri });
  const kind = themeKind();
  if (msg.mermaid === shownText && kind === shownTheme) {
    problems.replaceChildren(...msg.problems.map((p) => el('p', { class: 'problem' }, p)));
    document.body.dataset.version = String(msg.version);
    return;
  }
  configure(kind);
  const r = await renderMermaid(msg.mermaid);
  recordRender(r.ms, r.ok, r.ok ? undefined : r.error);
  if (mine !== latest) return;
  const notes: HTMLElement[] = msg.problems.map((p) => el('p', { class: 'problem' }, p));
  if (r.ok) {
    // Replacing the picture resets nothing but its own box: keep the page where the user left it.
    // After a reload the saved state has the position.
    const saved = shownText === undefined ? loadState() : undefined;
    const x = saved?.scrollX ?? window.scrollX;
    const y = saved?.scrollY ?? window.scrollY;
    canvas.innerHTML = r.svg;
    canvas.dataset.state = 'ok';
    linkNodes(canvas, msg.lines ?? {});
    window.scrollTo(x, y);
    shownText = msg.mermaid;
    shownTheme = kind;
  } else {
    notes.push(el('pre', { class: 'error' }, `Mermaid could not draw this diagram: ${r.error}`));
    canvas.dataset.state = shownText ? 'stale' : 'error';
  }
  problems.replaceChildren(...notes);
  document.body.dataset.version = String(msg.version);
}

/**
 * Clicking a node shows its resource in the editor. Mermaid's own click directives stay off
 * (strict mode); the handler is ours, keyed by the node ids we generated (`n0`...).
 */
function linkNodes(canvas: HTMLElement, lines: Record<string, number>): void {
  for (const g of canvas.querySelectorAll<SVGGElement>('g.node')) {
    const key = /-flowchart-(n\d+)-\d+$/.exec(g.id)?.[1];
    const line = key === undefined ? undefined : lines[key];
    if (line === undefined) continue;
    g.classList.add('linked');
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    const reveal = () => send({ type: 'revealLine', line });
    g.addEventListener('click', reveal);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') reveal(); });
  }
}

/** Redraws the current diagram (after a theme switch). */
export function redraw(root: HTMLElement): void {
  if (current) void showDiagram(root, current);
}
