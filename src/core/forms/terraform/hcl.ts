/**
 * A hand-written HCL2 native-syntax reader with exact offsets for every block, label, attribute key,
 * expression and comment, and error recovery for half-typed text (an editor linter reads every
 * keystroke): a broken line becomes one error and reading goes on at the next line; an unclosed
 * block or string ends at the end of the file. It follows the HCL native syntax specification
 * (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): bodies of attributes and blocks,
 * expressions with HCL's operator precedence, traversals, splats, `for` expressions, function calls,
 * quoted and heredoc templates with `${}` interpolations and `%{}` directives. It never evaluates;
 * src/core/forms/terraform/values.ts does. Pure and synchronous: no WebAssembly, nothing to load.
 *
 * Bounds: nesting deeper than MAX_DEPTH is one error and the nested text is skipped (no stack
 * overflow on hostile input).
 */
import type { Span } from '../../text';

export type HclExpr =
  | { kind: 'literal'; value: string | number | boolean | null; start: number; end: number }
  /** A string or heredoc with interpolations or directives; `parts` are literal text and expressions. */
  | { kind: 'template'; parts: (string | HclExpr)[]; directives: boolean; heredoc: boolean; start: number; end: number }
  /** `var.x`, `aws_db_instance.main.id`, `each.value["k"]`, `local.list[0]`. */
  | { kind: 'traversal'; root: string; steps: TraversalStep[]; start: number; end: number }
  | { kind: 'tuple'; items: HclExpr[]; start: number; end: number }
  | { kind: 'object'; items: ObjectItem[]; start: number; end: number }
  | { kind: 'call'; name: string; nameSpan: Span; args: HclExpr[]; expand: boolean; start: number; end: number }
  | { kind: 'conditional'; cond: HclExpr; then: HclExpr; else: HclExpr; start: number; end: number }
  | { kind: 'binary'; op: string; left: HclExpr; right: HclExpr; start: number; end: number }
  | { kind: 'unary'; op: '!' | '-'; operand: HclExpr; start: number; end: number }
  | { kind: 'paren'; inner: HclExpr; start: number; end: number }
  /** An index, attribute or splat on something that is not a plain name (`f(x)[0]`, `(a).b`, `x[*].id`). */
  | { kind: 'postfix'; target: HclExpr; steps: TraversalStep[]; start: number; end: number }
  | { kind: 'for'; start: number; end: number }
  /** Text that is not an expression (a half-typed value): an error says why. */
  | { kind: 'invalid'; start: number; end: number };

export type TraversalStep =
  | { kind: 'attr'; name: string; start: number; end: number }
  | { kind: 'index'; key: HclExpr; start: number; end: number }
  | { kind: 'splat'; start: number; end: number };

export interface ObjectItem {
  key: HclExpr;
  value: HclExpr;
  /** `=` or `:`. */
  sep: '=' | ':';
}

export interface HclAttribute {
  kind: 'attribute';
  name: string;
  nameSpan: Span;
  expr: HclExpr;
  /** From the name to the end of the expression. */
  start: number;
  end: number;
}

export interface HclLabel extends Span {
  value: string;
  /** Written in quotes (a string label) rather than as a bare name. */
  quoted: boolean;
}

export interface HclBlock {
  kind: 'block';
  type: string;
  typeSpan: Span;
  labels: HclLabel[];
  body: HclBody;
  /** From the type to the closing brace (or the end of the file when it is missing). */
  start: number;
  end: number;
}

export interface HclBody extends Span {
  /** Attributes and blocks in source order. */
  items: (HclAttribute | HclBlock)[];
  /** The `{` and `}` of a block body (undefined for the file body; `close` undefined when missing). */
  open?: Span;
  close?: Span;
}

export interface HclComment extends Span {
  /** `#`, `//` or `/*`. */
  style: '#' | '//' | '/*';
  /** The comment's text without its markers. */
  text: string;
}

export interface HclError extends Span {
  message: string;
}

export interface HclFile {
  body: HclBody;
  comments: HclComment[];
  errors: HclError[];
}

export const MAX_DEPTH = 64;

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isIdChar = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;

class Abort extends Error {}

/** Reads HCL2 native syntax. Never throws: problems are in `errors`. */
export function parseHcl(text: string): HclFile {
  const p = new Parser(text);
  const body = p.body(0, true);
  return { body, comments: [...p.comments.values()].sort((a, b) => a.start - b.start), errors: p.errors };
}

/**
 * The quoted string at `offset` of `text` read as an HCL template (Terraform's JSON syntax writes
 * expressions as `"${...}"` strings): its expression with spans in `text`, and its errors.
 */
export function parseQuotedAt(text: string, offset: number): { expr: HclExpr; errors: HclError[] } {
  const p = new Parser(text);
  p.i = offset;
  try {
    return { expr: p.quotedString(), errors: p.errors };
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    return { expr: { kind: 'invalid', start: offset, end: Math.max(offset, p.i) }, errors: p.errors };
  }
}

/**
 * A decoded string (a JSON string's value) read as the body of an HCL template: `${}` and `%{}`
 * sequences are read, everything else is literal text. Spans are offsets into `value`.
 */
export function parseTemplateText(value: string): { expr: HclExpr; errors: HclError[] } {
  const p = new Parser(value);
  try {
    return { expr: p.templateText(), errors: p.errors };
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    return { expr: { kind: 'invalid', start: 0, end: value.length }, errors: p.errors };
  }
}

class Parser {
  i = 0;
  readonly comments = new Map<number, HclComment>();
  readonly errors: HclError[] = [];
  private readonly n: number;

  constructor(readonly t: string) {
    this.n = t.length;
  }

  private c(k = 0): number {
    return this.i + k < this.n ? this.t.charCodeAt(this.i + k) : -1;
  }

  private error(message: string, start: number, end = start): void {
    if (this.errors.length < 200) this.errors.push({ message, start, end: Math.max(end, start) });
  }

  /** Skips blanks and comments; newlines too when `nl`. Returns true when a newline was crossed. */
  private ws(nl: boolean): boolean {
    let crossed = false;
    for (;;) {
      const c = this.c();
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) this.i++;
      else if (c === 10) {
        if (!nl) return crossed;
        crossed = true;
        this.i++;
      } else if (c === 35 || (c === 47 && this.c(1) === 47)) {
        const start = this.i;
        const style = c === 35 ? '#' : '//';
        let e = this.t.indexOf('\n', this.i);
        if (e < 0) e = this.n;
        const end = e > start && this.t.charCodeAt(e - 1) === 13 ? e - 1 : e;
        this.comment({ style, start, end, text: this.t.slice(start + style.length, end) });
        this.i = e;
      } else if (c === 47 && this.c(1) === 42) {
        const start = this.i;
        let e = this.t.indexOf('*/', this.i + 2);
        if (e < 0) {
          this.error('Unterminated /* comment.', start, this.n);
          e = this.n;
        } else e += 2;
        this.comment({ style: '/*', start, end: e, text: this.t.slice(start + 2, Math.max(start + 2, e - 2)) });
        if (this.t.slice(start, e).includes('\n')) crossed = true;
        this.i = e;
        if (crossed && !nl) return crossed;
      } else return crossed;
    }
  }

  private comment(c: HclComment): void {
    if (!this.comments.has(c.start)) this.comments.set(c.start, c);
  }

  private ident(): Span | undefined {
    if (!isIdStart(this.c())) return undefined;
    const start = this.i;
    this.i++;
    while (isIdChar(this.c())) this.i++;
    return { start, end: this.i };
  }

  /** Skips to the end of the line (brackets and strings balanced), for recovery. */
  private skipLine(): void {
    let depth = 0;
    while (this.i < this.n) {
      const c = this.c();
      if (c === 10 && depth <= 0) return;
      if (c === 34) {
        this.skipString();
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth <= 0) return;
        depth--;
      }
      this.i++;
    }
  }

  /** Past a quoted string without reading it (recovery, skipping nested text). */
  private skipString(): void {
    this.i++;
    while (this.i < this.n) {
      const c = this.c();
      // An escape takes the next character, unless the line or the text ends there (as in quoted()).
      if (c === 92) this.i += this.c(1) === -1 || this.c(1) === 10 || this.c(1) === 13 ? 1 : 2;
      else if (c === 34 || c === 10) {
        if (c === 34) this.i++;
        return;
      } else this.i++;
    }
  }

  /** Past balanced brackets starting at an opening one (non-recursive), for nesting beyond MAX_DEPTH. */
  private skipBalanced(): void {
    let depth = 0;
    while (this.i < this.n) {
      const c = this.c();
      if (c === 34) {
        this.skipString();
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        depth--;
        if (depth <= 0) {
          this.i++;
          return;
        }
      }
      this.i++;
    }
  }

  // ---- bodies ---------------------------------------------------------------------------

  /** A body: the file's (`top`) or a block's, after its `{`, up to (not past) its `}`. */
  body(depth: number, top: boolean): HclBody {
    const start = this.i;
    const items: (HclAttribute | HclBlock)[] = [];
    for (;;) {
      this.ws(true);
      if (this.i >= this.n) break;
      const c = this.c();
      if (c === 125) {
        if (!top) break;
        this.error('Unexpected "}": no block is open here.', this.i, this.i + 1);
        this.i++;
        continue;
      }
      const before = this.i;
      try {
        const item = this.item(depth);
        if (item) items.push(item);
      } catch (e) {
        if (!(e instanceof Abort)) throw e;
      }
      if (this.i === before) {
        // Nothing read: one error for the line, then go on after it.
        const s = this.i;
        this.skipLine();
        if (this.i === s) this.i++;
        this.error(`Expected an attribute name or a block type, found ${JSON.stringify(this.t.slice(s, Math.min(this.i, s + 20)))}.`, s, this.i);
      }
    }
    return { items, start, end: this.i };
  }

  private item(depth: number): HclAttribute | HclBlock | undefined {
    const name = this.ident();
    if (!name) return undefined;
    const nameText = this.t.slice(name.start, name.end);
    this.ws(false);
    const c = this.c();
    if (c === 61 && this.c(1) !== 61) {
      this.i++;
      this.ws(false);
      const expr = this.exprOrInvalid(depth);
      if (expr.kind === 'invalid' && this.t.lastIndexOf('\n', this.i - 1) >= name.start) this.resumeAfter(name.start);
      else this.endOfItem();
      return { kind: 'attribute', name: nameText, nameSpan: name, expr, start: name.start, end: expr.end };
    }
    const labels: HclLabel[] = [];
    for (;;) {
      const k = this.c();
      if (k === 34) {
        const s = this.i;
        const tpl = this.quoted(depth);
        const value = tpl.kind === 'literal' && typeof tpl.value === 'string' ? tpl.value : this.t.slice(s + 1, Math.max(s + 1, this.i - 1));
        labels.push({ value, start: s, end: this.i, quoted: true });
      } else if (isIdStart(k)) {
        const l = this.ident()!;
        labels.push({ value: this.t.slice(l.start, l.end), start: l.start, end: l.end, quoted: false });
      } else break;
      this.ws(false);
    }
    if (this.c() !== 123) {
      const end = this.i;
      this.error(labels.length ? `Expected "{" to open the ${nameText} block.` : `Expected "=" or a block after ${JSON.stringify(nameText)}.`, name.start, Math.max(end, name.end));
      this.skipLine();
      // A half-typed name on its own line: nothing more to read of it.
      return undefined;
    }
    const open = { start: this.i, end: this.i + 1 };
    this.i++;
    if (depth >= MAX_DEPTH) {
      this.error(`Blocks nested more than ${MAX_DEPTH} deep: the inner ones are not read.`, name.start, open.end);
      this.i = open.start;
      this.skipBalanced();
      const body: HclBody = { items: [], start: open.end, end: this.i, open };
      return { kind: 'block', type: nameText, typeSpan: name, labels, body, start: name.start, end: this.i };
    }
    const body = this.body(depth + 1, false);
    body.open = open;
    if (this.c() === 125) {
      body.close = { start: this.i, end: this.i + 1 };
      this.i++;
      this.endOfItem();
    } else this.error(`The ${nameText} block is not closed: "}" expected.`, name.start, open.end);
    return { kind: 'block', type: nameText, typeSpan: name, labels, body, start: name.start, end: body.close?.end ?? this.i };
  }

  /**
   * A value that broke across lines (`tags = { a =` half-typed above the next attribute): reading goes
   * on at the next line indented no deeper than the attribute, past a line that closes its brackets
   * (`}` at the attribute's own indentation), so the lines after it still belong to their block.
   */
  private resumeAfter(start: number): void {
    const lineStart = this.t.lastIndexOf('\n', start - 1) + 1;
    const indent = (at: number) => /^[ \t]*/.exec(this.t.slice(at, at + 200))![0].length;
    const own = indent(lineStart);
    let i = this.t.indexOf('\n', start);
    while (i >= 0 && i < this.n) {
      const ls = i + 1;
      let le = this.t.indexOf('\n', ls);
      if (le < 0) le = this.n;
      const line = this.t.slice(ls, le).trim();
      const ind = indent(ls);
      if (line && ind <= own) {
        this.i = /^[}\])]/.test(line) && ind === own ? le : ls;
        return;
      }
      i = le;
    }
    this.i = this.n;
  }

  /** After an attribute or a block: only a comment may follow on the line. */
  private endOfItem(): void {
    this.ws(false);
    const c = this.c();
    if (c === 10 || c === -1 || c === 125) return;
    const s = this.i;
    this.skipLine();
    this.error('Unexpected text after the end of the item: one attribute or block per line.', s, Math.max(this.i, s + 1));
  }

  // ---- expressions ----------------------------------------------------------------------

  private exprOrInvalid(depth: number): HclExpr {
    const s = this.i;
    try {
      const e = this.expr(depth, false);
      if (e) return e;
    } catch (e) {
      if (!(e instanceof Abort)) throw e;
      return { kind: 'invalid', start: s, end: Math.max(this.i, s) };
    }
    this.i = s;
    this.skipLine();
    this.error(this.i === s ? 'Expected a value.' : `Expected a value, found ${JSON.stringify(this.t.slice(s, Math.min(this.i, s + 20)))}.`, s, this.i);
    return { kind: 'invalid', start: s, end: this.i };
  }

  /** Fails the current item: recovery skips its line. */
  private fail(message: string, start: number, end = start): never {
    this.error(message, start, end);
    this.skipLine();
    throw new Abort();
  }

  /** An expression; `nl`: newlines are blanks (inside brackets). Undefined when nothing starts here. */
  expr(depth: number, nl: boolean): HclExpr | undefined {
    if (depth > MAX_DEPTH) {
      const s = this.i;
      this.skipBalanced();
      this.fail(`Expression nested more than ${MAX_DEPTH} deep.`, s, this.i);
    }
    const cond = this.binary(depth, nl, 0);
    if (!cond) return undefined;
    const save = this.i;
    this.ws(nl);
    if (this.c() !== 63) {
      this.i = save;
      return cond;
    }
    this.i++;
    this.ws(nl);
    const then = this.expr(depth + 1, nl) ?? this.fail('Expected the value after "?".', this.i);
    this.ws(nl);
    if (this.c() !== 58) this.fail('Expected ":" in the conditional expression.', this.i);
    this.i++;
    this.ws(nl);
    const els = this.expr(depth + 1, nl) ?? this.fail('Expected the value after ":".', this.i);
    return { kind: 'conditional', cond, then, else: els, start: cond.start, end: els.end };
  }

  private static readonly LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

  private binary(depth: number, nl: boolean, level: number): HclExpr | undefined {
    if (level >= Parser.LEVELS.length) return this.unary(depth, nl);
    let left = this.binary(depth, nl, level + 1);
    if (!left) return undefined;
    for (;;) {
      const save = this.i;
      this.ws(nl);
      const op = Parser.LEVELS[level].find((o) => this.t.startsWith(o, this.i));
      // `=>` (for expressions) and `==` are not `=`; `->` is not minus here (never in HCL); `*/` never appears.
      if (!op || (op === '<' && this.c(1) === 60) || (op === '>' && this.c(1) === 61)) {
        this.i = save;
        return left;
      }
      if (op.length === 1 && (op === '<' || op === '>') && this.c(1) === 61) {
        this.i = save;
        return left;
      }
      this.i += op.length;
      this.ws(nl);
      const right = this.binary(depth + 1, nl, level + 1) ?? this.fail(`Expected a value after "${op}".`, this.i);
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
  }

  private unary(depth: number, nl: boolean): HclExpr | undefined {
    const c = this.c();
    if ((c === 33 && this.c(1) !== 61) || (c === 45 && !isDigit(this.c(1)))) {
      const s = this.i;
      this.i++;
      this.ws(nl);
      const operand = this.unary(depth + 1, nl) ?? this.fail(`Expected a value after "${String.fromCharCode(c)}".`, this.i);
      return { kind: 'unary', op: c === 33 ? '!' : '-', operand, start: s, end: operand.end };
    }
    const base = this.primary(depth, nl);
    return base && this.postfix(base, depth, nl);
  }

  private postfix(base: HclExpr, depth: number, nl: boolean): HclExpr {
    const steps: TraversalStep[] = [];
    for (;;) {
      const save = this.i;
      // A newline ends the expression at top level; inside brackets, `.x` may follow on the next line.
      this.ws(nl);
      const c = this.c();
      if (c === 46) {
        const s = this.i;
        this.i++;
        if (this.c() === 42) {
          this.i++;
          steps.push({ kind: 'splat', start: s, end: this.i });
          continue;
        }
        if (isDigit(this.c())) {
          const ds = this.i;
          while (isDigit(this.c())) this.i++;
          steps.push({ kind: 'index', key: { kind: 'literal', value: Number(this.t.slice(ds, this.i)), start: ds, end: this.i }, start: s, end: this.i });
          continue;
        }
        const id = this.ident();
        if (!id) {
          // `aws_db_instance.` half-typed: keep what was read.
          this.error('Expected an attribute name after ".".', s, s + 1);
          break;
        }
        steps.push({ kind: 'attr', name: this.t.slice(id.start, id.end), start: s, end: id.end });
        continue;
      }
      if (c === 91 && save === this.i) {
        const s = this.i;
        this.i++;
        this.ws(true);
        if (this.c() === 42) {
          this.i++;
          this.ws(true);
          if (this.c() !== 93) this.fail('Expected "]" after "[*".', this.i);
          this.i++;
          steps.push({ kind: 'splat', start: s, end: this.i });
          continue;
        }
        const key = this.expr(depth + 1, true) ?? this.fail('Expected an index.', this.i);
        this.ws(true);
        if (this.c() !== 93) this.fail('Expected "]" to close the index.', this.i);
        this.i++;
        steps.push({ kind: 'index', key, start: s, end: this.i });
        continue;
      }
      this.i = save;
      break;
    }
    if (!steps.length) return base;
    const end = steps[steps.length - 1].end;
    if (base.kind === 'traversal') return { ...base, steps: [...base.steps, ...steps], end };
    return { kind: 'postfix', target: base, steps, start: base.start, end };
  }

  private primary(depth: number, nl: boolean): HclExpr | undefined {
    const c = this.c();
    const s = this.i;
    if (c === 34) return this.quoted(depth);
    if (c === 60 && this.c(1) === 60) return this.heredoc(depth);
    if (isDigit(c) || (c === 45 && isDigit(this.c(1)))) return this.number();
    if (c === 40) {
      this.i++;
      this.ws(true);
      const inner = this.expr(depth + 1, true) ?? this.fail('Expected a value after "(".', this.i);
      this.ws(true);
      if (this.c() !== 41) this.fail('Expected ")".', this.i);
      this.i++;
      return { kind: 'paren', inner, start: s, end: this.i };
    }
    if (c === 91) return this.tuple(depth);
    if (c === 123) return this.object(depth);
    const id = this.ident();
    if (!id) return undefined;
    const name = this.t.slice(id.start, id.end);
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', ...id };
    if (name === 'null') return { kind: 'literal', value: null, ...id };
    const save = this.i;
    this.ws(false);
    if (this.c() === 40 || (this.c() === 58 && this.c(1) === 58)) {
      // A call: `name(...)` or a provider function `provider::aws::arn_parse(...)`.
      while (this.c() === 58 && this.c(1) === 58) {
        this.i += 2;
        if (!this.ident()) this.fail('Expected a function name after "::".', this.i);
      }
      if (this.c() === 40) return this.call(this.t.slice(id.start, this.i), { start: id.start, end: this.i }, depth);
    }
    this.i = save;
    void nl;
    return { kind: 'traversal', root: name, steps: [], start: id.start, end: id.end };
  }

  private number(): HclExpr {
    const s = this.i;
    if (this.c() === 45) this.i++;
    while (isDigit(this.c())) this.i++;
    if (this.c() === 46 && isDigit(this.c(1))) {
      this.i++;
      while (isDigit(this.c())) this.i++;
    }
    if ((this.c() === 101 || this.c() === 69) && (isDigit(this.c(1)) || ((this.c(1) === 43 || this.c(1) === 45) && isDigit(this.c(2))))) {
      this.i += 2;
      while (isDigit(this.c())) this.i++;
    }
    return { kind: 'literal', value: Number(this.t.slice(s, this.i)), start: s, end: this.i };
  }

  private call(name: string, nameSpan: Span, depth: number): HclExpr {
    const s = nameSpan.start;
    this.i++;
    const args: HclExpr[] = [];
    let expand = false;
    for (;;) {
      this.ws(true);
      if (this.c() === 41) break;
      if (this.i >= this.n) this.fail(`Expected ")" to close the call of ${name}.`, s, this.i);
      const a = this.expr(depth + 1, true) ?? this.fail(`Expected an argument of ${name}.`, this.i);
      args.push(a);
      this.ws(true);
      if (this.t.startsWith('...', this.i)) {
        expand = true;
        this.i += 3;
        this.ws(true);
      }
      if (this.c() === 44) this.i++;
      else if (this.c() !== 41) this.fail(`Expected "," or ")" in the call of ${name}.`, this.i);
    }
    this.i++;
    return { kind: 'call', name, nameSpan, args, expand, start: s, end: this.i };
  }

  private forExpr(open: number, close: number, depth: number): HclExpr | undefined {
    // `[for x in xs : f(x)]` / `{for k, v in m : k => v}`: the reader keeps its extent only.
    const save = this.i;
    const id = this.ident();
    if (!id || this.t.slice(id.start, id.end) !== 'for' || !/\s/.test(this.t[this.i] ?? '')) {
      this.i = save;
      return undefined;
    }
    this.i = open;
    const s = this.i;
    if (depth > MAX_DEPTH) this.fail('Expression nested too deep.', s);
    this.skipBalanced();
    if (this.t.charCodeAt(this.i - 1) !== close) this.fail('The for expression is not closed.', s, this.i);
    return { kind: 'for', start: s, end: this.i };
  }

  private tuple(depth: number): HclExpr {
    const s = this.i;
    this.i++;
    this.ws(true);
    const f = this.forExpr(s, 93, depth);
    if (f) return f;
    const items: HclExpr[] = [];
    for (;;) {
      this.ws(true);
      if (this.c() === 93) break;
      if (this.i >= this.n) this.fail('Expected "]" to close the list.', s, this.i);
      const it = this.expr(depth + 1, true) ?? this.fail('Expected a list item or "]".', this.i);
      items.push(it);
      this.ws(true);
      if (this.c() === 44) this.i++;
      else if (this.c() !== 93) this.fail('Expected "," or "]" in the list.', this.i);
    }
    this.i++;
    return { kind: 'tuple', items, start: s, end: this.i };
  }

  private object(depth: number): HclExpr {
    const s = this.i;
    this.i++;
    this.ws(true);
    const f = this.forExpr(s, 125, depth);
    if (f) return f;
    const items: ObjectItem[] = [];
    for (;;) {
      this.ws(true);
      if (this.c() === 125) break;
      if (this.i >= this.n) this.fail('Expected "}" to close the object.', s, this.i);
      const key = this.expr(depth + 1, false) ?? this.fail('Expected a key or "}" in the object.', this.i);
      this.ws(false);
      const c = this.c();
      if (c !== 61 && c !== 58) this.fail('Expected "=" or ":" after the key.', this.i);
      this.i++;
      this.ws(true);
      const value = this.expr(depth + 1, false) ?? this.fail('Expected a value after the key.', this.i);
      items.push({ key, value, sep: c === 61 ? '=' : ':' });
      const crossed = this.ws(true);
      if (this.c() === 44) this.i++;
      else if (this.c() !== 125 && !crossed) this.fail('Expected a newline, "," or "}" after the value.', this.i);
    }
    this.i++;
    return { kind: 'object', items, start: s, end: this.i };
  }

  // ---- templates ------------------------------------------------------------------------

  quotedString(): HclExpr {
    return this.quoted(0);
  }

  templateText(): HclExpr {
    const parts: (string | HclExpr)[] = [];
    let buf = '';
    let directives = false;
    while (this.i < this.n) {
      const c = this.c();
      if ((c === 36 || c === 37) && this.c(1) === c && this.c(2) === 123) {
        buf += String.fromCharCode(c) + '{';
        this.i += 3;
        continue;
      }
      if ((c === 36 || c === 37) && this.c(1) === 123) {
        const r = this.interpolation(0, c === 37);
        if (buf) parts.push(buf);
        buf = '';
        if (r) parts.push(r);
        if (c === 37) directives = true;
        continue;
      }
      buf += this.t[this.i];
      this.i++;
    }
    if (buf || !parts.length) parts.push(buf);
    if (parts.length === 1 && typeof parts[0] === 'string' && !directives) return { kind: 'literal', value: parts[0], start: 0, end: this.n };
    return { kind: 'template', parts, directives, heredoc: false, start: 0, end: this.n };
  }

  /** A quoted string: a literal when it has no interpolation or directive, else a template. */
  private quoted(depth: number): HclExpr {
    const s = this.i;
    this.i++;
    const parts: (string | HclExpr)[] = [];
    let buf = '';
    let directives = false;
    for (;;) {
      const c = this.c();
      if (c === -1 || c === 10 || c === 13) {
        this.error('Unterminated string: a quoted string ends on its line with ".', s, this.i);
        break;
      }
      if (c === 34) {
        this.i++;
        break;
      }
      if (c === 92) {
        const esc = this.escape();
        buf += esc;
        continue;
      }
      if ((c === 36 || c === 37) && this.c(1) === 123) {
        const r = this.interpolation(depth, c === 37);
        if (buf) parts.push(buf);
        buf = '';
        if (r) parts.push(r);
        if (c === 37) directives = true;
        continue;
      }
      // `$${` and `%%{` are a literal `${` / `%{`.
      if ((c === 36 || c === 37) && this.c(1) === c && this.c(2) === 123) {
        buf += String.fromCharCode(c) + '{';
        this.i += 3;
        continue;
      }
      buf += this.t[this.i];
      this.i++;
    }
    if (buf || !parts.length) parts.push(buf);
    if (parts.length === 1 && typeof parts[0] === 'string' && !directives) return { kind: 'literal', value: parts[0], start: s, end: this.i };
    return { kind: 'template', parts, directives, heredoc: false, start: s, end: this.i };
  }

  private escape(): string {
    const next = this.t[this.i + 1];
    if (next === undefined || next === '\n' || next === '\r') {
      // A backslash that ends the text or the line escapes nothing: the string is unterminated there.
      this.error('Invalid escape: "\\" at the end of the line.', this.i, this.i + 1);
      this.i++;
      return '';
    }
    this.i += 2;
    switch (next) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case '"': return '"';
      case '\\': return '\\';
      case 'u':
      case 'U': {
        const len = next === 'u' ? 4 : 8;
        const hex = this.t.slice(this.i, this.i + len);
        if (/^[0-9A-Fa-f]+$/.test(hex) && hex.length === len) {
          this.i += len;
          const cp = parseInt(hex, 16);
          return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        }
        this.error('Invalid \\u escape.', this.i - 2, this.i);
        return '';
      }
      default:
        this.error(`Invalid escape "\\${next ?? ''}" in a string.`, this.i - 2, this.i);
        return next ?? '';
    }
  }

  /** `${ expr }` or `%{ directive }` at the `$`/`%`: the expression, undefined for a directive. */
  private interpolation(depth: number, directive: boolean): HclExpr | undefined {
    const s = this.i;
    this.i += 2;
    if (this.c() === 126) this.i++;
    this.ws(true);
    if (directive) {
      // `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for a in b }`, `%{ endfor }`: read the expression if any.
      const kw = this.ident();
      const word = kw ? this.t.slice(kw.start, kw.end) : '';
      if (word === 'for') {
        while (this.i < this.n && this.c() !== 125) {
          if (this.t.startsWith('in', this.i) && /\s/.test(this.t[this.i - 1] ?? '') && /\s/.test(this.t[this.i + 2] ?? '')) {
            this.i += 2;
            break;
          }
          if (this.c() === 10 || this.c() === 34) break;
          this.i++;
        }
      }
      this.ws(true);
      let e: HclExpr | undefined;
      if (word === 'if' || word === 'for') e = this.expr(depth + 1, true);
      this.closeInterpolation(s);
      return e ?? undefined;
    }
    const e = this.expr(depth + 1, true) ?? this.fail('Expected an expression in "${".', this.i);
    this.closeInterpolation(s);
    return e;
  }

  private closeInterpolation(s: number): void {
    this.ws(true);
    if (this.c() === 126) this.i++;
    if (this.c() !== 125) this.fail('Expected "}" to close the interpolation.', s, this.i);
    this.i++;
  }

  private heredoc(depth: number): HclExpr {
    const s = this.i;
    this.i += 2;
    const flush = this.c() === 45;
    if (flush) this.i++;
    const id = this.ident();
    if (!id) this.fail('Expected a heredoc marker after "<<".', s, this.i);
    const marker = this.t.slice(id.start, id.end);
    let lineEnd = this.t.indexOf('\n', this.i);
    if (lineEnd < 0 || this.t.slice(this.i, lineEnd).trim() !== '') this.fail('A heredoc marker must end its line.', s, this.i);
    // `<<-`: the smallest indentation of the content's non-blank lines is removed from every line.
    const indent = flush ? this.heredocIndent(lineEnd + 1, marker) : 0;
    const parts: (string | HclExpr)[] = [];
    let buf = '';
    let directives = false;
    let i = lineEnd + 1;
    for (;;) {
      if (i >= this.n) {
        this.error(`Unterminated heredoc: no line with ${marker} closes it.`, s, id.end);
        this.i = this.n;
        break;
      }
      lineEnd = this.t.indexOf('\n', i);
      const le = lineEnd < 0 ? this.n : lineEnd;
      if (this.t.slice(i, le).trim() === marker) {
        this.i = le;
        if (this.t.charCodeAt(this.i - 1) === 13) this.i--;
        break;
      }
      // The line's text, with interpolations read by the expression parser.
      this.i = i;
      for (let k = 0; k < indent && (this.c() === 32 || this.c() === 9); k++) this.i++;
      while (this.i <= le && this.i < this.n) {
        const c = this.c();
        if ((c === 36 || c === 37) && this.c(1) === c && this.c(2) === 123) {
          buf += String.fromCharCode(c) + '{';
          this.i += 3;
          continue;
        }
        if ((c === 36 || c === 37) && this.c(1) === 123) {
          const save = this.i;
          try {
            const r = this.interpolation(depth, c === 37);
            if (buf) parts.push(buf);
            buf = '';
            if (r) parts.push(r);
            if (c === 37) directives = true;
          } catch (e) {
            if (!(e instanceof Abort)) throw e;
            this.i = Math.max(this.i, save + 2);
          }
          continue;
        }
        buf += this.t[this.i];
        this.i++;
      }
      i = Math.max(this.i, le + 1);
    }
    if (buf || !parts.length) parts.push(buf);
    if (parts.length === 1 && typeof parts[0] === 'string' && !directives) return { kind: 'literal', value: parts[0], start: s, end: this.i };
    return { kind: 'template', parts, directives, heredoc: true, start: s, end: this.i };
  }

  private heredocIndent(from: number, marker: string): number {
    let min = Infinity;
    let i = from;
    while (i < this.n) {
      let e = this.t.indexOf('\n', i);
      if (e < 0) e = this.n;
      const line = this.t.slice(i, e).replace(/\r$/, '');
      if (line.trim() === marker) break;
      if (line.trim()) min = Math.min(min, /^[ \t]*/.exec(line)![0].length);
      i = e + 1;
    }
    return min === Infinity ? 0 : min;
  }
}

// ---- helpers for readers ----------------------------------------------------------------

export function attributes(body: HclBody): HclAttribute[] {
  return body.items.filter((x): x is HclAttribute => x.kind === 'attribute');
}

export function blocks(body: HclBody, type?: string): HclBlock[] {
  return body.items.filter((x): x is HclBlock => x.kind === 'block' && (type === undefined || x.type === type));
}

/** The last attribute named `name` (a duplicate is an error in Terraform; the last is what a reader sees). */
export function attribute(body: HclBody, name: string): HclAttribute | undefined {
  let found: HclAttribute | undefined;
  for (const x of body.items) if (x.kind === 'attribute' && x.name === name) found = x;
  return found;
}

/** `var.x` -> ['var', 'x'] when the traversal is names only; undefined otherwise. */
export function traversalNames(e: HclExpr): string[] | undefined {
  if (e.kind !== 'traversal') return undefined;
  const out = [e.root];
  for (const s of e.steps) {
    if (s.kind !== 'attr') return undefined;
    out.push(s.name);
  }
  return out;
}
