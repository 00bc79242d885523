/**
 * Mermaid, configured for untrusted input: `securityLevel: 'strict'` (no click handlers, links or
 * HTML), `startOnLoad: false`, and plain SVG text labels (`htmlLabels: false`) so no HTML ever
 * goes into a label and the SVG can be drawn onto a canvas for PNG export. Text is parsed before
 * it is drawn (Mermaid's `suppressErrorRendering`), so a syntax error comes back as a message, not as
 * Mermaid's error picture.
 */
import mermaid from 'mermaid';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../protocol/mermaid-limits';
import { mermaidTheme, type ThemeKind } from './theme';

export type RenderResult = { ok: true; svg: string; ms: number } | { ok: false; error: string; ms: number };

let configured: ThemeKind | undefined;
let counter = 0;

/** (Re)configures Mermaid for a theme kind; cheap when unchanged. */
export function configure(kind: ThemeKind): void {
  if (configured === kind) return;
  configured = kind;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    htmlLabels: false,
    // Wide enough that logical IDs (up to 48 characters) are not broken mid-word.
    flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 400 },
    sequence: { useMaxWidth: false },
    maxTextSize: MERMAID_MAX_TEXT,
    maxEdges: MERMAID_MAX_EDGES,
    // A syntax error throws from render() instead of drawing Mermaid's error picture, so one
    // render() both checks and draws: no separate parse() pass over the text first.
    suppressErrorRendering: true,
    ...mermaidTheme(kind),
  });
}

/** Renders one diagram (a syntax error comes back as `ok: false`). Never throws. */
export async function renderMermaid(text: string): Promise<RenderResult> {
  const started = performance.now();
  const id = `adb-m${++counter}`;
  try {
    const { svg } = await mermaid.render(id, text);
    return { ok: true, svg, ms: performance.now() - started };
  } catch (e) {
    // Mermaid may leave its scratch element behind when rendering fails.
    document.getElementById(`d${id}`)?.remove();
    return { ok: false, error: errorText(e), ms: performance.now() - started };
  }
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? e.message : typeof e === 'object' && e && 'str' in e ? String((e as { str: unknown }).str) : String(e);
  return s.length > 2000 ? s.slice(0, 2000) + '…' : s;
}
