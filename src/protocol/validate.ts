/**
 * Hand-written checks for messages crossing the webview boundary: anything that does not match
 * the protocol exactly gives undefined, and the receiver ignores it.
 */
import type { FindingView, FromWebview, LimitView, PatternView, ProblemView, ToWebview, WebviewState } from './messages';

type Rec = Record<string, unknown>;

/** Largest text accepted in one message (SVG and PNG exports of big diagrams included). */
export const MAX_TEXT = 32 * 1024 * 1024;

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;
const strs = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => str(s, 1_000_000));
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const name = (x: unknown): x is string => str(x, 200) && /^[\w.() -]+$/.test(x);

function limit(x: unknown): x is LimitView {
  return isRec(x) && str(x.factId, 200) && str(x.subject) && str(x.value) && strs(x.sources);
}

function pattern(x: unknown): x is PatternView {
  return isRec(x) && str(x.id, 200) && str(x.title) && str(x.origin) && str(x.summary) && strs(x.whenToChoose) && str(x.note)
    && Array.isArray(x.limits) && x.limits.every(limit) && strs(x.sources) && str(x.mermaid) && strs(x.keywords) && str(x.snippetLabel);
}

function problem(x: unknown): x is ProblemView {
  return isRec(x) && str(x.message, 100_000) && (x.line === undefined || (num(x.line) && x.line >= 1));
}

function finding(x: unknown): x is FindingView {
  return isRec(x) && str(x.resource, 10_000) && str(x.ruleId, 100) && (x.severity === 'error' || x.severity === 'warning') && str(x.message, 100_000);
}

/** A message from the webview, or undefined when it is not one the protocol knows. */
export function parseFromWebview(x: unknown): FromWebview | undefined {
  if (!isRec(x)) return undefined;
  switch (x.type) {
    case 'ready': return { type: 'ready' };
    case 'insertSnippet': return str(x.patternId, 200) ? { type: 'insertSnippet', patternId: x.patternId } : undefined;
    case 'copyText': return str(x.text) ? { type: 'copyText', text: x.text } : undefined;
    case 'insertMarkdown': return str(x.mermaid) ? { type: 'insertMarkdown', mermaid: x.mermaid } : undefined;
    case 'revealLine':
      if (!num(x.line) || x.line < 0) return undefined;
      // The node's key (`n12`) says which file a node of another file of the folder is in.
      return typeof x.key === 'string' && /^n\d{1,6}$/.test(x.key) ? { type: 'revealLine', line: Math.floor(x.line), key: x.key } : { type: 'revealLine', line: Math.floor(x.line) };
    case 'diagramView': return x.view === 'summary' || x.view === 'cursor' ? { type: 'diagramView', view: x.view } : undefined;
    case 'openPattern': return str(x.patternId, 200) ? { type: 'openPattern', patternId: x.patternId } : undefined;
    case 'saveSvg': return str(x.svg) && name(x.name) ? { type: 'saveSvg', svg: x.svg, name: x.name } : undefined;
    case 'savePng':
      return str(x.base64) && /^[A-Za-z0-9+/=]*$/.test(x.base64) && name(x.name) ? { type: 'savePng', base64: x.base64, name: x.name } : undefined;
    case 'rendered':
      return num(x.ms) && typeof x.ok === 'boolean' && (x.error === undefined || str(x.error, 10_000))
        ? { type: 'rendered', ms: x.ms, ok: x.ok, ...(x.error !== undefined ? { error: x.error as string } : {}) } : undefined;
    default: return undefined;
  }
}

/** A message from the extension, or undefined when it is not one the protocol knows. */
export function parseToWebview(x: unknown): ToWebview | undefined {
  if (!isRec(x)) return undefined;
  switch (x.type) {
    case 'patterns': return Array.isArray(x.entries) && x.entries.every(pattern) ? { type: 'patterns', entries: x.entries } : undefined;
    case 'diagram': {
      if (!(str(x.title, 10_000) && str(x.uri, 10_000) && str(x.mermaid) && Array.isArray(x.problems) && x.problems.every(problem) && num(x.version))) return undefined;
      if (x.lines !== undefined && !(isRec(x.lines) && Object.values(x.lines).every(num))) return undefined;
      if (x.resources !== undefined && !(isRec(x.resources) && Object.values(x.resources).every(strs))) return undefined;
      if (x.view !== undefined && x.view !== 'all' && x.view !== 'summary' && x.view !== 'focus') return undefined;
      if (x.note !== undefined && !str(x.note, 10_000)) return undefined;
      if (x.patternId !== undefined && !str(x.patternId, 200)) return undefined;
      return {
        type: 'diagram', title: x.title, uri: x.uri, mermaid: x.mermaid, problems: x.problems, version: x.version,
        ...(x.lines ? { lines: x.lines as Record<string, number> } : {}),
        ...(x.resources ? { resources: x.resources as Record<string, string[]> } : {}),
        ...(x.view ? { view: x.view } : {}),
        ...(x.note !== undefined ? { note: x.note } : {}),
        ...(x.patternId !== undefined ? { patternId: x.patternId } : {}),
      };
    }
    case 'findings':
      return str(x.uri, 10_000) && Array.isArray(x.findings) && x.findings.every(finding) ? { type: 'findings', uri: x.uri, findings: x.findings } : undefined;
    case 'notice':
      return (x.level === 'info' || x.level === 'error') && str(x.text, 10_000) ? { type: 'notice', level: x.level, text: x.text } : undefined;
    default: return undefined;
  }
}

/** Saved webview state, or undefined when it is not well formed. */
export function parseState(x: unknown): WebviewState | undefined {
  if (!isRec(x) || (x.view !== 'patterns' && x.view !== 'diagram')) return undefined;
  const s: WebviewState = { view: x.view };
  if (str(x.documentUri, 10_000)) s.documentUri = x.documentUri;
  if (str(x.query, 1000)) s.query = x.query;
  if (str(x.selected, 200)) s.selected = x.selected;
  if (num(x.scrollX)) s.scrollX = x.scrollX;
  if (num(x.scrollY)) s.scrollY = x.scrollY;
  if (num(x.zoom) && x.zoom > 0) s.zoom = x.zoom;
  if (str(x.patternId, 200)) s.patternId = x.patternId;
  return s;
}
