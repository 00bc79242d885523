/** Helpers both CloudFormation writers (YAML, JSON) share: finding the resource's map, walking to a nested map. */
import type { MapEntry, MapNode, ModelDocument, Resource } from '../model';
import { get } from '../model';

/** The resource's own map (`Type`, `Properties`, attributes), or undefined. */
export function resourceMap(doc: ModelDocument, r: Resource): MapNode | undefined {
  const m = get(get(doc.root, 'Resources'), r.id);
  return m?.kind === 'map' ? m : undefined;
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
