/**
 * CRLF texts for the fast YAML reader: the reader works on LF line ends, so a text whose every
 * line ends in CRLF is read with the CRs removed, and every span is then moved back by the number
 * of line breaks before it (a value ending at a line end ends on its CR, as in the `yaml` package).
 * Mixed or lone CRs are left to the package.
 */
import type { MapNode, Node } from '../../model';
import type { Span } from '../../text';

/** `shared`: the tree shares nodes (aliases), each to be moved once. */
export function readCrlf(text: string, read: (lf: string) => MapNode | undefined, shared: () => boolean = () => false): MapNode | undefined {
  const lf = text.replace(/\r\n/g, '\n');
  if (lf.indexOf('\r') >= 0) return undefined;
  const breaks: number[] = [];
  for (let i = lf.indexOf('\n'); i >= 0; i = lf.indexOf('\n', i + 1)) breaks.push(i);
  if (breaks.length !== text.length - lf.length) return undefined;
  const root = read(lf);
  if (!root) return undefined;
  const move = (p: number): number => {
    // Line breaks strictly before p: each stands for one removed CR.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return p + lo;
  };
  const span = (s: Span) => {
    s.start = move(s.start);
    s.end = move(s.end);
  };
  const seen = shared() ? new Set<Node>() : undefined;
  const walk = (n: Node): void => {
    if (seen) {
      if (seen.has(n)) return;
      seen.add(n);
    }
    span(n);
    if (n.kind === 'map') {
      if (n.tagSpan) span(n.tagSpan);
      for (const e of n.entries) {
        span(e.keySpan);
        walk(e.value);
      }
    } else if (n.kind === 'list') for (const i of n.items) walk(i);
  };
  walk(root);
  return root;
}

/** Moves every span of a freshly read tree (not shared with any other) by d. */
export function shiftSpans(root: Node, d: number): void {
  if (d === 0) return;
  const seen = new Set<Node>();
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    n.start += d;
    n.end += d;
    if (n.kind === 'map') {
      if (n.tagSpan && n.tagSpan !== n.entries[0]?.keySpan) {
        n.tagSpan.start += d;
        n.tagSpan.end += d;
      }
      for (const e of n.entries) {
        e.keySpan.start += d;
        e.keySpan.end += d;
        stack.push(e.value);
      }
    } else if (n.kind === 'list') for (const it of n.items) stack.push(it);
  }
}
