/**
 * The AWS CLI's shorthand syntax (`Key=Value,Key2=[a,b],Key3={K=V}`), ported from awscli's
 * ShorthandParser so that what it rejects we reject, with the span of every key and value.
 */
import type { Span } from '../text';
import type { PEntry, PValue, ValueError } from './value';

// Character classes of awscli/shorthand.py (_START_WORD, _FIRST_FOLLOW_CHARS, _SECOND_FOLLOW_CHARS).
const START = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_FOLLOW = '\\s!#-&(-+\\--\\\\^-|~-\\uffff';
const SECOND_FOLLOW = '\\s!#-&(-+\\--<>-\\uffff';
const FIRST = new RegExp(`^(\\\\,|[${START}])(\\\\,|[${FIRST_FOLLOW}])*`, 'u');
const SECOND = new RegExp(`^(\\\\,|[${START}])(\\\\,|[${SECOND_FOLLOW}])*`, 'u');
const SINGLE = /^'(?:\\'|[^'])*'/;
const DOUBLE = /^"(?:\\"|[^"])*"/;
const KEY = /[A-Za-z0-9\-_.#/:]/;
const WS = /\s/;

/** A syntax error. Not an Error: the parser backtracks with it, and stack traces are costly. */
class SyntaxErr {
  constructor(readonly message: string, readonly index: number) {}
}

/**
 * Parses one shorthand value. `span(a, b)` maps value indexes to the source.
 * Returns the object, or the error the CLI would report.
 */
export function parseShorthand(s: string, span: (a: number, b: number) => Span): { value?: PValue; error?: ValueError } {
  const p = new Parser(s, span);
  try {
    return { value: p.parameter() };
  } catch (e) {
    if (e instanceof SyntaxErr) {
      // The character at fault; when the value ended too early, its last item (after the last ",", or the
      // whole value: `--authentication-mode IAM`), or the last character when the value ends in ",".
      if (e.index >= s.length && s.length > 0) {
        const from = s.lastIndexOf(',') + 1;
        return { error: { message: e.message, span: from < s.length ? span(from, s.length) : span(s.length - 1, s.length) } };
      }
      const at = Math.max(0, Math.min(e.index, s.length - 1));
      return { error: { message: e.message, span: span(at, Math.min(s.length, at + 1)) } };
    }
    throw e;
  }
}

class Parser {
  private i = 0;
  private paramFile = false;

  constructor(private readonly s: string, private readonly span: (a: number, b: number) => Span) {}

  parameter(): PValue {
    const entries: PEntry[] = [];
    const seen = new Set<string>();
    const first = this.keyval();
    entries.push(first);
    seen.add(first.key);
    while (this.i < this.s.length) {
      const before = this.i;
      this.expect(',', true);
      const kv = this.keyval();
      if (seen.has(kv.key)) throw new SyntaxErr(`second instance of key "${kv.key}" (often a "," where a space was meant)`, before + 1);
      seen.add(kv.key);
      entries.push(kv);
    }
    return { k: 'obj', entries, span: this.span(0, this.s.length) };
  }

  private keyval(): PEntry {
    const { key, keySpan } = this.keyEquals();
    return { key, keySpan, value: this.values() };
  }

  /** `key=` or `key@=` (a parameter file): the key and its span, the `=` consumed. */
  private keyEquals(): { key: string; keySpan: PEntry['keySpan'] } {
    const ks = this.i;
    const key = this.key();
    const keySpan = this.span(ks, Math.max(this.i, ks + 1));
    this.paramFile = false;
    this.ws();
    if (this.cur() === '@') {
      this.i++;
      this.paramFile = true;
    }
    this.expect('=', true);
    return { key, keySpan };
  }

  private key(): string {
    const start = this.i;
    while (this.i < this.s.length && KEY.test(this.s[this.i])) this.i++;
    return this.s.slice(start, this.i);
  }

  private values(): PValue {
    if (this.eof()) return this.str('', this.i, this.i);
    if (this.cur() === '[') return this.explicitList();
    if (this.cur() === '{') return this.hash();
    return this.csv();
  }

  private csv(): PValue {
    const start = this.i;
    const first = this.firstValue();
    this.ws();
    if (this.eof() || this.s[this.i] !== ',') return first;
    this.expect(',', true);
    const list: PValue[] = [first];
    for (;;) {
      try {
        const current = this.secondValue();
        this.ws();
        if (this.eof()) {
          list.push(current);
          break;
        }
        this.expect(',', true);
        list.push(current);
      } catch (e) {
        if (!(e instanceof SyntaxErr) || this.eof()) throw e;
        while (this.i >= 0 && this.s[this.i] !== ',') this.i--;
        break;
      }
    }
    if (list.length === 1) return first;
    return { k: 'list', items: list, span: this.span(start, Math.max(this.i, start + 1)) };
  }

  private explicitList(): PValue {
    const start = this.i;
    this.expect('[', true);
    const items: PValue[] = [];
    while (this.cur() !== ']') {
      items.push(this.explicitValues());
      this.ws();
      if (this.cur() !== ']') {
        this.expect(',');
        this.ws();
      }
    }
    this.expect(']');
    return { k: 'list', items, span: this.span(start, this.i) };
  }

  private explicitValues(): PValue {
    if (this.cur() === '[') return this.explicitList();
    if (this.cur() === '{') return this.hash();
    return this.firstValue();
  }

  private hash(): PValue {
    const start = this.i;
    this.expect('{', true);
    const entries: PEntry[] = [];
    while (this.cur() !== '}') {
      const { key, keySpan } = this.keyEquals();
      const value = this.explicitValues();
      this.ws();
      if (this.cur() !== '}') {
        this.expect(',');
        this.ws();
      }
      const old = entries.findIndex((e) => e.key === key);
      if (old >= 0) entries.splice(old, 1);
      entries.push({ key, keySpan, value });
    }
    this.expect('}');
    return { k: 'obj', entries, span: this.span(start, this.i) };
  }

  private firstValue(): PValue {
    if (this.cur() === "'") return this.quoted(SINGLE, "'");
    if (this.cur() === '"') return this.quoted(DOUBLE, '"');
    const start = this.i;
    const m = FIRST.exec(this.s.slice(this.i));
    if (!m) return this.str('', start, start);
    this.i += m[0].length;
    return this.str(m[0].replace(/\\,/g, ',').trimEnd(), start, this.i);
  }

  private secondValue(): PValue {
    if (this.cur() === "'") return this.quoted(SINGLE, "'");
    if (this.cur() === '"') return this.quoted(DOUBLE, '"');
    const start = this.i;
    const m = SECOND.exec(this.s.slice(this.i));
    if (!m) throw new SyntaxErr('expected a value', this.i);
    this.i += m[0].length;
    return this.str(m[0].replace(/\\,/g, ',').trimEnd(), start, this.i);
  }

  private quoted(re: RegExp, q: string): PValue {
    const start = this.i;
    const m = re.exec(this.s.slice(this.i));
    if (!m) throw new SyntaxErr(`unterminated ${q === '"' ? 'double' : 'single'}-quoted value`, this.i);
    this.i += m[0].length;
    const v = m[0].slice(1, -1).split(`\\${q}`).join(q).split('\\\\').join('\\');
    return this.str(v, start, this.i, q as '"' | "'");
  }

  private str(v: string, a: number, b: number, quote?: '"' | "'"): PValue {
    const span = this.span(a, Math.max(b, a));
    if (this.paramFile || /^(file|fileb):\/\//.test(v)) return { k: 'unknown', reason: 'file reference', span };
    return { k: 'str', v, span, sh: true, ...(quote ? { quote } : {}) };
  }

  private expect(ch: string, ws = false): void {
    if (ws) this.ws();
    if (this.eof()) throw new SyntaxErr(`expected "${ch}" but the value ends`, this.i);
    if (this.s[this.i] !== ch) throw new SyntaxErr(`expected "${ch}", found "${this.s[this.i]}"`, this.i);
    this.i++;
    if (ws) this.ws();
  }

  private ws(): void {
    while (this.i < this.s.length && WS.test(this.s[this.i])) this.i++;
  }

  private cur(): string | undefined {
    return this.s[this.i];
  }

  private eof(): boolean {
    return this.i >= this.s.length;
  }
}
