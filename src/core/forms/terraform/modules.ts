/**
 * `module` blocks of the terraform-aws-modules community modules (rds, rds-aurora, dynamodb-table,
 * elasticache) read as the resources they create, so the same rules judge their inputs.
 *
 * data/terraform-modules/modules.json (scripts/gen-terraform-modules.ts, from the modules' sources)
 * says, for each module and each argument of its database resources, how the module computes it from
 * its inputs. Here that is evaluated with the inputs written in the block (their expressions, spans
 * and all) or, for an input not written, the module's own default; the result is a resource body in
 * HCL terms that the reader maps like a `resource` block (reader.ts). So:
 * - a value that comes from an input the block writes keeps that input's spans: a finding is on it;
 * - a value from a module default (the user did not write the input) is at the `source` string:
 *   a finding about a module default (e.g. `deletion_protection` defaults to false) is on that line;
 * - a condition the module tests on an input the block sets to anything but a literal is unknown, so
 *   is every argument depending on it: no finding (never guess); `opaque` values (another resource's
 *   id, a function the table does not follow) are set but unknown.
 *
 * Sources: the registry address (`terraform-aws-modules/rds/aws`, `//modules/...` sub-modules the
 * table has), `git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v7.2.0`,
 * `github.com/terraform-aws-modules/terraform-aws-rds?ref=...`, `git@github.com:...`. The table holds
 * for one major version line of each module; a `version` constraint (or a `ref` tag) that may select
 * a release outside it maps nothing and says so (an info). A relative source (`../../`) is a folder on
 * disk the engine does not read: not mapped.
 */
import type { ReadProblem } from '../../model';
import type { Span } from '../../text';
import type { TfModuleCall, TfResource } from './config';
import type { HclAttribute, HclBlock, HclBody, HclExpr, ObjectItem } from './hcl';
import type { Json, MBlock, MExpr, MResource, ModuleEntry, ModuleTable } from './module-table';
import type { Values } from './values';
import tableJson from '../../../../data/terraform-modules/modules.json';

const TABLE = tableJson as unknown as ModuleTable;

export const MODULE_SOURCES_DOC = 'https://developer.hashicorp.com/terraform/language/modules/sources';

// ---- which module a source names ----------------------------------------------------------------

export type Version = [number, number, number];

export interface ModuleMatch {
  entry: ModuleEntry;
  /** Set when the version may be outside the table's range: no mapping, this info instead. */
  problem?: ReadProblem;
}

const REGISTRY = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)?terraform-aws-modules\/([a-z-]+)\/aws(?:\/\/(.+?))?\/?$/i;
const GITHUB = /^(?:git::)?(?:(?:https|ssh):\/\/)?(?:git@)?github\.com[:/]terraform-aws-modules\/terraform-aws-([a-z-]+?)(?:\.git)?(?:\/\/([^?]+?))?\/?(?:\?(.*))?$/i;

const entryFor = (name: string, sub: string | undefined): ModuleEntry | undefined =>
  TABLE.modules.find((m) => m.registry === `terraform-aws-modules/${name.toLowerCase()}/aws` && m.submodule === (sub ?? '').replace(/^\/+|\/+$/g, ''));

export const parseVersion = (s: string): Version | undefined => {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
};
export const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const show = (v: Version) => v.join('.');

/**
 * The versions a Terraform version constraint allows, as `[lo, hi)` (hi undefined: no upper bound);
 * undefined when it cannot be read. `!=` only removes single versions: ignored.
 */
export function constraintRange(text: string): { lo: Version; hi?: Version } | undefined {
  let lo: Version = [0, 0, 0];
  let hi: Version | undefined;
  const up = (v: Version) => { if (!hi || cmp(v, hi) < 0) hi = v; };
  const down = (v: Version) => { if (cmp(v, lo) > 0) lo = v; };
  for (const part of text.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?([\d.]+[^\s,]*)\s*$/.exec(part);
    if (!m) return undefined;
    const v = parseVersion(m[2]);
    if (!v) return undefined;
    const segments = m[2].split(/[-+]/)[0].split('.').length;
    const next: Version = [v[0], v[1], v[2] + 1];
    switch (m[1] ?? '=') {
      case '=': down(v); up(next); break;
      case '!=': break;
      case '>': down(next); break;
      case '>=': down(v); break;
      case '<': up(v); break;
      case '<=': up(next); break;
      case '~>':
        down(v);
        up(segments >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0]);
        break;
    }
  }
  return { lo, hi };
}

/**
 * Whether the release Terraform installs for `constraint` is in `[min, below)`: it installs the newest
 * release the constraint allows, so a constraint with an upper bound at or below `below` (and above
 * `min`) gives one in range; without an upper bound (or without `version`) the newest release, which
 * at the table's commit is in range.
 */
function inRange(c: { lo: Version; hi?: Version }, min: Version, below: Version): boolean {
  if (c.hi && cmp(c.lo, c.hi) >= 0) return false;
  if (cmp(c.lo, below) >= 0) return false;
  if (!c.hi) return true;
  return cmp(c.hi, min) > 0 && cmp(c.hi, below) <= 0;
}

/** The table entry a module block's `source` names, with a problem when its version may be outside the table's range. */
export function matchModule(call: TfModuleCall): ModuleMatch | undefined {
  const src = call.source?.value;
  if (!src) return undefined;
  let entry: ModuleEntry | undefined;
  let constraint: { text: string; span: Span } | undefined;
  const reg = REGISTRY.exec(src);
  if (reg) {
    entry = entryFor(reg[1], reg[2]);
    if (call.version) constraint = { text: call.version.value, span: call.version.span };
  } else {
    const gh = GITHUB.exec(src);
    if (!gh) return undefined;
    entry = entryFor(gh[1], gh[2]);
    const ref = gh[3] && /(?:^|&)ref=([^&]+)/.exec(gh[3])?.[1];
    if (ref) constraint = { text: parseVersion(ref) ? `= ${ref.replace(/^v/, '')}` : ref, span: call.source!.span };
  }
  if (!entry) return undefined;
  if (!constraint) return { entry };
  const min = parseVersion(entry.range.min)!;
  const below = parseVersion(entry.range.below)!;
  const c = constraintRange(constraint.text);
  if (c && inRange(c, min, below)) return { entry };
  const name = `${entry.registry}${entry.submodule ? `//${entry.submodule}` : ''}`;
  return {
    entry,
    problem: {
      message: `The inputs of ${name} are checked for versions ${show(min)} to below ${show(below)} (the module's input names and defaults at ${entry.version}); ` +
        `${c ? `"${constraint.text}" may select another release` : `"${constraint.text}" is not a version this reader can compare`}, so this module block's inputs are not checked.`,
      span: constraint.span, severity: 'info', code: 'unsupported',
    },
  };
}

// ---- evaluating the table -----------------------------------------------------------------------

/** A value the module computes: not sent (`null`), a value with its HCL expression, or unknown. */
type RV =
  | { k: 'null' }
  | { k: 'val'; expr: HclExpr; json?: Json; input?: string; nameSpan?: Span; items?: RV[]; fields?: Map<string, RV>; ref?: string; optional?: Record<string, Json> }
  | { k: 'unknown'; why: string; input?: string; nameSpan?: Span };

const NULL: RV = { k: 'null' };
const sp = (s: Span): Span => ({ start: s.start, end: s.end });
const isOpaqueDefault = (d: unknown): d is { opaque: string } =>
  typeof d === 'object' && d !== null && !Array.isArray(d) && Object.keys(d).length === 1 && typeof (d as { opaque?: unknown }).opaque === 'string';

/** The JSON value of a literal HCL expression (a literal, a plain string, a tuple or object of them). */
function jsonOf(e: HclExpr): Json | undefined {
  switch (e.kind) {
    case 'literal': return e.value;
    case 'template': return !e.directives && e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : undefined;
    case 'paren': return jsonOf(e.inner);
    case 'unary': return e.op === '-' && e.operand.kind === 'literal' && typeof e.operand.value === 'number' ? -e.operand.value : undefined;
    case 'tuple': {
      const items = e.items.map(jsonOf);
      return items.every((x) => x !== undefined) ? (items as Json[]) : undefined;
    }
    case 'object': {
      const out: Record<string, Json> = {};
      for (const it of e.items) {
        const k = objectKey(it);
        const v = jsonOf(it.value);
        if (k === undefined || v === undefined) return undefined;
        out[k] = v;
      }
      return out;
    }
    default: return undefined;
  }
}

function objectKey(it: ObjectItem): string | undefined {
  const k = it.key;
  if (k.kind === 'traversal' && !k.steps.length) return k.root;
  if (k.kind === 'literal' && k.value !== null) return String(k.value);
  if (k.kind === 'template' && !k.directives && k.parts.every((p) => typeof p === 'string')) return k.parts.join('');
  return undefined;
}

/** An HCL expression for a JSON value, every span at `at` (the module default's place: the `source` string). */
function synth(j: Json, at: Span): HclExpr {
  if (Array.isArray(j)) return { kind: 'tuple', items: j.map((x) => synth(x, at)), ...sp(at) };
  if (j !== null && typeof j === 'object') {
    return { kind: 'object', items: Object.entries(j).map(([k, v]) => ({ key: { kind: 'literal', value: k, ...sp(at) }, value: synth(v, at), sep: '=' as const })), ...sp(at) };
  }
  return { kind: 'literal', value: j, ...sp(at) };
}

const unknownExpr = (at: Span): HclExpr => ({ kind: 'postfix', target: { kind: 'literal', value: null, ...sp(at) }, steps: [], ...sp(at) });

const ROOTS_NEVER_NULL = /^(aws_|data$)/;

/** Whether a user's expression is null: true, false, or undefined (cannot tell). */
function nullness(e: HclExpr, values: Values): boolean | undefined {
  const j = jsonOf(e);
  if (j !== undefined) return j === null;
  if (values.absentByDefault(e)) return true;
  if (e.kind === 'template' || e.kind === 'tuple' || e.kind === 'object') return false;
  if (e.kind === 'traversal' && ROOTS_NEVER_NULL.test(e.root)) return false;
  return undefined;
}

class Evaluator {
  private readonly written = new Map<string, HclAttribute>();
  /** The module's resources made so far, by table address: their ids (what `ref` reads). */
  readonly made = new Map<string, string>();

  constructor(readonly call: TfModuleCall, readonly entry: ModuleEntry, readonly values: Values, readonly at: Span) {
    for (const it of call.block.body.items) if (it.kind === 'attribute') this.written.set(it.name, it);
  }

  input(name: string): RV {
    const a = this.written.get(name);
    if (a) {
      const json = jsonOf(a.expr);
      if (json === null || this.values.absentByDefault(a.expr)) return NULL;
      return { k: 'val', expr: a.expr, json, input: name, nameSpan: sp(a.nameSpan), optional: this.entry.fieldDefaults?.[name] };
    }
    const d = this.entry.inputs[name];
    if (d === undefined || isOpaqueDefault(d)) return { k: 'unknown', why: `module input ${name}`, input: name };
    if (d === null) return NULL;
    return { k: 'val', expr: synth(d, this.at), json: d, input: name, optional: this.entry.fieldDefaults?.[name] };
  }

  /** A field the object leaves out: the default of its `optional(type, default)`, at the `source` string; else null. */
  private missing(o: Extract<RV, { k: 'val' }>, key: string, input: string): RV {
    const d = o.optional?.[key];
    return d === undefined ? NULL : { k: 'val', expr: synth(d, this.at), json: d, input };
  }

  /** A constant JSON value, or undefined when unknown. */
  json(v: RV): Json | undefined {
    if (v.k === 'null') return null;
    return v.k === 'val' ? v.json : undefined;
  }

  truthy(v: RV): boolean | undefined {
    const j = this.json(v);
    return j === undefined ? undefined : j === true;
  }

  isNull(v: RV): boolean | undefined {
    if (v.k === 'null') return true;
    if (v.k === 'unknown') return undefined;
    return v.json !== undefined ? v.json === null : nullness(v.expr, this.values);
  }

  /** A field of an object value: named `input.key` (a key of an input object), or `key` (a field of a `for_each` item). */
  field(o: RV, key: string): RV {
    if (o.k === 'null') return NULL;
    const input = o.input ? `${o.input}.${key}` : key;
    if (o.k === 'unknown') return { k: 'unknown', why: o.why, input, nameSpan: o.nameSpan };
    if (o.fields) return o.fields.get(key) ?? NULL;
    if (o.expr.kind === 'object') {
      const it = o.expr.items.find((x) => objectKey(x) === key);
      if (!it) return o.expr.items.every((x) => objectKey(x) !== undefined) ? this.missing(o, key, input) : { k: 'unknown', why: 'computed key', input };
      const json = jsonOf(it.value);
      if (json === null || this.values.absentByDefault(it.value)) return NULL;
      return { k: 'val', expr: it.value, json, input, nameSpan: sp(it.key) };
    }
    if (o.json !== undefined && o.json !== null && typeof o.json === 'object' && !Array.isArray(o.json)) {
      const j = o.json[key];
      if (j === undefined) return this.missing(o, key, input);
      return j === null ? NULL : { k: 'val', expr: synth(j, o.expr), json: j, input, nameSpan: o.nameSpan };
    }
    return { k: 'unknown', why: input, input, nameSpan: o.nameSpan };
  }

  /** The items of a list value (a dynamic block's `for_each`), or undefined when unknown. */
  items(v: RV): RV[] | undefined {
    if (v.k === 'null') return [];
    if (v.k === 'unknown') return undefined;
    if (v.items) return v.items;
    if (v.expr.kind === 'tuple') {
      return v.expr.items.map((x) => {
        const json = jsonOf(x);
        return json === null ? NULL : { k: 'val', expr: x, json, input: v.input, nameSpan: v.nameSpan, optional: v.optional };
      });
    }
    if (Array.isArray(v.json)) return v.json.map((j) => (j === null ? NULL : { k: 'val', expr: synth(j, v.expr), json: j, input: v.input, nameSpan: v.nameSpan, optional: v.optional }));
    return undefined;
  }

  /** The entries of a map value (a `for_each` over an input map), or undefined when unknown. */
  entries(v: RV): [string, RV][] | undefined {
    if (v.k === 'null') return [];
    if (v.k === 'unknown') return undefined;
    if (v.fields) return [...v.fields];
    if (v.expr.kind === 'object') {
      const out: [string, RV][] = [];
      for (const it of v.expr.items) {
        const k = objectKey(it);
        if (k === undefined) return undefined;
        out.push([k, { k: 'val', expr: it.value, json: jsonOf(it.value), nameSpan: sp(it.key), optional: v.optional }]);
      }
      return out;
    }
    if (v.json !== undefined && v.json !== null && typeof v.json === 'object' && !Array.isArray(v.json)) {
      return Object.entries(v.json).map(([k, j]) => [k, { k: 'val', expr: synth(j, v.expr), json: j, nameSpan: v.nameSpan, optional: v.optional }]);
    }
    return undefined;
  }

  eval(m: MExpr, item?: RV): RV {
    if ('lit' in m) return m.lit === null ? NULL : { k: 'val', expr: synth(m.lit, this.at), json: m.lit };
    if ('in' in m) return this.input(m.in);
    if ('item' in m) return item ? this.field(item, m.item) : { k: 'unknown', why: 'item' };
    if ('get' in m) return this.field(this.eval(m.get, item), m.key);
    if ('opaque' in m) return { k: 'unknown', why: m.opaque };
    if ('ref' in m) {
      const id = this.made.get(m.ref);
      return id ? { k: 'val', expr: unknownExpr(this.at), ref: id } : { k: 'unknown', why: m.ref };
    }
    if ('if' in m) {
      const c = this.truthy(this.eval(m.if, item));
      if (c !== undefined) return this.eval(c ? m.then : m.else, item);
      const branch = [this.eval(m.then, item), this.eval(m.else, item)].find((b) => b.k !== 'null' && b.input);
      const named = branch && branch.k !== 'null' ? branch : undefined;
      return { k: 'unknown', why: 'a condition on the module inputs', input: named?.input, nameSpan: named?.nameSpan };
    }
    if ('not' in m) {
      const c = this.truthy(this.eval(m.not, item));
      return c === undefined ? { k: 'unknown', why: 'condition' } : this.bool(!c);
    }
    if ('and' in m || 'or' in m) {
      const and = 'and' in m;
      let open = false;
      for (const x of and ? m.and : m.or) {
        const c = this.truthy(this.eval(x, item));
        if (c === undefined) open = true;
        else if (c !== and) return this.bool(!and);
      }
      return open ? { k: 'unknown', why: 'condition' } : this.bool(and);
    }
    if ('op' in m) return this.compare(m, item);
    if ('coalesce' in m) {
      for (const x of m.coalesce) {
        const v = this.eval(x, item);
        const n = this.isNull(v);
        if (n === true) continue;
        if (n === false) return v;
        return { k: 'unknown', why: 'coalesce()', input: v.k !== 'null' ? v.input : undefined, nameSpan: v.k !== 'null' ? v.nameSpan : undefined };
      }
      return NULL;
    }
    if ('merge' in m) {
      const parts = m.merge.map((x) => this.eval(x, item)).filter((v) => v.k !== 'null');
      const bad = parts.find((v) => v.k === 'unknown');
      if (bad) return bad;
      const vals = parts as Extract<RV, { k: 'val' }>[];
      if (!vals.length) return NULL;
      const own = vals.find((v) => v.nameSpan) ?? vals[0];
      const expr: HclExpr = { kind: 'call', name: 'merge', nameSpan: sp(own.expr), args: vals.map((v) => v.expr), expand: false, ...sp(own.expr) };
      return { k: 'val', expr, input: own.input, nameSpan: own.nameSpan };
    }
    if ('list' in m) {
      const items = m.list.map((x) => this.eval(x, item));
      const json = items.map((v) => this.json(v));
      const vals = items.filter((v): v is Extract<RV, { k: 'val' }> => v.k === 'val');
      return { k: 'val', expr: { kind: 'tuple', items: vals.map((v) => v.expr), ...sp(this.at) }, json: json.every((j) => j !== undefined) ? (json as Json[]) : undefined, items };
    }
    if ('obj' in m) {
      const fields = new Map(Object.entries(m.obj).map(([k, x]) => [k, this.eval(x, item)] as [string, RV]));
      const json: Record<string, Json> = {};
      let known = true;
      for (const [k, v] of fields) {
        const j = this.json(v);
        if (j === undefined) known = false;
        else json[k] = j;
      }
      return { k: 'val', expr: known ? synth(json, this.at) : unknownExpr(this.at), json: known ? json : undefined, fields };
    }
    if ('length' in m) {
      const v = this.eval(m.length, item);
      const n = this.items(v)?.length ?? this.entries(v)?.length;
      return n === undefined ? { k: 'unknown', why: 'length()' } : { k: 'val', expr: synth(n, this.at), json: n };
    }
    return { k: 'unknown', why: 'expression' };
  }

  private bool(b: boolean): RV {
    return { k: 'val', expr: synth(b, this.at), json: b };
  }

  private compare(m: Extract<MExpr, { op: string }>, item?: RV): RV {
    const l = this.eval(m.l, item);
    const r = this.eval(m.r, item);
    if (m.op === '==' || m.op === '!=') {
      const eq = (b: boolean) => this.bool(m.op === '==' ? b : !b);
      // `x != null`: what the user's expression is may be unknown while its nullness is not.
      if (l.k === 'null' || r.k === 'null') {
        const n = this.isNull(l.k === 'null' ? r : l);
        return n === undefined ? { k: 'unknown', why: 'condition' } : eq(n);
      }
      const a = this.json(l);
      const b = this.json(r);
      if (a === undefined || b === undefined) return { k: 'unknown', why: 'condition' };
      return eq(JSON.stringify(a) === JSON.stringify(b));
    }
    const a = this.json(l);
    const b = this.json(r);
    if (typeof a !== 'number' || typeof b !== 'number') return { k: 'unknown', why: 'condition' };
    const res = m.op === '>' ? a > b : m.op === '>=' ? a >= b : m.op === '<' ? a < b : a <= b;
    return this.bool(res);
  }

  // ---- building the resource body ----

  /** References to the module's other resources, by argument (`parameter_group_name`): their ids. */
  refs = new Map<string, string>();

  attributeOf(name: string, m: MExpr, item: RV | undefined, inputs: Map<string, string>, prefix: string): HclAttribute | undefined {
    const v = this.eval(m, item);
    if (v.k === 'null') return undefined;
    if (v.input) inputs.set(prefix + name, v.input);
    if (v.k === 'val' && v.ref) this.refs.set(prefix + name, v.ref);
    const nameSpan = sp(v.nameSpan ?? this.at);
    const expr = v.k === 'val' ? v.expr : unknownExpr(nameSpan);
    return { kind: 'attribute', name, nameSpan, expr, start: nameSpan.start, end: Math.max(nameSpan.end, expr.end) };
  }

  body(args: Record<string, MExpr>, blocks: MBlock[], item: RV | undefined, inputs: Map<string, string>, prefix: string, span: Span): HclBody {
    const items: (HclAttribute | HclBlock)[] = [];
    for (const [name, m] of Object.entries(args)) {
      const a = this.attributeOf(name, m, item, inputs, prefix);
      if (a) items.push(a);
    }
    for (const b of blocks) items.push(...this.blocks(b, item, inputs, prefix));
    return { items, ...sp(span) };
  }

  blocks(b: MBlock, item: RV | undefined, inputs: Map<string, string>, prefix: string): HclBlock[] {
    const block = (typeSpan: Span, body: HclBody, span: Span, type = b.type, labels: HclBlock['labels'] = []): HclBlock =>
      ({ kind: 'block', type, typeSpan: sp(typeSpan), labels, body, ...sp(span) });
    if (!b.each) return [block(this.at, this.body(b.args, b.blocks ?? [], item, inputs, `${prefix}${b.type}.`, this.at), this.at)];
    const each = this.eval(b.each, item);
    const list = this.items(each);
    const at = sp((each.k !== 'null' && each.nameSpan) || this.at);
    if (each.k !== 'null' && each.input) inputs.set(prefix + b.type, each.input);
    if (!list) {
      // Blocks from a value the reader cannot list: a dynamic block (unknown to the rules).
      const content = block(at, { items: [], ...at }, at, 'content');
      return [block(at, { items: [content], ...at }, at, 'dynamic', [{ value: b.type, quoted: true, ...at }])];
    }
    return list.filter((x) => x.k !== 'null').map((x) => {
      const span = x.k === 'val' && x.expr.start !== this.at.start ? sp(x.expr) : at;
      return block(at, this.body(b.args, b.blocks ?? [], x, inputs, `${prefix}${b.type}.`, span), span);
    });
  }
}

/** One resource of a module block, as the reader maps it. */
export interface ModuleResource {
  tf: TfResource;
  /** The module input each argument (`point_in_time_recovery.enabled`) came from. */
  inputs: Map<string, string>;
  /** The id of the module's resource this one belongs to (`DBClusterIdentifier`). */
  memberOf?: string;
  /** Arguments that reference another resource of the module (`parameter_group_name`): its id. */
  refs: Map<string, string>;
}

const addressOf = (call: TfModuleCall, r: MResource, key?: string) => `module.${call.name}.${r.address}${key !== undefined ? `["${key}"]` : ''}`;

/**
 * The resources a module block creates, with bodies in HCL terms. `at` (the `source` string) is where
 * module defaults and missing settings are reported.
 */
export function moduleResources(call: TfModuleCall, entry: ModuleEntry, values: Values): ModuleResource[] {
  const at = sp(call.source!.span);
  const ev = new Evaluator(call, entry, values, at);
  const out: ModuleResource[] = [];
  const bodyOpen = call.block.body;
  for (const r of entry.resources) {
    let open = false;
    if (r.when) {
      const c = ev.truthy(ev.eval(r.when));
      if (c === false) continue;
      open = c === undefined;
    }
    const keys: [string | undefined, RV | undefined][] = [];
    if (r.forEach) {
      const entries = ev.entries(ev.eval(r.forEach));
      if (entries) keys.push(...entries);
      else {
        keys.push([undefined, { k: 'unknown', why: 'for_each' }]);
        open = true;
      }
    } else keys.push([undefined, undefined]);
    const member = r.memberOf ? out.find((x) => x.tf.address === addressOf(call, { ...r, address: r.memberOf!.address })) : undefined;
    if (r.memberOf && !member) continue;
    for (const [key, item] of keys) {
      const inputs = new Map<string, string>();
      ev.refs = new Map();
      const args = { ...r.args };
      if (r.memberOf) delete args[r.memberOf.arg];
      const body = ev.body(args, r.blocks, item, inputs, '', bodyOpen);
      body.open = bodyOpen.open;
      body.close = bodyOpen.close;
      const block: HclBlock = { kind: 'block', type: 'resource', typeSpan: sp(call.block.typeSpan), labels: [], body, start: call.block.start, end: call.block.end };
      const label = sp(key !== undefined && item?.k === 'val' && item.nameSpan ? item.nameSpan : at);
      const count: HclAttribute | undefined = call.count ?? call.forEach ?? (open ? { kind: 'attribute', name: 'count', nameSpan: label, expr: unknownExpr(label), ...label } : undefined);
      const tf: TfResource = {
        mode: 'resource', type: r.type, name: call.name, address: addressOf(call, r, key), typeLabel: label, nameLabel: label, block,
        count: count && count.name === 'count' ? count : undefined, forEach: count && count.name !== 'count' ? count : undefined,
      };
      out.push({ tf, inputs, memberOf: member?.tf.address, refs: ev.refs });
      if (key === undefined) ev.made.set(r.address, tf.address);
    }
  }
  return out;
}

/** The module input an argument of a module's resource is set from directly (`x = var.NAME`), for names and fixes. */
export function directInput(entry: ModuleEntry, tfType: string, arg: string): string | undefined {
  for (const r of entry.resources) {
    if (r.type !== tfType) continue;
    const [first, ...rest] = arg.split('.');
    if (!rest.length) {
      const m = r.args[first];
      if (m && 'in' in m) return m.in;
      continue;
    }
    const b = r.blocks.find((x) => x.type === first && !x.each);
    const m = b?.args[rest.join('.')];
    if (m && 'in' in m) return m.in;
  }
  return undefined;
}

/**
 * The arguments a module input sets (where its value reaches an argument, not where it is only tested),
 * as `{ type, arg }` with `arg` a top-level argument or `block.argument` of a static block.
 */
export function inputTargets(entry: ModuleEntry, input: string): { type: string; arg: string }[] {
  const reaches = (m: MExpr | undefined): boolean => {
    if (!m) return false;
    if ('in' in m) return m.in === input;
    if ('if' in m) return reaches(m.then) || reaches(m.else);
    if ('coalesce' in m) return m.coalesce.some(reaches);
    if ('merge' in m) return m.merge.some(reaches);
    return false;
  };
  const out: { type: string; arg: string }[] = [];
  for (const r of entry.resources) {
    if (r.forEach) continue;
    for (const [arg, m] of Object.entries(r.args)) if (reaches(m)) out.push({ type: r.type, arg });
    for (const b of r.blocks) if (!b.each) for (const [arg, m] of Object.entries(b.args)) if (reaches(m)) out.push({ type: r.type, arg: `${b.type}.${arg}` });
  }
  return out;
}

/** Every module of the table, for documentation and tests. */
export const MODULE_TABLE: ModuleTable = TABLE;
