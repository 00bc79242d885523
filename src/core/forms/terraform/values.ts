/**
 * Terraform expressions as values of the shared model, so the resolver (src/core/resolve.ts) gives
 * every candidate and nothing else:
 * - literals are scalars, lists and maps; `null` in a branch removes the attribute (like AWS::NoValue);
 * - `var.x` is a parameter `var.x` (a `Ref`): its value from `terraform.tfvars` / `*.auto.tfvars` beside
 *   the file when one sets it (Terraform loads them on every run), else its `default`; a validation
 *   `contains([...], var.x)` gives its allowed values; without them any other value is possible
 *   (unknown), as for a CloudFormation parameter without AllowedValues;
 * - `local.x` is the local's own expression (attribute and index steps into literal maps and lists);
 * - `c ? a : b` is an `Fn::If` on a condition translated from `c` (`==`, `!=`, `&&`, `||`, `!`, a bool
 *   variable), so a branch narrows the variables it tests as a template condition does;
 * - a reference to another resource (`aws_security_group.db.id`) is a `Ref` (or `Fn::GetAtt`) to its
 *   address, which is that resource's id in the model;
 * - `tostring()`/`tonumber()`/`tobool()`/`tolist()`/`toset()`, `merge()` of literal maps, a negative
 *   number and a template without interpolation are read; anything else (`each.*`, `count.index`,
 *   `data.*`, `module.*`, other functions, `for` expressions, splats) is unknown: no finding.
 * Values read from another file (a sibling's variable default, local or tfvars value) carry the span of
 * the reference in this file, so every range points into the file being analysed.
 */
import type { MapEntry, MapNode, ModelDocument, Node, ScalarNode, ScalarValue } from '../../model';
import type { Span } from '../../text';
import type { HclAttribute, HclExpr } from './hcl';
import type { TfLocal, TfVariable } from './config';
import { NULL_DEFAULT } from '../../conditions';

export interface VariableSource {
  variable?: TfVariable;
  /** The text the declaration is in; `inFile` when it is the analysed file. */
  text: string;
  inFile: boolean;
  /** The value a tfvars file Terraform loads by itself gives (the last one wins). */
  tfvars?: { attribute: HclAttribute; text: string; file: string };
}

export interface LocalSource {
  local: TfLocal;
  text: string;
  inFile: boolean;
  file: string;
}

const MAX_DEPTH = 24;

export const scalar = (value: ScalarValue, span: Span, quote?: '"'): ScalarNode => ({ kind: 'scalar', value, start: span.start, end: span.end, ...(quote ? { quote } : {}) });
export const unknown = (reason: string, span: Span): Node => ({ kind: 'unknown', reason, start: span.start, end: span.end });
const map = (entries: MapEntry[], span: Span): MapNode => ({ kind: 'map', entries, start: span.start, end: span.end });
const fn = (name: string, arg: Node, span: Span): MapNode => map([{ key: name, keySpan: { start: span.start, end: span.end }, value: arg }], span);
const list = (items: Node[], span: Span): Node => ({ kind: 'list', items, start: span.start, end: span.end });
const sp = (s: Span): Span => ({ start: s.start, end: s.end });

/** Names of references that are not resources: `var`, `local`, `each`... */
const NOT_RESOURCES = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self', 'data', 'module']);

export class Values {
  private readonly active = new Set<string>();
  /** The texts expressions come from: '' the analysed file, else a sibling's name. */
  readonly texts = new Map<string, string>();
  /** The tfvars file each parameter (`var.x`) takes its value from, when one sets it. */
  readonly tfvarsFiles = new Map<string, string>();

  constructor(
    readonly doc: ModelDocument,
    readonly variables: Map<string, VariableSource>,
    readonly locals: Map<string, LocalSource>,
    /** Resource types declared in the configuration (this file and its siblings). */
    readonly resourceTypes: Set<string>,
  ) {
    this.texts.set('', doc.text);
    for (const l of locals.values()) if (!l.inFile) this.texts.set(l.file, l.text);
    for (const v of variables.values()) if (v.tfvars) this.texts.set(v.tfvars.file, v.tfvars.text);
  }

  /**
   * The model value of an expression of the analysed file. `site`: the expression comes from another
   * file and every node takes this span instead.
   */
  node(e: HclExpr, site?: Span, depth = 0, file = ''): Node {
    const at = site ?? e;
    if (depth > MAX_DEPTH) return unknown('expression nested too deep', at);
    switch (e.kind) {
      case 'literal':
        if (e.value === null) return fn('Ref', scalar('AWS::NoValue', at), at);
        return scalar(e.value, at, typeof e.value === 'string' ? '"' : undefined);
      case 'template':
        if (!e.directives && e.parts.every((p) => typeof p === 'string')) return scalar(e.parts.join(''), at, '"');
        // `"${var.x}"`, a lone interpolation, is the expression itself (HCL keeps its type).
        if (!e.directives && e.parts.length === 1 && typeof e.parts[0] !== 'string') return this.node(e.parts[0], site, depth + 1, file);
        return unknown('interpolated string', at);
      case 'tuple':
        return list(e.items.map((x) => this.node(x, site, depth + 1, file)), at);
      case 'object': {
        const entries: MapEntry[] = [];
        for (const it of e.items) {
          const k = objectKey(it.key);
          if (k === undefined) return unknown('computed object key', at);
          entries.push({ key: k, keySpan: sp(site ?? it.key), value: this.node(it.value, site, depth + 1, file) });
        }
        return map(entries, at);
      }
      case 'paren':
        return this.node(e.inner, site, depth + 1, file);
      case 'unary':
        if (e.op === '-' && e.operand.kind === 'literal' && typeof e.operand.value === 'number') return scalar(-e.operand.value, at);
        return unknown('computed value', at);
      case 'conditional': {
        const name = this.condition(e.cond, site, depth, file);
        const branches = list([scalar(name, site ?? e.cond), this.node(e.then, site, depth + 1, file), this.node(e.else, site, depth + 1, file)], at);
        return fn('Fn::If', branches, at);
      }
      case 'call':
        return this.call(e, site, depth, file);
      case 'traversal':
        return this.traversal(e, site, depth, file);
      default:
        return unknown(e.kind === 'for' ? 'for expression' : e.kind === 'invalid' ? 'incomplete value' : 'computed value', at);
    }
  }

  private call(e: Extract<HclExpr, { kind: 'call' }>, site: Span | undefined, depth: number, file: string): Node {
    const at = site ?? e;
    if (['tostring', 'tonumber', 'tobool', 'tolist', 'toset', 'sensitive', 'nonsensitive'].includes(e.name) && e.args.length === 1 && !e.expand) {
      const v = this.node(e.args[0], site, depth + 1, file);
      if (e.name === 'tonumber' && v.kind === 'scalar' && typeof v.value === 'string' && /^-?\d+(\.\d+)?$/.test(v.value)) return scalar(Number(v.value), at);
      if (e.name === 'tobool' && v.kind === 'scalar' && (v.value === 'true' || v.value === 'false')) return scalar(v.value === 'true', at);
      return v;
    }
    if (e.name === 'merge' && !e.expand) {
      const entries: MapEntry[] = [];
      for (const a of e.args) {
        const v = this.node(a, site, depth + 1, file);
        if (v.kind !== 'map' || v.entries.some((x) => x.key === 'Ref' || x.key.startsWith('Fn::'))) return unknown('merged map', at);
        for (const x of v.entries) {
          const i = entries.findIndex((y) => y.key === x.key);
          if (i >= 0) entries.splice(i, 1);
          entries.push(x);
        }
      }
      return map(entries, at);
    }
    return unknown(`${e.name}()`, at);
  }

  private traversal(e: Extract<HclExpr, { kind: 'traversal' }>, site: Span | undefined, depth: number, file: string): Node {
    const at = site ?? e;
    const [first, ...rest] = e.steps;
    if (e.root === 'var' && first?.kind === 'attr') {
      if (rest.length) return unknown(`var.${first.name} (a part of it)`, at);
      return this.variable(first.name, at) ? fn('Ref', scalar(`var.${first.name}`, at), at) : unknown(`var.${first.name} (not declared)`, at);
    }
    if (e.root === 'local' && first?.kind === 'attr') {
      const key = `local.${first.name}`;
      const src = this.locals.get(first.name);
      if (!src || this.active.has(key)) return unknown(key, at);
      this.active.add(key);
      try {
        const own = src.inFile ? site : site ?? e;
        let v = this.node(src.local.attribute.expr, own, depth + 1, src.inFile ? file : src.file);
        for (const s of rest) {
          if (s.kind === 'attr' && v.kind === 'map' && !v.entries.some((x) => x.key === 'Ref' || x.key.startsWith('Fn::'))) {
            const hit = v.entries.find((x) => x.key === s.name);
            v = hit ? hit.value : unknown(`${key}.${s.name}`, at);
          } else if (s.kind === 'index' && s.key.kind === 'literal' && typeof s.key.value === 'number' && v.kind === 'list') {
            v = v.items[s.key.value] ?? unknown(`${key}[${s.key.value}]`, at);
          } else return unknown(`${key} (a part of it)`, at);
        }
        return v;
      } finally {
        this.active.delete(key);
      }
    }
    if (!NOT_RESOURCES.has(e.root) && first?.kind === 'attr' && (this.resourceTypes.has(e.root) || /^aws_/.test(e.root))) {
      const address = `${e.root}.${first.name}`;
      const attrs = rest.filter((s) => s.kind !== 'index');
      if (attrs.some((s) => s.kind === 'splat')) return unknown(`${address} (every instance)`, at);
      const attr = attrs[0]?.kind === 'attr' ? attrs[0].name : undefined;
      if (!attr || attr === 'id') return fn('Ref', scalar(address, at), at);
      return fn('Fn::GetAtt', list([scalar(address, at), scalar(attr, at)], at), at);
    }
    return unknown(`${e.root}${first?.kind === 'attr' ? `.${first.name}` : ''}`, at);
  }

  /**
   * The parameter `var.NAME` of the model, made on first use: Default from a tfvars file Terraform loads
   * by itself, else the declaration's default; AllowedValues from `contains([...], var.NAME)` validations.
   */
  variable(name: string, site: Span): boolean {
    const key = `var.${name}`;
    if (this.doc.parameters.has(key)) return true;
    const src = this.variables.get(name);
    // A default that names its own variable (Terraform allows no references in a default): unknown.
    if (!src || this.active.has(key)) return false;
    this.active.add(key);
    try {
      return this.declare(name, key, src, site);
    } finally {
      this.active.delete(key);
    }
  }

  private declare(name: string, key: string, src: VariableSource, site: Span): boolean {
    const v = src.variable;
    const own = (s: Span) => (src.inFile ? sp(s) : sp(site));
    const entries: MapEntry[] = [];
    let def: Node | undefined;
    if (src.tfvars) {
      def = this.node(src.tfvars.attribute.expr, sp(site), 1, src.tfvars.file);
      this.tfvarsFiles.set(key, src.tfvars.file);
    }
    else if (v?.default) def = this.node(v.default.expr, src.inFile ? undefined : sp(site), 1);
    if (def && (def.kind === 'scalar' || def.kind === 'list' || (def.kind === 'map' && !def.entries.some((x) => x.key === 'Ref' || x.key.startsWith('Fn::'))))) {
      entries.push({ key: 'Default', keySpan: src.tfvars ? sp(site) : own(v!.default!.nameSpan), value: def });
    }
    // A `null` default (Terraform's "not set"): conditions such as `var.x == null` can then be judged with the defaults.
    else if (def && def.kind === 'map' && def.entries[0]?.key === 'Ref' && def.entries[0].value.kind === 'scalar' && def.entries[0].value.value === 'AWS::NoValue') {
      entries.push({ key: NULL_DEFAULT, keySpan: src.tfvars ? sp(site) : own(v!.default!.nameSpan), value: scalar(true, def) });
    }
    const allowed = v ? allowedValues(v, name) : undefined;
    if (allowed) entries.push({ key: 'AllowedValues', keySpan: own(allowed), value: list(allowed.items.map((x) => scalar(x.value, own(x), typeof x.value === 'string' ? '"' : undefined)), own(allowed)) });
    const span = v ? own(v.nameLabel) : sp(site);
    this.doc.parameters.set(key, { name: key, keySpan: span, node: map(entries, span) });
    return true;
  }

  /**
   * True when the expression is `null` with the configuration's own values: a `null` literal, a variable
   * whose default is `null` (and no tfvars file Terraform loads sets it), a local that is. Terraform then
   * leaves the argument unset, so the reader treats it as absent (the service's default), as it treats
   * a template parameter's Default.
   */
  absentByDefault(e: HclExpr, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    if (e.kind === 'literal') return e.value === null;
    if (e.kind === 'paren') return this.absentByDefault(e.inner, depth + 1);
    if (e.kind !== 'traversal' || e.steps.length !== 1 || e.steps[0].kind !== 'attr') return false;
    const name = e.steps[0].name;
    if (e.root === 'var') {
      const src = this.variables.get(name);
      const d = src?.tfvars?.attribute.expr ?? src?.variable?.default?.expr;
      return !!d && d.kind === 'literal' && d.value === null;
    }
    if (e.root === 'local') {
      const key = `local.${name}`;
      const src = this.locals.get(name);
      if (!src || this.active.has(key)) return false;
      this.active.add(key);
      try {
        return this.absentByDefault(src.local.attribute.expr, depth + 1);
      } finally {
        this.active.delete(key);
      }
    }
    return false;
  }

  /** Registers the condition of a conditional expression; its name (what `Fn::If` names) is its source text. */
  private condition(c: HclExpr, site: Span | undefined, depth: number, file: string): string {
    const source = (this.texts.get(file) ?? '').slice(c.start, c.end).replace(/\s+/g, ' ');
    const name = `${file ? `${file}: ` : ''}${source || `condition at ${c.start}`}`;
    if (!this.doc.conditions.has(name)) {
      const at = site ?? c;
      this.doc.conditions.set(name, { key: name, keySpan: sp(at), value: this.predicate(c, site, depth + 1, file) });
    }
    return name;
  }

  private predicate(c: HclExpr, site: Span | undefined, depth: number, file: string): Node {
    const at = site ?? c;
    if (depth > MAX_DEPTH) return unknown('condition nested too deep', at);
    if (c.kind === 'paren') return this.predicate(c.inner, site, depth + 1, file);
    if (c.kind === 'unary' && c.op === '!') return fn('Fn::Not', list([this.predicate(c.operand, site, depth + 1, file)], at), at);
    if (c.kind === 'binary') {
      if (c.op === '==' || c.op === '!=') {
        const eq = fn('Fn::Equals', list([this.node(c.left, site, depth + 1, file), this.node(c.right, site, depth + 1, file)], at), at);
        return c.op === '==' ? eq : fn('Fn::Not', list([eq], at), at);
      }
      if (c.op === '&&' || c.op === '||') {
        return fn(c.op === '&&' ? 'Fn::And' : 'Fn::Or', list([this.predicate(c.left, site, depth + 1, file), this.predicate(c.right, site, depth + 1, file)], at), at);
      }
      return unknown('comparison', at);
    }
    // `c ? true : false` (and `c ? false : true`) is `c` (or its negation): a boolean local is often written so.
    if (c.kind === 'conditional' && c.then.kind === 'literal' && c.else.kind === 'literal' && typeof c.then.value === 'boolean' && c.then.value !== c.else.value) {
      const p = this.predicate(c.cond, site, depth + 1, file);
      return c.then.value ? p : fn('Fn::Not', list([p], at), at);
    }
    // A local whose expression is itself a test (`local.enabled = var.create && var.x == "y"`) is that test.
    if (c.kind === 'traversal' && c.root === 'local' && c.steps.length === 1 && c.steps[0].kind === 'attr') {
      const key = `local.${c.steps[0].name}`;
      const src = this.locals.get(c.steps[0].name);
      const e = src?.local.attribute.expr;
      if (src && e && isTest(e) && !this.active.has(key)) {
        this.active.add(key);
        try {
          return this.predicate(e, src.inFile ? site : site ?? c, depth + 1, src.inFile ? file : src.file);
        } finally {
          this.active.delete(key);
        }
      }
    }
    if (c.kind === 'traversal' || c.kind === 'literal') return fn('Fn::Equals', list([this.node(c, site, depth + 1, file), scalar(true, at)], at), at);
    return unknown('condition', at);
  }
}

/** An expression that is a boolean test: a comparison, `&&`, `||`, `!`, or `c ? true : false`. */
function isTest(e: HclExpr): boolean {
  if (e.kind === 'paren') return isTest(e.inner);
  if (e.kind === 'unary') return e.op === '!';
  if (e.kind === 'binary') return ['==', '!=', '&&', '||'].includes(e.op);
  return e.kind === 'conditional' && e.then.kind === 'literal' && e.else.kind === 'literal' && typeof e.then.value === 'boolean' && e.then.value !== e.else.value;
}

function objectKey(k: HclExpr): string | undefined {
  if (k.kind === 'traversal' && !k.steps.length) return k.root;
  if (k.kind === 'literal' && k.value !== null) return String(k.value);
  return undefined;
}

/** `contains(["a", "b"], var.NAME)` in a validation condition: the literal list, with its span. */
function allowedValues(v: TfVariable, name: string): (Span & { items: { value: ScalarValue; start: number; end: number }[] }) | undefined {
  for (const val of v.validations) {
    const cond = val.body.items.find((x) => x.kind === 'attribute' && x.name === 'condition');
    if (!cond || cond.kind !== 'attribute') continue;
    const e = cond.expr;
    if (e.kind !== 'call' || e.name !== 'contains' || e.args.length !== 2) continue;
    const [values, ref] = e.args;
    if (ref.kind !== 'traversal' || ref.root !== 'var' || ref.steps.length !== 1 || ref.steps[0].kind !== 'attr' || ref.steps[0].name !== name) continue;
    if (values.kind !== 'tuple' || !values.items.every((x) => x.kind === 'literal' && x.value !== null)) continue;
    return { start: values.start, end: values.end, items: values.items.map((x) => ({ value: (x as { value: ScalarValue }).value, start: x.start, end: x.end })) };
  }
  return undefined;
}
