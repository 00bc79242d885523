/**
 * References from one resource's properties to other logical IDs: `Ref`, `Fn::GetAtt` (both
 * forms) and `Fn::Sub` placeholders (`${Name}`, `${Name.Attr}`; `${!Literal}` and names the Sub's
 * own variable map defines are not references). Pure.
 */
import type { MapNode, Node } from '../model';
import { intrinsicName } from '../model';

export interface Reference {
  /** The logical ID (or parameter name) referred to. */
  target: string;
  /** The top-level property that holds the reference (`DBSubnetGroupName`). */
  property: string;
}

/** Every reference under a resource's Properties, in source order, one per (target, property). */
export function referencesOf(properties: MapNode | undefined): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  if (!properties) return out;
  for (const e of properties.entries) {
    for (const target of targets(e.value)) {
      const k = `${target}\u0000${e.key}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ target, property: e.key });
    }
  }
  return out;
}

function* targets(node: Node): Generator<string> {
  const fn = intrinsicName(node);
  if (fn && node.kind === 'map') {
    const arg = node.entries[0].value;
    if (fn === 'Ref' && arg.kind === 'scalar' && typeof arg.value === 'string') {
      if (!arg.value.startsWith('AWS::')) yield arg.value;
      return;
    }
    if (fn === 'Fn::GetAtt') {
      if (arg.kind === 'scalar' && typeof arg.value === 'string') yield arg.value.split('.')[0];
      else if (arg.kind === 'list' && arg.items[0]?.kind === 'scalar' && typeof arg.items[0].value === 'string') yield arg.items[0].value;
      return;
    }
    if (fn === 'Fn::Sub') {
      yield* subTargets(arg);
      return;
    }
  }
  if (node.kind === 'map') for (const e of node.entries) yield* targets(e.value);
  else if (node.kind === 'list') for (const i of node.items) yield* targets(i);
}

function* subTargets(arg: Node): Generator<string> {
  let text: Node | undefined = arg;
  const local = new Set<string>();
  if (arg.kind === 'list') {
    text = arg.items[0];
    const vars = arg.items[1];
    if (vars?.kind === 'map') {
      for (const e of vars.entries) {
        local.add(e.key);
        yield* targets(e.value);
      }
    }
  }
  if (text?.kind !== 'scalar' || typeof text.value !== 'string') return;
  for (const m of text.value.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = m[1].trim().split('.')[0];
    if (!local.has(name) && !name.startsWith('AWS::')) yield name;
  }
}
