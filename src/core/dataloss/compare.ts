/**
 * The data-loss guard's comparison: the edited document against its base (the version in git),
 * resource by resource, for the stateful database types of the replacement table. Form-neutral: it
 * reads the shared model; the form-specific part is how a resource is identified (identity.ts).
 *
 * Never guesses: a value that cannot be known on both sides gives "may be replaced" only when the
 * written text changed, and nothing when it did not; a parameter whose Default did not change is the
 * same value.
 */
import type { MapNode, ModelDocument, Node, Resource, ScalarValue } from '../model';
import { entry, intrinsicName } from '../model';
import { displayName } from '../names';
import { resolve } from '../resolve';
import type { Fix } from '../rules/types';
import type { Span } from '../text';
import { conditionOf, conditionalPaths, type Edit, type Verdict } from './conditions';
import { identityOf, renameFix, unknowable, type Identity } from './identity';
import { typeInfo, type TypeInfo } from './table';

export interface DataLossChange {
  /** `replace`: the edit replaces the resource; `may-replace`: it does in some case; `delete`: the resource is removed, renamed or moved. */
  kind: 'replace' | 'may-replace' | 'delete';
  /** For `delete`: how the resource left. */
  how?: 'removed' | 'renamed' | 'moved';
  /** The resource in the edited document (none when it was removed). */
  resource?: Resource;
  /** The resource in the base document. */
  baseResource: Resource;
  /** The CloudFormation property (dotted) whose change replaces the resource. */
  path?: string;
  /** Where the finding goes in the edited text. */
  at: Span;
  /** The data survives: UpdateReplacePolicy / DeletionPolicy keeps it, or the resource holds none of its own. */
  dataKept: boolean;
  message: string;
  /** A rename's fix: the old logical ID (construct id) back. */
  fix?: Fix;
}

/** Types whose UpdateReplacePolicy / DeletionPolicy can be Snapshot (CloudFormation DeletionPolicy documentation). */
export const SNAPSHOT_CAPABLE = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::Redshift::Cluster',
  'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup',
]);

const has = (r: Resource, key: string) => !!r.properties && !!entry(r.properties, key);

/** Why the resource's data does not depend on it (a cluster member, a replica, a cache), or undefined. */
export function ownData(r: Resource, info: TypeInfo): string | undefined {
  if (info.holds === 'member') return 'its data is in the cluster\'s storage volume and is kept';
  if (info.holds === 'cache') return 'it is a cache: the data stays in DynamoDB, the new cluster starts with an empty cache';
  if (r.type === 'AWS::RDS::DBInstance') {
    if (has(r, 'DBClusterIdentifier')) return 'its data is in the DB cluster\'s storage volume and is kept';
    if (has(r, 'SourceDBInstanceIdentifier') || has(r, 'SourceDBClusterIdentifier')) return 'it is a read replica: the new one copies its source again';
  }
  return undefined;
}

export type PolicyState = { state: 'kept' | 'lost' | 'unknown'; value?: string; text: string };

/** What UpdateReplacePolicy (on replacement) or DeletionPolicy (on deletion) does with the old resource's data. */
export function policyOf(r: Resource, attribute: 'UpdateReplacePolicy' | 'DeletionPolicy'): PolicyState {
  const v = r.attributes.get(attribute)?.value;
  const cdk = r.form === 'cdk';
  const name = cdk ? 'removalPolicy' : attribute;
  if (v && v.kind !== 'scalar') return { state: 'unknown', text: `whether ${name} keeps the data cannot be read here` };
  const value = v ? String(v.value) : undefined;
  if (value === 'Retain' || value === 'RetainExceptOnCreate') return { state: 'kept', value, text: `${cdk ? 'removalPolicy RETAIN' : `${attribute}: ${value}`} keeps the old one, outside the stack` };
  if (value === 'Snapshot') {
    return SNAPSHOT_CAPABLE.has(r.type)
      ? { state: 'kept', value, text: `${cdk ? 'removalPolicy SNAPSHOT' : `${attribute}: Snapshot`} keeps a final snapshot of the old one (restore it by hand)` }
      : { state: 'lost', value, text: `${attribute}: Snapshot is not supported on ${r.type}, so nothing keeps the data` };
  }
  // RDS's own default on deletion: a snapshot of a DB cluster or a standalone DB instance.
  if (!v && attribute === 'DeletionPolicy' && (r.type === 'AWS::RDS::DBCluster' || (r.type === 'AWS::RDS::DBInstance' && !has(r, 'DBClusterIdentifier')))) {
    return { state: 'kept', value: 'Snapshot', text: 'CloudFormation\'s default DeletionPolicy for it (Snapshot) keeps a final snapshot' };
  }
  return { state: 'lost', value, text: value ? `${name} ${value} keeps nothing: the data is lost` : `no ${attribute}: Snapshot or Retain${cdk ? ' (removalPolicy)' : ''}, so the data is lost` };
}

// ---- values ---------------------------------------------------------------------------------

/** A node as a canonical string: map keys sorted (last one wins), scalars as text (YAML 5432 = JSON "5432"), intrinsics kept. */
export function canon(n: Node | undefined, text: string): string {
  if (!n) return '∅';
  switch (n.kind) {
    case 'scalar':
      return `s:${String(n.value)}`;
    case 'list':
      return `[${n.items.map((x) => canon(x, text)).join(',')}]`;
    case 'unknown':
      return `u:${codeText(text.slice(n.start, n.end))}`;
    case 'map': {
      const last = new Map<string, Node>();
      for (const e of n.entries) last.set(e.key, e.value);
      return `{${[...last.keys()].sort().map((k) => `${JSON.stringify(k)}:${canon(last.get(k), text)}`).join(',')}}`;
    }
  }
}

/**
 * Source code as the compiler sees it, for comparing two versions of an expression: comments and
 * whitespace dropped, a trailing comma before a closing bracket dropped, and a plain '…' or "…"
 * string written one way.
 */
export function codeText(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; ) {
    const c = t[i];
    if (c === '/' && t[i + 1] === '/') {
      while (i < t.length && t[i] !== '\n') i++;
    } else if (c === '/' && t[i + 1] === '*') {
      const end = t.indexOf('*/', i + 2);
      i = end < 0 ? t.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < t.length && t[j] !== c && t[j] !== '\n') j += t[j] === '\\' ? 2 : 1;
      const body = t.slice(i + 1, j);
      out += c !== '`' && !/[\\'"]/.test(body) ? JSON.stringify(body) : t.slice(i, j + 1);
      i = j + 1;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/,([}\])])/g, '$1');
}

/** The value at a dotted path; list items are transparent (their values become a list). */
function valueAt(props: MapNode | undefined, path: string): Node | undefined {
  const [first, ...rest] = path.split('.');
  const top = props ? entry(props, first)?.value : undefined;
  if (!top || rest.length === 0) return top;
  return project(top, rest);
}

function project(n: Node, keys: string[]): Node | undefined {
  if (keys.length === 0) return n;
  if (n.kind === 'list') {
    const items = n.items.map((x) => project(x, keys)).filter((x): x is Node => !!x);
    return items.length ? { kind: 'list', items, start: n.start, end: n.end } : undefined;
  }
  if (n.kind !== 'map' || intrinsicName(n)) return n.kind === 'map' ? n : undefined;
  const v = entry(n, keys[0])?.value;
  return v ? project(v, keys.slice(1)) : undefined;
}

/** The spelled-out values a node takes with every parameter at its Default (alternatives dropped). */
interface Values {
  values: Map<string, { shown: string; condition?: string }>;
  unknown: boolean;
}

function valuesOf(n: Node | undefined, doc: ModelDocument, r: Resource): Values {
  const out: Values = { values: new Map(), unknown: false };
  if (!n) {
    out.values.set('∅', { shown: 'absent' });
    return out;
  }
  if (r.form !== 'cloudformation') {
    if (n.kind === 'unknown' && !literalText(doc.text.slice(n.start, n.end))) out.unknown = true;
    else out.values.set(canon(n, doc.text), { shown: shown(n, doc.text) });
    return out;
  }
  defaults(n, doc, out, undefined, 0);
  if (!out.values.size && !out.unknown) out.unknown = true;
  return out;
}

/**
 * The values a template value takes when deployed with every parameter at its Default, per Fn::If
 * branch: a parameter without a Default, a resource attribute or a pseudo parameter is unknown.
 */
function defaults(n: Node, doc: ModelDocument, out: Values, condition: string | undefined, depth: number): void {
  const add = (key: string, shownAs: string) => {
    if (!out.values.has(key)) out.values.set(key, { shown: shownAs, condition });
  };
  const fn = intrinsicName(n);
  const arg = fn && n.kind === 'map' ? n.entries[0].value : undefined;
  if (fn === 'Fn::If' && arg?.kind === 'list' && arg.items.length === 3 && depth < 8) {
    const name = arg.items[0].kind === 'scalar' ? String(arg.items[0].value) : '?';
    const within = (b: boolean) => `condition ${name} is ${b}${condition ? ` and ${condition}` : ''}`;
    defaults(arg.items[1], doc, out, within(true), depth + 1);
    defaults(arg.items[2], doc, out, within(false), depth + 1);
    return;
  }
  if (fn === 'Ref') {
    const name = arg?.kind === 'scalar' ? String(arg.value) : undefined;
    if (name === 'AWS::NoValue') return add('∅', 'absent (AWS::NoValue)');
    const def = name ? doc.parameters.get(name)?.node : undefined;
    const v = def ? entry(def, 'Default')?.value : undefined;
    if (v?.kind === 'scalar') return add(`s:${String(v.value)}`, fmt(v.value));
    out.unknown = true;
    return;
  }
  if (!fn) return add(n.kind === 'scalar' ? `s:${String(n.value)}` : canon(n, doc.text), shown(n, doc.text));
  const res = resolve(n, doc);
  const cands = res.candidates.filter((c) => !c.param?.alternativeTo);
  if (!cands.length || (res.unknown && !cands.some((c) => c.param))) {
    out.unknown = true;
    return;
  }
  for (const c of cands) {
    if (c.noValue) add('∅', 'absent (AWS::NoValue)');
    else if (c.value !== undefined) add(`s:${String(c.value)}`, fmt(c.value));
    else add(canon(c.node, doc.text), shown(c.node, doc.text));
  }
}

/**
 * CDK source the reader left unevaluated but that holds only literals: strings, numbers, booleans,
 * object and array literals and enum members (`dynamodb.AttributeType.STRING`). Two such texts that
 * differ are different values; a variable or a call is not known.
 */
export function literalText(source: string): boolean {
  const rest = codeText(source)
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`$]*`/g, '')
    .replace(/\b\d+(\.\d+)?\b/g, '')
    .replace(/\b(true|false|null)\b/g, '')
    .replace(/[A-Za-z_$][\w$]*\s*:/g, '')
    .replace(/\b(?:[a-z_$][\w$]*\.)?[A-Z][\w$]*\.[A-Za-z_$][\w$]*\b/g, '');
  return /^[\s{}[\],]*$/.test(rest);
}

const fmt = (v: ScalarValue) => JSON.stringify(v);
const shown = (n: Node, text: string) => (n.kind === 'scalar' ? fmt(n.value) : n.kind === 'unknown' && literalText(text.slice(n.start, n.end)) ? text.slice(n.start, n.end).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ') : n.kind === 'unknown' ? 'a computed value' : n.kind === 'list' ? 'a new list' : 'a new value');

// ---- one property ---------------------------------------------------------------------------

interface PropertyVerdict {
  kind: 'replace' | 'may-replace';
  edit: Edit;
  reason?: string;
  from?: string;
  to?: string;
}

/** Does this property's edit replace the resource? Undefined when nothing that matters changed. */
function judgeProperty(base: ModelDocument, next: ModelDocument, b: Resource, n: Resource, path: string): PropertyVerdict | undefined {
  const bv = valueAt(b.properties, path);
  const nv = valueAt(n.properties, path);
  if (!bv && !nv) return undefined;
  const nested = path.includes('.');
  const cb = canon(bv, base.text);
  const cn = canon(nv, next.text);
  if (cb === cn) {
    // The same text: the same value, unless a parameter it names now defaults to something else.
    if (nested || b.form !== 'cloudformation' || !bv || !nv) return undefined;
    const vb = valuesOf(bv, base, b);
    const vn = valuesOf(nv, next, n);
    if (vb.unknown || vn.unknown || vb.values.size !== 1 || vn.values.size !== 1) return undefined;
    const [kb] = vb.values.keys();
    const [kn, sn] = [...vn.values.entries()][0];
    if (kb === kn) return undefined;
    return { kind: 'may-replace', edit: 'changed', reason: `a parameter it uses now defaults to ${sn.shown} (was ${[...vb.values.values()][0].shown}): a deployment with the default replaces it`, from: [...vb.values.values()][0].shown, to: sn.shown };
  }
  const edit: Edit = bv ? (nv ? 'changed' : 'removed') : 'added';
  // A construct with spread props, or Properties written as an intrinsic: an absent property may be set elsewhere.
  if (edit !== 'changed' && (!b.complete || !n.complete)) return undefined;
  if (nested) {
    const opaque = (x: Node | undefined) => !!x && (x.kind === 'unknown' || /"(Ref|Fn::[A-Za-z]+)"/.test(canon(x, '')));
    return opaque(bv) || opaque(nv)
      ? { kind: 'may-replace', edit, reason: 'a value it holds cannot be known here; CloudFormation replaces the resource if it differs from the deployed one' }
      : { kind: 'replace', edit };
  }
  const vb = valuesOf(bv, base, b);
  const vn = valuesOf(nv, next, n);
  const only = (v: Values) => (v.values.size === 1 ? [...v.values.entries()][0] : undefined);
  const ob = only(vb);
  const on = only(vn);
  if (!vb.unknown && !vn.unknown && ob && on) {
    if (ob[0] === on[0]) return undefined;
    return { kind: 'replace', edit: ob[0] === '∅' ? 'added' : on[0] === '∅' ? 'removed' : 'changed', from: ob[1].shown, to: on[1].shown };
  }
  if (vb.unknown || vn.unknown) {
    // Added or removed outright (no AWS::NoValue branch): the property's presence changed, whatever its value.
    if (edit === 'added' && !vn.values.has('∅') && n.form === 'cloudformation') return { kind: 'replace', edit };
    if (edit === 'removed' && !vb.values.has('∅') && b.form === 'cloudformation') return { kind: 'replace', edit };
    if (edit !== 'changed' && n.form !== 'cloudformation') return { kind: 'replace', edit };
    return { kind: 'may-replace', edit, reason: 'its new value cannot be known here; CloudFormation replaces the resource if it differs from the deployed one' };
  }
  // Several values on a side (Fn::If, a parameter without a Default): name the new ones that differ.
  const differ = [...vn.values.entries()].filter(([k]) => !vb.values.has(k));
  if (!differ.length && [...vb.values.keys()].every((k) => vn.values.has(k))) return undefined;
  const shownNew = differ.slice(0, 3).map(([, v]) => `${v.shown}${v.condition ? ` when ${v.condition}` : ''}`);
  return {
    kind: 'may-replace', edit,
    reason: shownNew.length ? `it takes ${shownNew.join(' or ')}, which the deployed template did not` : 'the values it can take changed',
  };
}

// ---- messages -------------------------------------------------------------------------------

function editPhrase(edit: Edit, name: string, from?: string, to?: string): string {
  if (edit === 'added') return `Adding ${name}${to && to !== 'absent' ? ` (${to})` : ''}`;
  if (edit === 'removed') return `Removing ${name}`;
  return from && to ? `Changing ${name} from ${from} to ${to}` : `Changing ${name}`;
}

function replaceMessage(info: TypeInfo, n: Resource, v: PropertyVerdict, name: string, cond: Verdict | undefined, pol: PolicyState, own: string | undefined): string {
  const what = `${info.label} ${n.id}`;
  const head = editPhrase(v.edit, name, v.from, v.to);
  const fresh = cond && cond.verdict !== 'no' ? cond.why : `CloudFormation creates a new, empty ${info.label} and deletes the old one${n.type.startsWith('AWS::RDS::') ? ' with its automated backups' : ''}`;
  const data = own ?? pol.text;
  if (v.kind === 'replace') return `${head} replaces ${what}: ${fresh}; ${data}.`;
  const why = cond && cond.verdict === 'may' ? cond.why : v.reason ?? 'it depends on values this file does not fix';
  return `${head} may replace ${what}: ${why}. A replacement creates a new ${info.label} and deletes the old one; ${data}.`;
}

// ---- resources ------------------------------------------------------------------------------

/** Top-level or nested properties to compare: the replacing ones, and those with a documented condition (their nested ones are judged with them). */
function pathsOf(type: string, info: TypeInfo): string[] {
  const conditioned = conditionalPaths(type);
  const replaces = info.replaces.filter((p) => !conditioned.includes(p.split('.')[0]));
  return [...replaces, ...conditioned];
}

function compareResource(base: ModelDocument, next: ModelDocument, b: Resource, n: Resource, info: TypeInfo, out: DataLossChange[]): void {
  if (!b.properties && !n.properties) return;
  // Properties written as an intrinsic (Fn::If) on either side: which are set is known only per branch.
  if ((!b.properties && !b.complete) || (!n.properties && !n.complete)) return;
  const own = ownData(n, info) ?? ownData(b, info);
  const pol = policyOf(n, 'UpdateReplacePolicy');
  for (const path of pathsOf(n.type, info)) {
    if (unknowable(n, path) || unknowable(b, path)) continue;
    const v = judgeProperty(base, next, b, n, path);
    if (!v) continue;
    const c = conditionOf(n.type, path);
    let cond: Verdict | undefined;
    if (c) {
      cond = c.judge({ edit: v.edit, base: b, next: n });
      if (cond.verdict === 'no') continue;
      if (cond.verdict === 'may') v.kind = 'may-replace';
    }
    const top = path.split('.')[0];
    const e = n.properties ? entry(n.properties, top) : undefined;
    const at = e ? { start: e.value.start, end: e.value.end } : n.anchor;
    const name = displayName(n, path);
    out.push({
      kind: v.kind, resource: n, baseResource: b, path, at, dataKept: !!own || pol.state !== 'lost',
      message: replaceMessage(info, n, v, name, cond, pol, own),
    });
  }
}

/** How alike two resources' settings are: the share of top-level properties with the same value (1 for two without any). */
export function similarity(base: ModelDocument, next: ModelDocument, b: Resource, n: Resource): number {
  const keys = new Set([...(b.properties?.entries ?? []), ...(n.properties?.entries ?? [])].map((e) => e.key));
  if (keys.size === 0) return 1;
  let same = 0;
  for (const k of keys) if (canon(valueAt(b.properties, k), base.text) === canon(valueAt(n.properties, k), next.text)) same++;
  return same / keys.size;
}

/** Renamed when this alike (and the best such match, by a clear margin). */
const RENAME_SIMILARITY = 0.75;

function deleteMessage(info: TypeInfo, b: Resource, n: Resource | undefined, how: 'removed' | 'renamed' | 'moved', bi: Identity, ni: Identity | undefined, pol: PolicyState): string {
  const what = `${info.label} ${b.id}`;
  const kept = pol.state === 'kept' ? `; ${pol.text}` : pol.state === 'unknown' ? `; ${pol.text}` : `, and its data is lost (${pol.text.replace(/, so the data is lost$/, '').replace(/: the data is lost$/, '')})`;
  const deletes = `CloudFormation deletes the deployed ${info.label}${kept}`;
  // A construct gone from this file may be created elsewhere with the same path (a helper in another file): said so.
  if (how === 'removed' && b.form === 'cdk') return `The construct ${b.origin?.construct ?? ''} '${b.id}' (${info.label}) was removed from this file: unless another file now creates it in the same scope with the same id, ${deletes}.`;
  if (how === 'removed') return `The ${what} was removed: ${deletes}.`;
  const fresh = `create a new, empty ${info.label}`;
  const crossed = ni !== undefined && ni.group !== bi.group;
  const where = (x: Identity | undefined) => (crossed ? `${x?.group || 'the top level'} (scope ${x?.scope})` : `scope ${x?.scope}`);
  if (how === 'moved') return `The construct '${b.id}' moved from ${where(bi)} to ${where(ni)}: its logical ID changes, so CloudFormation will ${fresh} and delete the deployed one${kept}.`;
  if (b.form === 'cdk') return `The construct id changed from '${b.id}' to '${n!.id}': its logical ID changes, so CloudFormation will ${fresh} and delete the deployed one${kept}.`;
  return `${n!.id} is ${b.id} renamed (same type and settings): a new logical ID makes CloudFormation ${fresh} and delete ${b.id}${kept}.`;
}

/** Where a removal is reported in the edited text: the `Resources` key of a template, else the top. */
function removalSite(next: ModelDocument): Span {
  const e = next.root ? entry(next.root, 'Resources') : undefined;
  return e ? e.keySpan : { start: 0, end: 0 };
}

/**
 * Compares an edited document with its base. Both must be of one kind (a template with a template,
 * YAML and JSON alike; CDK with CDK); otherwise there is nothing to compare.
 */
export function compareDocuments(base: ModelDocument, next: ModelDocument): DataLossChange[] {
  const out: DataLossChange[] = [];
  if (base.kind !== next.kind || (next.kind !== 'cloudformation' && next.kind !== 'cdk')) return out;
  const guarded = (d: ModelDocument) => d.resources.map((r) => ({ r, info: typeInfo(r.type), id: identityOf(r) })).filter((x): x is { r: Resource; info: TypeInfo; id: Identity } => !!x.info && !!x.id);
  const bs = guarded(base);
  const ns = guarded(next);
  const byKey = new Map<string, typeof ns>();
  for (const x of ns) byKey.set(x.id.key, [...(byKey.get(x.id.key) ?? []), x]);
  const matched = new Set<Resource>();
  const unmatched: typeof bs = [];
  for (const x of bs) {
    const m = (byKey.get(x.id.key) ?? []).find((y) => !matched.has(y.r));
    if (!m) {
      unmatched.push(x);
      continue;
    }
    matched.add(m.r);
    if (m.r.type === x.r.type) compareResource(base, next, x.r, m.r, x.info, out);
  }
  const fresh = ns.filter((y) => !matched.has(y.r));
  for (const x of unmatched) {
    // Members of a cluster and read replicas come and go without losing data.
    if (ownData(x.r, x.info) && x.info.holds !== 'cache') continue;
    const candidates = fresh
      .filter((y) => y.r.type === x.r.type && (y.id.group === x.id.group || y.r.id === x.r.id) && !matched.has(y.r))
      .map((y) => ({ y, s: similarity(base, next, x.r, y.r) }))
      .filter((c) => c.s >= RENAME_SIMILARITY)
      .sort((p, q) => q.s - p.s);
    const best = candidates[0] && (!candidates[1] || candidates[1].s < candidates[0].s) ? candidates[0].y : undefined;
    const pol = x.info.holds === 'cache' ? { state: 'kept' as const, text: 'it is a cache: the data stays in DynamoDB' } : policyOf(x.r, 'DeletionPolicy');
    if (best) {
      matched.add(best.r);
      const how = x.r.id === best.r.id ? 'moved' : 'renamed';
      const fix = how === 'renamed' ? renameFix(next, best.r, x.r.id, best.id) : undefined;
      out.push({
        kind: 'delete', how, resource: best.r, baseResource: x.r, at: best.id.idSpan ?? best.r.anchor, dataKept: pol.state !== 'lost',
        message: deleteMessage(x.info, x.r, best.r, how, x.id, best.id, pol), ...(fix ? { fix } : {}),
      });
      continue;
    }
    out.push({ kind: 'delete', how: 'removed', baseResource: x.r, at: removalSite(next), dataKept: pol.state !== 'lost', message: deleteMessage(x.info, x.r, undefined, 'removed', x.id, undefined, pol) });
  }
  return out;
}
