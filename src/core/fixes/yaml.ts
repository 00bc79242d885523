/**
 * CloudFormation YAML fixes: replace a value keeping its quotes, insert a property with the
 * file's indentation (creating Properties or parent maps), remove a property's lines, add
 * resource attributes, and suppress by Metadata or by an inline comment.
 */
import type { MapEntry, MapNode, ScalarValue } from '../model';
import type { TextEdit } from '../rules/types';
import { deepest, entryOf, resourceMap, typeEntry } from './cfn-common';
import { commentSuppression } from './comment';
import { eol, indentAt, indentUnit, lineStart, nextLineStart } from './text';
import type { FixInput, FormWriter } from './types';

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

/** Offset after the last line of a map's last entry. */
function afterLast(text: string, m: MapNode): number {
  const last = m.entries[m.entries.length - 1];
  const end = Math.max(last.keySpan.end, last.value.end - (/[\r\n]/.test(text[last.value.end - 1] ?? '') ? 1 : 0));
  return nextLineStart(text, end);
}

/** Lines for `a: b: value` nested under `indent`. */
function lines(keys: string[], value: string, indent: string, unit: string, nl: string): string {
  return keys.map((k, j) => `${indent}${unit.repeat(j)}${k}:${j === keys.length - 1 ? ` ${value}` : ''}`).join(nl) + nl;
}

/** Inserts keys into a block map after its last entry. */
function insertInto(text: string, m: MapNode, keys: string[], value: string): TextEdit[] | undefined {
  if (!m.entries.length || !isBlock(text, m)) return undefined;
  const at = afterLast(text, m);
  const nl = eol(text);
  const body = lines(keys, value, indentAt(text, m.entries[0].keySpan.start), indentUnit(text), nl);
  return [{ span: { start: at, end: at }, newText: (at === text.length && !/[\r\n]$/.test(text) ? nl : '') + body }];
}

export const yamlWriter: FormWriter = {
  setValue(i, e, value) {
    if (e.value.kind !== 'scalar') return undefined;
    return [{ span: { start: e.value.start, end: e.value.end }, newText: yamlScalar(value, e.value.quote) }];
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
    const end = nextLineStart(text, Math.max(e.keySpan.end, e.value.end - 1));
    return [{ span: { start, end }, newText: '' }];
  },
  managedPassword(i, e) {
    return [{ span: { start: e.keySpan.start, end: e.value.end }, newText: 'ManageMasterUserPassword: true' }];
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
      else if (e.value.kind === 'scalar' && e.value.value !== policy) edits.push({ span: { start: e.value.start, end: e.value.end }, newText: yamlScalar(policy, e.value.quote) });
    }
    if (missing.length) {
      const at = nextLineStart(text, t.value.end - 1);
      const nl = eol(text);
      const ind = indentAt(text, t.keySpan.start);
      edits.push({ span: { start: at, end: at }, newText: missing.map((a) => `${ind}${a}: ${policy}${nl}`).join('') });
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
    const at = nextLineStart(text, t.value.end - 1);
    const ind = indentAt(text, t.keySpan.start);
    return [{ span: { start: at, end: at }, newText: `${ind}Metadata:${nl}${ind}${unit}aws-db-architect:${nl}${ind}${unit}${unit}ignore:${nl}${ind}${unit}${unit}${unit}- ${ruleId}${nl}` }];
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
  const at = nextLineStart(text, last.end - 1);
  return [{ span: { start: at, end: at }, newText: `${indentAt(text, last.start)}- ${ruleId}${nl}` }];
}
