/**
 * Which DynamoDB tables the Application Auto Scaling targets of a template scale. A target is tied
 * to tables through the logical IDs its ResourceId references (`!Sub table/${Table}`, `!Ref Table`,
 * `!Join`), or through a literal `table/NAME` matching a literal TableName. A target that can be
 * tied to nothing known makes the whole question unknowable.
 */
import type { ModelDocument, Node, Resource } from '../../model';
import { get, intrinsicName } from '../../model';
import { asString, resolve } from '../../resolve';

export const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';

/** Logical IDs referenced anywhere inside a node. */
export function referencedIds(node: Node | undefined, out = new Set<string>()): Set<string> {
  if (!node) return out;
  if (node.kind === 'list') for (const it of node.items) referencedIds(it, out);
  if (node.kind !== 'map') return out;
  const fn = intrinsicName(node);
  const arg = fn ? node.entries[0].value : undefined;
  if (fn === 'Ref' && arg?.kind === 'scalar') out.add(String(arg.value));
  else if (fn === 'Fn::GetAtt') {
    if (arg?.kind === 'scalar') out.add(String(arg.value).split('.')[0]);
    else if (arg?.kind === 'list' && arg.items[0]?.kind === 'scalar') out.add(String(arg.items[0].value));
  } else if (fn === 'Fn::Sub') {
    const tpl = arg?.kind === 'list' ? arg.items[0] : arg;
    if (tpl?.kind === 'scalar') for (const m of String(tpl.value).matchAll(/\$\{([^}!]+)\}/g)) out.add(m[1].split('.')[0]);
    if (arg?.kind === 'list') referencedIds(arg.items[1], out);
  } else for (const e of node.entries) referencedIds(e.value, out);
  return out;
}

/** The set of table logical IDs scaled in this document, or undefined when it cannot be known. */
export function scaledTables(doc: ModelDocument, tables: Resource[]): Set<string> | undefined {
  const scaled = new Set<string>();
  const tableIds = new Set(tables.map((t) => t.id));
  const literalNames = new Map<string, string>();
  let everyNameKnown = true;
  for (const t of tables) {
    const n = get(t.properties, 'TableName');
    if (!n) continue;
    const v = n.kind === 'scalar' ? asString(n.value) : undefined;
    if (v === undefined) everyNameKnown = false;
    else literalNames.set(v, t.id);
  }
  for (const target of doc.resources) {
    if (target.type !== SCALABLE_TARGET) continue;
    const ns = resolve(get(target.properties, 'ServiceNamespace'), doc);
    if (!ns.unknown && ns.candidates.length > 0 && ns.candidates.every((c) => asString(c.value) !== 'dynamodb')) continue;
    const rid = get(target.properties, 'ResourceId');
    const refs = [...referencedIds(rid)].filter((id) => tableIds.has(id));
    if (refs.length) {
      refs.forEach((id) => scaled.add(id));
      continue;
    }
    const lit = resolve(rid, doc);
    if (lit.unknown || lit.candidates.length === 0) return undefined;
    for (const c of lit.candidates) {
      const m = /^table\/([^/]+)/.exec(asString(c.value) ?? '');
      if (!m) return undefined;
      const id = literalNames.get(m[1]);
      if (id) scaled.add(id);
      else if (!everyNameKnown) return undefined;
    }
  }
  return scaled;
}
