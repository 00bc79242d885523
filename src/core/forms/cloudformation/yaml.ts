/**
 * YAML templates. The fast reader (yaml-fast.ts) takes the YAML templates are usually written
 * in; anything it does not fully understand goes through the `yaml` package's AST, which is the
 * reference (same nodes, same spans) and the only source of syntax errors. Alias expansion is
 * bounded: an alias shares the converted node of its anchor (no copy), and a document whose
 * aliases would expand past MAX_EXPANDED nodes is rejected as an alias bomb rather than walked.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YNode, Alias } from 'yaml';
import type { MapEntry, MapNode, Node, ReadProblem, ScalarNode } from '../../model';
import type { TemplateRead } from './reader';
import { readYamlFast } from './yaml-fast';
import { shiftSpans } from './yaml-crlf';
import { tagToIntrinsic } from './yaml-scan';
import { yamlTooDeep } from '../../parse/nesting';
import { MAX_EXPANDED, MAX_NESTING, parseProblem, tooDeep, yamlWords } from '../../parse/problems';

export { tagToIntrinsic };

/** Read problems reported for one text at most (each for a different part of it). */
const MAX_PROBLEMS = 10;

class AliasBomb extends Error {}
class TooDeep extends Error {
  constructor(readonly at: number) {
    super('too deep');
  }
}

/** Reads a YAML template: the fast reader when it can, else the `yaml` package. */
export function readYaml(text: string): TemplateRead {
  const root = readYamlFast(text);
  return root ? { root, problems: [] } : readYamlPackage(text);
}

/** One parse through the package: the tree, or the problems that stop it (syntax errors first). */
interface Parsed {
  root?: Node;
  problems: ReadProblem[];
}

function parseWhole(text: string): Parsed {
  // The package recurses and allocates per level: bound the depth before it runs (the estimate
  // runs a little high, hence the margin; the converter enforces the exact limit).
  const deep = yamlTooDeep(text, 2 * MAX_NESTING);
  if (deep >= 0) return { problems: [tooDeep(text, deep)] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false, stringKeys: false, keepSourceTokens: false });
  } catch (e) {
    return { problems: [parseProblem(text, 0, 0, `YAML could not be read: ${(e as Error).message}`)] };
  }
  if (doc.errors.length) {
    const [err, next] = doc.errors;
    // `b: x` then a deeper `c: y` reads as the value "x c: y": name the deeper key, on its own line.
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && next?.code === 'MULTILINE_IMPLICIT_KEY' && next.pos[0] === err.pos[0]) {
      const nl = text.lastIndexOf('\n', next.pos[1] - 1);
      if (nl >= next.pos[0]) {
        let k = nl + 1;
        while (text.charCodeAt(k) === 32) k++;
        const colon = text.indexOf(':', k);
        const eol = text.indexOf('\n', k);
        const end = colon > k && (eol < 0 || colon < eol) ? colon : k + 1;
        return { problems: [parseProblem(text, k, end, 'a key is indented deeper than the keys before it (or the value above it needs quotes).')] };
      }
    }
    const [start, end] = opener(text, err.message, err.pos[0]) ?? err.pos;
    return { problems: [parseProblem(text, start, end, yamlWords(err.code, err.message))] };
  }
  const conv = new Converter(text);
  try {
    return { root: doc.contents ? conv.node(doc.contents as YNode) : undefined, problems: [] };
  } catch (e) {
    if (e instanceof AliasBomb) {
      return {
        problems: [parseProblem(text, 0, 1, `YAML aliases expand to more than ${MAX_EXPANDED.toLocaleString('en-US')} nodes (an alias bomb?): the file is not analysed.`, 'alias-bomb')],
      };
    }
    if (e instanceof TooDeep) return { problems: [tooDeep(text, e.at)] };
    throw e;
  }
}

/** The `yaml` package alone, without recovery: the reference the fast reader is tested against. */
export function readYamlPackageOnly(text: string): TemplateRead {
  const r = parseWhole(text);
  return { root: r.root?.kind === 'map' && !r.problems.length ? r.root : undefined, problems: r.problems };
}

/**
 * An unclosed quote or bracket is reported where the package gave up (often the end of the
 * text): the problem belongs on the quote or bracket that opened it.
 */
function opener(text: string, message: string, pos: number): [number, number] | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    for (let i = text.lastIndexOf(quote, pos - 1); i >= 0; i = text.lastIndexOf(quote, i - 1)) {
      const b = i > 0 ? text[i - 1] : '\n';
      if (/[\s[{,:!]/.test(b) && !(quote === '"' && b === '\\')) return [i, i + 1];
    }
    return undefined;
  }
  const close = /Flow (sequence|map|mapping) in block collection/.exec(message)?.[1];
  if (close) {
    const [o, c] = close === 'sequence' ? ['[', ']'] : ['{', '}'];
    let depth = 0;
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      const ch = text[i];
      if (ch === c) depth++;
      else if (ch === o && depth-- === 0) return [i, i + 1];
    }
  }
  return undefined;
}

/**
 * Reads a YAML template through the `yaml` package (the reference reader). A text with syntax
 * errors is read again part by part (see recover): each broken part gives one problem, and the
 * parts that read cleanly are kept, so the resources whose text is intact are still analysed.
 */
export function readYamlPackage(text: string): TemplateRead {
  const whole = parseWhole(text);
  if (!whole.problems.length) return { root: whole.root?.kind === 'map' ? whole.root : undefined, problems: [] };
  if (whole.problems[0].code !== 'parse-error' || whole.problems[0].message.includes('nesting deeper')) return { problems: whole.problems };
  return recover(text, whole.problems[0]);
}

/** A part of the text read alone: a top-level section, or one entry of a section. */
function readPart(text: string, start: number, end: number, prefix: string): Parsed {
  const part = prefix + text.slice(start, end);
  const shift = start - prefix.length;
  const fast = readYamlFast(part);
  const read: Parsed = fast ? { root: fast, problems: [] } : parseWhole(part);
  for (const p of read.problems) {
    // Back to the whole text's offsets and lines.
    const at = Math.max(start, p.span.start + shift);
    const words = p.message.replace(/^line \d+: /, '');
    Object.assign(p, parseProblem(text, at, Math.max(at, p.span.end + shift), words, p.code));
  }
  if (read.root) shiftSpans(read.root, shift);
  return read;
}

/** Line starts of the lines in [from, to) indented exactly `ind` that start a `key:` (not a comment, list item or marker). */
function keyLines(text: string, from: number, to: number, ind: number): number[] {
  const out: number[] = [];
  const keyLine = /^(?:"[^"\n]*"|'[^'\n]*'|[^\s#\-?:,[\]{}&*!|>'"%@`][^\n]*?|-[^\s][^\n]*?)[ ]*:(?:[ \r\n]|$)/;
  for (let i = from; i < to; ) {
    let e = text.indexOf('\n', i);
    if (e < 0 || e > to) e = to;
    let s = i;
    while (text.charCodeAt(s) === 32) s++;
    if (s - i === ind && keyLine.test(text.slice(s, Math.min(e + 1, text.length)))) out.push(i);
    i = e + 1;
  }
  return out;
}

/** First content line (not blank, not a comment) in [from, to): its indentation, or -1. */
function firstContentIndent(text: string, from: number, to: number): number {
  for (let i = from; i < to; ) {
    let e = text.indexOf('\n', i);
    if (e < 0 || e > to) e = to;
    let s = i;
    while (text.charCodeAt(s) === 32) s++;
    const c = text.charCodeAt(s);
    if (s < e && c !== 35 && c !== 13) return s - i;
    i = e + 1;
  }
  return -1;
}

/**
 * Reads a text with syntax errors part by part: each top-level section alone, and a section that
 * still fails entry by entry (a resource, a parameter...). A part that fails gives one problem at
 * its first error; the others give the tree. `first` is the whole text's first error, reported
 * when the text cannot be split.
 */
function recover(text: string, first: ReadProblem): TemplateRead {
  const problems: ReadProblem[] = [];
  const entries: MapEntry[] = [];
  const sections = keyLines(text, 0, text.length, 0);
  const report = (p: ReadProblem[]) => {
    if (problems.length < MAX_PROBLEMS && p.length) problems.push(p[0]);
  };
  // Text before the first section (comments, `---`) must read on its own too.
  if (sections.length === 0 || firstContentIndent(text, 0, sections[0]) >= 0) return { problems: [first] };
  for (let s = 0; s < sections.length; s++) {
    const from = sections[s];
    const to = s + 1 < sections.length ? sections[s + 1] : text.length;
    const whole = readPart(text, from, to, '');
    if (whole.root?.kind === 'map' && !whole.problems.length) {
      entries.push(...whole.root.entries);
      continue;
    }
    // The section fails: read its entries one by one under its key.
    let headerEnd = text.indexOf('\n', from);
    if (headerEnd < 0) headerEnd = to;
    const header = readPart(text, from, headerEnd + 1, '');
    const he = header.root?.kind === 'map' && header.root.entries.length === 1 && !header.problems.length ? header.root.entries[0] : undefined;
    const ind = firstContentIndent(text, headerEnd + 1, to);
    if (!he || he.value.kind !== 'scalar' || he.value.value !== null || ind <= 0) {
      report(whole.problems.length ? whole.problems : [first]);
      continue;
    }
    const starts = keyLines(text, headerEnd + 1, to, ind);
    const body: MapNode = { kind: 'map', entries: [], start: to, end: from };
    if (!starts.length || firstContentIndent(text, headerEnd + 1, starts[0]) >= 0) report(whole.problems);
    for (let k = 0; k < starts.length; k++) {
      const partEnd = k + 1 < starts.length ? starts[k + 1] : to;
      const part = readPart(text, starts[k], partEnd, 'R:\n');
      const inner = part.root?.kind === 'map' ? part.root.entries[0]?.value : undefined;
      if (part.problems.length || !inner || inner.kind !== 'map') {
        report(part.problems.length ? part.problems : [parseProblem(text, starts[k], partEnd, 'this entry could not be read.')]);
        continue;
      }
      body.entries.push(...inner.entries);
      body.start = Math.min(body.start, inner.start);
      body.end = Math.max(body.end, inner.end);
    }
    if (body.entries.length) entries.push({ key: he.key, keySpan: he.keySpan, value: body });
  }
  // Every part read (the lenient reader takes shapes the package rejects): nothing to report.
  if (!entries.length) return { problems: problems.length ? problems : [first] };
  const root: MapNode = { kind: 'map', entries, start: entries[0].keySpan.start, end: entries[entries.length - 1].value.end };
  return { root, problems };
}

class Converter {
  private memo = new Map<YNode, { node: Node; size: number }>();
  private expanded = 0;
  private depth = 0;
  /**
   * Anchors met so far, in document order (the conversion's order). The package's own
   * Alias.resolve() walks the whole document for each alias: quadratic on large texts.
   */
  private anchors = new Map<string, YNode>();
  /** Nodes being converted: an alias to one of them refers to its own container. */
  private open = new Set<YNode>();

  constructor(private text: string) {}

  node(n: YNode | null | undefined, fallbackAt = 0): Node {
    return this.sized(n, fallbackAt).node;
  }

  private sized(n: YNode | null | undefined, fallbackAt: number): { node: Node; size: number } {
    if (this.depth >= MAX_NESTING) throw new TooDeep(n?.range?.[0] ?? fallbackAt);
    if (!n) return { node: { kind: 'scalar', value: null, start: fallbackAt, end: fallbackAt }, size: 1 };
    if (isAlias(n)) {
      const target = this.anchors.get((n as Alias).source);
      const start = n.range?.[0] ?? fallbackAt;
      const end = n.range?.[1] ?? fallbackAt;
      if (!target) return { node: { kind: 'unknown', reason: 'unresolved alias', start, end }, size: 1 };
      if (this.open.has(target)) return { node: { kind: 'unknown', reason: 'an alias inside the node it refers to', start, end }, size: 1 };
      const r = this.sized(target, fallbackAt);
      this.expanded += r.size;
      if (this.expanded > MAX_EXPANDED) throw new AliasBomb();
      return r;
    }
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, n);
    const cached = this.memo.get(n);
    if (cached) return cached;
    this.depth++;
    this.open.add(n);
    const r = this.convert(n, fallbackAt);
    this.open.delete(n);
    this.depth--;
    this.memo.set(n, r);
    return r;
  }

  private convert(n: YNode, fallbackAt: number): { node: Node; size: number } {
    const start = n.range?.[0] ?? fallbackAt;
    const end = n.range?.[1] ?? start;
    let out: Node;
    let size = 1;
    if (isMap(n)) {
      const map: MapNode = { kind: 'map', entries: [], start, end };
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const k = p.key as YNode | null;
        const keyAnchor = (k as { anchor?: string } | null)?.anchor;
        if (keyAnchor) this.anchors.set(keyAnchor, k!);
        const keyValue = k && isScalar(k) ? k.value : null;
        if (keyValue === null || typeof keyValue === 'object') continue;
        const keySpan = { start: k!.range?.[0] ?? start, end: k!.range?.[1] ?? start };
        const v = this.sized(p.value as YNode | null, keySpan.end);
        size += v.size;
        map.entries.push({ key: String(keyValue), keySpan, value: v.node });
      }
      out = map;
    } else if (isSeq(n)) {
      const items: Node[] = [];
      for (const it of n.items) {
        const v = this.sized(it as YNode, end);
        size += v.size;
        items.push(v.node);
      }
      out = { kind: 'list', items, start, end };
    } else if (isScalar(n)) {
      const v = n.value;
      const s: ScalarNode = {
        kind: 'scalar',
        value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v),
        start,
        end,
      };
      if (n.type === 'QUOTE_DOUBLE') s.quote = '"';
      else if (n.type === 'QUOTE_SINGLE') s.quote = "'";
      // A tagged value is read as a string: CloudFormation does not apply YAML typing under a tag.
      if (n.tag && n.tag.startsWith('!') && typeof s.value !== 'string' && s.value !== null) s.value = String(this.text.slice(start, end));
      out = s;
    } else {
      out = { kind: 'unknown', reason: 'unsupported YAML node', start, end };
    }
    const tag = (n as { tag?: string }).tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const tagStart = this.text.lastIndexOf('!', start);
      const tagSpan = { start: tagStart >= 0 ? tagStart : start, end: tagStart >= 0 ? tagStart + tag.length : start };
      let inner = out;
      // `!GetAtt A.B` is the short form of `Fn::GetAtt: [A, B]`: keep the string, the resolver splits it.
      const wrapped: MapNode = {
        kind: 'map',
        entries: [{ key: tagToIntrinsic(tag), keySpan: tagSpan, value: inner }],
        start: tagSpan.start,
        end: Math.max(end, tagSpan.end),
        tagSpan,
      };
      inner = wrapped;
      out = inner;
      size += 1;
    }
    return { node: out, size };
  }
}
