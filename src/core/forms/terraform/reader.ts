/**
 * The Terraform reader: a `.tf` file read with the HCL reader (hcl.ts), its AWS database resources
 * translated into the shared model (CloudFormation types and property paths, resources.ts), values
 * through values.ts, each property carrying the span of its Terraform argument (the key) and value.
 *
 * Sibling files: `src/core` reads no files, so the caller passes the texts of the other files of the
 * module's folder (`SiblingFile`): other `.tf` files give variable and local declarations and resource
 * addresses; `terraform.tfvars`, `terraform.tfvars.json` is not read; `*.auto.tfvars` give the values
 * Terraform loads by itself on every run. Without them a variable declared elsewhere is unknown.
 */
import type { MapEntry, MapNode, ModelDocument, Node, ProductionHint, ReadProblem, Resource } from '../../model';
import { collectTemplateHints, saysProduction } from '../../production';
import { collectInlineSuppressions } from '../../suppress';
import type { Span } from '../../text';
import { awsProviderConstraints, configOf, readTfConfig, readTfvars, type TfConfig, type TfResource } from './config';
import { readTfJson, readTfvarsJson } from './json';
import { attribute, type HclAttribute, type HclBlock, type HclBody, type HclExpr } from './hcl';
import { RESOURCES, cfnPathOf, join, type ArgSpec, type BlockSpec, type ResourceSpec } from './resources';
import type { ModuleEntry } from './module-table';
import { matchModule, moduleResources } from './modules';
import type { TfModuleCall } from './config';
import { peerSuppressions } from './suppressions';
import { scalar, unknown, Values, type LocalSource, type VariableSource } from './values';

/** Another file of the same folder, passed by the caller (CLI, extension): its base name and text. */
export interface SiblingFile {
  name: string;
  text: string;
}

/** What the Terraform-only rules and fix writers read beside the model. */
export interface TerraformResourceInfo {
  tf: TfResource;
  /** Terraform name as written (`point_in_time_recovery.enabled`) by CloudFormation path. */
  names: Map<string, string>;
  /** CloudFormation paths set from the provider's defaults (at the anchor), not from the text. */
  defaults: Set<string>;
  /** A resource a community module's `module` block creates (modules.ts): the module and which input set each argument. */
  module?: ModuleInfo;
}

export interface ModuleInfo {
  entry: ModuleEntry;
  call: TfModuleCall;
  /** The module input each argument (`point_in_time_recovery.enabled`) came from. */
  inputs: Map<string, string>;
}

export interface TerraformDocInfo {
  config: TfConfig;
  /** The resources of the file, mapped or not (every `resource` and `data` block). */
  resources: TfResource[];
  /** The tfvars file (`terraform.tfvars`, `x.auto.tfvars`) a parameter (`var.x`) takes its value from. */
  tfvarsFiles: Map<string, string>;
  /** The AWS provider version constraints of the file and its siblings (`required_providers`); Terraform applies them all. */
  awsProvider: string[];
}

const resourceInfo = new WeakMap<Resource, TerraformResourceInfo>();
const docInfo = new WeakMap<ModelDocument, TerraformDocInfo>();

export const terraformInfo = (r: Resource): TerraformResourceInfo | undefined => resourceInfo.get(r);
export const terraformDocInfo = (d: ModelDocument): TerraformDocInfo | undefined => docInfo.get(d);

const MAX_PROBLEMS = 50;

const isJson = (name: string) => /\.json$/i.test(name);

/** A `.tf` or `.tf.json` file's configuration, and the JSON reader's own syntax errors. */
function configFor(name: string, text: string): { config: TfConfig; problems: ReadProblem[] } {
  if (!isJson(name)) return { config: readTfConfig(text), problems: [] };
  const { hcl, problems } = readTfJson(text);
  return { config: configOf(text, hcl), problems };
}

export function readTerraform(text: string, fileName = 'main.tf', siblings: SiblingFile[] = []): ModelDocument {
  const { config, problems: jsonProblems } = configFor(fileName, text);
  const doc: ModelDocument = {
    kind: 'terraform', text, resources: [], parameters: new Map(), conditions: new Map(), problems: [...jsonProblems, ...problemsOf(config)],
    inlineSuppressions: [...collectInlineSuppressions(text, '#'), ...collectInlineSuppressions(text, '//')], productionHints: [],
  };
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const others = siblings.filter((s) => s.name !== base);
  const { variables, locals, types, hints, elsewhere, awsProvider } = scopeOf(config, others);
  const values = new Values(doc, variables, locals, types);
  // Every variable of this file is a parameter, as template parameters are (their defaults say production too).
  for (const v of config.variables) values.variable(v.name, v.nameLabel);
  for (const tf of config.resources) {
    if (tf.mode !== 'resource') continue;
    const spec = RESOURCES[tf.type];
    if (spec) for (const r of mapResource(tf, spec, values)) doc.resources.push(r);
  }
  for (const call of config.modules) {
    const match = matchModule(call);
    if (!match) continue;
    if (match.problem) {
      doc.problems.push(match.problem);
      continue;
    }
    for (const m of moduleResources(call, match.entry, values)) {
      for (const r of mapResource(m.tf, RESOURCES[m.tf.type], values, { entry: match.entry, call, inputs: m.inputs })) {
        if (m.memberOf) reference(r, 'DBClusterIdentifier', m.memberOf);
        for (const [arg, id] of m.refs) {
          const path = cfnPathOf(m.tf.type, arg);
          if (path && !path.includes('.')) reference(r, path, id);
        }
        doc.resources.push(r);
      }
    }
  }
  for (const r of config.resources) if (r.mode === 'resource' && !RESOURCES[r.type]) elsewhere.add(r.type);
  if (config.modules.length) elsewhere.add('module');
  doc.declaredElsewhere = elsewhere;
  doc.inlineSuppressions.push(...peerSuppressions(text, doc.resources, fileName));
  doc.productionHints = [...hints, ...templateHints(doc, config), ...collectTemplateHints(doc)];
  docInfo.set(doc, { config, resources: config.resources, tfvarsFiles: values.tfvarsFiles, awsProvider });
  return doc;
}

function problemsOf(config: TfConfig): ReadProblem[] {
  const out: ReadProblem[] = config.errors.slice(0, MAX_PROBLEMS).map((e) => ({ message: e.message, span: { start: e.start, end: e.end }, severity: 'error', code: 'parse-error' }));
  if (config.errors.length > MAX_PROBLEMS) out.push({ message: `${config.errors.length - MAX_PROBLEMS} more syntax errors not shown.`, span: { start: 0, end: 0 }, severity: 'error', code: 'parse-error' });
  return out;
}

/** Variables, locals and resource types of this file and its siblings; tfvars values Terraform loads by itself. */
function scopeOf(config: TfConfig, siblings: SiblingFile[]) {
  const variables = new Map<string, VariableSource>();
  const locals = new Map<string, LocalSource>();
  const types = new Set<string>(config.resources.map((r) => r.type));
  const hints: ProductionHint[] = [];
  const elsewhere = new Set<string>();
  const awsProvider = awsProviderConstraints(config.terraform);
  for (const s of siblings) {
    if (!/\.tf(\.json)?$/i.test(s.name)) continue;
    const c = configFor(s.name, s.text).config;
    awsProvider.push(...awsProviderConstraints(c.terraform));
    for (const r of c.resources) if (r.mode === 'resource') elsewhere.add(r.type);
    if (c.modules.length) elsewhere.add('module');
    for (const v of c.variables) if (!variables.has(v.name)) variables.set(v.name, { variable: v, text: s.text, inFile: false });
    for (const l of c.locals) if (!locals.has(l.name)) locals.set(l.name, { local: l, text: s.text, inFile: false, file: s.name });
    for (const r of c.resources) types.add(r.type);
  }
  for (const v of config.variables) variables.set(v.name, { variable: v, text: config.text, inFile: true });
  for (const l of config.locals) locals.set(l.name, { local: l, text: config.text, inFile: true, file: '' });
  // terraform.tfvars first, then *.auto.tfvars in lexical order: a later file wins (Terraform's order).
  const auto = siblings.filter((s) => /^terraform\.tfvars$/i.test(s.name))
    .concat(siblings.filter((s) => /^terraform\.tfvars\.json$/i.test(s.name)))
    .concat(siblings.filter((s) => /\.auto\.tfvars(\.json)?$/i.test(s.name)).sort((a, b) => (a.name < b.name ? -1 : 1)));
  for (const s of auto) {
    const values = isJson(s.name) ? jsonValues(s.text) : readTfvars(s.text).values;
    for (const [name, attr] of values) {
      const src = variables.get(name);
      if (src) src.tfvars = { attribute: attr, text: s.text, file: s.name };
      if (attr.expr.kind === 'literal' && typeof attr.expr.value === 'string' && saysProduction(attr.expr.value)) {
        hints.push({ word: attr.expr.value, span: { start: 0, end: 0 }, source: `${name} in ${s.name}` });
      }
    }
  }
  for (const [name, src] of variables) {
    const d = src.variable?.default?.expr;
    if (!src.inFile && !src.tfvars && d?.kind === 'literal' && typeof d.value === 'string' && saysProduction(d.value)) {
      hints.push({ word: d.value, span: { start: 0, end: 0 }, source: `default of variable ${name} (another file of the folder)` });
    }
  }
  return { variables, locals, types, hints, elsewhere, awsProvider };
}

function jsonValues(text: string): Map<string, HclAttribute> {
  const out = new Map<string, HclAttribute>();
  for (const [name, v] of readTfvarsJson(text)) out.set(name, { kind: 'attribute', name, nameSpan: v.nameSpan, expr: v.expr, start: v.nameSpan.start, end: v.expr.end });
  return out;
}

/** Literal text of interpolated names and tags (`"${var.app}-prod"`) says production too. */
function templateHints(doc: ModelDocument, config: TfConfig): ProductionHint[] {
  const out: ProductionHint[] = [];
  const look = (e: HclExpr, source: string) => {
    if (e.kind === 'template') {
      for (const p of e.parts) if (typeof p === 'string' && saysProduction(p)) out.push({ word: p.trim(), span: { start: e.start, end: e.end }, source });
    } else if (e.kind === 'object') for (const it of e.items) look(it.value, source);
    else if (e.kind === 'call') for (const a of e.args) look(a, source);
  };
  for (const r of config.resources) {
    if (!RESOURCES[r.type]) continue;
    for (const it of r.block.body.items) {
      if (it.kind !== 'attribute') continue;
      if (it.name === 'tags' || /(^|_)(name|identifier|id)$/.test(it.name)) look(it.expr, `${r.address}.${it.name}`);
    }
  }
  void doc;
  return out;
}

// ---- building one resource -----------------------------------------------------------------

class Builder {
  readonly root: MapNode;
  readonly names = new Map<string, string>();
  readonly defaults = new Set<string>();

  constructor(span: Span) {
    this.root = { kind: 'map', entries: [], start: span.start, end: span.end };
  }

  set(path: string, keySpan: Span, value: Node, tfName?: string, root: MapNode = this.root): void {
    const keys = path.split('.');
    let m = root;
    for (let i = 0; i < keys.length - 1; i++) {
      let e = m.entries.find((x) => x.key === keys[i]);
      if (!e || e.value.kind !== 'map' || isIntrinsic(e.value)) {
        const inner: MapNode = { kind: 'map', entries: [], start: keySpan.start, end: value.end };
        if (e) e.value = inner;
        else m.entries.push((e = { key: keys[i], keySpan, value: inner }));
      }
      m = e.value as MapNode;
    }
    const last = keys[keys.length - 1];
    const found = m.entries.find((x) => x.key === last);
    if (found) Object.assign(found, { keySpan, value });
    else m.entries.push({ key: last, keySpan, value });
    if (tfName && root === this.root) this.names.set(path, tfName);
  }

  has(path: string): boolean {
    let n: Node | undefined = this.root;
    for (const k of path.split('.')) n = n?.kind === 'map' ? n.entries.find((x) => x.key === k)?.value : undefined;
    return !!n;
  }
}

const isIntrinsic = (n: Node) => n.kind === 'map' && n.entries.length === 1 && (n.entries[0].key === 'Ref' || n.entries[0].key.startsWith('Fn::'));

interface Ctx {
  b: Builder;
  values: Values;
}


/** `tags = { Env = "prod" }` as CloudFormation writes tags: `[{ Key: Env, Value: prod }]` (the key's span on Key). */
function tagList(v: Node): Node {
  if (v.kind !== 'map' || isIntrinsic(v)) return v;
  const items: Node[] = v.entries.map((e) => ({
    kind: 'map', start: e.keySpan.start, end: e.value.end,
    entries: [{ key: 'Key', keySpan: e.keySpan, value: scalar(e.key, e.keySpan, '"') }, { key: 'Value', keySpan: e.keySpan, value: e.value }],
  }));
  return { kind: 'list', items, start: v.start, end: v.end };
}

const pathOf = (spec: ArgSpec) => (typeof spec === 'string' ? spec : spec.path);

function argValue(c: Ctx, a: HclAttribute, spec: ArgSpec): Node {
  const v = c.values.node(a.expr);
  if (typeof spec === 'string' || !spec.values || v.kind !== 'scalar' || typeof v.value !== 'string') return v;
  const mapped = spec.values[v.value];
  return mapped === undefined ? v : { ...v, value: mapped };
}

/** The blocks of a body by type: `dynamic "x" { content { ... } }` counts as an `x` block with that content. */
function blocksOf(body: HclBody): { type: string; block: HclBlock; body: HclBody }[] {
  const out: { type: string; block: HclBlock; body: HclBody }[] = [];
  for (const it of body.items) {
    if (it.kind !== 'block') continue;
    if (it.type === 'dynamic' && it.labels.length === 1) {
      const content = it.body.items.find((x): x is HclBlock => x.kind === 'block' && x.type === 'content');
      if (content) out.push({ type: it.labels[0].value, block: it, body: content.body });
    } else if (it.type !== 'dynamic') out.push({ type: it.type, block: it, body: it.body });
  }
  return out;
}

function readBody(c: Ctx, body: HclBody, args: Record<string, ArgSpec>, blocks: Record<string, BlockSpec> | undefined, cfn: string, tf: string, root?: MapNode): void {
  for (const it of body.items) {
    if (it.kind !== 'attribute') continue;
    const spec = Object.prototype.hasOwnProperty.call(args, it.name) ? args[it.name] : undefined;
    if (!spec || c.values.absentByDefault(it.expr)) continue;
    const path = join(cfn, typeof spec === 'string' ? spec : spec.path);
    const value = argValue(c, it, spec);
    c.b.set(path, it.nameSpan, path === 'Tags' ? tagList(value) : value, tf + it.name, root);
  }
  if (!blocks) return;
  const lists = new Map<string, { keySpan: Span; items: Node[]; span: Span; tfName: string }>();
  for (const { type, block, body: inner } of blocksOf(body)) {
    const bs = Object.prototype.hasOwnProperty.call(blocks, type) ? blocks[type] : undefined;
    if (!bs) continue;
    const typeSpan = block.type === 'dynamic' ? block.labels[0] : block.typeSpan;
    const dynamic = block.type === 'dynamic';
    if (bs.list) {
      // A dynamic block makes any number of items (none too), each from its iterator: unknown.
      const item: Node = dynamic ? unknown('dynamic block', block) : { kind: 'map', entries: [], start: block.start, end: block.end };
      if (item.kind === 'map') {
        for (const [k, v] of Object.entries(bs.fixed ?? {})) c.b.set(k, typeSpan, scalar(v, typeSpan), undefined, item);
        readBody(c, inner, bs.args, bs.blocks, '', `${tf}${type}.`, item);
      }
      const path = join(cfn, bs.path);
      const l = lists.get(path) ?? { keySpan: { start: typeSpan.start, end: typeSpan.end }, items: [], span: { start: block.start, end: block.end }, tfName: tf + type };
      l.items.push(item);
      l.span.end = block.end;
      lists.set(path, l);
      continue;
    }
    const path = join(cfn, bs.path);
    const keySpan = { start: typeSpan.start, end: typeSpan.end };
    if (dynamic) {
      // Present or not depending on its iterator, with values from it: every setting it holds is unknown.
      if (bs.path) c.b.set(path, keySpan, unknown('dynamic block', block), tf + type, root);
      else for (const a of inner.items) if (a.kind === 'attribute' && bs.args[a.name]) c.b.set(join(cfn, pathOf(bs.args[a.name])), a.nameSpan, unknown('dynamic block', a.expr), `${tf}${type}.${a.name}`, root);
      continue;
    }
    if (bs.path) c.b.set(path, keySpan, { kind: 'map', entries: [], start: inner.start, end: inner.end }, tf + type, root);
    readBody(c, inner, bs.args, bs.blocks, path, `${tf}${type}.`, root);
  }
  for (const [path, l] of lists) c.b.set(path, l.keySpan, { kind: 'list', items: l.items, ...l.span }, l.tfName, root);
}

/**
 * A property of a module's resource that is another resource of the module (the instance's cluster, its
 * parameter group): a reference to that resource's id, at the argument's span (the anchor when none).
 */
function reference(r: Resource, path: string, id: string): void {
  const props = r.properties!;
  const old = props.entries.find((e) => e.key === path);
  const span = old ? { start: old.keySpan.start, end: old.keySpan.end } : { start: r.anchor.start, end: r.anchor.end };
  const value: Node = { kind: 'map', entries: [{ key: 'Ref', keySpan: span, value: scalar(id, span) }], ...span };
  props.entries = props.entries.filter((e) => e.key !== path);
  props.entries.push({ key: path, keySpan: span, value });
}

function mapResource(tf: TfResource, spec: ResourceSpec, values: Values, module?: ModuleInfo): Resource[] {
  const condition = countCondition(tf, values);
  if (condition === 'never') return [];
  const body = tf.block.body;
  // A cache cluster joining a replication group takes its settings from the group (CloudFormation has no such member).
  const group = tf.type === 'aws_elasticache_cluster' ? attribute(body, 'replication_group_id') : undefined;
  if (group && !values.absentByDefault(group.expr)) return [];
  const b = new Builder(body.open ? { start: body.open.start, end: body.close?.end ?? body.end } : body);
  const c: Ctx = { b, values };
  readBody(c, body, spec.args, spec.blocks, '', '');
  if (spec.special === 'dynamodb-keys') dynamoKeys(c, body);
  if (spec.special === 'security-group') securityGroupIngress(c, body);
  if (spec.special === 'parameters') parameters(c, body);
  const anchor = { start: tf.typeLabel.start, end: tf.nameLabel.end };
  for (const [path, v] of Object.entries(spec.defaults ?? {})) {
    if (b.has(path)) continue;
    b.set(path, anchor, scalar(v, anchor));
    b.defaults.add(path);
  }
  const attributes = new Map<string, MapEntry>();
  if (condition) attributes.set('Condition', { key: 'Condition', keySpan: condition.span, value: scalar(condition.name, condition.span) });
  terraformOnly(tf, values, attributes);
  // A literal count makes that many copies (a count of 0 made none above).
  if (tf.count?.expr.kind === 'literal' && typeof tf.count.expr.value === 'number') {
    attributes.set('count', { key: 'count', keySpan: { start: tf.count.nameSpan.start, end: tf.count.nameSpan.end }, value: scalar(tf.count.expr.value, tf.count.expr) });
  }
  const make = (id: string, props: MapNode): Resource => {
    const r: Resource = { id, type: spec.type, anchor, span: { start: tf.block.start, end: tf.block.end }, properties: props, attributes, complete: true, form: 'terraform', origin: { construct: tf.type } };
    resourceInfo.set(r, { tf, names: b.names, defaults: b.defaults, ...(module ? { module } : {}) });
    return r;
  };
  if (spec.special === 'security-group-rule') return ruleResources(c, tf, make);
  return [make(tf.address, b.root)];
}

/**
 * `count` / `for_each`: `count = 0` creates nothing; `count = c ? 1 : 0` (or `c ? 0 : 1`) creates the
 * resource under the condition `c` (a `Condition` the rules know, e.g. not counted as a sure member);
 * any other count or a `for_each` may create none: an open condition.
 */
function countCondition(tf: TfResource, values: Values): { name: string; span: Span } | 'never' | undefined {
  const meta = tf.count ?? tf.forEach;
  if (!meta) return undefined;
  const e = meta.expr;
  const span = { start: meta.nameSpan.start, end: meta.nameSpan.end };
  if (tf.count && e.kind === 'literal' && typeof e.value === 'number') return e.value <= 0 ? 'never' : undefined;
  const name = `${tf.count ? 'count' : 'for_each'}@${meta.start}`;
  const node: Node = unknown('count', e);
  if (tf.count && e.kind === 'conditional' && e.then.kind === 'literal' && e.else.kind === 'literal') {
    const v = values.node(e);
    const cond = v.kind === 'map' && v.entries[0]?.key === 'Fn::If' && v.entries[0].value.kind === 'list' ? v.entries[0].value.items[0] : undefined;
    const condName = cond?.kind === 'scalar' ? String(cond.value) : undefined;
    const pred = condName ? values.doc.conditions.get(condName)?.value : undefined;
    // Named for the test it makes, so a message can say which one (`when condition var.create is true`).
    if (pred && condName && e.then.value === 1 && e.else.value === 0) return { name: condName, span };
    if (pred && condName && e.then.value === 0 && e.else.value === 1) {
      const not = `!(${condName})`;
      if (!values.doc.conditions.has(not)) values.doc.conditions.set(not, { key: not, keySpan: span, value: { kind: 'map', entries: [{ key: 'Fn::Not', keySpan: span, value: { kind: 'list', items: [pred], ...span } }], ...span } });
      return { name: not, span };
    }
  }
  values.doc.conditions.set(name, { key: name, keySpan: span, value: node });
  return { name, span };
}

/**
 * `key_schema { attribute_name = "a"  key_type = "HASH" }` blocks of an index (newer AWS providers: an index key of up to
 * four partition and four sort key attributes, DynamoDB's multi-attribute keys), as a KeySchema list; a dynamic one is unknown.
 */
function keySchemaBlocks(c: Ctx, body: HclBody): Node | undefined {
  const blocks = body.items.filter((x): x is HclBlock => x.kind === 'block' && (x.type === 'key_schema' || (x.type === 'dynamic' && x.labels[0]?.value === 'key_schema')));
  if (!blocks.length) return undefined;
  const items: Node[] = [];
  for (const b of blocks) {
    if (b.type === 'dynamic') return unknown('dynamic block', b);
    const item: MapNode = { kind: 'map', entries: [], start: b.start, end: b.end };
    for (const [arg, key] of [['attribute_name', 'AttributeName'], ['key_type', 'KeyType']] as const) {
      const a = attribute(b.body, arg);
      if (a) c.b.set(key, a.nameSpan, c.values.node(a.expr), undefined, item);
    }
    items.push(item);
  }
  return { kind: 'list', items, start: items[0].start, end: items[items.length - 1].end };
}

/** `hash_key`/`range_key` and the index blocks of `aws_dynamodb_table`, as KeySchema lists. */
function dynamoKeys(c: Ctx, body: HclBody): void {
  const keySchema = (b: HclBody, hashFrom?: HclAttribute): Node | undefined => {
    const items: Node[] = [];
    for (const [arg, kind] of [['hash_key', 'HASH'], ['range_key', 'RANGE']] as const) {
      const a = arg === 'hash_key' && hashFrom ? hashFrom : attribute(b, arg);
      if (!a || c.values.absentByDefault(a.expr)) continue;
      const item: MapNode = { kind: 'map', entries: [], start: a.start, end: a.end };
      c.b.set('AttributeName', a.nameSpan, c.values.node(a.expr), undefined, item);
      c.b.set('KeyType', a.nameSpan, scalar(kind, a.nameSpan), undefined, item);
      items.push(item);
    }
    if (!items.length) return undefined;
    return { kind: 'list', items, start: items[0].start, end: items[items.length - 1].end };
  };
  const top = keySchema(body);
  const hash = attribute(body, 'hash_key');
  if (top && hash) c.b.set('KeySchema', hash.nameSpan, top, 'hash_key');
  for (const [type, path] of [['global_secondary_index', 'GlobalSecondaryIndexes'], ['local_secondary_index', 'LocalSecondaryIndexes']] as const) {
    const items: Node[] = [];
    let first: Span | undefined;
    for (const { block, body: inner } of blocksOf(body).filter((x) => x.type === type)) {
      first ??= block.type === 'dynamic' ? block.labels[0] : block.typeSpan;
      if (block.type === 'dynamic') {
        items.push(unknown('dynamic block', block));
        continue;
      }
      const item: MapNode = { kind: 'map', entries: [], start: block.start, end: block.end };
      const name = attribute(inner, 'name');
      if (name) c.b.set('IndexName', name.nameSpan, c.values.node(name.expr), undefined, item);
      const ks = keySchemaBlocks(c, inner) ?? keySchema(inner, type === 'local_secondary_index' ? hash : undefined);
      // An index whose key is written in a way not read here: its key attributes are unknown, not absent (ADB053).
      c.b.set('KeySchema', block.typeSpan, ks ?? unknown('index key', block), undefined, item);
      const pt = attribute(inner, 'projection_type');
      if (pt) c.b.set('Projection.ProjectionType', pt.nameSpan, c.values.node(pt.expr), undefined, item);
      const nk = attribute(inner, 'non_key_attributes');
      if (nk) c.b.set('Projection.NonKeyAttributes', nk.nameSpan, c.values.node(nk.expr), undefined, item);
      for (const [arg, key] of [['read_capacity', 'ReadCapacityUnits'], ['write_capacity', 'WriteCapacityUnits']] as const) {
        const a = attribute(inner, arg);
        if (a && !c.values.absentByDefault(a.expr)) c.b.set(`ProvisionedThroughput.${key}`, a.nameSpan, c.values.node(a.expr), undefined, item);
      }
      items.push(item);
    }
    if (items.length && first) c.b.set(path, { start: first.start, end: first.end }, { kind: 'list', items, start: items[0].start, end: items[items.length - 1].end }, type);
  }
}

/** The CIDR lists of an ingress rule: one CloudFormation rule per CIDR (`CidrIp` / `CidrIpv6`). */
function cidrs(c: Ctx, body: HclBody): { key: 'CidrIp' | 'CidrIpv6'; nameSpan: Span; value: Node }[] {
  const out: { key: 'CidrIp' | 'CidrIpv6'; nameSpan: Span; value: Node }[] = [];
  for (const [arg, key] of [['cidr_blocks', 'CidrIp'], ['ipv6_cidr_blocks', 'CidrIpv6']] as const) {
    const a = attribute(body, arg);
    if (!a || c.values.absentByDefault(a.expr)) continue;
    if (a.expr.kind === 'tuple') for (const x of a.expr.items) out.push({ key, nameSpan: a.nameSpan, value: c.values.node(x) });
    else out.push({ key, nameSpan: a.nameSpan, value: unknown('list of CIDRs', a.expr) });
  }
  return out;
}

const RULE_ARGS: [string, string][] = [['from_port', 'FromPort'], ['to_port', 'ToPort'], ['protocol', 'IpProtocol'], ['description', 'Description']];

/** `ingress { ... }` blocks of `aws_security_group` (and `dynamic "ingress"`): SecurityGroupIngress items. */
function securityGroupIngress(c: Ctx, body: HclBody): void {
  const items: Node[] = [];
  let first: Span | undefined;
  for (const { block, body: inner } of blocksOf(body).filter((x) => x.type === 'ingress')) {
    const typeSpan = block.type === 'dynamic' ? block.labels[0] : block.typeSpan;
    first ??= typeSpan;
    if (block.type === 'dynamic') {
      items.push(unknown('dynamic block', block));
      continue;
    }
    const base = (): MapNode => {
      const item: MapNode = { kind: 'map', entries: [], start: block.start, end: block.end };
      for (const [arg, key] of RULE_ARGS) {
        const a = attribute(inner, arg);
        if (a && !c.values.absentByDefault(a.expr)) c.b.set(key, a.nameSpan, c.values.node(a.expr), undefined, item);
      }
      const sg = attribute(inner, 'security_groups');
      if (sg) c.b.set('SourceSecurityGroupId', sg.nameSpan, unknown('security groups', sg.expr), undefined, item);
      return item;
    };
    const list = cidrs(c, inner);
    if (!list.length) items.push(base());
    for (const x of list) {
      const item = base();
      c.b.set(x.key, x.nameSpan, x.value, undefined, item);
      items.push(item);
    }
  }
  if (items.length && first) c.b.set('SecurityGroupIngress', { start: first.start, end: first.end }, { kind: 'list', items, start: items[0].start, end: items[items.length - 1].end }, 'ingress');
}

/** `aws_security_group_rule` of `type = "ingress"`: one AWS::EC2::SecurityGroupIngress per CIDR. */
function ruleResources(c: Ctx, tf: TfResource, make: (id: string, props: MapNode) => Resource): Resource[] {
  const body = tf.block.body;
  const type = attribute(body, 'type')?.expr;
  if (type?.kind !== 'literal' || type.value !== 'ingress') return [];
  const list = cidrs(c, body);
  if (!list.length) return [make(tf.address, c.b.root)];
  return list.map((x, i) => {
    const props: MapNode = { ...c.b.root, entries: [...c.b.root.entries] };
    c.b.set(x.key, x.nameSpan, x.value, undefined, props);
    return make(list.length > 1 ? `${tf.address}[${i}]` : tf.address, props);
  });
}

/** `parameter { name = ..., value = ... }` blocks of a parameter group: the Parameters map. */
function parameters(c: Ctx, body: HclBody): void {
  const entries: MapEntry[] = [];
  let first: Span | undefined;
  for (const { block, body: inner } of blocksOf(body).filter((x) => x.type === 'parameter')) {
    first ??= block.type === 'dynamic' ? block.labels[0] : block.typeSpan;
    if (block.type === 'dynamic') {
      // Parameters from an iterator: which ones is unknown.
      c.b.set('Parameters', { start: first.start, end: first.end }, unknown('dynamic parameters', block), 'parameter');
      return;
    }
    const name = attribute(inner, 'name');
    const value = attribute(inner, 'value');
    const n = name && c.values.node(name.expr);
    if (!n || n.kind !== 'scalar' || value === undefined) continue;
    entries.push({ key: String(n.value), keySpan: { start: name!.expr.start, end: name!.expr.end }, value: c.values.node(value.expr) });
  }
  if (first) c.b.set('Parameters', { start: first.start, end: first.end }, { kind: 'map', entries, start: first.start, end: body.end }, 'parameter');
}

/**
 * Terraform-only settings the model keeps as resource attributes under their Terraform names (no
 * CloudFormation property says them): the provider's destroy-time and apply-time arguments, and
 * `lifecycle { prevent_destroy }` (a literal, as Terraform requires). Read by the ADB150-ADB169 rules.
 */
export const TERRAFORM_ATTRIBUTES = ['skip_final_snapshot', 'final_snapshot_identifier', 'apply_immediately'] as const;

function terraformOnly(tf: TfResource, values: Values, attributes: Map<string, MapEntry>): void {
  for (const name of TERRAFORM_ATTRIBUTES) {
    const a = attribute(tf.block.body, name);
    if (a && !values.absentByDefault(a.expr)) attributes.set(name, { key: name, keySpan: { start: a.nameSpan.start, end: a.nameSpan.end }, value: values.node(a.expr) });
  }
  const pd = tf.lifecycle && attribute(tf.lifecycle.body, 'prevent_destroy');
  if (pd) attributes.set('lifecycle.prevent_destroy', { key: 'lifecycle.prevent_destroy', keySpan: { start: pd.nameSpan.start, end: pd.nameSpan.end }, value: values.node(pd.expr) });
}
