/**
 * Template conditions evaluated over parameters, so an `Fn::If` branch narrows the parameters its
 * condition tests. A condition is evaluated in three values (true, false, unknown) under a partial
 * assignment of parameter values: `Fn::Equals` of a parameter and a literal (either order), of two
 * literals, or of two parameters; `Fn::Not`, `Fn::And`, `Fn::Or`; `Condition` references. Anything
 * else (a pseudo parameter such as `AWS::Region`, `Fn::FindInMap`, `Fn::Sub`, an import) is unknown,
 * and an unknown condition prunes nothing. A parameter without a value in the assignment takes its
 * AllowedValues: `Equals` is false when no allowed value matches, true when all do, unknown
 * otherwise; without AllowedValues it is unknown. Pruning is sound: a value is dropped only when every
 * assignment of the other parameters (enumerated up to a bound) makes some enclosing condition false.
 */
import type { ModelDocument, Node } from './model';
import { get, intrinsicName } from './model';

/**
 * A parameter entry saying its default is "no value" (a Terraform variable with `default = null`): with
 * the defaults it equals `Ref: AWS::NoValue` (how a form writes `null`), and no other literal.
 */
export const NULL_DEFAULT = 'NullDefault';
const NULL_VALUE = '\u0000null';

/** One enclosing `Fn::If` branch: the condition's name and the branch taken. */
export interface Branch {
  name: string;
  branch: boolean;
}

type Tri = boolean | undefined;
type Assignment = Map<string, string>;

/** At most this many assignments of the other parameters are tried; beyond, they stay unassigned. */
const MAX_ASSIGNMENTS = 64;
const MAX_DEPTH = 16;

interface Cache {
  /** Parameters each named condition tests (transitively). */
  params: Map<string, Set<string>>;
  /** Finite domains (AllowedValues) of parameters, undefined when open. */
  domains: Map<string, string[] | undefined>;
  results: Map<string, boolean>;
}

const caches = new WeakMap<ModelDocument, Cache>();

function cache(doc: ModelDocument): Cache {
  let c = caches.get(doc);
  if (!c) {
    c = { params: new Map(), domains: new Map(), results: new Map() };
    caches.set(doc, c);
  }
  return c;
}

/** The cached answer for `key` in this document, computed once. */
function memo(doc: ModelDocument, key: string, compute: () => boolean): boolean {
  const results = cache(doc).results;
  const hit = results.get(key);
  if (hit !== undefined) return hit;
  const r = compute();
  results.set(key, r);
  return r;
}

/** True when the branches' conditions can never hold together (for no values of the parameters). */
export function branchImpossible(doc: ModelDocument, path: Branch[]): boolean {
  if (!doc.conditions.size) return false;
  return memo(doc, `I|${pathKey(path)}`, () => !satisfiable(doc, path, new Map()));
}

/** False when parameter `param` cannot have `value` inside these branches. */
export function valueFeasible(doc: ModelDocument, path: Branch[], param: string, value: unknown): boolean {
  if (!doc.conditions.size || value === undefined || value === null || isListParam(doc, param)) return true;
  const v = String(value);
  return memo(doc, `V|${pathKey(path)}|${param}|${v}`, () => satisfiable(doc, path, new Map([[param, v]])));
}

/**
 * True when, with every parameter at its Default, some branch's condition is definitely the other
 * way: the branch is taken only if someone deploys with non-default values (parameters without a
 * Default stay open, so they never make a branch off-default).
 */
export function offDefault(doc: ModelDocument, path: Branch[]): boolean {
  if (!doc.conditions.size) return false;
  return memo(doc, `D|${pathKey(path)}`, () => {
    const assign: Assignment = new Map();
    for (const b of path) {
      for (const p of paramsOf(doc, b.name)) {
        const d = get(doc.parameters.get(p)?.node, 'Default');
        if (d?.kind === 'scalar' && d.value !== null && !isListParam(doc, p)) assign.set(p, String(d.value));
        else if (!d && get(doc.parameters.get(p)?.node, NULL_DEFAULT)) assign.set(p, NULL_VALUE);
      }
    }
    return path.some((b) => evalNamed(doc, b.name, assign, 0) === !b.branch);
  });
}

function pathKey(path: Branch[]): string {
  return path.map((b) => `${b.name}=${b.branch}`).join('&');
}

/** Some assignment of the finite-domain parameters the conditions test leaves no condition false. */
function satisfiable(doc: ModelDocument, path: Branch[], fixed: Assignment): boolean {
  const names = new Set<string>();
  for (const b of path) for (const p of paramsOf(doc, b.name)) if (!fixed.has(p)) names.add(p);
  const free: [string, string[]][] = [];
  let combos = 1;
  for (const p of names) {
    const d = domain(doc, p);
    if (!d || !d.length) continue;
    if (combos * d.length > MAX_ASSIGNMENTS) continue;
    combos *= d.length;
    free.push([p, d]);
  }
  const assign = new Map(fixed);
  const search = (i: number): boolean => {
    if (i === free.length) return path.every((b) => evalNamed(doc, b.name, assign, 0) !== !b.branch);
    const [p, d] = free[i];
    for (const v of d) {
      assign.set(p, v);
      if (search(i + 1)) return true;
    }
    assign.delete(p);
    return false;
  };
  return search(0);
}

function evalNamed(doc: ModelDocument, name: string, assign: Assignment, depth: number): Tri {
  const e = doc.conditions.get(name);
  if (!e || depth > MAX_DEPTH) return undefined;
  return evalNode(doc, e.value, assign, depth + 1);
}

function evalNode(doc: ModelDocument, node: Node, assign: Assignment, depth: number): Tri {
  if (depth > MAX_DEPTH) return undefined;
  const fn = intrinsicName(node);
  if (!fn || node.kind !== 'map') return undefined;
  const arg = node.entries[0].value;
  switch (fn) {
    case 'Condition':
      return arg.kind === 'scalar' && typeof arg.value === 'string' ? evalNamed(doc, arg.value, assign, depth + 1) : undefined;
    case 'Fn::Equals':
      return arg.kind === 'list' && arg.items.length === 2 ? equals(doc, arg.items[0], arg.items[1], assign) : undefined;
    case 'Fn::Not': {
      if (arg.kind !== 'list' || arg.items.length !== 1) return undefined;
      const r = evalNode(doc, arg.items[0], assign, depth + 1);
      return r === undefined ? undefined : !r;
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (arg.kind !== 'list' || !arg.items.length) return undefined;
      const and = fn === 'Fn::And';
      let unknown = false;
      for (const it of arg.items) {
        const r = evalNode(doc, it, assign, depth + 1);
        if (r === undefined) unknown = true;
        else if (r !== and) return r;
      }
      return unknown ? undefined : and;
    }
  }
  return undefined;
}

type Term = { lit: string } | { param: string };

function term(doc: ModelDocument, n: Node): Term | undefined {
  if (n.kind === 'scalar') return n.value === null ? undefined : { lit: String(n.value) };
  if (intrinsicName(n) === 'Ref') {
    const a = get(n, 'Ref');
    if (a?.kind === 'scalar' && typeof a.value === 'string' && doc.parameters.has(a.value)) return { param: a.value };
    if (a?.kind === 'scalar' && a.value === 'AWS::NoValue') return { lit: NULL_VALUE };
  }
  return undefined;
}

function equals(doc: ModelDocument, x: Node, y: Node, assign: Assignment): Tri {
  const a = term(doc, x);
  const b = term(doc, y);
  if (!a || !b) return undefined;
  if ('lit' in a && 'lit' in b) return a.lit === b.lit;
  if ('param' in a && 'param' in b) {
    if (a.param === b.param) return true;
    const va = assign.get(a.param);
    const vb = assign.get(b.param);
    return va !== undefined && vb !== undefined ? va === vb : undefined;
  }
  const p = 'param' in a ? a.param : (b as { param: string }).param;
  const lit = 'lit' in a ? a.lit : (b as { lit: string }).lit;
  const v = assign.get(p);
  if (v !== undefined) return v === lit;
  const d = domain(doc, p);
  if (!d || !d.length) return undefined;
  const hits = d.filter((x2) => x2 === lit).length;
  return hits === 0 ? false : hits === d.length ? true : undefined;
}

/** The parameters a named condition tests, through Condition references. */
function paramsOf(doc: ModelDocument, name: string): Set<string> {
  const c = cache(doc);
  const hit = c.params.get(name);
  if (hit) return hit;
  const out = new Set<string>();
  c.params.set(name, out); // a cycle sees the partial set
  const visit = (n: Node, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const fn = intrinsicName(n);
    if (fn === 'Ref') {
      const a = get(n, 'Ref');
      if (a?.kind === 'scalar' && typeof a.value === 'string' && doc.parameters.has(a.value)) out.add(a.value);
      return;
    }
    if (fn === 'Condition') {
      const a = get(n, 'Condition');
      if (a?.kind === 'scalar' && typeof a.value === 'string') for (const p of paramsOf(doc, a.value)) out.add(p);
      return;
    }
    if (n.kind === 'map') for (const e of n.entries) visit(e.value, depth + 1);
    else if (n.kind === 'list') for (const it of n.items) visit(it, depth + 1);
  };
  const e = doc.conditions.get(name);
  if (e) visit(e.value, 0);
  return out;
}

/** A parameter's AllowedValues as strings, or undefined when any value may be given. */
function domain(doc: ModelDocument, name: string): string[] | undefined {
  const c = cache(doc);
  if (c.domains.has(name)) return c.domains.get(name);
  const p = doc.parameters.get(name);
  const allowed = p && !isListParam(doc, name) ? get(p.node, 'AllowedValues') : undefined;
  let d: string[] | undefined;
  if (allowed?.kind === 'list' && allowed.items.every((it) => it.kind === 'scalar' && it.value !== null)) {
    d = [...new Set(allowed.items.map((it) => String((it as { value: unknown }).value)))];
  }
  c.domains.set(name, d);
  return d;
}

/** A list parameter (CommaDelimitedList, List<…>): its value is not one string, so it is never compared. */
function isListParam(doc: ModelDocument, name: string): boolean {
  const t = get(doc.parameters.get(name)?.node, 'Type');
  return t?.kind === 'scalar' && typeof t.value === 'string' && /List/.test(t.value);
}
