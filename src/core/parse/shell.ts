/**
 * A shell tokenizer for what AWS CLI scripts contain: commands split by newlines, `;`, `&&`, `||`,
 * `|`, `&` and subshells; words with '', "" and $'...' quoting, backslash escapes and `\` line
 * continuations; comments; redirections and here-documents (skipped); `$(...)` and backticks
 * (their commands are read too). Every word keeps its exact source span and, when quoting
 * moved characters around, the source offset of each character of its value. A word holding a
 * variable, a command substitution, a glob, a brace expansion or a tilde is unknown: its value
 * is never guessed.
 */
import type { Span } from '../text';

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
}

/** A simple command: its leading assignments and its words. */
export interface ShellCommand extends Span {
  assignments: Word[];
  words: Word[];
}

export interface ShellParse {
  commands: ShellCommand[];
  comments: Span[];
}

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
const PLACEHOLDER = /^<[A-Za-z_][A-Za-z0-9_.:-]*>(?=[\s;|&)]|$)/;
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'exec', 'sudo', 'nohup', 'command', 'builtin']);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** Tokenizes `text` between `from` and `to` (offsets stay absolute, so Markdown blocks keep their spans). */
export function parseShell(text: string, from = 0, to = text.length): ShellParse {
  const out: ShellParse = { commands: [], comments: [] };
  new Tokenizer(text, from, to, out).run();
  return out;
}

class Tokenizer {
  private i: number;
  private cur: Word[] = [];
  private cmdStart = -1;
  private pendingHeredocs: { delim: string; strip: boolean }[] = [];

  constructor(private readonly t: string, from: number, private readonly end: number, private readonly out: ShellParse) {
    this.i = from;
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
      if (c === '<' && this.placeholder()) continue;
      if (c === '<' || c === '>') { this.redirect(); continue; }
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
      while (k < this.cur.length && ASSIGN.test(this.t.slice(this.cur[k].start, this.cur[k].end))) assignments.push(this.cur[k++]);
      const words = this.cur.slice(k);
      this.out.commands.push({ start: this.cmdStart, end: this.cur[this.cur.length - 1].end, assignments, words });
    }
    this.cur = [];
    this.cmdStart = -1;
  }

  /**
   * `<DB_PASSWORD>` standing alone: a placeholder in documentation, not a redirection. It is read as
   * an unknown word, so a README's template command gets no finding about the value it leaves out.
   */
  private placeholder(): boolean {
    const m = PLACEHOLDER.exec(this.t.slice(this.i, this.i + 128));
    if (!m) return false;
    const w: Word = { start: this.i, end: this.i + m[0].length, value: m[0], known: false, unknownReason: `placeholder ${m[0]}` };
    this.i = w.end;
    this.addWord(w);
    return true;
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
        push(text, this.i);
        this.i += text.length;
        unquotedChars += text.length;
        continue;
      }
      const c = t[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>' || c === ')') break;
      if (c === '\r' && t[this.i + 1] === '\n') break;
      if (c === '(' ) {
        if (value.length === 0 && quotes === 0) break;
        unknown('(');
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
      if (c === '{' && /^\{[^}\s]*(,|\.\.)[^}\s]*\}/.test(t.slice(this.i, this.i + 200))) unknown('brace expansion');
      unquotedChars++;
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
      new Tokenizer(t, start + 1, Math.min(j, this.end), this.out).run();
      this.i = Math.min(j + 1, this.end);
      return { start, end: this.i, reason: 'command substitution' };
    }
    const n = t[start + 1];
    if (n === '(') {
      const arith = t[start + 2] === '(';
      const close = matchParen(t, start + 1, this.end);
      if (!arith) new Tokenizer(t, start + 2, close, this.out).run();
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

/** The offset of the `)` matching the `(` at `open`, skipping quotes and nested parentheses. */
function matchParen(t: string, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const c = t[j];
    if (c === '\\') { j++; continue; }
    if (c === "'") { const e = t.indexOf("'", j + 1); j = e < 0 ? end : e; continue; }
    if (c === '"') {
      j++;
      while (j < end && t[j] !== '"') j += t[j] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return end;
}
