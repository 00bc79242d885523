/**
 * The live diagram of one template (or one catalogue pattern shown full size): redrawn on each
 * update from the extension, keeping the zoom and the scroll position; read problems show above the
 * last good picture (each once, with a line number that shows the line); a large template's summary
 * or focused view says so and offers the other; nodes with errors or warnings get a badge whose
 * tooltip lists the findings.
 */
import type { FindingView, ProblemView, ToWebview } from '../protocol/messages';
import { applyFindings } from './badges';
import { button, el } from './dom';
import { loadState, saveState, send } from './host';
import { recordRender } from './metrics';
import { configure, renderMermaid } from './render';
import { themeKind } from './theme';
import { exportToolbar } from './toolbar';
import { zoomable, type Zoom } from './zoom';

type DiagramMessage = Extract<ToWebview, { type: 'diagram' }>;

/** Read problems shown at most; the rest are counted (the Problems panel has them all). */
const MAX_PROBLEMS = 5;

let current: DiagramMessage | undefined;
let shownText: string | undefined;
let shownTheme: string | undefined;
let latest = 0;
let zoom: Zoom | undefined;
let findings: { uri: string; list: FindingView[] } | undefined;

function parts(root: HTMLElement) {
  let canvas = document.getElementById('canvas');
  if (!canvas || !zoom) {
    canvas = el('div', { id: 'canvas', class: 'diagram', 'data-state': 'pending' }, 'Waiting for the template…');
    const saved = loadState();
    zoom = zoomable(canvas, {
      zoom: saved?.zoom,
      onChange: (s) => saveState({ view: 'diagram', zoom: s.zoom, scrollX: s.scrollX, scrollY: s.scrollY }),
    });
    root.replaceChildren(
      el('header', { class: 'bar' }, el('h1', { id: 'title' }, 'Template diagram'),
        zoom.controls(),
        exportToolbar(() => current?.mermaid ?? '', () => document.getElementById('canvas'), () => fileStem(current?.title ?? 'diagram'))),
      el('div', { id: 'problems', role: 'alert' }),
      el('div', { id: 'view-note', role: 'status' }),
      canvas,
    );
    // The keys work without first clicking into the picture (not while typing in a field or on a button).
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      if (t && t !== document.body) return;
      canvas!.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, cancelable: true }));
    });
  }
  return { canvas, problems: document.getElementById('problems')!, note: document.getElementById('view-note')!, title: document.getElementById('title')! };
}

function fileStem(title: string): string {
  return (title.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'diagram') + '-diagram';
}

/** The read problems: each (line, words) once, the line as a button that shows it in the editor. */
function problemBoxes(list: ProblemView[], linked: boolean): HTMLElement[] {
  const seen = new Set<string>();
  const unique = list.filter((p) => {
    const k = `${p.line ?? ''}\u0000${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const boxes = unique.slice(0, MAX_PROBLEMS).map((p) => el('p', { class: 'problem', ...(p.line ? { 'data-line': String(p.line) } : {}) },
    p.line ? (linked ? button(`Line ${p.line}`, () => send({ type: 'revealLine', line: p.line! - 1 }), { class: 'line', title: 'Show this line in the editor' }) : el('span', { class: 'line' }, `Line ${p.line}`)) : undefined,
    p.line ? ' ' : undefined, p.message));
  if (unique.length > MAX_PROBLEMS) boxes.push(el('p', { class: 'problem more' }, `…and ${unique.length - MAX_PROBLEMS} more (see the Problems panel).`));
  return boxes;
}

/** What a summary or focused view shows, and the way to the other. */
function viewNote(box: HTMLElement, msg: DiagramMessage): void {
  if (!msg.note || !msg.view || msg.view === 'all') {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.dataset.view = msg.view;
  box.replaceChildren(el('p', {}, msg.note, ' ',
    msg.view === 'summary'
      ? 'Click a type to go to its first resource; to draw resources one by one, put the cursor on one in the template and choose the button.'
      : 'Move the cursor to another resource, or click a box, to follow it.'),
  msg.view === 'summary'
    ? button('Around the cursor', () => send({ type: 'diagramView', view: 'cursor' }), { 'data-action': 'view-cursor', class: 'primary', title: 'Draw the resource at the editor\'s cursor and its neighbours' })
    : button('Summary by type', () => send({ type: 'diagramView', view: 'summary' }), { 'data-action': 'view-summary', title: 'Draw one box per resource type' }));
}

/** Shows (or redraws) the template diagram. Stale renders (an older version finishing late) are dropped. */
export async function showDiagram(root: HTMLElement, msg: DiagramMessage): Promise<void> {
  const mine = ++latest;
  current = msg;
  const { canvas, problems, note, title } = parts(root);
  title.textContent = msg.patternId ? msg.title : `Diagram: ${msg.title}`;
  saveState({ view: 'diagram', documentUri: msg.uri, ...(msg.patternId ? { patternId: msg.patternId } : {}) });
  viewNote(note, msg);
  const kind = themeKind();
  const linked = !msg.patternId;
  if (msg.mermaid === shownText && kind === shownTheme) {
    problems.replaceChildren(...problemBoxes(msg.problems, linked));
    linkNodes(canvas, msg.lines ?? {});
    badges(canvas);
    document.body.dataset.version = String(msg.version);
    return;
  }
  configure(kind);
  const r = await renderMermaid(msg.mermaid);
  recordRender(r.ms, r.ok, r.ok ? undefined : r.error);
  if (mine !== latest) return;
  const notes: HTMLElement[] = problemBoxes(msg.problems, linked);
  if (r.ok) {
    // Replacing the picture keeps the zoom and where the user scrolled to; after a reload the
    // saved state has them.
    const saved = shownText === undefined ? loadState() : undefined;
    const x = saved?.scrollX ?? canvas.scrollLeft;
    const y = saved?.scrollY ?? canvas.scrollTop;
    zoom!.mount(r.svg);
    canvas.dataset.state = 'ok';
    canvas.dataset.view = msg.view ?? 'all';
    linkNodes(canvas, msg.lines ?? {});
    badges(canvas);
    zoom!.restore({ scrollX: x, scrollY: y });
    shownText = msg.mermaid;
    shownTheme = kind;
  } else {
    notes.push(el('pre', { class: 'error' }, `Mermaid could not draw this diagram: ${r.error}`));
    canvas.dataset.state = shownText ? 'stale' : 'error';
  }
  problems.replaceChildren(...notes);
  document.body.dataset.version = String(msg.version);
}

/** The findings of the template (from the extension after each analysis): badges on their nodes. */
export function showFindings(msg: Extract<ToWebview, { type: 'findings' }>): void {
  findings = { uri: msg.uri, list: msg.findings };
  const canvas = document.getElementById('canvas');
  if (canvas && current) badges(canvas);
}

function badges(canvas: HTMLElement): void {
  const list = findings && current && findings.uri === current.uri ? findings.list : [];
  applyFindings(canvas, current?.resources ?? {}, list);
}

/** The node key (`n0`) of a Mermaid node group, from the id Mermaid gives it. */
export function nodeKey(g: Element): string | undefined {
  return /-flowchart-(n\d+)-\d+$/.exec(g.id)?.[1];
}

/**
 * Clicking a node shows its resource in the editor. Mermaid's own click directives stay off
 * (strict mode); the handler is ours, keyed by the node ids we generated (`n0`...).
 */
function linkNodes(canvas: HTMLElement, lines: Record<string, number>): void {
  for (const g of canvas.querySelectorAll<SVGGElement>('g.node')) {
    const key = nodeKey(g);
    const line = key === undefined ? undefined : lines[key];
    if (line === undefined) {
      delete g.dataset.line;
      continue;
    }
    // The line is read when clicked: an edit above the resource moves it without a new picture.
    g.dataset.line = String(line);
    if (g.classList.contains('linked')) continue;
    g.classList.add('linked');
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    const reveal = () => {
      if (g.dataset.line !== undefined) send({ type: 'revealLine', line: Number(g.dataset.line), ...(key !== undefined ? { key } : {}) });
    };
    g.addEventListener('click', reveal);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') reveal(); });
  }
}

/** Redraws the current diagram (after a theme switch). */
export function redraw(root: HTMLElement): void {
  if (current) void showDiagram(root, current);
}
