/**
 * Regenerates data/terraform-modules/modules.json: how four terraform-aws-modules community modules
 * (rds, rds-aurora, dynamodb-table, elasticache; Apache-2.0) compute the arguments of the database
 * resources they create from their inputs, and the inputs' defaults, read from the modules' own
 * sources vendored under test/corpus/terraform/ (see test/corpus/SOURCES.md for repository and commit).
 *
 * Usage: npx tsx scripts/gen-terraform-modules.ts   (then commit data/terraform-modules/)
 *
 * For each mapped resource the script keeps the arguments the Terraform reader maps
 * (src/core/forms/terraform/resources.ts) and the Terraform-only ones (skip_final_snapshot, ...), and
 * translates each argument's expression: module inputs (`var.x`), locals (inlined), a sub-module's
 * inputs (the arguments of the parent's `module` block, translated in the parent), conditionals,
 * comparisons, `coalesce`, `merge`, `try(x, null)`, `lookup(x, "k", null)`, `dynamic` blocks over an
 * input list; anything else (another resource's id, other functions, interpolated strings) becomes
 * `opaque`: set but unknown, so the reader never judges it. When the module creates the same resource
 * under several `count` variants (dynamodb-table: `this`, `autoscaled`, `autoscaled_gsi_ignore`) the
 * script checks that the variants' arguments translate the same and joins their conditions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readTfConfig, type TfConfig, type TfResource, type TfVariable } from '../src/core/forms/terraform/config';
import type { HclBlock, HclBody, HclExpr } from '../src/core/forms/terraform/hcl';
import { RESOURCES, type BlockSpec } from '../src/core/forms/terraform/resources';
import { TERRAFORM_ATTRIBUTES } from '../src/core/forms/terraform/reader';
import type { Json, MBlock, MExpr, MResource, ModuleEntry, ModuleTable } from '../src/core/forms/terraform/module-table';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.join(ROOT, 'test/corpus/terraform');
const OUT = path.join(ROOT, 'data/terraform-modules/modules.json');

interface Target {
  /** `aws_db_instance.this`, or through a sub-module call of the root: `module.db_instance.aws_db_instance.this`. */
  address: string;
  /** Other `count` variants of the same resource with the same arguments (their conditions are joined). */
  variants?: string[];
  /** For a `for_each` resource: the argument that references the module's main resource. */
  memberOf?: { arg: string; address: string };
}

interface ModuleSpec {
  folder: string;
  registry: string;
  repository: string;
  commit: string;
  version: string;
  range: { min: string; below: string };
  entries: { submodule: string; targets: Target[] }[];
}

/**
 * The versions each table holds for: the module's major version line. Checked by diffing the first
 * release of the line with the vendored commit (`git diff vX.0.0 <commit> -- variables.tf main.tf`):
 * inputs were only added, no default changed, and the flows of the mapped arguments are the same.
 */
const MODULES: ModuleSpec[] = [
  {
    folder: 'terraform-aws-modules__terraform-aws-rds', registry: 'terraform-aws-modules/rds/aws', repository: 'terraform-aws-modules/terraform-aws-rds',
    commit: 'fa183b6b36204913fac1219d09b4979c1e60443a', version: '7.2.0', range: { min: '7.0.0', below: '8.0.0' },
    entries: [
      { submodule: '', targets: [{ address: 'module.db_parameter_group.aws_db_parameter_group.this' }, { address: 'module.db_instance.aws_db_instance.this' }] },
      { submodule: 'modules/db_instance', targets: [{ address: 'aws_db_instance.this' }] },
    ],
  },
  {
    folder: 'terraform-aws-modules__terraform-aws-rds-aurora', registry: 'terraform-aws-modules/rds-aurora/aws', repository: 'terraform-aws-modules/terraform-aws-rds-aurora',
    commit: '259b5827d159ea73d6f61da802291dceaa2ad2c0', version: '10.2.0', range: { min: '10.0.0', below: '11.0.0' },
    entries: [{
      submodule: '', targets: [
        { address: 'aws_rds_cluster_parameter_group.this' },
        { address: 'aws_db_parameter_group.this' },
        { address: 'aws_rds_cluster.this' },
        { address: 'aws_rds_cluster_instance.this', memberOf: { arg: 'cluster_identifier', address: 'aws_rds_cluster.this' } },
      ],
    }],
  },
  {
    folder: 'terraform-aws-modules__terraform-aws-dynamodb-table', registry: 'terraform-aws-modules/dynamodb-table/aws', repository: 'terraform-aws-modules/terraform-aws-dynamodb-table',
    commit: '45c9cb10c2f6209e7362bba92cadd5ab3c9e2003', version: '5.5.0', range: { min: '5.0.0', below: '6.0.0' },
    entries: [{ submodule: '', targets: [{ address: 'aws_dynamodb_table.this', variants: ['aws_dynamodb_table.autoscaled', 'aws_dynamodb_table.autoscaled_gsi_ignore'] }] }],
  },
  {
    folder: 'terraform-aws-modules__terraform-aws-elasticache', registry: 'terraform-aws-modules/elasticache/aws', repository: 'terraform-aws-modules/terraform-aws-elasticache',
    commit: '3e17c95a0b932ed162839a1aeaf0a2bfb436ac6a', version: '1.10.3', range: { min: '1.0.0', below: '2.0.0' },
    entries: [
      { submodule: '', targets: [{ address: 'aws_elasticache_replication_group.this' }, { address: 'aws_elasticache_cluster.this' }] },
      { submodule: 'modules/serverless-cache', targets: [{ address: 'aws_elasticache_serverless_cache.this' }] },
    ],
  },
];

/** Arguments read by the reader's special mappings (reader.ts) besides the resources.ts table. */
const EXTRA_ARGS: Record<string, string[]> = {
  aws_dynamodb_table: ['hash_key', 'range_key'],
  aws_elasticache_cluster: ['replication_group_id'],
};
const EXTRA_BLOCKS: Record<string, string[]> = {
  aws_dynamodb_table: ['global_secondary_index', 'local_secondary_index'],
  aws_db_parameter_group: ['parameter'],
  aws_rds_cluster_parameter_group: ['parameter'],
};

// ---- a module folder ---------------------------------------------------------------------------

interface Folder {
  dir: string;
  configs: TfConfig[];
  vars: Map<string, TfVariable>;
  locals: Map<string, HclExpr>;
}

function folder(dir: string): Folder {
  const configs = fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).sort().map((f) => readTfConfig(fs.readFileSync(path.join(dir, f), 'utf8')));
  const vars = new Map<string, TfVariable>();
  const locals = new Map<string, HclExpr>();
  for (const c of configs) {
    if (c.errors.length) throw new Error(`${dir}: ${c.errors[0].message}`);
    for (const v of c.variables) vars.set(v.name, v);
    for (const l of c.locals) locals.set(l.name, l.attribute.expr);
  }
  return { dir, configs, vars, locals };
}

const resourceOf = (f: Folder, address: string): TfResource => {
  const r = f.configs.flatMap((c) => c.resources).find((x) => x.mode === 'resource' && x.address === address);
  if (!r) throw new Error(`${f.dir}: no ${address}`);
  return r;
};

function jsonOf(e: HclExpr): Json | undefined {
  switch (e.kind) {
    case 'literal': return e.value;
    case 'template': return !e.directives && e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : undefined;
    case 'tuple': {
      const items = e.items.map(jsonOf);
      return items.every((x) => x !== undefined) ? (items as Json[]) : undefined;
    }
    case 'object': {
      const out: Record<string, Json> = {};
      for (const it of e.items) {
        const k = it.key.kind === 'traversal' && !it.key.steps.length ? it.key.root : jsonOf(it.key);
        const v = jsonOf(it.value);
        if (typeof k !== 'string' || v === undefined) return undefined;
        out[k] = v;
      }
      return out;
    }
    case 'unary': return e.op === '-' && e.operand.kind === 'literal' && typeof e.operand.value === 'number' ? -e.operand.value : undefined;
    default: return undefined;
  }
}

// ---- translating expressions ------------------------------------------------------------------

interface Scope {
  f: Folder;
  /** A sub-module's inputs: the arguments of the parent's module block, translated in the parent. */
  bind?: Map<string, () => MExpr>;
  /** The iterator names whose `.value` is the current item (`each`, a dynamic block's type). */
  iter: Set<string>;
  /** Module inputs read (root scope). */
  used: Set<string>;
  active: Set<string>;
  /** The table addresses of the entry's resources (what `ref` may name) and this scope's address prefix (`module.x.`). */
  targets: Set<string>;
  prefix: string;
}

const opaque = (why: string): MExpr => ({ opaque: why });

function variable(s: Scope, name: string): MExpr {
  if (!s.bind) {
    if (!s.f.vars.has(name)) return opaque(`var.${name} (not declared)`);
    s.used.add(name);
    return { in: name };
  }
  const b = s.bind.get(name);
  if (b) return b();
  const d = s.f.vars.get(name)?.default?.expr;
  const j = d ? jsonOf(d) : undefined;
  return j === undefined ? opaque(`var.${name} of the sub-module`) : { lit: j };
}

/** `x.value.f`, `lookup(x.value, "f", null)`, `try(x.value.f, null)` on the current item. */
function itemField(s: Scope, e: HclExpr): string | undefined {
  if (e.kind === 'traversal' && s.iter.has(e.root) && e.steps.length === 2 && e.steps[0].kind === 'attr' && e.steps[0].name === 'value' && e.steps[1].kind === 'attr') return e.steps[1].name;
  return undefined;
}

function tr(s: Scope, e: HclExpr): MExpr {
  switch (e.kind) {
    case 'literal': return { lit: e.value };
    case 'template': {
      const j = jsonOf(e);
      if (j !== undefined) return { lit: j };
      if (!e.directives && e.parts.length === 1 && typeof e.parts[0] !== 'string') return tr(s, e.parts[0]);
      return opaque('interpolated string');
    }
    case 'paren': return tr(s, e.inner);
    case 'unary':
      if (e.op === '!') return { not: tr(s, e.operand) };
      return e.operand.kind === 'literal' && typeof e.operand.value === 'number' ? { lit: -e.operand.value } : opaque('computed number');
    case 'tuple': return { list: e.items.map((x) => tr(s, x)) };
    case 'object': {
      const obj: Record<string, MExpr> = {};
      for (const it of e.items) {
        const k = it.key.kind === 'traversal' && !it.key.steps.length ? it.key.root : jsonOf(it.key);
        if (typeof k !== 'string') return opaque('computed object key');
        obj[k] = tr(s, it.value);
      }
      return { obj };
    }
    case 'conditional': return { if: tr(s, e.cond), then: tr(s, e.then), else: tr(s, e.else) };
    case 'binary': {
      if (e.op === '&&') return { and: [tr(s, e.left), tr(s, e.right)] };
      if (e.op === '||') return { or: [tr(s, e.left), tr(s, e.right)] };
      if (['==', '!=', '>', '>=', '<', '<='].includes(e.op)) return { op: e.op as '==', l: tr(s, e.left), r: tr(s, e.right) };
      return opaque(`operator ${e.op}`);
    }
    case 'call': {
      const a = e.args;
      if (e.expand) return opaque(`${e.name}(...)`);
      if (['tostring', 'tonumber', 'tobool', 'tolist', 'toset'].includes(e.name) && a.length === 1) return tr(s, a[0]);
      if (e.name === 'coalesce') return { coalesce: a.map((x) => tr(s, x)) };
      if (e.name === 'merge') return { merge: a.map((x) => tr(s, x)) };
      if (e.name === 'length' && a.length === 1) return { length: tr(s, a[0]) };
      if (e.name === 'lookup' && a.length === 3 && a[1].kind === 'literal' && typeof a[1].value === 'string' && a[2].kind === 'literal' && a[2].value === null) {
        const t = a[0];
        if (t.kind === 'traversal' && s.iter.has(t.root) && t.steps.length === 1 && t.steps[0].kind === 'attr' && t.steps[0].name === 'value') return { item: a[1].value };
        return { get: tr(s, t), key: a[1].value };
      }
      // try(x, null): x, a missing field or an error being null (the table's coalesce gives null when all are null).
      if (e.name === 'try' && a.length === 2 && a[1].kind === 'literal' && a[1].value === null) return tr(s, a[0]);
      if (e.name === 'try' && a.length === 1) return tr(s, a[0]);
      return opaque(`${e.name}()`);
    }
    case 'traversal': {
      const field = itemField(s, e);
      if (field) return { item: field };
      const [first, ...rest] = e.steps;
      if (e.root === 'var' && first?.kind === 'attr') {
        let m = variable(s, first.name);
        for (const st of rest) {
          if (st.kind !== 'attr') return opaque(`var.${first.name}[...]`);
          m = { get: m, key: st.name };
        }
        return m;
      }
      if (e.root === 'local' && first?.kind === 'attr' && !rest.length) {
        const l = s.f.locals.get(first.name);
        if (!l || s.active.has(first.name)) return opaque(`local.${first.name}`);
        s.active.add(first.name);
        try {
          return tr(s, l);
        } finally {
          s.active.delete(first.name);
        }
      }
      const ref = refOf(s, e);
      if (ref) return { ref };
      return opaque(`${e.root}${first?.kind === 'attr' ? `.${first.name}` : ''}`);
    }
    default: return opaque(e.kind === 'for' ? 'for expression' : 'computed value');
  }
}

/** `object({ f = optional(T, default) })`, also inside `map(...)`, `list(...)`, `set(...)`: the fields' defaults. */
function optionalDefaults(t: HclExpr): Record<string, Json> | undefined {
  if (t.kind !== 'call' || t.args.length !== 1) return undefined;
  if (['map', 'list', 'set'].includes(t.name)) return optionalDefaults(t.args[0]);
  if (t.name !== 'object' || t.args[0].kind !== 'object') return undefined;
  const out: Record<string, Json> = {};
  for (const it of t.args[0].items) {
    const k = it.key.kind === 'traversal' && !it.key.steps.length ? it.key.root : undefined;
    const v = it.value;
    if (!k || v.kind !== 'call' || v.name !== 'optional' || v.args.length !== 2) continue;
    const j = jsonOf(v.args[1]);
    if (j !== undefined && j !== null) out[k] = j;
  }
  return out;
}

/** `try(x, null)` as `x`. */
const untry = (e: HclExpr): HclExpr => (e.kind === 'call' && e.name === 'try' && e.args.length === 2 && e.args[1].kind === 'literal' && e.args[1].value === null ? e.args[0] : e);

/**
 * The id of another resource the table maps: `aws_x.this[0].id` (or `aws_x.this.id`), or a sub-module's
 * output whose value is one (`module.db_parameter_group.db_parameter_group_id`).
 */
function refOf(s: Scope, e: Extract<HclExpr, { kind: 'traversal' }>): string | undefined {
  const [first, ...rest] = e.steps;
  if (first?.kind !== 'attr') return undefined;
  const attrs = rest.filter((x) => x.kind !== 'index');
  if (/^aws_/.test(e.root)) {
    const address = `${s.prefix}${e.root}.${first.name}`;
    const idOnly = !attrs.length || (attrs.length === 1 && attrs[0].kind === 'attr' && attrs[0].name === 'id');
    return s.targets.has(address) && idOnly ? address : undefined;
  }
  if (e.root === 'module' && !s.prefix && rest.length === 1 && rest[0].kind === 'attr') {
    const call = s.f.configs.flatMap((c) => c.modules).find((x) => x.name === first.name);
    if (!call?.source) return undefined;
    const sub = folder(path.join(s.f.dir, call.source.value));
    const out = sub.configs.flatMap((c) => c.outputs).find((o) => o.labels[0]?.value === (rest[0] as { name: string }).name);
    const value = out?.body.items.find((x) => x.kind === 'attribute' && x.name === 'value');
    const v = value && value.kind === 'attribute' ? untry(value.expr) : undefined;
    if (v?.kind !== 'traversal') return undefined;
    return refOf({ ...s, f: sub, prefix: `module.${first.name}.` }, v);
  }
  return undefined;
}

/** `count = c ? 1 : 0` as `c`; `count = c ? 0 : 1` as `!c`. */
function countWhen(s: Scope, e: HclExpr): MExpr {
  if (e.kind === 'conditional' && e.then.kind === 'literal' && e.else.kind === 'literal') {
    if (e.then.value === 1 && e.else.value === 0) return tr(s, e.cond);
    if (e.then.value === 0 && e.else.value === 1) return { not: tr(s, e.cond) };
  }
  return opaque('count');
}

// ---- a resource ---------------------------------------------------------------------------------

function blockSpecs(type: string): Record<string, BlockSpec | true> {
  const out: Record<string, BlockSpec | true> = { ...(RESOURCES[type].blocks ?? {}) };
  for (const b of EXTRA_BLOCKS[type] ?? []) out[b] = true;
  return out;
}

function body(s: Scope, b: HclBody, keepArgs: Set<string> | undefined, blocks: Record<string, BlockSpec | true>): { args: Record<string, MExpr>; blocks: MBlock[] } {
  const args: Record<string, MExpr> = {};
  const out: MBlock[] = [];
  for (const it of b.items) {
    if (it.kind === 'attribute') {
      if (!keepArgs || keepArgs.has(it.name)) args[it.name] = tr(s, it.expr);
      continue;
    }
    const type = it.type === 'dynamic' ? it.labels[0]?.value : it.type;
    const spec = type ? blocks[type] : undefined;
    if (!type || !spec) continue;
    const inner = spec === true ? undefined : spec;
    if (it.type === 'dynamic') {
      const fe = it.body.items.find((x) => x.kind === 'attribute' && x.name === 'for_each');
      const content = it.body.items.find((x): x is HclBlock => x.kind === 'block' && x.type === 'content');
      const iterator = it.body.items.find((x) => x.kind === 'attribute' && x.name === 'iterator');
      if (!fe || fe.kind !== 'attribute' || !content || iterator) continue;
      const si: Scope = { ...s, iter: new Set([...s.iter, type]) };
      const r = body(si, content.body, inner ? new Set(Object.keys(inner.args)) : undefined, inner?.blocks ?? {});
      out.push({ type, each: tr(s, fe.expr), ...r });
    } else {
      out.push({ type, ...body(s, it.body, inner ? new Set(Object.keys(inner.args)) : undefined, inner?.blocks ?? {}) });
    }
  }
  return { args, blocks: out };
}

function resource(s: Scope, r: TfResource): Omit<MResource, 'address'> {
  const spec = RESOURCES[r.type];
  if (!spec) throw new Error(`${r.type} is not mapped by resources.ts`);
  const keep = new Set([...Object.keys(spec.args), ...TERRAFORM_ATTRIBUTES, ...(EXTRA_ARGS[r.type] ?? [])]);
  const si: Scope = r.forEach ? { ...s, iter: new Set([...s.iter, 'each']) } : s;
  const { args, blocks } = body(si, r.block.body, keep, blockSpecs(r.type));
  const out: Omit<MResource, 'address'> = { type: r.type, args, blocks };
  if (r.count) out.when = countWhen(s, r.count.expr);
  if (r.forEach) {
    // `{ for k, v in var.x : k => v if cond }`: the for expression is not kept by the HCL reader; read its source.
    out.forEach = forEachOf(s, r);
  }
  return out;
}

/** `for_each = { for k, v in var.NAME : k => v if COND }` as `{ if: COND, then: var.NAME, else: {} }`. */
function forEachOf(s: Scope, r: TfResource): MExpr {
  const fe = r.forEach!;
  const text = s.f.configs.find((c) => c.resources.includes(r))!.text.slice(fe.expr.start, fe.expr.end);
  const m = /^\{\s*for\s+(\w+)\s*,\s*(\w+)\s+in\s+var\.(\w+)\s*:\s*\1\s*=>\s*\2(?:\s+if\s+([^}]*))?\}$/s.exec(text.trim());
  if (!m) return opaque('for_each');
  const input = variable(s, m[3]);
  if (!m[4]) return input;
  const cond = readTfConfig(`x = ${m[4]}`).hcl.body.items[0];
  if (!cond || cond.kind !== 'attribute') return opaque('for_each');
  return { if: tr(s, cond.expr), then: input, else: { obj: {} } };
}

function entry(spec: ModuleSpec, submodule: string, targets: Target[]): ModuleEntry {
  const rootDir = path.join(CORPUS, spec.folder, submodule);
  const root = folder(rootDir);
  const used = new Set<string>();
  const targetSet = new Set(targets.map((t) => t.address));
  const scope: Scope = { f: root, iter: new Set(), used, active: new Set(), targets: targetSet, prefix: '' };
  const resources: MResource[] = [];
  for (const t of targets) {
    const m = /^module\.(\w+)\.(.+)$/.exec(t.address);
    let s = scope;
    let address = t.address;
    if (m) {
      const call = root.configs.flatMap((c) => c.modules).find((x) => x.name === m[1]);
      if (!call?.source) throw new Error(`no module ${m[1]}`);
      const bind = new Map<string, () => MExpr>();
      for (const it of call.block.body.items) if (it.kind === 'attribute' && !['source', 'version', 'count', 'for_each'].includes(it.name)) bind.set(it.name, () => tr(scope, it.expr));
      s = { f: folder(path.join(rootDir, call.source.value)), bind, iter: new Set(), used, active: new Set(), targets: targetSet, prefix: `module.${m[1]}.` };
      address = m[2];
    }
    const r = resource(s, resourceOf(s.f, address));
    for (const v of t.variants ?? []) {
      const o = resource(s, resourceOf(s.f, v));
      if (JSON.stringify({ ...o, when: undefined }) !== JSON.stringify({ ...r, when: undefined })) throw new Error(`${v} differs from ${address}`);
      r.when = { or: [r.when ?? { lit: true }, o.when ?? { lit: true }] };
    }
    const res: MResource = { address: t.address, ...r };
    if (t.memberOf) res.memberOf = t.memberOf;
    resources.push(res);
  }
  const fieldDefaults: Record<string, Record<string, Json>> = {};
  for (const name of [...used].sort()) {
    const t = root.vars.get(name)?.type?.expr;
    const d = t ? optionalDefaults(t) : undefined;
    if (d && Object.keys(d).length) fieldDefaults[name] = d;
  }
  const inputs: ModuleEntry['inputs'] = {};
  for (const name of [...used].sort()) {
    const d = root.vars.get(name)?.default?.expr;
    const j = d ? jsonOf(d) : undefined;
    inputs[name] = d === undefined ? { opaque: 'required input' } : j === undefined ? { opaque: 'computed default' } : j;
  }
  return {
    registry: spec.registry, submodule, repository: spec.repository, commit: spec.commit, version: spec.version, range: spec.range,
    licence: `Apache-2.0 (test/corpus/terraform/${spec.folder}/LICENSE)`, inputs, ...(Object.keys(fieldDefaults).length ? { fieldDefaults } : {}), resources,
  };
}

/** The table from the vendored module sources (what the committed JSON must equal). */
export function buildTable(): ModuleTable {
  return {
    note: 'Generated by scripts/gen-terraform-modules.ts from the modules\' sources in test/corpus/terraform/ (Apache-2.0, see data/terraform-modules/SOURCES.md). Do not edit by hand.',
    modules: MODULES.flatMap((m) => m.entries.map((e) => entry(m, e.submodule, e.targets))),
  };
}

export const TABLE_PATH = OUT;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const table = buildTable();
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(table, null, 1)}\n`);
  for (const m of table.modules) {
    console.log(`${m.registry}${m.submodule ? `//${m.submodule}` : ''} ${m.version}: ${Object.keys(m.inputs).length} inputs, ${m.resources.map((r) => `${r.type} (${Object.keys(r.args).length} args, ${r.blocks.length} blocks)`).join(', ')}`);
  }
}
