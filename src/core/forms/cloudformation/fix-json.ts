/**
 * CloudFormation JSON fixes: the same operations as YAML, keeping the JSON valid (commas) and
 * the file's indentation. Maps written on one line get the insertion on that line.
 */
import type { MapEntry, MapNode, ScalarValue } from '../../model';
import type { TextEdit } from '../../rules/types';
import { deepest, entryOf, resourceMap } from './fix-common';
import { cfnGuards } from './fix-guards';
import { eol, indentAt, indentUnit, lineStart } from '../../fixes/text';
import type { FormWriter } from '../../fixes/types';

const lit = (v: ScalarValue) => JSON.stringify(v);

/** `"A": { "B": value }` for nested keys (pretty over lines when the map is). */
function member(keys: string[], value: string, indent: string, unit: string, nl: string, multiline: boolean): string {
  if (keys.length === 1) return `"${keys[0]}": ${value}`;
  const inner = member(keys.slice(1), value, indent + unit, unit, nl, multiline);
  return multiline ? `"${keys[0]}": {${nl}${indent}${unit}${inner}${nl}${indent}}` : `"${keys[0]}": { ${inner} }`;
}

/** Inserts keys as the first member of a map. */
function insertFirst(text: string, m: MapNode, keys: string[], value: string): TextEdit[] | undefined {
  if (text[m.start] !== '{') return undefined;
  const nl = eol(text);
  const unit = indentUnit(text);
  const first = m.entries[0];
  if (!first) {
    const ind = indentAt(text, m.start);
    return [{ span: { start: m.start, end: m.end }, newText: `{${nl}${ind}${unit}${member(keys, value, ind + unit, unit, nl, true)}${nl}${ind}}` }];
  }
  const multiline = /[\r\n]/.test(text.slice(m.start, first.keySpan.start));
  if (multiline) {
    const ind = indentAt(text, first.keySpan.start);
    const at = lineStart(text, first.keySpan.start);
    return [{ span: { start: at, end: at }, newText: `${ind}${member(keys, value, ind, unit, nl, true)},${nl}` }];
  }
  return [{ span: { start: first.keySpan.start, end: first.keySpan.start }, newText: `${member(keys, value, '', unit, nl, false)}, ` }];
}

/** Removes a member and one adjacent comma. */
function removeMember(text: string, m: MapNode, e: MapEntry): TextEdit[] | undefined {
  const i = m.entries.indexOf(e);
  if (i < 0 || m.entries.length === 1) return undefined;
  const next = m.entries[i + 1];
  if (next) {
    const own = /[\r\n]/.test(text.slice(e.value.end, next.keySpan.start));
    const start = own ? lineStart(text, e.keySpan.start) : e.keySpan.start;
    const end = own ? lineStart(text, next.keySpan.start) : next.keySpan.start;
    return [{ span: { start, end }, newText: '' }];
  }
  return [{ span: { start: m.entries[i - 1].value.end, end: e.value.end }, newText: '' }];
}

export const jsonWriter: FormWriter = {
  name: 'json',
  ...cfnGuards,
  setValue(i, e, value) {
    if (e.value.kind !== 'scalar') return undefined;
    return [{ span: { start: e.value.start, end: e.value.end }, newText: lit(value) }];
  },
  insert({ doc, text, resource }, path, value) {
    if (resource.properties) {
      const d = deepest(resource.properties, path);
      return d && insertFirst(text, d.map, d.rest, lit(value));
    }
    const m = resourceMap(doc, resource);
    return m && insertFirst(text, m, ['Properties', ...path.split('.')], lit(value));
  },
  remove({ text, resource }, e, path) {
    const keys = path.split('.');
    let m: MapNode | undefined = resource.properties;
    for (const k of keys.slice(0, -1)) m = entryOf(m, k)?.value.kind === 'map' ? (entryOf(m, k)!.value as MapNode) : undefined;
    return m && removeMember(text, m, e);
  },
  managedPassword(i, e) {
    return [{ span: { start: e.keySpan.start, end: e.value.end }, newText: '"ManageMasterUserPassword": true' }];
  },
  deletionPolicy({ doc, text, resource }, policy) {
    const m = resourceMap(doc, resource);
    if (!m) return undefined;
    const edits: TextEdit[] = [];
    for (const a of ['UpdateReplacePolicy', 'DeletionPolicy']) {
      const e = entryOf(m, a);
      if (!e) edits.push(...(insertFirst(text, m, [a], lit(policy)) ?? []));
      else if (e.value.kind === 'scalar' && e.value.value !== policy) edits.push({ span: { start: e.value.start, end: e.value.end }, newText: lit(policy) });
    }
    // Two insertions at the same place: merge them so the edit set stays ordered.
    if (edits.length === 2 && edits[0].span.start === edits[1].span.start && edits[0].span.end === edits[0].span.start) {
      return [{ span: edits[0].span, newText: edits[1].newText + edits[0].newText }];
    }
    return edits.length ? edits : undefined;
  },
  suppress(doc, text, ruleId, at, resource) {
    const m = resource && resourceMap(doc, resource);
    if (!m) return undefined;
    const meta = entryOf(m, 'Metadata');
    if (!meta) return insertFirst(text, m, ['Metadata', 'aws-db-architect', 'ignore'], `["${ruleId}"]`);
    if (meta.value.kind !== 'map') return undefined;
    const ours = entryOf(meta.value, 'aws-db-architect');
    if (!ours) return insertFirst(text, meta.value, ['aws-db-architect', 'ignore'], `["${ruleId}"]`);
    const list = ours.value.kind === 'map' ? entryOf(ours.value, 'ignore')?.value : undefined;
    if (list?.kind !== 'list') return undefined;
    const last = list.items[list.items.length - 1];
    if (!last) return [{ span: { start: list.start + 1, end: list.start + 1 }, newText: `"${ruleId}"` }];
    return [{ span: { start: last.end, end: last.end }, newText: `, "${ruleId}"` }];
  },
};
