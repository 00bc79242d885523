/**
 * The first hover after an edit, without reading a 1 MB template: in a block-style YAML template,
 * the resource under the cursor is the lines between its logical-ID line and the next line at the
 * same indentation. Only that slice is read (as a one-resource template) to find the spot. Any
 * doubt (flow style, anchors, a read problem) returns 'full' and the caller reads the whole text.
 */
import { readYaml } from './yaml';
import type { MapEntry } from '../../model';
import { locateCfn, resourceEntries, type CfnSpot } from './hover';

const HEADER = 'Resources:\n';

/** Indentation of a line, or -1 for a blank or comment line. */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i >= end || text[i] === '#' || text[i] === '\r') return -1;
  return i - start;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, start: number): number {
  const e = text.indexOf('\n', start);
  return e < 0 ? text.length : e;
}

/** What the quick path learnt about one text version: the Resources section, and the resources it read. */
export interface QuickCache {
  section?: Section;
  /** Read resources by the offset of their first line. */
  slices: Map<number, MapEntry[] | 'full'>;
}

interface Section {
  /** End of the `Resources:` line. */
  head: number;
  /** Start of the next top-level key (or the text length). */
  end: number;
  /** Indentation of the logical IDs. */
  idIndent: number;
}

/** An empty cache, for one text version. */
export function quickCache(): QuickCache {
  return { slices: new Map() };
}

/** The `Resources:` section holding `offset` (undefined: none; 'full': not a plain block section). */
function sectionAt(text: string, offset: number, cache: QuickCache): Section | undefined | 'full' {
  const c = cache.section;
  if (c && offset > c.head && offset < c.end) return c;
  // The `Resources:` key at column 0 above the cursor.
  const res = text.lastIndexOf('\nResources:', offset) + 1;
  if (res === 0 && !text.startsWith('Resources:')) return 'full';
  const head = lineEndOf(text, res);
  if (!/^\s*(#.*)?\r?$/.test(text.slice(res + 'Resources:'.length, head))) return 'full';
  if (offset <= head) return undefined;
  // The next top-level key ends the section.
  const nextTop = /\n[^\s#]/g;
  nextTop.lastIndex = head;
  const top = nextTop.exec(text);
  const end = top ? top.index : text.length;
  if (offset >= end) return undefined;
  // The indentation of the logical IDs: the first content line under Resources:.
  let p = head + 1;
  let idIndent = -1;
  while (p < text.length) {
    const e = lineEndOf(text, p);
    idIndent = indentOf(text, p, e);
    if (idIndent >= 0) break;
    p = e + 1;
  }
  if (idIndent <= 0) return 'full';
  cache.section = { head, end, idIndent };
  return cache.section;
}

/** The spot at `offset` read from the resource's own lines; undefined: not in a resource; 'full': read the whole text. */
export function quickYamlSpot(text: string, offset: number, cache: QuickCache = quickCache()): CfnSpot | undefined | 'full' {
  if (offset < 0 || offset > text.length) return undefined;
  const section = sectionAt(text, offset, cache);
  if (!section || section === 'full') return section;
  const { head: resLineEnd, idIndent } = section;
  // Walk up from the cursor's line to the logical-ID line (indentation idIndent).
  let start = lineStartOf(text, offset);
  for (;;) {
    const ind = indentOf(text, start, lineEndOf(text, start));
    if (ind === 0) return start <= resLineEnd ? undefined : 'full';
    if (ind === idIndent) break;
    if (ind >= 0 && ind < idIndent) return 'full';
    if (start <= resLineEnd + 1) return 'full';
    start = lineStartOf(text, start - 1);
  }
  // Walk down to the next line at that indentation or less: the end of the resource.
  let end = lineEndOf(text, start);
  for (let q = end + 1; q < text.length; ) {
    const e = lineEndOf(text, q);
    const ind = indentOf(text, q, e);
    if (ind >= 0 && ind <= idIndent) break;
    end = e;
    q = e + 1;
  }
  if (offset > end) return undefined;
  let entries = cache.slices.get(start);
  if (!entries) {
    entries = readSlice(text.slice(start, end));
    cache.slices.set(start, entries);
  }
  return entries === 'full' ? 'full' : locateCfn(entries, offset - start + HEADER.length);
}

function readSlice(slice: string): MapEntry[] | 'full' {
  // Anchors and aliases may point outside the slice; flow style may span it: read everything.
  if (/[&*][A-Za-z0-9_-]|^\s*[{[]/m.test(slice) || /:\s*[{[][^\]}]*$/m.test(slice)) return 'full';
  const read = readYaml(HEADER + slice);
  if (!read.root || read.problems.length) return 'full';
  return resourceEntries(read.root);
}
