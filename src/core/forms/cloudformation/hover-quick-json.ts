/**
 * The first hover after an edit of a pretty-printed JSON template, without reading it all: JSON
 * strings hold no line breaks, so the resource under the cursor is the lines from its
 * `"LogicalId": {` line to the `}` at the same indentation. Only that slice is read. A minified or
 * unusually laid-out file returns 'full' and the caller reads the whole text.
 */
import type { MapEntry } from '../../model';
import { readJson } from './json';
import { locateCfn, resourceEntries, type CfnSpot } from './hover';

const HEADER = '{"Resources": {\n';
const KEY_OPEN = /^\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*$/;

/** What the quick path learnt about one text version. */
export interface QuickJsonCache {
  section?: { head: number; end: number; idIndent: number } | 'full';
  slices: Map<number, MapEntry[] | 'full'>;
}

/** An empty cache, for one text version. */
export function quickJsonCache(): QuickJsonCache {
  return { slices: new Map() };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, start: number): number {
  const e = text.indexOf('\n', start);
  return e < 0 ? text.length : e;
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line)![0];
  return m.length === line.trimEnd().length ? -1 : m.length;
}

function section(text: string, cache: QuickJsonCache): QuickJsonCache['section'] {
  if (cache.section) return cache.section;
  // The first "Resources" key that opens an object at the end of its line.
  const m = /\n([ \t]*)"Resources"[ \t]*:[ \t]*\{[ \t]*\r?\n/.exec(text);
  if (!m) return (cache.section = 'full');
  const head = m.index + m[0].length - 1;
  const close = new RegExp(`\\n${m[1]}\\}`, 'g');
  close.lastIndex = head;
  const c = close.exec(text);
  if (!c) return (cache.section = 'full');
  const first = text.slice(head + 1, lineEndOf(text, head + 1));
  const idIndent = indentOf(first);
  if (idIndent <= m[1].length) return (cache.section = 'full');
  return (cache.section = { head, end: c.index + 1, idIndent });
}

/** The spot at `offset` read from the resource's own lines; undefined: not in a resource; 'full': read the whole text. */
export function quickJsonSpot(text: string, offset: number, cache: QuickJsonCache = quickJsonCache()): CfnSpot | undefined | 'full' {
  const s = section(text, cache);
  if (!s || s === 'full') return 'full';
  if (offset <= s.head || offset >= s.end) return undefined;
  // Up to the `"LogicalId": {` line at the logical-ID indentation.
  let start = lineStartOf(text, offset);
  for (;;) {
    const line = text.slice(start, lineEndOf(text, start));
    const ind = indentOf(line);
    if (ind === s.idIndent) {
      if (!KEY_OPEN.test(line)) return undefined;
      break;
    }
    if (ind >= 0 && ind < s.idIndent) return 'full';
    if (start <= s.head + 1) return 'full';
    start = lineStartOf(text, start - 1);
  }
  let entries = cache.slices.get(start);
  if (!entries) {
    // Down to the `}` that closes it, at the same indentation.
    const close = new RegExp(`\\n[ \\t]{${s.idIndent}}\\}`, 'g');
    close.lastIndex = start;
    const c = close.exec(text);
    if (!c || c.index + c[0].length > s.end) return 'full';
    const end = c.index + c[0].length;
    if (offset > end) return undefined;
    const read = readJson(`${HEADER}${text.slice(start, end)}\n}}`);
    entries = !read.root || read.problems.length ? 'full' : resourceEntries(read.root);
    cache.slices.set(start, entries);
  }
  return entries === 'full' ? 'full' : locateCfn(entries, offset - start + HEADER.length);
}
