/**
 * Which DB cluster a DB instance (or a global cluster member) belongs to. A reference is known when it
 * is a `Ref` to a resource of the document, or a literal identifier (CLI scripts name clusters by
 * identifier). Anything else (a parameter with a free value, `Fn::ImportValue`, `Fn::GetAtt`) is
 * unknown: rules that need a complete count must then stay silent. Lookups go through maps built once
 * per document, so counting stays linear in the number of resources.
 */
import type { ModelDocument, Resource } from '../../model';
import { get, intrinsicName } from '../../model';
import { asString } from '../../resolve';
import type { RuleContext } from '../types';

export type ClusterRef =
  | { kind: 'resource'; target: Resource }
  | { kind: 'literal'; id: string }
  | { kind: 'unknown' }
  | { kind: 'none' };

const byLogicalId = new WeakMap<ModelDocument, Map<string, Resource>>();

/** The CloudFormation resource with this logical ID (map built once per document). */
function logical(doc: ModelDocument, id: string): Resource | undefined {
  let m = byLogicalId.get(doc);
  if (!m) {
    m = new Map();
    for (const r of doc.resources) if ((r.form === 'cloudformation' || r.form === 'terraform') && !m.has(r.id)) m.set(r.id, r);
    byLogicalId.set(doc, m);
  }
  return m.get(id);
}

/** The literal identifier of a resource, lower-cased (RDS stores identifiers in lower case). */
export function literalIdentifier(ctx: RuleContext, r: Resource, prop: string): string | undefined {
  const p = ctx.prop(r, prop);
  if (p.present) {
    if (p.unknown || p.absent || p.candidates.length !== 1) return undefined;
    return asString(p.candidates[0].value)?.toLowerCase();
  }
  // CLI and CDK resources carry their identifier as the resource id (a Terraform address is not one: Terraform generates it).
  return r.form === 'cloudformation' || r.form === 'terraform' ? undefined : r.id.toLowerCase();
}

/** How `r.prop` points at another resource. ARNs (`...:cluster:name`, `...:global-cluster:name`) are reduced to the name. */
export function refOf(ctx: RuleContext, r: Resource, prop: string): ClusterRef {
  const p = ctx.prop(r, prop);
  if (!p.present) return { kind: 'none' };
  const node = p.entry!.value;
  if (intrinsicName(node) === 'Ref') {
    const arg = get(node, 'Ref');
    const target = arg?.kind === 'scalar' ? logical(ctx.doc, String(arg.value)) : undefined;
    if (target) return { kind: 'resource', target };
  }
  if (p.unknown || p.absent || p.candidates.length !== 1) return { kind: 'unknown' };
  const v = asString(p.candidates[0].value);
  if (v === undefined || v === '') return { kind: 'unknown' };
  return { kind: 'literal', id: v.replace(/^arn:[^:]+:rds:[^:]*:[^:]*:(?:cluster|global-cluster):/, '').toLowerCase() };
}

/** Resolves references against a set of targets: by resource, or by their literal identifier (first one wins). */
export class TargetIndex {
  private readonly set: Set<Resource>;
  private readonly ids = new Map<string, Resource>();

  constructor(ctx: RuleContext, targets: Resource[], idProp: string) {
    this.set = new Set(targets);
    for (const t of targets) {
      const id = literalIdentifier(ctx, t, idProp);
      if (id !== undefined && !this.ids.has(id)) this.ids.set(id, t);
    }
  }

  /** The target a reference names, if it is one of ours. */
  find(ref: ClusterRef): Resource | undefined {
    if (ref.kind === 'resource') return this.set.has(ref.target) ? ref.target : undefined;
    if (ref.kind === 'literal') return this.ids.get(ref.id);
    return undefined;
  }
}

/** Members grouped by the target they reference through `prop`, in document order. */
export function groupByTarget(ctx: RuleContext, index: TargetIndex, members: Resource[], prop: string): Map<Resource, Resource[]> {
  const groups = new Map<Resource, Resource[]>();
  for (const m of members) {
    const t = index.find(refOf(ctx, m, prop));
    if (!t) continue;
    const g = groups.get(t);
    if (g) g.push(m);
    else groups.set(t, [m]);
  }
  return groups;
}

/** True when the resource is created only under a condition: it may not exist, so it is not counted. */
export const isConditional = (r: Resource) => r.attributes.has('Condition');
