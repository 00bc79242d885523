/**
 * Character-level scanning for the fast YAML reader: quoted scalars, flow collections
 * (`[a, !Ref b]`, `{Ref: x}`), tags and the rest of a line. Spans follow the `yaml` package's
 * ranges exactly (a flow collection from its bracket to after its closing bracket, a scalar
 * without trailing blanks). Whatever is not plainly valid throws BAIL: the caller falls back.
 */
import type { ListNode, MapNode, Node, ScalarNode } from '../../model';
import { BAIL, doubleQuotedValue, plainValue, singleQuotedValue } from './yaml-scalars';
import { MAX_EXPANDED, MAX_NESTING } from '../../parse/problems';

const SP = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45, DQ = 34, SQ = 39, BANG = 33;
const LBRACK = 91, RBRACK = 93, LBRACE = 123, RBRACE = 125, COMMA = 44, BSL = 92, AMP = 38, STAR = 42;

/** CloudFormation short-form tag to its long-form key (`!Ref` -> `Ref`, `!Sub` -> `Fn::Sub`). */
export function tagToIntrinsic(tag: string): string {
  const name = tag.replace(/^!+/, '');
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** A character that cannot start a plain scalar (or starts something else) in block context. */
function indicatorStart(ch: number, next: number): boolean {
  switch (ch) {
    case HASH: case COMMA: case LBRACK: case RBRACK: case LBRACE: case RBRACE: case 38 /* & */: case 42 /* * */:
    case BANG: case 124 /* | */: case 62 /* > */: case DQ: case SQ: case 37 /* % */: case 64 /* @ */: case 96 /* ` */:
      return true;
    case DASH: case 63 /* ? */: case COLON:
      return next === SP || next === NL || Number.isNaN(next);
    default:
      return false;
  }
}

export class Scanner {
  readonly n: number;
  /** Cursor for flow parsing. */
  p = 0;
  /** Collections open around the cursor: past MAX_NESTING the package reader (bounded) takes over. */
  depth = 0;
  /** Anchored nodes by name; an alias is the anchored node itself (shared, as the package reader does). */
  readonly anchors = new Map<string, Node>();
  aliases = 0;
  /** Nodes the aliases stand for, counted as expanded (an alias bomb is left to the package, which refuses it). */
  private expanded = 0;
  private sizes = new Map<Node, number>();

  /**
   * lenient: read what PyYAML (and so cfn-lint, SAM and CloudFormation) reads though YAML 1.2
   * and the `yaml` package reject it: continuation lines of a multi-line quoted scalar and of a
   * flow collection at any indentation (e.g. at the parent key's column). Off, the reader keeps
   * to what the package accepts (the differential tests against the package use that).
   */
  constructor(readonly t: string, readonly lenient = true) {
    this.n = t.length;
  }

  /** Opens a collection (close with `this.depth--`); bails when nesting too deep for the stack. */
  enter(): void {
    if (++this.depth > MAX_NESTING) throw BAIL;
  }

  /** The name of an anchor (`&a`) or alias (`*a`) at q; p is left after it. */
  anchorName(q: number): string {
    let j = q + 1;
    for (let ch = this.c(j); j < this.n && ch !== SP && ch !== NL && ch !== COMMA && ch !== LBRACK && ch !== RBRACK && ch !== LBRACE && ch !== RBRACE; ch = this.c(++j));
    if (j === q + 1 || this.c(j - 1) === COLON) throw BAIL;
    this.p = j;
    return this.t.slice(q + 1, j);
  }

  /** The node an alias at q stands for; p is left after the alias. */
  alias(q: number): Node {
    const target = this.anchors.get(this.anchorName(q));
    if (!target) throw BAIL;
    this.aliases++;
    this.expanded += this.size(target);
    if (this.expanded > MAX_EXPANDED) throw BAIL;
    return target;
  }

  /** Nodes in n with aliases expanded (memoised: shared nodes are counted once per use, computed once). */
  private size(n: Node): number {
    const known = this.sizes.get(n);
    if (known !== undefined) return known;
    let s = 1;
    if (n.kind === 'map') for (const e of n.entries) s += this.size(e.value);
    else if (n.kind === 'list') for (const it of n.items) s += this.size(it);
    this.sizes.set(n, s);
    return s;
  }

  /** A `---` or `...` document marker at line start i (followed by a blank, a line break or the end). */
  docMarker(i: number): boolean {
    const t = this.t;
    if (!(t.startsWith('---', i) || t.startsWith('...', i))) return false;
    const nx = this.c(i + 3);
    return nx === SP || nx === NL || i + 3 >= this.n;
  }

  /** True when ch (followed by next) cannot start a plain scalar. */
  indicator(ch: number, next: number): boolean {
    return indicatorStart(ch, next);
  }

  c(i: number): number {
    return this.t.charCodeAt(i);
  }

  eol(i: number): number {
    const e = this.t.indexOf('\n', i);
    return e < 0 ? this.n : e;
  }

  spaces(i: number): number {
    while (this.t.charCodeAt(i) === SP) i++;
    return i;
  }

  /** After a value: blanks, an optional comment, the line break. Returns the index after it. */
  lineRest(i: number): number {
    const j = this.spaces(i);
    let e = j;
    if (j < this.n && this.c(j) !== NL) {
      if (this.c(j) !== HASH || j === i) throw BAIL;
      e = this.eol(j);
    }
    return e < this.n ? e + 1 : this.n;
  }

  /** End (after the closing quote) of a quoted scalar at q, or -1 when unterminated. */
  quotedEnd(q: number): number {
    const t = this.t;
    if (this.c(q) === SQ) {
      let p = q + 1;
      for (;;) {
        p = t.indexOf("'", p);
        if (p < 0) return -1;
        if (this.c(p + 1) === SQ) p += 2;
        else return p + 1;
      }
    }
    let p = q + 1;
    for (;;) {
      p = t.indexOf('"', p);
      if (p < 0) return -1;
      let b = p - 1;
      while (b > q && this.c(b) === BSL) b--;
      if ((p - 1 - b) % 2 === 0) return p + 1;
      p++;
    }
  }

  /** A quoted scalar node at q; lines after the first must be indented deeper than k. */
  quoted(q: number, k: number): ScalarNode {
    const e = this.quotedEnd(q);
    if (e < 0) throw BAIL;
    const src = this.t.slice(q, e);
    if (src.indexOf('\n') >= 0) {
      for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) {
        let j = i + 1;
        // A document marker ends the document even inside quotes (PyYAML and the package agree).
        if (this.docMarker(q + i + 1)) throw BAIL;
        while (src.charCodeAt(j) === SP) j++;
        if (src.charCodeAt(j) !== NL && j - i - 1 <= k && !this.lenient) throw BAIL;
      }
    }
    const dq = this.c(q) === DQ;
    this.p = e;
    return { kind: 'scalar', value: dq ? doubleQuotedValue(src) : singleQuotedValue(src), start: q, end: e, quote: dq ? '"' : "'" };
  }

  /** A tag (`!Name`) at q: returns it and leaves p on the value after the blanks. */
  tag(q: number): string {
    let j = q + 1;
    for (let ch = this.c(j); (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 58) || ch === 46 || ch === 95 || ch === DASH; ch = this.c(++j));
    if (j === q + 1) throw BAIL;
    const nx = this.c(j);
    if (!(nx === SP || nx === NL || j >= this.n)) throw BAIL;
    this.p = this.spaces(j);
    return this.t.slice(q, j);
  }

  /** Wraps a tagged node as the intrinsic it stands for, with the tag's span (as the package reader does). */
  wrap(tag: string, inner: Node): MapNode {
    const ts = this.t.lastIndexOf('!', inner.start);
    const tagSpan = { start: ts >= 0 ? ts : inner.start, end: ts >= 0 ? ts + tag.length : inner.start };
    return {
      kind: 'map',
      entries: [{ key: tagToIntrinsic(tag), keySpan: { ...tagSpan }, value: inner }],
      start: tagSpan.start,
      end: Math.max(inner.end, tagSpan.end),
      tagSpan,
    };
  }

  /**
   * Blanks, line breaks and comments inside a flow collection. Lines must be indented deeper than
   * k, unless lenient (PyYAML reads any indentation there); a document marker ends the document.
   */
  flowWs(k: number): void {
    let p = this.p;
    for (;;) {
      const ch = this.c(p);
      if (ch === SP) p++;
      else if (ch === NL) {
        p++;
        if (this.docMarker(p)) throw BAIL;
        const s = p;
        while (this.c(p) === SP) p++;
        const nx = this.c(p);
        if (nx !== NL && p - s <= k && !this.lenient) throw BAIL;
      } else if (ch === HASH) {
        // A comment needs a blank or a line break before it.
        const b = this.c(p - 1);
        if (b !== SP && b !== NL) throw BAIL;
        p = this.eol(p);
      } else break;
    }
    this.p = p;
  }

  /** One flow value at p: anchor, alias, tag, nested collection, quoted or plain scalar. */
  flowNode(k: number): Node {
    if (this.c(this.p) === STAR) return this.alias(this.p);
    if (this.c(this.p) === AMP) {
      const name = this.anchorName(this.p);
      this.p = this.spaces(this.p);
      const nx = this.c(this.p);
      if (nx === BANG || nx === AMP || nx === STAR || nx === NL || nx === COMMA || nx === RBRACK || nx === RBRACE || this.p >= this.n) throw BAIL;
      const node = this.flowNode(k);
      this.anchors.set(name, node);
      return node;
    }
    let tag: string | undefined;
    if (this.c(this.p) === BANG) {
      tag = this.tag(this.p);
      if (this.c(this.p) === NL) throw BAIL;
    }
    const q = this.p;
    const ch = this.c(q);
    let node: Node;
    if (ch === LBRACK) node = this.flowSeq(k);
    else if (ch === LBRACE) node = this.flowMap(k);
    else if (ch === DQ || ch === SQ) {
      node = this.quoted(q, k);
      if (!this.lenient && this.t.lastIndexOf('\n', node.end) > q) throw BAIL;
    } else {
      const e = this.plainFlowEnd(q);
      const s = this.t.slice(q, e);
      node = { kind: 'scalar', value: tag ? s : plainValue(s), start: q, end: e };
    }
    return tag ? this.wrap(tag, node) : node;
  }

  /** End of a plain scalar in flow context (trailing blanks excluded); p is left after it. */
  private plainFlowEnd(q: number): number {
    if (indicatorStart(this.c(q), this.c(q + 1)) || this.c(q) === COLON) throw BAIL;
    let p = q;
    for (;;) {
      const ch = this.c(p);
      if (p >= this.n) throw BAIL;
      if (ch === NL) {
        // The scalar ends at the line end when the next content closes or separates (`,` `]` `}`);
        // anything else would continue it on the next line: left to the package.
        let j = p;
        while (j < this.n) {
          const cj = this.c(j);
          if (cj === SP || cj === NL) j++;
          else if (cj === HASH && (this.c(j - 1) === SP || this.c(j - 1) === NL)) j = this.eol(j);
          else break;
        }
        const cj = this.c(j);
        if (cj === COMMA || cj === RBRACK || cj === RBRACE) break;
        throw BAIL;
      }
      if (ch === COMMA || ch === RBRACK || ch === RBRACE) break;
      if (ch === LBRACK || ch === LBRACE) throw BAIL;
      if (ch === COLON) {
        const nx = this.c(p + 1);
        if (nx === SP || nx === NL || nx === COMMA || nx === RBRACK || nx === RBRACE || nx === LBRACK || nx === LBRACE) break;
      }
      // A comment ends the scalar (what follows it must close or separate: flowNext checks).
      if (ch === SP && this.c(p + 1) === HASH) break;
      p++;
    }
    let e = p;
    while (e > q && this.c(e - 1) === SP) e--;
    if (e === q) throw BAIL;
    this.p = p;
    return e;
  }

  /** After an item: `,` (then more) or the closing bracket. Returns true when closed. */
  private flowNext(k: number, close: number): boolean {
    this.flowWs(k);
    const ch = this.c(this.p);
    if (ch === close) {
      this.p++;
      return true;
    }
    if (ch !== COMMA) throw BAIL;
    this.p++;
    this.flowWs(k);
    // A trailing comma before the closing bracket is allowed (YAML, PyYAML and the package agree).
    if (this.c(this.p) === close) {
      this.p++;
      return true;
    }
    return false;
  }

  flowSeq(k: number): ListNode {
    this.enter();
    const start = this.p++;
    const items: Node[] = [];
    this.flowWs(k);
    if (this.c(this.p) === RBRACK) this.p++;
    else {
      do items.push(this.flowNode(k));
      while (!this.flowNext(k, RBRACK));
    }
    this.depth--;
    return { kind: 'list', items, start, end: this.p };
  }

  flowMap(k: number): MapNode {
    this.enter();
    const start = this.p++;
    const map: MapNode = { kind: 'map', entries: [], start, end: start };
    this.flowWs(k);
    if (this.c(this.p) === RBRACE) this.p++;
    else {
      do {
        const ks = this.p;
        let key: string | null;
        let ke: number;
        const ch = this.c(ks);
        if (ch === DQ || ch === SQ) {
          const node = this.quoted(ks, k);
          if (this.t.lastIndexOf('\n', node.end) > ks) throw BAIL;
          key = node.value as string;
          ke = node.end;
          this.p = this.spaces(ke);
        } else {
          ke = this.plainFlowEnd(ks);
          const v = plainValue(this.t.slice(ks, ke));
          key = v === null ? null : String(v);
        }
        if (this.c(this.p) !== COLON) throw BAIL;
        this.p++;
        this.flowWs(k);
        const nx = this.c(this.p);
        if (nx === COMMA || nx === RBRACE) throw BAIL;
        const value = this.flowNode(k);
        if (key !== null) map.entries.push({ key, keySpan: { start: ks, end: ke }, value });
      } while (!this.flowNext(k, RBRACE));
    }
    map.end = this.p;
    this.depth--;
    return map;
  }
}
