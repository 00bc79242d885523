/**
 * Which DB cluster a DB instance (or a global cluster member) belongs to. A reference is known when it
 * is a `Ref` to a resource of the document, or a literal identifier (CLI scripts name clusters by
 * identifier). Anything else (a parameter with a free value, `Fn::ImportValue`, `Fn::GetAtt`) is
 * unknown: rules that need a complete count must then stay silent.
 */
import type { Resource } from '../../model';
import { get, intrinsicName } from '../../model';
import { asString } from '../../resolve';
import type { RuleContext } from '../types';

export type ClusterRef =
  | { kind: 'resource'; target: Resource }
  | { kind: 'literal'; id: string }
  | { kind: 'unknown' }
  | { kind: 'none' };

/** The literal identifier of a resource, lower-cased (RDS stores identifiers in lower case). */
export function literalIdentifier(ctx: RuleContext, r: Resource, prop: string): string | undefined {
  const p = ctx.prop(r, prop);
  if (p.present) {
    if (p.unknown || p.absent || p.candidates.length !== 1) return undefined;
    return asString(p.candidates[0].value)?.toLowerCase();
  }
  // CLI and CDK resources carry their identifier as the resource id.
  return r.form === 'cloudformation' ? undefined : r.id.toLowerCase();
}

/** How `r.prop` points at another resource. ARNs (`...:cluster:name`, `...:global-cluster:name`) are reduced to the name. */
export function refOf(ctx: RuleContext, r: Resource, prop: string): ClusterRef {
  const p = ctx.prop(r, prop);
  if (!p.present) return { kind: 'none' };
  const node = p.entry!.value;
  if (intrinsicName(node) === 'Ref') {
    const arg = get(node, 'Ref');
    const name = arg?.kind === 'scalar' ? String(arg.value) : undefined;
    const target = ctx.doc.resources.find((x) => x.id === name && x.form === 'cloudformation');
    if (target) return { kind: 'resource', target };
  }
  if (p.unknown || p.absent || p.candidates.length !== 1) return { kind: 'unknown' };
  const v = asString(p.candidates[0].value);
  if (v === undefined || v === '') return { kind: 'unknown' };
  return { kind: 'literal', id: v.replace(/^arn:[^:]+:rds:[^:]*:[^:]*:(?:cluster|global-cluster):/, '').toLowerCase() };
}

/** Does `ref` point at `target` (a resource of the document)? */
export function pointsAt(ctx: RuleContext, ref: ClusterRef, target: Resource, idProp: string): boolean {
  if (ref.kind === 'resource') return ref.target === target;
  if (ref.kind === 'literal') return literalIdentifier(ctx, target, idProp) === ref.id;
  return false;
}

/** True when the resource is created only under a condition: it may not exist, so it is not counted. */
export const isConditional = (r: Resource) => r.attributes.has('Condition');
