/** Helpers both CloudFormation writers (YAML, JSON) share: finding the resource's map, walking to a nested map. */
import type { MapEntry, MapNode, ModelDocument, Resource } from '../../model';
import { get } from '../../model';

const maps = new WeakMap<ModelDocument, Map<string, MapNode | null>>();

/**
 * The resource's own map (`Type`, `Properties`, attributes), or undefined (indexed once per
 * document). A logical ID written twice has no single map to edit: undefined.
 */
export function resourceMap(doc: ModelDocument, r: Resource): MapNode | undefined {
  let byId = maps.get(doc);
  if (!byId) {
    byId = new Map();
    const all = get(doc.root, 'Resources');
    if (all?.kind === 'map') for (const e of all.entries) byId.set(e.key, byId.has(e.key) || e.value.kind !== 'map' ? null : e.value);
    maps.set(doc, byId);
  }
  const m = byId.get(r.id);
  return m && m.start >= r.span.start && m.end <= r.span.end ? m : undefined;
}

/** The deepest existing map along a dotted path, and the keys still to create below it. */
export function deepest(map: MapNode, path: string): { map: MapNode; rest: string[] } | undefined {
  const keys = path.split('.');
  let cur = map;
  for (let i = 0; i < keys.length; i++) {
    const e = cur.entries.find((x) => x.key === keys[i]);
    if (!e) return { map: cur, rest: keys.slice(i) };
    if (e.value.kind !== 'map') return undefined;
    cur = e.value;
  }
  return undefined;
}

/** The entry with `key` in a map (last wins). */
export function entryOf(map: MapNode | undefined, key: string): MapEntry | undefined {
  let f: MapEntry | undefined;
  for (const e of map?.entries ?? []) if (e.key === key) f = e;
  return f;
}

/** The `Type` entry of a resource map (attributes go next to it). */
export const typeEntry = (m: MapNode) => entryOf(m, 'Type');
