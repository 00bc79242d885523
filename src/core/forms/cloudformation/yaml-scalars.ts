/**
 * Scalar values for the fast YAML reader, ported from the `yaml` package (v2, YAML 1.2 core
 * schema) so both readers give the same value for the same source: plain-scalar line folding,
 * single- and double-quoted scalars with escapes, block scalars, and plain-scalar typing.
 * Anything the port does not cover throws {@link Bail}, and the caller falls back to the package.
 */
import type { ScalarValue } from '../../model';

/** Thrown when the fast reader meets something it does not fully understand. */
export class Bail extends Error {}
/** One shared instance: bailing is control flow, not an error worth a stack trace. */
export const BAIL = new Bail('fast YAML reader: fall back');

/**
 * A plain scalar's value under the YAML 1.2 core schema (the `yaml` package's default):
 * null/~/empty, true/false, decimal/0o/0x ints, floats, .inf/.nan; everything else is a string.
 * `2010-09-09`, `yes`, `0123`... follow the same tests as the package (0123 is the int 123).
 */
export function plainValue(s: string): ScalarValue {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  // Only these first characters can start a non-string: digits + - . ~ t T f F n N
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 116 || c === 84 || c === 102 || c === 70 || c === 110 || c === 78)) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** Folds the lines of a multi-line plain or single-quoted scalar (the package's unfoldLines). */
export function unfoldLines(source: string): string {
  const line = /(.*?)\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1].replace(/(?<![ \t])[ \t]+$/, '');
  let sep = ' ';
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = match[1].replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? '');
}

/** A single-quoted scalar's value; `source` includes both quotes. */
export function singleQuotedValue(source: string): string {
  const inner = source.slice(1, -1);
  return (inner.includes('\n') ? unfoldLines(inner) : inner).replace(/''/g, "'");
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** A double-quoted scalar's value; `source` includes both quotes. Bails on an invalid escape. */
export function doubleQuotedValue(source: string): string {
  if (source.indexOf('\\') < 0 && source.indexOf('\n') < 0) {
    // The common case: no escapes, one line. Trailing blanks are kept when no line break follows.
    return source.slice(1, -1);
  }
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\n') {
      let fold = '';
      let c = source[i + 1];
      while (c === ' ' || c === '\t' || c === '\n') {
        if (c === '\n') fold += '\n';
        i += 1;
        c = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      let next = source[++i];
      const cc = ESCAPES[next];
      if (cc) res += cc;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw BAIL;
        res += String.fromCodePoint(code);
        i += length;
      } else throw BAIL;
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n') res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}

/**
 * A block scalar's value (`|` literal or `>` folded, clip or strip chomping, no indentation
 * indicator): `lines` are the content lines from the first line after the header to the last
 * non-blank one, `indent` the first content line's indentation.
 */
export function blockScalarValue(lines: string[], indent: number, folded: boolean, strip: boolean): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  let i = 0;
  // Leading blank lines are kept as line breaks.
  for (; i < lines.length && lines[i].trim() === ''; i++) value += lines[i].slice(indent) + '\n';
  for (; i < lines.length; i++) {
    const raw = lines[i];
    let ind = 0;
    while (raw.charCodeAt(ind) === 32) ind++;
    const content = raw.slice(ind);
    if (!folded) {
      value += sep + raw.slice(indent);
      sep = '\n';
    } else if (ind > indent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + raw.slice(indent);
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return strip ? value : value + '\n';
}
