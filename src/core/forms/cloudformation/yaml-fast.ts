/**
 * A fast reader for the YAML CloudFormation authors write: block maps and sequences, compact
 * `- key: v` maps, plain/quoted/block scalars, flow collections, comments, tags, anchors and
 * aliases (an alias is its anchor's node, shared), a leading `---` and a byte order mark. One
 * pass over the text, straight to model nodes, with the same spans and values as the `yaml`
 * package reader (src/core/forms/cloudformation/yaml.ts), which stays the reference: on anything else (`?`
 * keys, directives, several documents, tabs, a lone CR, mixed line ends, odd indentation, any
 * syntax error) this reader returns undefined and the caller uses the package. CRLF texts are
 * read through yaml-crlf.ts. Lenient (the default), it also reads what PyYAML reads and the
 * package rejects (see Scanner); test/integration/parse-yaml-pyyaml.test.ts checks those.
 *
 * Node ends follow the package's CST: a block collection ends where its last value's node ends
 * (a flow value's node end takes its line break and the more-indented comment lines after it);
 * comment lines after the last value stay in the innermost collection whose indentation they
 * reach (`claim`). test/unit/parse-yaml-fast.test.ts checks both readers agree.
 */
import type { ListNode, MapNode, Node, ScalarNode } from '../../model';
import { BAIL, blockScalarValue, plainValue, unfoldLines } from './yaml-scalars';
import { report } from '../../log';
import { readCrlf, shiftSpans } from './yaml-crlf';
import { Scanner } from './yaml-scan';

// Character codes, declared here rather than imported: imported bindings may compile to getters.
const SP = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45, DQ = 34, SQ = 39, BANG = 33;
const LBRACK = 91, LBRACE = 123, PIPE = 124, GT = 62, AMP = 38, STAR = 42;

/**
 * Reads a YAML template fast; undefined when the text needs the full `yaml` package.
 * `lenient` (default true): also read the shapes PyYAML reads and the package rejects (see Scanner).
 */
export function readYamlFast(text: string, options: { lenient?: boolean } = {}): MapNode | undefined {
  if (text.indexOf('\t') >= 0) return undefined;
  if (text.charCodeAt(0) === 0xfeff) {
    // A byte order mark: read what follows it, then move every span past it (as the package counts it).
    const root = readYamlFast(text.slice(1), options);
    if (root) shiftSpans(root, 1);
    return root;
  }
  const lenient = options.lenient ?? true;
  let shared = false;
  const read = (lf: string): MapNode | undefined => {
    const r = readLf(lf, lenient);
    shared = !!r && r.aliases > 0;
    return r?.root;
  };
  return text.indexOf('\r') >= 0 ? readCrlf(text, read, () => shared) : read(text);
}

function readLf(text: string, lenient: boolean): { root: MapNode; aliases: number } | undefined {
  const reader = new FastYaml(text, lenient);
  try {
    return { root: reader.document(), aliases: reader.aliases };
  } catch (e) {
    // Mostly BAIL (something to leave to the package); anything else (a nesting too deep for the
    // stack, a bug here) must not cost the user a result either: the package reader still answers.
    // A bug is said in the log, so it does not show only as a slowdown.
    if (e !== BAIL && !(e instanceof RangeError)) report('warn', 'the fast YAML reader failed (a bug), so the slower yaml package read the file', e);
    return undefined;
  }
}

class FastYaml extends Scanner {
  /** Indentation of the next content line (-1 at the end of the text); p is on its first character. */
  private ind = -1;
  /** Node end (the package's range[2]) of the value just read. */
  private end2 = 0;
  /** Comment lines left after the last value: deepest indentation (-1: none) and where they end. */
  private rMax = -1;
  private rEnd = 0;
  /** Column where the ':' of the key just read is. */
  private colon = 0;

  document(): MapNode {
    let i = 0;
    let started = false;
    for (;;) {
      if (i >= this.n) throw BAIL;
      const s = this.spaces(i);
      const ch = this.c(s);
      if (s >= this.n || ch === NL || ch === HASH) {
        i = this.eol(s) + 1;
        continue;
      }
      if (s === i && this.docMarker(i)) {
        if (started || this.t.startsWith('...', i)) throw BAIL;
        started = true;
        i = this.lineRest(i + 3);
        continue;
      }
      if (s !== i || ch === 37 /* % */) throw BAIL;
      this.p = i;
      this.ind = 0;
      break;
    }
    if (this.keyEnd(this.p) < 0) throw BAIL;
    const root = this.blockMap(0);
    if (this.ind !== -1) throw BAIL;
    return root;
  }

  /**
   * From line start i, skips blank and comment lines to the next content line. `absorb`: the
   * value before was a flow scalar or collection, whose node end takes the following comment
   * lines indented deeper than k (the innermost collection), until a shallower comment.
   */
  private trivia(i: number, k: number, absorb: boolean, end2: number): number {
    let blocked = !absorb;
    let rMax = -1;
    for (;;) {
      if (i >= this.n) {
        this.ind = -1;
        this.p = this.rEnd = this.n;
        break;
      }
      const s = this.spaces(i);
      const ch = this.c(s);
      if (s >= this.n || ch === NL) {
        i = s + 1;
        continue;
      }
      if (ch === HASH) {
        const e = this.eol(s);
        const after = e < this.n ? e + 1 : this.n;
        if (!blocked && s - i > k) end2 = after;
        else {
          blocked = true;
          if (s - i > rMax) rMax = s - i;
        }
        i = after;
        continue;
      }
      if (s === i && this.docMarker(i)) throw BAIL;
      this.ind = s - i;
      this.p = this.rEnd = s;
      break;
    }
    this.rMax = rMax;
    return end2;
  }

  /** A collection at indentation k closes: trailing comments reaching k stay in it (the package's pop()). */
  private claim(k: number, last2: number): number {
    if (this.rMax >= 0 && k !== 0 && this.rMax >= k) {
      this.rMax = -1;
      return this.rEnd;
    }
    return last2;
  }

  private isDash(p: number): boolean {
    if (this.c(p) !== DASH) return false;
    const nx = this.c(p + 1);
    return nx === SP || nx === NL || p + 1 >= this.n;
  }

  /** End of the implicit key at q (sets colon), or -1 when q does not start `key:`. */
  private keyEnd(q: number): number {
    const ch = this.c(q);
    if (ch === DQ || ch === SQ) {
      const e = this.quotedEnd(q);
      if (e < 0 || this.t.lastIndexOf('\n', e) > q) return -1;
      const j = this.spaces(e);
      const nx = this.c(j + 1);
      if (this.c(j) !== COLON || !(nx === SP || nx === NL || j + 1 >= this.n)) return -1;
      this.colon = j;
      return e;
    }
    if (this.indicator(ch, this.c(q + 1))) return -1;
    let p = q;
    for (;;) {
      const c = this.c(p);
      if (p >= this.n || c === NL) return -1;
      if (c === COLON) {
        const nx = this.c(p + 1);
        if (nx === SP || nx === NL || p + 1 >= this.n) break;
      } else if (c === SP && this.c(p + 1) === HASH) return -1;
      p++;
    }
    this.colon = p;
    let e = p;
    while (e > q && this.c(e - 1) === SP) e--;
    return e;
  }

  private keyValue(q: number, e: number): string | null {
    const ch = this.c(q);
    if (ch === DQ || ch === SQ) return this.quoted(q, -1).value as string;
    const v = plainValue(this.t.slice(q, e));
    return v === null ? null : String(v);
  }

  private blockMap(k: number): MapNode {
    this.enter();
    const map: MapNode = { kind: 'map', entries: [], start: this.p, end: this.p };
    let last2: number;
    for (;;) {
      const ks = this.p;
      const ke = this.keyEnd(ks);
      if (ke < 0) throw BAIL;
      const colon = this.colon;
      const key = this.keyValue(ks, ke);
      const value = this.value(colon + 1, k, k + (colon + 1 - ks), false, false);
      if (key !== null) map.entries.push({ key, keySpan: { start: ks, end: ke }, value });
      last2 = this.end2;
      if (this.ind === k) {
        if (this.isDash(this.p)) throw BAIL;
        this.rMax = -1;
        continue;
      }
      if (this.ind > k) throw BAIL;
      break;
    }
    map.end = last2;
    this.end2 = this.claim(k, last2);
    this.depth--;
    return map;
  }

  private blockSeq(k: number): ListNode {
    this.enter();
    const seq: ListNode = { kind: 'list', items: [], start: this.p, end: this.p };
    let last2: number;
    let pre = false;
    for (;;) {
      seq.items.push(this.value(this.p + 1, k, k + 1, true, pre));
      last2 = this.end2;
      if (this.ind === k && this.isDash(this.p)) {
        // Comment lines before a `-` belong to its item: they move an empty item's node end.
        pre = this.rMax >= 0;
        this.rMax = -1;
        continue;
      }
      if (this.ind > k) throw BAIL;
      break;
    }
    seq.end = last2;
    this.end2 = this.claim(k, last2);
    this.depth--;
    return seq;
  }

  /**
   * The value after a `key:` or `-` indicator at i (column col) in a collection at indentation k:
   * leaves the cursor on the next content line and end2 on the value's node end.
   */
  private value(i: number, k: number, col: number, inSeq: boolean, pre: boolean): Node {
    const q = this.spaces(i);
    const ch = this.c(q);
    if (ch === STAR) {
      const node = this.alias(q);
      const e = this.lineRest(this.p);
      this.end2 = this.trivia(e, k, true, e);
      return node;
    }
    if (ch !== AMP) return this.unanchored(q, i, k, col, inSeq, pre);
    const name = this.anchorName(q);
    const v = this.spaces(this.p);
    const nx = this.c(v);
    // An anchor before a tag, another anchor, an alias or a key (`- &a k: v` anchors the key): the package's.
    if (nx === BANG || nx === AMP || nx === STAR || this.keyEnd(v) >= 0) throw BAIL;
    const node = this.unanchored(v, i, k, col, inSeq, pre);
    if (node.kind === 'scalar' && node.start === node.end) throw BAIL;
    this.anchors.set(name, node);
    return node;
  }

  private unanchored(q: number, i: number, k: number, col: number, inSeq: boolean, pre: boolean): Node {
    let tag: string | undefined;
    if (this.c(q) === BANG) {
      tag = this.tag(q);
      q = this.p;
    }
    const ch = this.c(q);
    if (q >= this.n || ch === NL || ch === HASH) return this.below(q, k, inSeq, tag, pre);
    let node: Node;
    if (inSeq && !tag) {
      // `- key: v` starts a compact map, `- - x` a compact sequence, at the column of q.
      if (this.isDash(q)) {
        this.p = q;
        return this.blockSeq(col + (q - i));
      }
      if (this.keyEnd(q) >= 0) {
        this.p = q;
        return this.blockMap(col + (q - i));
      }
    }
    if (ch === PIPE || ch === GT) node = this.blockScalar(q, k);
    else {
      if (ch === LBRACK || ch === LBRACE) {
        this.p = q;
        node = ch === LBRACK ? this.flowSeq(k) : this.flowMap(k);
      } else if (ch === DQ || ch === SQ) node = this.quoted(q, k);
      else node = this.plain(q, k, !!tag);
      const e = this.lineRest(this.p);
      this.end2 = this.trivia(e, k, true, e);
    }
    return tag ? this.wrap(tag, node) : node;
  }

  /** Nothing after the indicator on its line: a block collection below, or an empty value. */
  private below(q: number, k: number, inSeq: boolean, tag: string | undefined, pre: boolean): Node {
    const sameLineComment = this.c(q) === HASH;
    this.trivia(q < this.n ? this.eol(q) + 1 : this.n, k, false, 0);
    const j = this.ind;
    if (j > k && !tag && this.c(this.p) === BANG) {
      // A tag alone on its line, the collection it tags below (`Fn::Base64:` / `  !Sub` / `  - ...`).
      const t = this.tag(this.p);
      const nx = this.c(this.p);
      if (!(nx === NL || nx === HASH || this.p >= this.n) || nx === HASH) throw BAIL;
      const node = this.below(this.p, k, inSeq, t, pre);
      if (node.kind === 'map' && node.entries[0]?.value.kind === 'scalar' && node.entries[0].value.start === node.entries[0].value.end) throw BAIL;
      return node;
    }
    if (j > k || (j === k && !inSeq && this.isDash(this.p))) {
      this.rMax = -1;
      let node: Node;
      if (this.isDash(this.p)) node = this.blockSeq(j);
      else if (this.keyEnd(this.p) >= 0) node = this.blockMap(j);
      else throw BAIL;
      return tag ? this.wrap(tag, node) : node;
    }
    if (sameLineComment || this.rMax >= 0 || pre) throw BAIL;
    this.end2 = q;
    // A tagged empty value (`- !GetAZs`) is the empty string, as the package reads it.
    const empty: ScalarNode = { kind: 'scalar', value: tag ? '' : null, start: q, end: q };
    return tag ? this.wrap(tag, empty) : empty;
  }

  /** A plain scalar at q, continued on lines indented deeper than k; p is left after its last line. */
  private plain(q: number, k: number, tagged: boolean): ScalarNode {
    if (this.indicator(this.c(q), this.c(q + 1)) || this.c(q) === COLON) throw BAIL;
    let end = this.plainLine(q);
    let p = this.p;
    let multi = false;
    while (this.c(p) === NL) {
      let j = p + 1;
      let s = this.spaces(j);
      while (this.c(s) === NL) {
        j = s + 1;
        s = this.spaces(j);
      }
      if (s >= this.n || s - j <= k || this.c(s) === HASH) break;
      if (this.indicator(this.c(s), this.c(s + 1))) throw BAIL;
      end = this.plainLine(s);
      p = this.p;
      multi = true;
    }
    this.p = p;
    const src = this.t.slice(q, end);
    const s = multi ? unfoldLines(src) : src;
    return { kind: 'scalar', value: tagged ? s : plainValue(s), start: q, end };
  }

  /** One line of a plain scalar from q: its end without trailing blanks; p on the ' #' or line break. */
  private plainLine(q: number): number {
    let p = q;
    for (;;) {
      const c = this.c(p);
      if (p >= this.n || c === NL) break;
      if (c === COLON) {
        const nx = this.c(p + 1);
        if (nx === SP || nx === NL || p + 1 >= this.n) throw BAIL;
      } else if (c === SP && this.c(p + 1) === HASH) break;
      p++;
    }
    this.p = p;
    while (p > q && this.c(p - 1) === SP) p--;
    return p;
  }

  /** A `|` or `>` block scalar (clip or strip chomping, no indentation indicator) at q. */
  private blockScalar(q: number, k: number): ScalarNode {
    let h = q + 1;
    const strip = this.c(h) === DASH;
    if (strip) h++;
    const hc = this.c(h);
    if (hc === 43 /* + */ || hc === DASH || (hc >= 48 && hc <= 57)) throw BAIL;
    const j = this.lineRest(h);
    if (j >= this.n) throw BAIL;
    let i = j;
    let m = -1;
    let leading = 0;
    let last = -1;
    while (i < this.n) {
      const s = this.spaces(i);
      if (s >= this.n || this.c(s) === NL) {
        if (m < 0 && s - i > leading) leading = s - i;
        i = s + 1;
        continue;
      }
      const ind = s - i;
      if (m < 0) {
        if (ind <= k) break;
        m = ind;
        if (leading > m) throw BAIL;
      } else if (ind < m) {
        if (ind > k) throw BAIL;
        break;
      }
      const e = this.eol(s);
      last = e < this.n ? e + 1 : this.n;
      i = last;
    }
    if (m < 0) throw BAIL;
    for (let x = last; x < Math.min(i, this.n); x++) if (this.c(x) === SP) throw BAIL;
    const body = this.t.slice(j, last);
    const lines = (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
    const value = blockScalarValue(lines, m, this.c(q) === GT, strip);
    this.end2 = this.trivia(last, k, false, last);
    return { kind: 'scalar', value, start: q, end: last };
  }
}
