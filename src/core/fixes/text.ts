/** Line arithmetic for fix writers: offsets of line starts and ends, indentation, the file's line break. */
import type { TextEdit } from '../rules/types';

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset of the line break ending the line holding `offset` (text.length on the last line). */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset just after the line break of the line holding `offset`. */
export function nextLineStart(text: string, offset: number): number {
  const e = lineEnd(text, offset);
  if (text[e] === '\r' && text[e + 1] === '\n') return e + 2;
  return e < text.length ? e + 1 : e;
}

/** The leading whitespace of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const s = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(s, s + 200))![0];
}

// Whole-text facts, remembered for the last text: a template with hundreds of findings asks once.
let memo: { text: string; eol?: string; unit?: string } = { text: '' };
const facts = (text: string) => (memo.text === text ? memo : (memo = { text }));

/** The file's line break (`\r\n` if it uses it). */
export function eol(text: string): string {
  const m = facts(text);
  return (m.eol ??= text.includes('\r\n') ? '\r\n' : '\n');
}

/** The indentation step the file uses (difference between nested keys), 2 by default. */
export function indentUnit(text: string): string {
  const m = facts(text);
  if (m.unit === undefined) {
    const x = /\n( +)\S[^\n]*\n\1( +)\S/.exec(text);
    m.unit = x ? ' '.repeat(Math.min(8, x[2].length)) : '  ';
  }
  return m.unit;
}

/** The one edit that turns `before` into `after`: the differing middle, between their common prefix and suffix. */
export function changedRegion(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
