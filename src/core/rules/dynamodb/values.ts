/**
 * Helpers for rules that look inside nested properties and lists (DynamoDB key schemas,
 * replicas, ElastiCache node groups, proxy Auth entries) and that correlate two properties
 * chosen by the same `Fn::If` condition. Shared by the dynamodb, elasticache and proxy-dms
 * rule folders. Never guesses: anything intrinsic that does not resolve is reported unknown.
 */
import type { MapEntry, MapNode, Node } from '../../model';
import { entry, intrinsicName } from '../../model';
import type { Candidate } from '../../resolve';
import { asBool, resolve } from '../../resolve';
import type { Span } from '../../text';
import type { RuleContext } from '../types';

export type Condition = Candidate['condition'];

/** Two branches can happen together unless they pick opposite sides of the same condition. */
export function compatible(a: Condition, b: Condition): boolean {
  return !a || !b || a.name !== b.name || a.branch === b.branch;
}

/** Whether a written property is really there, per `Fn::If` branch (`AWS::NoValue` removes it). */
export interface Presence {
  present: boolean;
  condition?: Condition;
  site: Span;
}

/** Presence of a property value per branch; values need not be known to be present. */
export function presence(node: Node, condition?: Condition): Presence[] {
  const fn = intrinsicName(node);
  if (fn === 'Ref' && node.kind === 'map') {
    const arg = node.entries[0].value;
    if (arg.kind === 'scalar' && arg.value === 'AWS::NoValue') return [{ present: false, condition, site: node }];
  }
  if (fn === 'Fn::If' && node.kind === 'map') {
    const arg = node.entries[0].value;
    if (arg.kind === 'list' && arg.items.length === 3 && arg.items[0].kind === 'scalar') {
      const name = String(arg.items[0].value);
      return [...presence(arg.items[1], { name, branch: true }), ...presence(arg.items[2], { name, branch: false })];
    }
  }
  return [{ present: true, condition, site: node }];
}

/** Is the property present in the branch `cond`? true, false, or undefined when it depends on another condition. */
export function presentIn(e: MapEntry | undefined, cond: Condition): boolean | undefined {
  if (!e) return false;
  const ps = presence(e.value).filter((p) => compatible(p.condition, cond));
  if (ps.length === 0) return undefined;
  if (ps.every((p) => p.present)) return true;
  if (ps.every((p) => !p.present)) return false;
  return undefined;
}

/** The map items of a list value; `unknown` when the list or some item is not a literal map. */
export function mapItems(node: Node | undefined): { items: MapNode[]; unknown: boolean } {
  if (!node || node.kind !== 'list') return { items: [], unknown: node !== undefined };
  const items: MapNode[] = [];
  let unknown = false;
  for (const it of node.items) {
    if (it.kind === 'map' && !intrinsicName(it)) items.push(it);
    else unknown = true;
  }
  return { items, unknown };
}

/** What a boolean found at `parent.child` says, per branch. */
export interface BoolOutcome {
  state: 'true' | 'false' | 'missing' | 'unknown';
  /** Where to point: the value, or the parent key when the child is missing. */
  at: Span | Candidate;
  condition?: Condition;
}

/**
 * Reads a boolean nested one level down (`PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`),
 * through `Fn::If` on the parent map. A missing parent is reported at `anchor`.
 */
export function nestedBool(ctx: RuleContext, container: MapNode | undefined, parent: string, child: string, anchor: Span): BoolOutcome[] {
  const pe = entry(container, parent);
  if (!pe) return [{ state: 'missing', at: anchor }];
  const out: BoolOutcome[] = [];
  const res = resolve(pe.value, ctx.doc);
  if (res.unknown) out.push({ state: 'unknown', at: pe.keySpan });
  for (const c of res.candidates) {
    if (c.noValue) {
      out.push({ state: 'missing', at: c.site, condition: c.condition });
      continue;
    }
    if (c.node.kind !== 'map') {
      out.push({ state: 'unknown', at: c.site, condition: c.condition });
      continue;
    }
    const ce = entry(c.node, child);
    if (!ce) {
      out.push({ state: 'missing', at: c.node === pe.value ? pe.keySpan : c.site, condition: c.condition });
      continue;
    }
    const inner = resolve(ce.value, ctx.doc);
    if (inner.unknown) out.push({ state: 'unknown', at: ce.keySpan, condition: c.condition });
    for (const v of inner.candidates) {
      if (v.noValue) {
        out.push({ state: 'missing', at: v.site, condition: v.condition ?? c.condition });
        continue;
      }
      const b = asBool(v.value);
      const cond = v.condition ?? c.condition;
      const at: Candidate = { ...v, condition: cond };
      out.push({ state: b === true ? 'true' : b === false ? 'false' : 'unknown', at, condition: cond });
    }
  }
  return out;
}
