/**
 * The pattern catalogue: a search box over cards, one card per pattern with its diagram, when to
 * choose it, its key limits (with their AWS sources), an insert-snippet button and the export
 * toolbar. Diagrams render one after another, in the order the (filtered) list shows them, each in
 * its own task so the page paints and stays responsive while the rest are drawn.
 */
import type { PatternView } from '../protocol/messages';
import { button, el } from './dom';
import { loadState, saveState, send } from './host';
import { recordRender } from './metrics';
import { configure, renderMermaid } from './render';
import { themeKind } from './theme';
import { exportToolbar } from './toolbar';
import { zoomable, type Zoom } from './zoom';

let entries: PatternView[] = [];
let generation = 0;
/** Each card's zoom, by pattern id. */
const zooms = new Map<string, Zoom>();

/** Words of the query all found in the entry's text. */
export function matches(p: PatternView, query: string): boolean {
  const hay = [p.title, p.origin, p.summary, p.note, ...p.whenToChoose, ...p.keywords, ...p.limits.map((l) => l.subject)].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
}

/** Shows the catalogue (first call builds the page; later calls replace the entries). */
export function showCatalogue(root: HTMLElement, list: PatternView[]): void {
  entries = list;
  const state = loadState();
  const search = el('input', { type: 'search', id: 'search', placeholder: 'Search: failover, cache, DSQL, migration…', 'aria-label': 'Search patterns', value: state?.query ?? '' });
  const count = el('span', { id: 'count', 'aria-live': 'polite' });
  const cards = el('main', { id: 'cards' });
  root.replaceChildren(el('header', { class: 'bar' }, el('h1', {}, 'AWS database architecture patterns'), search, count), cards);
  for (const p of entries) cards.append(card(p));
  const apply = () => {
    const q = search.value;
    let shown = 0;
    for (const p of entries) {
      const c = document.getElementById(`pattern-${p.id}`)!;
      c.hidden = !matches(p, q);
      if (!c.hidden) shown++;
    }
    count.textContent = `${shown} of ${entries.length}`;
    saveState({ view: 'patterns', query: q });
    void renderAll();
  };
  search.addEventListener('input', apply);
  apply();
  // Back from hidden or reloaded: return to the saved place once the diagrams above it have their height.
  pendingScroll = state?.scrollY ? { x: state.scrollX ?? 0, y: state.scrollY } : undefined;
}

let pendingScroll: { x: number; y: number } | undefined;

/** Resolves in a new task (a MessageChannel message: not clamped or throttled like setTimeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(undefined);
  });
}

function card(p: PatternView): HTMLElement {
  const diagram = el('div', { class: 'diagram', 'data-state': 'pending' }, 'Rendering…');
  const zoom = zoomable(diagram);
  zooms.set(p.id, zoom);
  const limits = el('ul', { class: 'limits' }, ...p.limits.map((l) => el('li', { 'data-fact': l.factId },
    el('strong', {}, l.subject), ': ', l.value, ' ',
    ...l.sources.map((s, i) => el('a', { href: s, title: s }, `[source${l.sources.length > 1 ? ` ${i + 1}` : ''}]`)))));
  return el('article', { class: 'card', id: `pattern-${p.id}`, 'data-id': p.id },
    el('h2', {}, p.title, p.origin ? el('span', { class: 'origin' }, p.origin) : undefined),
    el('p', { class: 'summary' }, p.summary),
    el('div', { class: 'diagram-bar' }, zoom.controls(),
      button('Open full size', () => send({ type: 'openPattern', patternId: p.id }), { 'data-action': 'full', title: 'Open this diagram in its own editor tab' })),
    diagram,
    p.note ? el('p', { class: 'note' }, el('strong', {}, 'Study guide vs AWS today: '), p.note) : undefined,
    el('div', { class: 'columns' },
      el('section', {}, el('h3', {}, 'When to choose it'), el('ul', {}, ...p.whenToChoose.map((w) => el('li', {}, w)))),
      el('section', {}, el('h3', {}, 'Key limits'), limits,
        el('p', { class: 'docs' }, 'AWS documentation: ', ...p.sources.map((s, i) => el('a', { href: s, title: s }, `[${i + 1}]`))))),
    el('div', { class: 'actions' },
      button(`Insert ${p.snippetLabel}`, () => send({ type: 'insertSnippet', patternId: p.id }), { class: 'primary', 'data-action': 'snippet' }),
      exportToolbar(() => p.mermaid, () => diagram, () => p.id)),
  );
}

/** Renders every visible card that is not rendered yet (for the current theme), in list order. */
export async function renderAll(force = false): Promise<void> {
  const mine = ++generation;
  const kind = themeKind();
  configure(kind);
  for (const p of entries) {
    if (mine !== generation) return; // a newer pass (search, theme switch) took over
    const c = document.getElementById(`pattern-${p.id}`);
    const box = c?.querySelector<HTMLElement>('.diagram');
    if (!c || !box || c.hidden) continue;
    if (!force && box.dataset.theme === kind && box.dataset.state !== 'pending') continue;
    const r = await renderMermaid(p.mermaid);
    recordRender(r.ms, r.ok, r.ok ? undefined : r.error);
    if (r.ok) {
      zooms.get(p.id)!.mount(r.svg);
      box.dataset.state = 'ok';
    } else {
      box.replaceChildren(el('pre', { class: 'error', role: 'alert' }, `Mermaid could not draw this diagram: ${r.error}`));
      box.dataset.state = 'error';
    }
    box.dataset.theme = kind;
    // Mermaid's render() resolves in microtasks only: without a real task boundary the page would
    // neither paint the first cards nor take a keystroke until every diagram is done.
    await nextTask();
  }
  if (mine !== generation) return;
  document.body.dataset.rendered = 'all';
  if (pendingScroll) {
    window.scrollTo(pendingScroll.x, pendingScroll.y);
    pendingScroll = undefined;
  }
}
