/**
 * Zoom and pan for one rendered diagram, as VS Code's own previews behave: Ctrl (or Cmd) + wheel
 * and trackpad pinch zoom around the pointer, the plain wheel scrolls, a drag pans; with the box
 * focused, `+` and `-` zoom, `0` goes back to the fitted view and the arrow keys pan.
 *
 * The SVG keeps Mermaid's size and is scaled with a CSS transform inside a sizer of the scaled
 * size, so the box scrolls natively. Fitting to the width never makes a label smaller than
 * MIN_LABEL_PX on screen: a diagram too wide for that is shown at the readable size and scrolls.
 */
import { button, el } from './dom';

/** Smallest label text height (CSS pixels) the fitted view allows. */
export const MIN_LABEL_PX = 11;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
const STEP = 1.25;
const PAN_PX = 60;

export interface ZoomState {
  /** The user's zoom; undefined: fitted (to the width, readable). */
  zoom?: number;
  scrollX: number;
  scrollY: number;
}

export interface ZoomOptions {
  /** Zoom from a saved state (undefined: fitted). */
  zoom?: number;
  /** Called after a zoom or a scroll (throttled to one per frame). */
  onChange?: (s: ZoomState) => void;
}

export interface Zoom {
  readonly box: HTMLElement;
  /** Puts a new picture in (a redraw keeps the user's zoom and the scroll position). */
  mount(svgText: string): void;
  zoomBy(factor: number, at?: { x: number; y: number }): void;
  /** Back to the fitted view. */
  reset(): void;
  pan(dx: number, dy: number): void;
  /** Restores a saved zoom and scroll position. */
  restore(s: Partial<ZoomState>): void;
  scale(): number;
  /** Height of label text on screen now, in CSS pixels. */
  labelPx(): number;
  /** The controls (−, zoom %, +, Fit) for a toolbar. */
  controls(): HTMLElement;
}

const clamp = (s: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, s));

/** Makes `box` a zoomable, scrollable view of the SVG put in with mount(). */
export function zoomable(box: HTMLElement, options: ZoomOptions = {}): Zoom {
  let user = options.zoom;
  let current = 1;
  let natural = { width: 0, height: 0 };
  let fontPx = 16;
  let limited = false;
  let lastWidth = -1;
  const sizer = el('div', { class: 'zoom-sizer' });
  const readout = el('span', { class: 'zoom-level', 'aria-live': 'polite' });
  const hint = el('p', { class: 'zoom-hint', hidden: '' }, `Labels kept at least ${MIN_LABEL_PX} px high: scroll or drag to see the rest, or zoom out (−).`);
  box.classList.add('zoomable');
  box.setAttribute('tabindex', '0');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Diagram. Ctrl+wheel, + or - zooms, 0 fits, arrow keys or drag pan.');

  const svg = () => sizer.querySelector<SVGSVGElement>(':scope > svg');

  /** Scale that fits the box's width, never above 1, never with labels under MIN_LABEL_PX. */
  function fitted(): number {
    const avail = box.clientWidth - 1;
    const fit = natural.width > 0 && avail > 0 ? Math.min(1, avail / natural.width) : 1;
    const readable = MIN_LABEL_PX / fontPx;
    limited = fit < readable;
    return limited ? Math.min(1, readable) : fit;
  }

  function apply(): void {
    const s = svg();
    if (!s) return;
    current = user === undefined ? fitted() : user;
    if (user !== undefined) limited = false;
    s.style.transform = `scale(${current})`;
    sizer.style.width = `${natural.width * current}px`;
    sizer.style.height = `${natural.height * current}px`;
    box.dataset.zoom = current.toFixed(3);
    box.dataset.labelPx = (fontPx * current).toFixed(1);
    box.dataset.fitted = String(user === undefined);
    readout.textContent = `${Math.round(current * 100)}%`;
    readout.title = `Label text ${(fontPx * current).toFixed(1)} px high`;
    hint.hidden = !limited;
    lastWidth = box.clientWidth;
  }

  let pending = 0;
  const changed = () => {
    if (!options.onChange) return;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => options.onChange!({ zoom: user, scrollX: box.scrollLeft, scrollY: box.scrollTop }));
  };

  const z: Zoom = {
    box,
    mount(svgText) {
      sizer.innerHTML = svgText;
      if (sizer.parentElement !== box) box.replaceChildren(hint, sizer);
      const s = svg();
      if (!s) return;
      const vb = s.viewBox.baseVal;
      natural = vb && vb.width > 0 && vb.height > 0
        ? { width: vb.width, height: vb.height }
        : { width: s.getBoundingClientRect().width || 1, height: s.getBoundingClientRect().height || 1 };
      s.setAttribute('width', String(natural.width));
      s.setAttribute('height', String(natural.height));
      s.style.maxWidth = 'none';
      s.style.transformOrigin = '0 0';
      const text = s.querySelector('g.node text, g.label text, text');
      const size = text ? parseFloat(getComputedStyle(text).fontSize) : NaN;
      fontPx = Number.isFinite(size) && size > 0 ? size : 16;
      apply();
    },
    zoomBy(factor, at) {
      const before = current;
      const after = clamp(before * factor);
      const p = at ?? { x: box.clientWidth / 2, y: box.clientHeight / 2 };
      const cx = (box.scrollLeft + p.x) / before;
      const cy = (box.scrollTop + p.y) / before;
      user = after;
      apply();
      box.scrollLeft = cx * after - p.x;
      box.scrollTop = cy * after - p.y;
      changed();
    },
    reset() {
      user = undefined;
      apply();
      box.scrollTo(0, 0);
      changed();
    },
    pan(dx, dy) {
      box.scrollBy(dx, dy);
      changed();
    },
    restore(s) {
      if ('zoom' in s) user = s.zoom === undefined ? undefined : clamp(s.zoom);
      apply();
      if (s.scrollX !== undefined || s.scrollY !== undefined) box.scrollTo(s.scrollX ?? box.scrollLeft, s.scrollY ?? box.scrollTop);
    },
    scale: () => current,
    labelPx: () => fontPx * current,
    controls() {
      return el('div', { class: 'zoom-controls', role: 'group', 'aria-label': 'Zoom' },
        button('−', () => z.zoomBy(1 / STEP), { 'data-action': 'zoom-out', title: 'Zoom out (-)', 'aria-label': 'Zoom out' }),
        readout,
        button('+', () => z.zoomBy(STEP), { 'data-action': 'zoom-in', title: 'Zoom in (+)', 'aria-label': 'Zoom in' }),
        button('Fit', () => z.reset(), { 'data-action': 'fit', title: `Fit to the width while labels stay at least ${MIN_LABEL_PX} px high (0)` }));
    },
  };

  box.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return; // the plain wheel scrolls, as everywhere in VS Code
    e.preventDefault();
    const r = box.getBoundingClientRect();
    const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
    z.zoomBy(Math.exp(-e.deltaY * unit), { x: e.clientX - r.left, y: e.clientY - r.top });
  }, { passive: false });

  box.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const act: Record<string, () => void> = {
      '+': () => z.zoomBy(STEP), '=': () => z.zoomBy(STEP), '-': () => z.zoomBy(1 / STEP), '_': () => z.zoomBy(1 / STEP), '0': () => z.reset(),
      ArrowLeft: () => z.pan(-PAN_PX, 0), ArrowRight: () => z.pan(PAN_PX, 0), ArrowUp: () => z.pan(0, -PAN_PX), ArrowDown: () => z.pan(0, PAN_PX),
    };
    const a = act[e.key];
    if (!a) return;
    e.preventDefault();
    a();
  });

  // Drag to pan; a drag does not click the node it started on.
  let drag: { x: number; y: number; left: number; top: number; moved: boolean } | undefined;
  box.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.pointerType !== 'mouse') return;
    drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop, moved: false };
  });
  window.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 5) return;
    drag.moved = true;
    box.classList.add('panning');
    box.scrollLeft = drag.left - dx;
    box.scrollTop = drag.top - dy;
  });
  window.addEventListener('pointerup', () => {
    if (drag?.moved) {
      box.classList.remove('panning');
      const swallow = (e: Event) => { e.stopPropagation(); e.preventDefault(); };
      box.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => box.removeEventListener('click', swallow, { capture: true }), 0);
      changed();
    }
    drag = undefined;
  });
  box.addEventListener('scroll', changed, { passive: true });
  // A fitted view follows the panel's width.
  new ResizeObserver(() => {
    if (user === undefined && box.clientWidth !== lastWidth) apply();
  }).observe(box);
  return z;
}
