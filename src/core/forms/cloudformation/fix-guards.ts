/**
 * Where a CloudFormation fix must not write: a value that is a YAML alias of one elsewhere, a
 * resource holding an anchor aliased elsewhere, a map written as an intrinsic. Shared by the YAML
 * and JSON writers (JSON has no anchors or tags, so the tests pass trivially there).
 */
import type { MapEntry, MapNode, ModelDocument } from '../../model';
import { entry, INTRINSICS } from '../../model';
import type { FixInput } from '../../fixes/types';

/**
 * A value written in the resource itself: not a YAML alias of a value elsewhere (its span would lie
 * outside the resource, or before its key) and not an anchor other places alias (editing it would
 * change them too).
 */
export function ownEntry(i: FixInput, e: MapEntry): boolean {
  const r = i.resource.span;
  if (e.keySpan.start < r.start || e.value.start < e.keySpan.end || e.value.end > r.end) return false;
  return !/&/.test(i.text.slice(e.keySpan.end, e.value.start)) && i.text[e.value.start] !== '&';
}

/**
 * A YAML resource holding an anchor that is aliased elsewhere: any edit inside it would change the
 * alias sites too, so only a comment suppression is offered.
 */
const aliasDocs = new WeakMap<ModelDocument, boolean>();

export function anchorsShared(i: FixInput): boolean {
  let aliases = aliasDocs.get(i.doc);
  if (aliases === undefined) aliasDocs.set(i.doc, (aliases = /\*[^\s,[\]{}]/.test(i.text)));
  if (!aliases) return false;
  const { start, end } = i.resource.span;
  const body = i.text.slice(start, end);
  for (const m of body.matchAll(/(?:^|[\s[{,])&([^\s,[\]{}]+)/g)) {
    const alias = `*${m[1]}`;
    for (let k = i.text.indexOf(alias); k >= 0; k = i.text.indexOf(alias, k + 1)) if (k < start || k >= end) return true;
  }
  return false;
}

/** A map written as an intrinsic (`Properties: !If [...]`): no property can be added to it. */
const intrinsic = (m: MapNode) => m.tagSpan !== undefined || (m.entries.length === 1 && INTRINSICS.has(m.entries[0].key));

/** Whether a dotted path can be added: every map on the way is written plainly in this resource. */
export function canInsert(i: FixInput, path: string): boolean {
  const r = i.resource;
  if (!r.properties) return true;
  let m: MapNode | undefined = r.properties;
  for (const k of path.split('.')) {
    if (!m) return true;
    if (intrinsic(m) || m.start < r.span.start || m.end > r.span.end) return false;
    const e = entry(m, k);
    m = e?.value.kind === 'map' ? e.value : undefined;
  }
  return true;
}

/** The guards as the writers carry them. */
export const cfnGuards = { ownEntry, shared: anchorsShared, canInsert, metadataSuppression: true } as const;
