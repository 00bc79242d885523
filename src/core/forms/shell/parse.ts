/**
 * A shell tokenizer for what AWS CLI scripts contain: commands split by newlines, `;`, `&&`, `||`,
 * `|`, `&` and subshells; words with '', "" and $'...' quoting, backslash escapes and `\` line
 * continuations; comments; redirections and here-documents (skipped); `$(...)` and backticks
 * (their commands are read too, down to MAX_NESTING levels). Every word keeps its exact source span
 * and, when quoting moved characters around, the source offset of each character of its value. A
 * word holding a variable, a command substitution, a glob or a tilde is unknown: its value is never
 * guessed. Unquoted brace expansion (`{a,b}`, `{1..3}`) is done as bash does it: the word becomes
 * several words, each marked with the brace that made it (see `Word.brace`).
 *
 * Linear time: the end of every `$(` is found by one scan (`SubstitutionEnds`) shared by all the
 * nested tokenizers, so an unclosed `$(` (which runs to the end of the text) is scanned once, not
 * once per level.
 */
import type { Span } from '../../text';

/** One shell word after quote removal. */
export interface Word extends Span {
  /** The value after quote removal; unknown parts are kept as written (see `known`). */
  value: string;
  /** False when the word expands to something the analysis cannot know. */
  known: boolean;
  /** Why it is unknown (`$DB_PASSWORD`, `$(...)`, glob). */
  unknownReason?: string;
  /** Source offset of each character of `value` (absent when value === source text). */
  map?: number[];
  /** The quote when the whole word is one quoted string. */
  quote?: '"' | "'";
  /** Set when bash's brace expansion made this word out of a longer one (`X={a,b}` gives `X=a` and `X=b`). */
  brace?: BraceOrigin;
  /**
   * Set on a word that is only an escaped blank at the end of a line (`\<space>`) when the next line
   * starts with a flag (`--x`): the writer meant a line continuation, which the blank broke.
   */
  cutsOff?: true;
}

/** Where a brace-expanded word comes from. */
export interface BraceOrigin {
  /** The source span of the braces that were expanded (`{a,b}`, from `{` to `}`). */
  span: Span;
  /** The source span of the whole word as written. */
  word: Span;
  /** The whole word's source text. */
  text: string;
  /** How many words bash makes of it. */
  count: number;
  /** This word's position among them (0-based). */
  index: number;
}

/** A simple command: its leading assignments and its words. */
export interface ShellCommand extends Span {
  assignments: Word[];
  words: Word[];
}

export interface ShellParse {
  commands: ShellCommand[];
  comments: Span[];
  /** What could not be read (substitutions nested too deep). */
  problems: { span: Span; message: string }[];
}

/** Command substitutions (`$(...)`, backticks) nested deeper than this are skipped, with a problem. */
export const MAX_NESTING = 64;
/** A word whose brace expansion would make more words than this stays one unknown word. */
export const MAX_BRACE_WORDS = 256;

/** Source offset of character `i` of a word's value (`i` may equal value.length). */
export function offsetOf(w: Word, i: number): number {
  if (!w.map) return w.start + i;
  if (i < w.map.length) return w.map[i];
  return w.end - (w.quote ? 1 : 0);
}

/** The source span of value characters [from, to) of a word. */
export function valueSpan(w: Word, from: number, to: number): Span {
  if (to <= from) return { start: offsetOf(w, from), end: offsetOf(w, from) };
  return { start: offsetOf(w, from), end: offsetOf(w, to - 1) + 1 };
}

// Characters with no special meaning outside quotes, and inside double quotes.
const PLAIN = /[^ \t\n\r;&|<>()\\'"$`*?[~{]+/y;
const DQ_PLAIN = /[^"\\$`]+/y;
/**
 * Documentation placeholders: `<DB_PASSWORD>`, `<$TableName>`, `<table name from the stack outputs>` (on one line, no
 * space just inside the brackets, so `sort <in >out` stays two redirections) and `{dynamodb item}` (words
 * with a space and no JSON or brace-expansion syntax, at the start of a word).
 */
const PLACEHOLDER = /^<(?:\$\{?)?[A-Za-z_](?:[^<>|;&\n\r]{0,78}[^\s<>|;&])?>/;
const BRACE_PLACEHOLDER = /^\{[A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)+\}(?=[\s;|&)]|$)/;
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'exec', 'sudo', 'nohup', 'command', 'builtin']);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** Tokenizes `text` between `from` and `to` (offsets stay absolute, so Markdown blocks keep their spans). */
export function parseShell(text: string, from = 0, to = text.length): ShellParse {
  const out: ShellParse = { commands: [], comments: [], problems: [] };
  new Tokenizer(text, from, to, out, new SubstitutionEnds(text), 0).run();
  return out;
}

class Tokenizer {
  private i: number;
  private cur: Word[] = [];
  private cmdStart = -1;
  private pendingHeredocs: { delim: string; strip: boolean }[] = [];
  /** Unquoted, unescaped characters of words with an unquoted `{`: 1 per value index (for brace expansion). */
  private readonly braceActive = new Map<Word, Uint8Array>();

  constructor(
    private readonly t: string,
    from: number,
    private readonly end: number,
    private readonly out: ShellParse,
    private readonly subs: SubstitutionEnds,
    private readonly depth: number,
  ) {
    this.i = from;
  }

  /** Reads the commands of a substitution's body, unless it is nested too deep (then one problem says so). */
  private nested(from: number, to: number): void {
    if (this.depth + 1 <= MAX_NESTING) {
      new Tokenizer(this.t, from, to, this.out, this.subs, this.depth + 1).run();
      return;
    }
    if (this.subs.tooDeep) return; // one problem per text
    this.subs.tooDeep = true;
    this.out.problems.push({
      span: { start: Math.max(0, from - 2), end: to },
      message: `Command substitutions ($(...) or backticks) nested deeper than ${MAX_NESTING} levels: the commands inside are not analysed.`,
    });
  }

  run(): void {
    while (this.i < this.end) {
      const c = this.t[this.i];
      if (c === ' ' || c === '\t' || c === '\r') { this.i++; continue; }
      if (c === '\\' && this.isNewlineAt(this.i + 1)) { this.skipContinuation(); continue; }
      if (c === '\n') { this.endCommand(); this.i++; this.readHeredocs(); continue; }
      if (c === '#') { this.comment(); continue; }
      if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
        if (c === '&' && this.t[this.i + 1] === '>') { this.redirect(); continue; }
        this.endCommand();
        this.i++;
        continue;
      }
      if ((c === '<' || c === '>') && !this.placeholderAt(this.i, true)) { this.redirect(); continue; }
      const w = this.word();
      if (w) this.addWord(w);
    }
    this.endCommand();
  }

  private isNewlineAt(j: number): boolean {
    return this.t[j] === '\n' || (this.t[j] === '\r' && this.t[j + 1] === '\n');
  }

  private skipContinuation(): void {
    this.i += this.t[this.i + 1] === '\r' ? 3 : 2;
  }

  private comment(): void {
    const start = this.i;
    while (this.i < this.end && this.t[this.i] !== '\n') this.i++;
    this.out.comments.push({ start, end: this.i });
  }

  private addWord(w: Word): void {
    if (this.cmdStart < 0) this.cmdStart = w.start;
    if (this.cur.length === 0 && w.known && RESERVED.has(w.value) && !w.quote) return;
    this.cur.push(w);
  }

  private endCommand(): void {
    if (this.cur.length) {
      const assignments: Word[] = [];
      let k = 0;
      while (k < this.cur.length && ASSIGN.test(this.t.slice(this.cur[k].start, Math.min(this.cur[k].end, this.cur[k].start + 256)))) assignments.push(this.cur[k++]);
      // Bash expands braces in the words of a command, not in its leading assignments.
      const words: Word[] = [];
      for (; k < this.cur.length; k++) {
        const active = this.braceActive.get(this.cur[k]);
        if (active) words.push(...braceExpand(this.cur[k], active, this.t));
        else words.push(this.cur[k]);
      }
      this.out.commands.push({ start: this.cmdStart, end: this.cur[this.cur.length - 1].end, assignments, words });
    }
    this.cur = [];
    this.braceActive.clear();
    this.cmdStart = -1;
  }

  /**
   * The length of a documentation placeholder at `i` (0 when there is none): `<DB_PASSWORD>`,
   * `<stack-name>-events`, `arn:aws:rds:<region>:...`, and at the start of a word `{dynamodb item}`.
   * It is read as (part of) an unknown word, not as a redirection, so a README's template command
   * gets no finding about the value it leaves out.
   */
  private placeholderAt(i: number, wordStart: boolean): number {
    const c = this.t[i];
    if (c !== '<' && c !== '{') return 0;
    const m = (c === '<' ? PLACEHOLDER : wordStart ? BRACE_PLACEHOLDER : undefined)?.exec(this.t.slice(i, Math.min(this.end, i + 82)));
    return m ? m[0].length : 0;
  }

  /** A redirection (`>`, `2>&1`, `<<EOF`, `&>`): the operator and its target are not words of the command. */
  private redirect(): void {
    // An fd number written just before (`2>`) was read as a word: drop it.
    const last = this.cur[this.cur.length - 1];
    if (last && last.end === this.i && /^\d+$/.test(last.value)) this.cur.pop();
    let op = '';
    while (this.i < this.end && /[<>&|-]/.test(this.t[this.i]) && op.length < 3) {
      op += this.t[this.i++];
      if (op === '<<<' || op === '>&' && /\d/.test(this.t[this.i] ?? '')) break;
    }
    while (this.t[this.i] === ' ' || this.t[this.i] === '\t') this.i++;
    if (op.startsWith('<(') || op.startsWith('>(')) return;
    const target = this.i < this.end && !/[\n;&|()<>]/.test(this.t[this.i]) ? this.word() : undefined;
    if ((op === '<<' || op === '<<-') && target) this.pendingHeredocs.push({ delim: target.value, strip: op === '<<-' });
  }

  /** Skips here-document bodies that start on the line just begun. */
  private readHeredocs(): void {
    for (const h of this.pendingHeredocs) {
      while (this.i < this.end) {
        let e = this.t.indexOf('\n', this.i);
        if (e < 0 || e > this.end) e = this.end;
        let line = this.t.slice(this.i, e).replace(/\r$/, '');
        if (h.strip) line = line.replace(/^\t+/, '');
        this.i = Math.min(e + 1, this.end);
        if (line === h.delim) break;
      }
    }
    this.pendingHeredocs = [];
  }

  /** Reads one word starting at this.i. */
  private word(): Word | undefined {
    const t = this.t;
    const start = this.i;
    let value = '';
    // Runs of value characters: [value index, source offset, length]; a map is built only when they moved.
    const segs: number[] = [];
    let known = true;
    let reason: string | undefined;
    let moved = false;
    let quotes = 0;
    let unquotedChars = 0;
    let sawBrace = false;
    // Value ranges [from, to) of unquoted, unescaped characters (brace expansion only looks at those).
    const active: number[] = [];
    const activeAt = (from: number, len: number) => {
      if (active.length && active[active.length - 1] === from) active[active.length - 1] = from + len;
      else active.push(from, from + len);
    };
    const unknown = (why: string) => {
      if (known) reason = why;
      known = false;
    };
    const push = (ch: string, at: number) => {
      if (at !== start + value.length) moved = true;
      segs.push(value.length, at, ch.length);
      value += ch;
    };
    while (this.i < this.end) {
      PLAIN.lastIndex = this.i;
      const run = PLAIN.exec(t);
      if (run) {
        const text = run.index + run[0].length > this.end ? run[0].slice(0, this.end - run.index) : run[0];
        activeAt(value.length, text.length);
        push(text, this.i);
        this.i += text.length;
        unquotedChars += text.length;
        continue;
      }
      const c = t[this.i];
      const ph = this.placeholderAt(this.i, value.length === 0 && this.i === start);
      if (ph) {
        const text = t.slice(this.i, this.i + ph);
        unknown(`placeholder ${text}`);
        push(text, this.i);
        this.i += ph;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>' || c === ')') break;
      if (c === '\r' && t[this.i + 1] === '\n') break;
      if (c === '(' ) {
        if (value.length === 0 && quotes === 0) break;
        unknown('(');
        activeAt(value.length, 1);
        push(c, this.i++);
        continue;
      }
      if (c === '\\') {
        if (this.isNewlineAt(this.i + 1)) { moved = true; this.skipContinuation(); continue; }
        moved = true;
        if (this.i + 1 < this.end) push(t[this.i + 1], this.i + 1);
        this.i += 2;
        continue;
      }
      if (c === "'") {
        quotes++;
        moved = true;
        const close = t.indexOf("'", this.i + 1);
        const e = close < 0 || close >= this.end ? this.end : close;
        if (e > this.i + 1) push(t.slice(this.i + 1, e), this.i + 1);
        this.i = Math.min(e + 1, this.end); // an unclosed quote runs to the end of the region
        continue;
      }
      if (c === '"') {
        quotes++;
        moved = true;
        this.i++;
        while (this.i < this.end && t[this.i] !== '"') {
          DQ_PLAIN.lastIndex = this.i;
          const r = DQ_PLAIN.exec(t);
          if (r) {
            const text = r.index + r[0].length > this.end ? r[0].slice(0, this.end - r.index) : r[0];
            push(text, this.i);
            this.i += text.length;
            continue;
          }
          const d = t[this.i];
          if (d === '\\' && /[$`"\\\n]/.test(t[this.i + 1] ?? '')) {
            if (t[this.i + 1] !== '\n') push(t[this.i + 1], this.i + 1);
            this.i += 2;
            continue;
          }
          if (d === '$' || d === '`') {
            const e = this.expansion();
            if (e) { unknown(e.reason); push(t.slice(e.start, e.end), e.start); continue; }
          }
          push(d, this.i++);
        }
        this.i = Math.min(this.i + 1, this.end);
        continue;
      }
      if (c === '$' && t[this.i + 1] === "'") {
        quotes++;
        moved = true;
        this.ansi(push);
        continue;
      }
      if (c === '$' || c === '`') {
        const e = this.expansion();
        if (e) {
          unknown(e.reason);
          push(t.slice(e.start, e.end), e.start);
          continue;
        }
      }
      if (c === '*' || c === '?') unknown('glob');
      // `[...]` is a glob only when closed; after a `=` it is shorthand (`Key=[a,b]`), which no file name matches.
      if (c === '[' && !value.includes('=') && /^\[[^\s\]]*\]/.test(t.slice(this.i, this.i + 200))) unknown('glob');
      if (c === '~' && value.length === 0) unknown('~');
      if (c === '{') sawBrace = true;
      unquotedChars++;
      activeAt(value.length, 1);
      push(c, this.i++);
    }
    if (this.i > this.end) this.i = this.end; // an escape or quote at the very end of the region
    if (this.i === start) return undefined;
    const w: Word = { start, end: this.i, value, known };
    if (reason) w.unknownReason = reason;
    if (moved) {
      const map: number[] = [];
      for (let k = 0; k < segs.length; k += 3) for (let j = 0; j < segs[k + 2]; j++) map.push(segs[k + 1] + j);
      w.map = map;
    }
    if (quotes === 1 && unquotedChars === 0 && (t[start] === '"' || t[start] === "'") && t[this.i - 1] === t[start]) w.quote = t[start] as '"' | "'";
    if (/^[ \t]+$/.test(value) && t[start] === '\\' && /^[ \t]*\r?\n[ \t]*-/.test(t.slice(this.i, Math.min(this.end, this.i + 200)))) w.cutsOff = true;
    if (sawBrace) {
      const a = new Uint8Array(value.length);
      for (let k = 0; k < active.length; k += 2) a.fill(1, active[k], active[k + 1]);
      this.braceActive.set(w, a);
    }
    return w;
  }

  /** `$'...'`: ANSI-C quoting, escapes decoded. */
  private ansi(push: (ch: string, at: number) => void): void {
    const t = this.t;
    this.i += 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };
    while (this.i < this.end && t[this.i] !== "'") {
      if (t[this.i] === '\\' && this.i + 1 < this.end) {
        const n = t[this.i + 1];
        if (n in simple) { push(simple[n], this.i); this.i += 2; continue; }
        const hex = /^x([0-9A-Fa-f]{1,2})/.exec(t.slice(this.i + 1, this.i + 4));
        if (hex) { push(String.fromCharCode(parseInt(hex[1], 16)), this.i); this.i += 1 + hex[0].length; continue; }
      }
      push(t[this.i], this.i);
      this.i++;
    }
    this.i = Math.min(this.i + 1, this.end);
  }

  /** `$name`, `${...}`, `$(...)`, `$((...))`, backticks at this.i: skips it, reads inner commands. */
  private expansion(): { start: number; end: number; reason: string } | undefined {
    const t = this.t;
    const start = this.i;
    if (t[start] === '`') {
      let j = start + 1;
      while (j < this.end && t[j] !== '`') j += t[j] === '\\' ? 2 : 1;
      this.nested(start + 1, Math.min(j, this.end));
      this.i = Math.min(j + 1, this.end);
      return { start, end: this.i, reason: 'command substitution' };
    }
    const n = t[start + 1];
    if (n === '(') {
      const arith = t[start + 2] === '(';
      const close = this.subs.closeOf(start + 1, this.end);
      if (!arith) this.nested(start + 2, close);
      this.i = Math.min(close + 1, this.end);
      return { start, end: this.i, reason: arith ? 'arithmetic' : 'command substitution' };
    }
    if (n === '{') {
      let j = start + 2;
      let depth = 1;
      while (j < this.end && depth > 0) {
        if (t[j] === '{') depth++;
        else if (t[j] === '}') depth--;
        j++;
      }
      this.i = j;
      return { start, end: j, reason: `variable ${t.slice(start, j)}` };
    }
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(t.slice(start, start + 256));
    if (!m) return undefined;
    this.i = start + m[0].length;
    return { start, end: this.i, reason: `variable ${m[0]}` };
  }
}

/**
 * The `)` closing each `$(`, found by one iterative scan per outermost substitution and remembered,
 * so nested tokenizers look their end up instead of scanning again (linear time, no recursion).
 * Inside a substitution: `\\` escapes, '...' is skipped, "..." is a nested context (where `$(` opens
 * another substitution), `(` and `)` nest.
 */
class SubstitutionEnds {
  private readonly ends = new Map<number, number>();
  /** Set once a substitution nested too deep was reported. */
  tooDeep = false;
  constructor(private readonly t: string) {}

  /** The offset of the `)` matching the `(` at `open` (or `end` when unclosed). */
  closeOf(open: number, end: number): number {
    const known = this.ends.get(open);
    if (known !== undefined && known <= end) return known;
    return this.scan(open, end);
  }

  private scan(open: number, end: number): number {
    const t = this.t;
    // Stack of contexts: the offset of an opening `(` of a substitution (>= 0), -1 for a plain `(`, -2 for "...".
    const stack: number[] = [open];
    let j = open + 1;
    while (j < end && stack.length) {
      const c = t.charCodeAt(j);
      const top = stack[stack.length - 1];
      if (c === 92 /* \\ */) { j += 2; continue; }
      if (top === -2) {
        if (c === 34 /* " */) stack.pop();
        else if (c === 36 /* $ */ && t.charCodeAt(j + 1) === 40 /* ( */) { stack.push(j + 1); j += 2; continue; }
        j++;
        continue;
      }
      if (c === 39 /* ' */) {
        const e = t.indexOf("'", j + 1);
        j = e < 0 || e >= end ? end : e + 1;
        continue;
      }
      if (c === 34) stack.push(-2);
      else if (c === 40) stack.push(t.charCodeAt(j - 1) === 36 ? j : -1);
      else if (c === 41 /* ) */) {
        const o = stack.pop()!;
        if (o >= 0) this.ends.set(o, j);
        if (o === open) return j;
      }
      j++;
    }
    // Unclosed: every substitution still open runs to the end of the region.
    for (const o of stack) if (o >= 0) this.ends.set(o, end);
    return end;
  }
}

/** A word being built by brace expansion: value characters with their source offsets. */
interface Piece {
  v: string;
  m: number[];
}

const SEQ_NUM = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const SEQ_CHAR = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/;

/**
 * Bash's brace expansion of one word: `pre{a,b}post` gives `preapost prebpost`, `{1..3}` gives
 * `1 2 3` (with zero padding and increments, and letters), nested and repeated braces multiply.
 * Only unquoted, unescaped braces and commas count (`active`); `${var}` is an expansion, not a
 * brace. A brace with neither a top-level comma nor a valid sequence stays as written, as in bash.
 * More than MAX_BRACE_WORDS words: the word stays one, unknown.
 */
function braceExpand(w: Word, active: Uint8Array, text: string): Word[] {
  const m: number[] = new Array(w.value.length);
  for (let k = 0; k < w.value.length; k++) m[k] = offsetOf(w, k);
  const budget = { left: MAX_BRACE_WORDS };
  let first: Span | undefined;
  const expand = (p: Piece, act: Uint8Array): Piece[] | undefined => {
    const v = p.v;
    for (let s = 0; s < v.length; s++) {
      if (v[s] !== '{' || !act[s]) continue;
      let depth = 0;
      let close = -1;
      const commas: number[] = [];
      for (let k = s; k < v.length; k++) {
        if (!act[k]) continue;
        const ch = v[k];
        if (ch === '{') depth++;
        else if (ch === '}' && --depth === 0) {
          close = k;
          break;
        } else if (ch === ',' && depth === 1) commas.push(k);
      }
      if (close < 0) continue;
      const sub = (a: number, b: number): [Piece, Uint8Array] => [{ v: v.slice(a, b), m: p.m.slice(a, b) }, act.subarray(a, b)];
      let parts: Piece[][];
      if (commas.length) {
        parts = [];
        let from = s + 1;
        for (const c of [...commas, close]) {
          const r = expand(...sub(from, c));
          if (!r) return undefined;
          parts.push(r);
          from = c + 1;
        }
      } else {
        let all = true;
        for (let k = s + 1; k < close; k++) all &&= act[k] === 1;
        const seq = all ? sequence(v.slice(s + 1, close)) : undefined;
        if (!seq) continue;
        if (seq.length > budget.left) return undefined;
        parts = [seq.map((x) => ({ v: x, m: new Array<number>(x.length).fill(p.m[s]) }))];
      }
      if (!first) first = { start: p.m[s], end: p.m[close] + 1 };
      const post = expand(...sub(close + 1, v.length));
      if (!post) return undefined;
      const out: Piece[] = [];
      for (const list of parts) {
        for (const mid of list) {
          for (const po of post) {
            if (--budget.left < 0) return undefined;
            out.push({ v: v.slice(0, s) + mid.v + po.v, m: [...p.m.slice(0, s), ...mid.m, ...po.m] });
          }
        }
      }
      return out;
    }
    return [p];
  };
  const res = expand({ v: w.value, m }, active);
  if (!res) return [{ ...w, known: false, unknownReason: w.unknownReason ?? 'brace expansion' }];
  if (res.length === 1 && res[0].v === w.value) return [w];
  return res.map((p, index) => {
    const out: Word = { start: w.start, end: w.end, value: p.v, known: w.known, map: p.m, brace: { span: first!, word: { start: w.start, end: w.end }, text: text.slice(w.start, w.end), count: res.length, index } };
    if (w.unknownReason) out.unknownReason = w.unknownReason;
    return out;
  });
}

/** The words of a sequence expression (`1..3`, `01..10..2`, `a..e`), or undefined when it is not one. */
function sequence(body: string): string[] | undefined {
  let m = SEQ_NUM.exec(body);
  const out: string[] = [];
  if (m) {
    const a = parseInt(m[1], 10);
    const b = parseInt(m[2], 10);
    let inc = Math.abs(m[3] ? parseInt(m[3], 10) : 1) || 1;
    if (Math.abs(b - a) / inc >= MAX_BRACE_WORDS) return ['', ...new Array<string>(MAX_BRACE_WORDS).fill('')]; // over the budget
    const pad = /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
    if (b < a) inc = -inc;
    for (let x = a; inc > 0 ? x <= b : x >= b; x += inc) {
      const s = String(Math.abs(x));
      const neg = x < 0 ? '-' : '';
      out.push(pad ? neg + s.padStart(pad - neg.length, '0') : neg + s);
    }
    return out;
  }
  m = SEQ_CHAR.exec(body);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    let inc = Math.abs(m[3] ? parseInt(m[3], 10) : 1) || 1;
    if (b < a) inc = -inc;
    for (let x = a; inc > 0 ? x <= b : x >= b; x += inc) out.push(String.fromCharCode(x));
    return out;
  }
  return undefined;
}
