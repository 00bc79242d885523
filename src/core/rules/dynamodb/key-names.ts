/** Attribute names in AttributeDefinitions and key schemas, compared without guessing. */
import type { MapNode, Node } from '../../model';
import { entry, get, intrinsicName } from '../../model';
import { mapItems } from './values';

/** A written attribute name: a literal (`s:Name`), the same parameter (`ref:P`), or unknown. */
export interface AttrName {
  key?: string;
  literal: boolean;
  node: Node;
}

function nameOf(node: Node): AttrName {
  if (node.kind === 'scalar' && typeof node.value === 'string') return { key: `s:${node.value}`, literal: true, node };
  if (intrinsicName(node) === 'Ref' && node.kind === 'map') {
    const arg = node.entries[0].value;
    // The same parameter always has the same value, even when we cannot know it.
    if (arg.kind === 'scalar' && typeof arg.value === 'string' && !arg.value.startsWith('AWS::')) return { key: `ref:${arg.value}`, literal: false, node };
  }
  return { literal: false, node };
}

/** Names of a list of `{AttributeName: ...}` maps; `complete` is false when some entry cannot be read. */
export function namesOf(list: Node | undefined): { names: AttrName[]; complete: boolean } {
  const { items, unknown } = mapItems(list);
  const names: AttrName[] = [];
  let complete = !unknown;
  for (const it of items) {
    const n = get(it, 'AttributeName');
    if (!n) {
      complete = false;
      continue;
    }
    names.push(nameOf(n));
  }
  return { names, complete };
}

/** Every key schema of a table: its own and those of its GSIs and LSIs. */
export function keySchemaNames(props: MapNode | undefined): { names: AttrName[]; complete: boolean } {
  const own = namesOf(get(props, 'KeySchema'));
  const names = [...own.names];
  let complete = own.complete;
  for (const idx of ['GlobalSecondaryIndexes', 'LocalSecondaryIndexes']) {
    const e = entry(props, idx);
    if (!e) continue;
    const { items, unknown } = mapItems(e.value);
    if (unknown) complete = false;
    for (const it of items) {
      const ks = namesOf(get(it, 'KeySchema'));
      names.push(...ks.names);
      if (!ks.complete) complete = false;
    }
  }
  // Vector indexes name attributes too; how they relate to AttributeDefinitions is not checked here.
  if (entry(props, 'VectorIndexes')) complete = false;
  return { names, complete };
}

/**
 * Does `other` settle the question for `name`? True when every entry of `other` is a literal
 * or a parameter reference that `mine` also uses (so it cannot secretly equal `name`).
 */
export function decidable(other: AttrName[], mine: AttrName[]): boolean {
  const mineKeys = new Set(mine.map((n) => n.key));
  return other.every((o) => o.literal || (o.key !== undefined && mineKeys.has(o.key)));
}
