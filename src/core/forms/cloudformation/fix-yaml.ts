/**
 * CloudFormation YAML fixes: replace a value keeping its quotes, insert a property with the
 * file's indentation (creating Properties or parent maps), remove a property's lines, add
 * resource attributes, and suppress by Metadata or by an inline comment.
 */
import type { MapEntry, MapNode, ScalarValue } from '../../model';
import type { TextEdit } from '../../rules/types';
import { deepest, entryOf, resourceMap, typeEntry } from './fix-common';
import { cfnGuards } from './fix-guards';
import { commentSuppression } from '../../fixes/comment';
import { eol, indentUnit, lineEnd, lineStart, nextLineStart } from '../../fixes/text';
import type { FixInput, FormWriter } from '../../fixes/types';

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const RESERVED = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/** A scalar in YAML: plain when safe, else double-quoted; `quote` keeps the original style. */
export function yamlScalar(v: ScalarValue, quote?: '"' | "'"): string {
  const s = String(v);
  if (quote) return `${quote}${quote === "'" ? s.replace(/'/g, "''") : s.replace(/["\\]/g, '\\$&')}${quote}`;
  if (typeof v !== 'string') return s;
  return PLAIN.test(s) && !RESERVED.test(s) && !/^[\d.]+$/.test(s) ? s : JSON.stringify(s);
}

const isBlock = (text: string, m: MapNode) => text[m.start] !== '{';

/**
 * The end of a node's own text: its span may take the line break and comment lines after it
 * (the `yaml` package's node ends), which an edit of the value must keep.
 */
export function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(text[e - 1])) e--;
    const ls = lineStart(text, e);
    if (ls > start && text.slice(ls, e).trimStart().startsWith('#')) e = ls;
    else return e;
  }
}

/** Replaces a scalar's own text; an empty value (`Key:`) gets the space YAML needs after the colon. */
function scalarEdit(text: string, start: number, end: number, newText: string): TextEdit {
  const e = contentEnd(text, start, end);
  return { span: { start, end: e }, newText: e === start && text[start - 1] === ':' ? ` ${newText}` : newText };
}

/**
 * Where lines go after an entry: the start of the line after its content, from the model (the
 * entry's key and value spans), so comment lines that follow stay where they are. Undefined when
 * the line there still belongs to the value (more indented content): the model and text disagree.
 */
function afterEntry(text: string, e: MapEntry): number | undefined {
  const end = e.value.start === e.value.end ? e.keySpan.end : contentEnd(text, e.keySpan.end, Math.max(e.keySpan.end, e.value.end));
  const at = nextLineStart(text, Math.max(0, end - 1));
  if (at < text.length) {
    const line = text.slice(at, lineEnd(text, at));
    const ind = /^ */.exec(line)![0].length;
    if (line.trim() && !line.trim().startsWith('#') && ind > keyColumn(text, e)) return undefined;
  }
  return at;
}

/** The column of an entry's key. */
const keyColumn = (text: string, e: MapEntry) => e.keySpan.start - lineStart(text, e.keySpan.start);

/** An insertion of whole lines at a line start (a line break first when the file does not end with one). */
function insertLines(text: string, at: number, body: string): TextEdit[] {
  return [{ span: { start: at, end: at }, newText: (at === text.length && at > 0 && !/[\r\n]$/.test(text) ? eol(text) : '') + body }];
}

/** Lines for `a: b: value` nested under `indent`. */
function lines(keys: string[], value: string, indent: string, unit: string, nl: string): string {
  return keys.map((k, j) => `${indent}${unit.repeat(j)}${k}:${j === keys.length - 1 ? ` ${value}` : ''}`).join(nl) + nl;
}

/** The indentation of a block map's keys, when every key starts its line (or follows `- `) at one column. */
function keyIndent(text: string, m: MapNode): string | undefined {
  const col = keyColumn(text, m.entries[0]);
  for (const e of m.entries) {
    if (keyColumn(text, e) !== col) return undefined;
    if (!/^[ ]*(- +)*$/.test(text.slice(lineStart(text, e.keySpan.start), e.keySpan.start))) return undefined;
  }
  return ' '.repeat(col);
}

/** Inserts keys into a block map after its last entry. */
function insertInto(text: string, m: MapNode, keys: string[], value: string): TextEdit[] | undefined {
  if (!m.entries.length || !isBlock(text, m) || m.tagSpan) return undefined;
  const ind = keyIndent(text, m);
  const at = afterEntry(text, m.entries[m.entries.length - 1]);
  if (ind === undefined || at === undefined) return undefined;
  return insertLines(text, at, lines(keys, value, ind, indentUnit(text), eol(text)));
}

export const yamlWriter: FormWriter = {
  name: 'yaml',
  ...cfnGuards,
  setValue(i, e, value) {
    if (e.value.kind !== 'scalar') return undefined;
    return [scalarEdit(i.text, e.value.start, e.value.end, yamlScalar(value, e.value.quote))];
  },
  insert({ doc, text, resource }, path, value) {
    if (resource.properties) {
      const d = deepest(resource.properties, path);
      return d && insertInto(text, d.map, d.rest, yamlScalar(value));
    }
    const m = resourceMap(doc, resource);
    return m && insertInto(text, m, ['Properties', ...path.split('.')], yamlScalar(value));
  },
  remove({ text, resource }, e) {
    if (resource.properties?.entries.length === 1) return undefined;
    const start = lineStart(text, e.keySpan.start);
    if (text.slice(start, e.keySpan.start).trim() !== '') return undefined;
    const end = nextLineStart(text, contentEnd(text, e.keySpan.end, Math.max(e.keySpan.end, e.value.end)) - 1);
    return [{ span: { start, end }, newText: '' }];
  },
  managedPassword(i, e) {
    return [{ span: { start: e.keySpan.start, end: contentEnd(i.text, e.keySpan.end, Math.max(e.keySpan.end, e.value.end)) }, newText: 'ManageMasterUserPassword: true' }];
  },
  deletionPolicy({ doc, text, resource }, policy) {
    const m = resourceMap(doc, resource);
    const t = m && typeEntry(m);
    if (!m || !t || !isBlock(text, m)) return undefined;
    const edits: TextEdit[] = [];
    const missing: string[] = [];
    for (const a of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      const e: MapEntry | undefined = entryOf(m, a);
      if (!e) missing.push(a);
      // An alias (`DeletionPolicy: *x`): its value is written elsewhere, not ours to rewrite.
      else if (e.value.start < e.keySpan.end) return undefined;
      else if (e.value.kind === 'scalar' && e.value.value !== policy) edits.push(scalarEdit(text, e.value.start, e.value.end, yamlScalar(policy, e.value.quote)));
    }
    if (missing.length) {
      const at = afterEntry(text, t);
      const ind = keyIndent(text, m);
      if (at === undefined || ind === undefined) return undefined;
      const nl = eol(text);
      edits.push(...insertLines(text, at, missing.map((a) => `${ind}${a}: ${policy}${nl}`).join('')));
    }
    return edits.length ? edits : undefined;
  },
  suppress(doc, text, ruleId, at, resource) {
    if (resource) {
      const meta = resourceMetadata(doc, text, ruleId, resource);
      if (meta) return meta;
    }
    return commentSuppression(text, ruleId, at, '#');
  },
};

/** `Metadata: aws-db-architect: ignore: [ID]` on the resource (appended to an existing block list). */
function resourceMetadata(doc: FixInput['doc'], text: string, ruleId: string, resource: FixInput['resource']): TextEdit[] | undefined {
  const m = resourceMap(doc, resource);
  const t = m && typeEntry(m);
  if (!m || !t || !isBlock(text, m)) return undefined;
  const meta = entryOf(m, 'Metadata');
  const nl = eol(text);
  const unit = indentUnit(text);
  if (!meta) {
    const at = afterEntry(text, t);
    const ind = keyIndent(text, m);
    if (at === undefined || ind === undefined) return undefined;
    return insertLines(text, at, `${ind}Metadata:${nl}${ind}${unit}aws-db-architect:${nl}${ind}${unit}${unit}ignore:${nl}${ind}${unit}${unit}${unit}- ${ruleId}${nl}`);
  }
  if (meta.value.kind !== 'map') return undefined;
  const ours = entryOf(meta.value, 'aws-db-architect');
  if (!ours) return insertInto(text, meta.value, ['aws-db-architect', 'ignore'], `[${ruleId}]`);
  const list = ours.value.kind === 'map' ? entryOf(ours.value, 'ignore')?.value : undefined;
  if (list?.kind !== 'list' || !list.items.length) return undefined;
  if (text[list.start] === '[') {
    const close = text.lastIndexOf(']', list.end);
    return [{ span: { start: close, end: close }, newText: `, ${ruleId}` }];
  }
  const last = list.items[list.items.length - 1];
  const dash = text.lastIndexOf('-', last.start);
  if (dash < 0 || text.slice(lineStart(text, dash), dash).trim() !== '') return undefined;
  const at = nextLineStart(text, Math.max(last.start, last.end - 1));
  return insertLines(text, at, `${' '.repeat(dash - lineStart(text, dash))}- ${ruleId}${nl}`);
}
