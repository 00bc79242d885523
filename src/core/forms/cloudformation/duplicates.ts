/**
 * Keys written twice in one mapping. The YAML and JSON readers keep every entry (the `yaml` package
 * runs with uniqueKeys off, jsonc-parser keeps them all); CloudFormation deploys the last one, as
 * JSON parsers and the YAML loaders that allow duplicates do. This keeps only the last entry of
 * each key, so every rule judges the value CloudFormation uses and never both, and lists the
 * earlier ones for ADB093. A top-level section written twice (two `Resources:`) is different: AWS
 * says CloudFormation's behaviour is then undefined (template-formats.html), so neither is kept and
 * no rule judges what is in them.
 */
import type { DuplicateKey, MapEntry, MapNode, Node } from '../../model';

/** Removes, in place, every entry whose key is written again later in its map; returns them (later key, first key). */
export function dropDuplicateKeys(root: MapNode): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const seen = new Set<Node>();
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    // Aliases share nodes: each is walked once.
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === 'list') {
      for (const it of n.items) stack.push(it);
      continue;
    }
    if (n.kind !== 'map') continue;
    if (n.entries.length > 1) dedupe(n, found, n === root);
    for (const e of n.entries) stack.push(e.value);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function dedupe(map: MapNode, found: DuplicateKey[], top: boolean): void {
  let firsts: Map<string, MapEntry> | undefined;
  const last = new Map<string, MapEntry>();
  for (const e of map.entries) {
    const before = last.get(e.key);
    if (before) {
      firsts ??= new Map();
      if (!firsts.has(e.key)) firsts.set(e.key, before);
      found.push({ key: e.key, span: e.keySpan, first: firsts.get(e.key)!.keySpan, ...(top ? { top } : {}) });
    }
    last.set(e.key, e);
  }
  if (firsts) map.entries = map.entries.filter((e) => (top ? !firsts.has(e.key) : last.get(e.key) === e));
}
