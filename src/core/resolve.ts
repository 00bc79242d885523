/**
 * Value resolution: what values can a property take? Literals are themselves; a `Ref` to a
 * parameter takes its AllowedValues (or Default) and MinValue/MaxValue; `Fn::If` takes each
 * branch; `Fn::FindInMap`, `Fn::Select`, `Fn::Join` and a plain `Fn::Sub` resolve when their
 * arguments do. Anything else (a resource, a pseudo parameter, an import, a dynamic reference,
 * a shell variable, a computed CDK value) is unknown and yields no candidate: never guess.
 *
 * Inside an `Fn::If` branch, the branch's condition narrows the parameters it tests
 * (src/core/conditions.ts): a value the condition excludes is not a candidate there, and a branch
 * whose conditions can never hold together is dropped.
 */
import { branchImpossible, offDefault, valueFeasible, type Branch } from './conditions';
import type { ModelDocument, Node, ScalarNode, ScalarValue } from './model';
import { get, intrinsicName } from './model';
import type { Span } from './text';

export interface Candidate {
  /** The scalar value, or undefined when the candidate is a map or list node. */
  value: ScalarValue | undefined;
  /** The node holding the value (a literal in the resource, a parameter's default, a mapping value). */
  node: Node;
  /** Where the value is written in the resource: the literal, the `Ref`, the `Fn::If` branch. */
  site: Span;
  /**
   * The parameter the value comes from. `how` is `Default` for the parameter's Default (also when it
   * is one of its AllowedValues; `span` is then the Default). `alternativeTo` is set when the parameter
   * has a Default and this is another value it offers (an other AllowedValue, MinValue or MaxValue):
   * the template works as written unless someone picks it.
   */
  param?: {
    name: string;
    span: Span;
    how: 'Default' | 'AllowedValues' | 'MinValue' | 'MaxValue';
    alternativeTo?: ScalarNode;
    /** The parameter's value, when the candidate is what a mapping gives for it (`Fn::FindInMap`). */
    value?: ScalarValue;
  };
  /**
   * The condition and branch that choose this value. `offDefault`: with every parameter at its
   * Default, this branch (or an enclosing one) is not taken.
   */
  condition?: { name: string; branch: boolean; offDefault?: boolean };
  /** `Ref: AWS::NoValue`: the property is removed. */
  noValue?: boolean;
}

export interface Resolution {
  candidates: Candidate[];
  /** Some values could not be known. */
  unknown: boolean;
}

const MAX_DEPTH = 8;

/**
 * The values `node` can take. `within`: conditions known to hold where the node is (the `Condition`
 * of the resource it belongs to); they narrow parameters like an enclosing `Fn::If` branch does.
 */
export function resolve(node: Node | undefined, doc: ModelDocument, within?: Branch[]): Resolution {
  const out: Resolution = { candidates: [], unknown: false };
  if (node) walk(node, doc, out, node, within?.length ? { path: within, base: within.length } : {}, 0);
  // A parameter's Default in a resource its defaults do not create (its Condition is false with every
  // parameter at its Default) is taken only with other values: a choice, as in an Fn::If branch off the defaults.
  if (within?.length && out.candidates.some((c) => c.param && !c.condition) && offDefault(doc, within)) {
    const last = within[within.length - 1];
    for (const c of out.candidates) if (c.param && !c.condition) c.condition = { name: last.name, branch: last.branch, offDefault: true };
  }
  return out;
}

interface Ctx {
  condition?: Candidate['condition'];
  /** The conditions that hold here: `within`, then every enclosing `Fn::If` branch, outermost first. */
  path?: Branch[];
  /** How many entries of `path` come from `within` (not from an Fn::If of this value). */
  base?: number;
}

function walk(node: Node, doc: ModelDocument, out: Resolution, site: Span, ctx: Ctx, depth: number): void {
  if (depth > MAX_DEPTH) {
    out.unknown = true;
    return;
  }
  if (node.kind === 'unknown') {
    out.unknown = true;
    return;
  }
  const fn = intrinsicName(node);
  if (!fn) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.includes('{{resolve:')) {
      out.unknown = true;
      return;
    }
    out.candidates.push({ value: node.kind === 'scalar' ? node.value : undefined, node, site, condition: ctx.condition });
    return;
  }
  const arg = (node.kind === 'map' && node.entries[0].value) as Node;
  switch (fn) {
    case 'Ref':
      return ref(arg, node, doc, out, ctx);
    case 'Fn::If': {
      if (arg.kind !== 'list' || arg.items.length !== 3) break;
      const [c, a, b] = arg.items;
      const name = c.kind === 'scalar' ? String(c.value) : '?';
      for (const [n, branch] of [[a, true], [b, false]] as const) {
        const path = [...(ctx.path ?? []), { name, branch }];
        // A branch whose conditions can never all hold is never taken.
        if (branchImpossible(doc, path)) continue;
        const condition = offDefault(doc, path.slice(ctx.base ?? 0)) ? { name, branch, offDefault: true } : { name, branch };
        walk(n, doc, out, n, { condition, path, base: ctx.base }, depth + 1);
      }
      return;
    }
    case 'Fn::Sub': {
      if (arg.kind === 'scalar' && typeof arg.value === 'string' && !arg.value.includes('${')) {
        out.candidates.push({ value: arg.value, node: arg, site: node, condition: ctx.condition });
        return;
      }
      break;
    }
    case 'Fn::FindInMap':
      return findInMap(arg, node, doc, out, ctx, depth);
    case 'Fn::Select': {
      if (arg.kind !== 'list' || arg.items.length !== 2) break;
      const idx = resolve(arg.items[0], doc);
      const list = arg.items[1];
      if (idx.unknown || idx.candidates.length !== 1 || list.kind !== 'list') break;
      const i = Number(idx.candidates[0].value);
      if (!Number.isInteger(i) || i < 0 || i >= list.items.length) break;
      return walk(list.items[i], doc, out, node, ctx, depth + 1);
    }
    case 'Fn::Join': {
      if (arg.kind !== 'list' || arg.items.length !== 2) break;
      const [sep, list] = arg.items;
      if (sep.kind !== 'scalar' || list.kind !== 'list') break;
      const parts: string[] = [];
      for (const it of list.items) {
        if (it.kind !== 'scalar' || it.value === null) {
          out.unknown = true;
          return;
        }
        parts.push(String(it.value));
      }
      out.candidates.push({ value: parts.join(String(sep.value ?? '')), node, site: node, condition: ctx.condition });
      return;
    }
  }
  out.unknown = true;
}

function ref(arg: Node, refNode: Node, doc: ModelDocument, out: Resolution, ctx: Ctx): void {
  if (arg.kind !== 'scalar' || typeof arg.value !== 'string') {
    out.unknown = true;
    return;
  }
  const name = arg.value;
  if (name === 'AWS::NoValue') {
    out.candidates.push({ value: undefined, node: refNode, site: refNode, noValue: true, condition: ctx.condition });
    return;
  }
  const p = doc.parameters.get(name);
  if (!p) {
    out.unknown = true;
    return;
  }
  const found: Candidate[] = [];
  const allowed = get(p.node, 'AllowedValues');
  const defNode = get(p.node, 'Default');
  const def = defNode?.kind === 'scalar' ? defNode : undefined;
  const condition = ctx.condition;
  if (allowed?.kind === 'list') {
    let defaultSeen = false;
    for (const it of allowed.items) {
      if (it.kind !== 'scalar') continue;
      if (def && !defaultSeen && String(it.value) === String(def.value)) {
        defaultSeen = true;
        found.push({ value: it.value, node: def, site: refNode, param: { name, span: def, how: 'Default' }, condition });
      } else {
        found.push({ value: it.value, node: it, site: refNode, param: { name, span: it, how: 'AllowedValues', alternativeTo: def }, condition });
      }
    }
  } else {
    if (def) found.push({ value: def.value, node: def, site: refNode, param: { name, span: def, how: 'Default' }, condition });
    for (const how of ['MinValue', 'MaxValue'] as const) {
      const b = get(p.node, how);
      if (b?.kind === 'scalar') found.push({ value: b.value, node: b, site: refNode, param: { name, span: b, how, alternativeTo: def }, condition });
    }
    // A parameter without AllowedValues can still be given any other value: that part is unknown.
    out.unknown = true;
  }
  if (!found.length) {
    out.unknown = true;
    return;
  }
  // Inside an Fn::If branch, drop the values its conditions exclude.
  const path = ctx.path;
  for (const c of found) if (!path || valueFeasible(doc, path, name, c.value)) out.candidates.push(c);
}

function findInMap(arg: Node, node: Node, doc: ModelDocument, out: Resolution, ctx: Ctx, depth: number): void {
  if (arg.kind !== 'list' || arg.items.length < 3 || !doc.mappings) {
    out.unknown = true;
    return;
  }
  const mapName = arg.items[0];
  if (mapName.kind !== 'scalar') {
    out.unknown = true;
    return;
  }
  const mapping = get(doc.mappings, String(mapName.value));
  if (mapping?.kind !== 'map') {
    out.unknown = true;
    return;
  }
  const second = literalOrAll(arg.items[2], doc);
  if (second !== 'all' && byParameter(arg.items[1], mapping, second, node, doc, out, ctx, depth)) return;
  const top = literalOrAll(arg.items[1], doc);
  const firstLevel = top === 'all' ? mapping.entries.map((e) => e.value) : [get(mapping, top)];
  for (const level of firstLevel) {
    if (level?.kind !== 'map') continue;
    const values = second === 'all' ? level.entries.map((e) => e.value) : [get(level, second)];
    for (const v of values) if (v) walk(v, doc, out, node, ctx, depth + 1);
  }
  if (top === 'all' || second === 'all') out.unknown = true;
}

/**
 * `Fn::FindInMap [Map, !Ref Param, Key]` over a parameter whose values are all known: each value
 * the parameter offers gives the mapping's value for it, still attributed to the parameter (with
 * `param.value`, the parameter's value), so a Default and its alternatives stay apart. False when
 * the top-level key is not such a reference (the caller then takes every top-level entry).
 */
function byParameter(key: Node, mapping: Node, second: string, node: Node, doc: ModelDocument, out: Resolution, ctx: Ctx, depth: number): boolean {
  if (intrinsicName(key) !== 'Ref') return false;
  const keys: Resolution = { candidates: [], unknown: false };
  walk(key, doc, keys, node, ctx, depth + 1);
  if (keys.unknown || !keys.candidates.length || keys.candidates.some((k) => !k.param || k.value === null || k.value === undefined)) return false;
  for (const k of keys.candidates) {
    const v = get(get(mapping, String(k.value)), second);
    if (!v) continue;
    const sub: Resolution = { candidates: [], unknown: false };
    walk(v, doc, sub, node, ctx, depth + 1);
    if (sub.unknown) out.unknown = true;
    for (const c of sub.candidates) out.candidates.push(c.param ? c : { ...c, param: { ...k.param!, value: k.value } });
  }
  return true;
}

function literalOrAll(n: Node, doc: ModelDocument): string | 'all' {
  if (n.kind === 'scalar' && n.value !== null) return String(n.value);
  const r = resolve(n, doc);
  if (!r.unknown && r.candidates.length === 1 && r.candidates[0].value !== undefined) return String(r.candidates[0].value);
  return 'all';
}

// ---- value tests used by rules -------------------------------------------------------

/** CloudFormation accepts booleans as true/false or the strings "true"/"false". */
export function asBool(v: ScalarValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** Numbers may be written as strings in templates. */
export function asNumber(v: ScalarValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

export function asString(v: ScalarValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  return String(v);
}
