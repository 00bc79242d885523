/**
 * Findings on the diagram: a node whose resource (or, in a summary, one of whose resources) has an
 * error or a warning gets a badge in the severity's colour at its top right corner, and a tooltip
 * (an SVG <title>, read by screen readers too) listing the findings: rule ID and message.
 */
import type { FindingView } from '../protocol/messages';

const SVG = 'http://www.w3.org/2000/svg';
/** Findings listed in one tooltip at most; the rest are counted. */
const MAX_LISTED = 12;

/** Puts the badges of `findings` on the nodes of the SVG in `canvas` (removing earlier ones). */
export function applyFindings(canvas: HTMLElement, resources: Record<string, string[]>, findings: FindingView[]): void {
  const byResource = new Map<string, FindingView[]>();
  for (const f of findings) {
    const list = byResource.get(f.resource);
    if (list) list.push(f);
    else byResource.set(f.resource, [f]);
  }
  for (const g of canvas.querySelectorAll<SVGGElement>('g.node')) {
    g.querySelector(':scope > .adb-badge')?.remove();
    g.querySelector(':scope > title.adb-findings')?.remove();
    g.classList.remove('adb-error', 'adb-warning');
    const key = /-flowchart-(n\d+)-\d+$/.exec(g.id)?.[1];
    const ids = key === undefined ? undefined : resources[key];
    if (!ids) continue;
    const hits = ids.flatMap((id) => (byResource.get(id) ?? []).map((f) => ({ id, f })));
    if (!hits.length) continue;
    const severity = hits.some((h) => h.f.severity === 'error') ? 'error' : 'warning';
    g.classList.add(`adb-${severity}`);
    const several = ids.length > 1;
    const errors = hits.filter((h) => h.f.severity === 'error').length;
    const warnings = hits.length - errors;
    const head = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ')
      + (several ? ` on ${new Set(hits.map((h) => h.id)).size} of ${ids.length} resources` : '');
    const sorted = [...hits].sort((a, b) => (a.f.severity === b.f.severity ? 0 : a.f.severity === 'error' ? -1 : 1));
    const lines = sorted.slice(0, MAX_LISTED).map((h) => `${h.f.ruleId} (${h.f.severity})${several ? ` ${h.id}` : ''}: ${h.f.message}`);
    if (sorted.length > MAX_LISTED) lines.push(`…and ${sorted.length - MAX_LISTED} more`);
    const title = document.createElementNS(SVG, 'title');
    title.classList.add('adb-findings');
    title.textContent = `${head}\n${lines.join('\n')}`;
    g.insertBefore(title, g.firstChild);
    g.append(badge(g, severity, hits.length));
  }
}

/** The badge: a circle with ✕ (error) or ! (warning) and, past one, the count, at the node's top right. */
function badge(g: SVGGElement, severity: 'error' | 'warning', n: number): SVGGElement {
  let box = { x: 0, y: 0, width: 0, height: 0 };
  try {
    // The node's own box in its coordinates (its shape's transform included), before the badge is in.
    box = g.getBBox();
  } catch {
    // Not laid out (a hidden page): the badge sits at the node's centre.
  }
  const b = document.createElementNS(SVG, 'g');
  b.setAttribute('class', `adb-badge adb-badge-${severity}`);
  b.setAttribute('transform', `translate(${box.x + box.width - 6}, ${box.y + 8})`);
  b.setAttribute('aria-hidden', 'true');
  const c = document.createElementNS(SVG, 'circle');
  c.setAttribute('r', '10');
  // Inline, since Mermaid's own stylesheet (by the SVG's id) outranks a class rule for circles and text.
  c.style.fill = severity === 'error' ? 'var(--vscode-editorError-foreground, #e51400)' : 'var(--vscode-editorWarning-foreground, #bf8803)';
  c.style.stroke = 'var(--vscode-editor-background, #ffffff)';
  c.style.strokeWidth = '1.5px';
  const t = document.createElementNS(SVG, 'text');
  t.style.fill = severity === 'error' ? '#ffffff' : '#000000';
  t.style.fontSize = '12px';
  t.style.fontWeight = 'bold';
  t.setAttribute('text-anchor', 'middle');
  t.setAttribute('dominant-baseline', 'central');
  t.textContent = (severity === 'error' ? '✕' : '!') + (n > 1 ? String(n) : '');
  if (n > 1) c.setAttribute('r', String(10 + 3 * (String(n).length)));
  b.append(c, t);
  return b;
}
