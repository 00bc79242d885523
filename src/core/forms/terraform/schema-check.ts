/**
 * The resource blocks of a Terraform file checked against the AWS provider's schema (schema.ts): what
 * `terraform validate` would reject in the arguments and blocks as written. ADB090 (unknown argument
 * or block), ADB091 (a literal of the wrong type; a block written as an argument or the other way
 * round) and ADB153 (a computed-only attribute set) report what this finds.
 *
 * The table is the provider's 6.25.0 schema: a block with a name the table does not know is not judged
 * for what it requires (it may be written for a newer provider). Only what is written and certain is judged: a literal value (string, number, bool, null, a list
 * `[...]` or an object `{...}` of literals); a variable, a local, a function call, a conditional, an
 * interpolated string or any other expression is not (its value is not known here). Meta-arguments
 * (`count`, `for_each`, `depends_on`, `provider`, `lifecycle`, `provisioner`, `connection`) and
 * `dynamic` blocks are Terraform's own, not the provider's, and are not judged; data sources and
 * module calls are not either. In a `.tf.json` file, where the schema decides what is a block, block
 * vs argument is not judged.
 *
 * Terraform converts a value to the argument's type where it can
 * (https://developer.hashicorp.com/terraform/language/expressions/type-constraints#conversion-of-primitive-types):
 * a number or a bool is a valid string, a string holding a decimal number is a valid number, the
 * strings "true" and "false" are valid bools; a number is not a bool nor a bool a number; a single
 * value is not a list, nor a list a string.
 */
import type { ModelDocument } from '../../model';
import type { Span } from '../../text';
import { nearest, distance } from '../../cli-model/suggest';
import type { HclAttribute, HclBlock, HclBody, HclExpr } from './hcl';
import { terraformDocInfo, type TerraformDocInfo } from './reader';
import type { TfResource } from './config';
import { terraformBlockSchema, terraformProviderVersion, terraformSchemaTable, typeText, type TfBlockSchema, type TfType } from './schema';
import { cmp, constraintRange, parseVersion } from './modules';

export type TfSchemaIssue =
  /** An argument or block name the provider's schema does not have there. */
  | { kind: 'unknown'; tf: TfResource; what: 'argument' | 'block'; name: string; span: Span; where: string; suggestions: string[]; clear: boolean }
  /** A literal value Terraform cannot convert to the argument's type. */
  | { kind: 'type'; tf: TfResource; name: string; span: Span; expected: string; got: string }
  /** A block type written as an argument (`x = { ... }`), or an argument written as a block (`tags { ... }`). */
  | {
    kind: 'syntax'; tf: TfResource; what: 'block-as-argument' | 'argument-as-block'; name: string; span: Span; where: string;
    /** An argument of map type written as a block of plain `key = value` lines: adding `=` after the name makes it right. */
    mapValue?: boolean;
  }
  /** An attribute the provider computes (`arn`, `endpoint`): it cannot be set. */
  | { kind: 'computed'; tf: TfResource; name: string; span: Span; where: string }
  /** A required argument or block that is not written (on the resource's labels, or a nested block's name). */
  | { kind: 'missing'; tf: TfResource; what: 'argument' | 'block'; name: string; span: Span; where: string };

/** Terraform's own arguments and blocks of every resource block. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);

const cache = new WeakMap<ModelDocument, TfSchemaIssue[]>();

/** Every schema issue of the resource blocks of a Terraform document (computed once per document). */
export function terraformSchemaIssues(doc: ModelDocument): TfSchemaIssue[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: TfSchemaIssue[] = [];
  const info = doc.kind === 'terraform' ? terraformDocInfo(doc) : undefined;
  if (info && hasSchemaType(info) && terraformSchemaTable()) {
    // Terraform's JSON syntax: a property is a block or an argument as the schema says, not as written.
    const json = /^\s*[{[]/.test(doc.text);
    for (const tf of info.resources) {
      if (tf.mode !== 'resource') continue;
      const schema = terraformBlockSchema(tf.type);
      if (schema) new Checker(tf, json, out).body(tf.block.body, schema, tf.type, '', true);
    }
  }
  // A name the table's provider release does not have may exist in the release the configuration
  // requires: one newer than the table (`>= 6.28` against 6.25.0) may have added it, an older one
  // (`~> 5.0`) may still have it (v6 removed and renamed arguments). Without that release's schema a
  // typo cannot be told from either, so unknown names are not judged then (no finding beats a false one),
  // nor what a block requires (a release may make a required argument optional, or require another).
  const kept = info && otherProviderRelease(info) ? out.filter((i) => i.kind !== 'unknown' && i.kind !== 'missing') : out;
  cache.set(doc, kept);
  return kept;
}

/**
 * True when the AWS provider constraints of the configuration exclude the release the schema table was
 * generated for: every release they allow is newer, or older (Terraform installs one of those).
 */
export function otherProviderRelease(info: Pick<TerraformDocInfo, 'awsProvider'>): boolean {
  const table = parseVersion(terraformProviderVersion() ?? '');
  if (!table || !info.awsProvider.length) return false;
  const range = constraintRange(info.awsProvider.join(','));
  if (!range) return false;
  return cmp(range.lo, table) > 0 || (!!range.hi && cmp(range.hi, table) <= 0);
}

/** A type of the table in the file (checked before the table is loaded, so a file without one never loads it). */
const SCHEMA_PREFIX = /^aws_(db_|rds_|dynamodb_|dax_|elasticache_|memorydb_|docdb|neptune|redshift|opensearch_|keyspaces_|timestreamwrite_|dsql_|dms_|security_group|vpc_security_group_)/;
const hasSchemaType = (info: TerraformDocInfo) => info.resources.some((r) => r.mode === 'resource' && SCHEMA_PREFIX.test(r.type));

const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined => (o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const span = (s: Span): Span => ({ start: s.start, end: s.end });

/** The nearest names, and whether the first is the one clear choice (same name but case, or strictly nearest). */
export function suggest(name: string, known: string[]): { suggestions: string[]; clear: boolean } {
  const lower = name.toLowerCase();
  const same = known.filter((k) => k.toLowerCase() === lower || k.replace(/_/g, '') === lower.replace(/[-_]/g, ''));
  if (same.length === 1) return { suggestions: same, clear: true };
  const near = nearest(name, known, 3);
  if (near.length < 2) return { suggestions: near, clear: near.length === 1 };
  const d = near.map((n) => distance(name, n));
  return { suggestions: near, clear: d[0] < d[1] };
}

class Checker {
  constructor(private readonly tf: TfResource, private readonly json: boolean, private readonly out: TfSchemaIssue[]) {}

  body(body: HclBody, schema: TfBlockSchema, where: string, prefix: string, top: boolean, at?: Span): void {
    for (const it of body.items) {
      if (it.kind === 'attribute') this.attribute(it, schema, where, prefix, top);
      else this.block(it, schema, where, prefix, top);
    }
    this.missing(body, schema, where, prefix, at ?? { start: this.tf.typeLabel.start, end: this.tf.nameLabel.end });
  }

  /**
   * Required arguments and blocks not written (a `dynamic` block of the type counts: its blocks are not
   * known). A block holding a name this schema does not know is written for another provider version
   * (a newer one may make a required argument optional, as `key_schema` blocks did for DynamoDB index
   * `hash_key`): what it requires is not judged.
   */
  private missing(body: HclBody, schema: TfBlockSchema, where: string, prefix: string, at: Span): void {
    const written = new Set<string>();
    for (const it of body.items) {
      if (it.kind === 'attribute') written.add(it.name);
      else written.add(it.type === 'dynamic' && it.labels.length ? it.labels[0].value : it.type);
    }
    const known = (n: string) => own(schema.a, n) !== undefined || own(schema.b, n) !== undefined || META_ARGUMENTS.has(n) || META_BLOCKS.has(n) || n === 'dynamic';
    if ([...written].some((n) => !known(n))) return;
    for (const [name, a] of Object.entries(schema.a)) {
      if (a.r && !a.c && !written.has(name)) this.out.push({ kind: 'missing', tf: this.tf, what: 'argument', name: prefix + name, span: span(at), where });
    }
    for (const [name, b] of Object.entries(schema.b ?? {})) {
      if (b.r && !written.has(name)) this.out.push({ kind: 'missing', tf: this.tf, what: 'block', name: prefix + name, span: span(at), where });
    }
  }

  private attribute(it: HclAttribute, schema: TfBlockSchema, where: string, prefix: string, top: boolean): void {
    const name = it.name;
    if (top && META_ARGUMENTS.has(name)) return;
    const a = own(schema.a, name);
    if (a) {
      if (a.c) this.out.push({ kind: 'computed', tf: this.tf, name: prefix + name, span: span(it.nameSpan), where });
      else this.value(it.expr, a.t, prefix + name);
      return;
    }
    const b = own(schema.b, name);
    if (b) {
      // `ingress = [...]` of aws_security_group is right (attributes as blocks); JSON writes blocks as properties.
      if (!b.x && !this.json) this.out.push({ kind: 'syntax', tf: this.tf, what: 'block-as-argument', name: prefix + name, span: span(it.nameSpan), where });
      return;
    }
    if (this.json && top && (META_BLOCKS.has(name) || name === 'dynamic' || name === '//')) return;
    const settable = Object.keys(schema.a).filter((k) => !schema.a[k].c);
    this.unknown('argument', name, it.nameSpan, where, settable);
  }

  private block(it: HclBlock, schema: TfBlockSchema, where: string, prefix: string, top: boolean): void {
    // A dynamic block's content comes from its iterator: not judged.
    if (it.type === 'dynamic' || (top && META_BLOCKS.has(it.type))) return;
    const b = own(schema.b, it.type);
    if (b) {
      if (!it.labels.length) this.body(it.body, b, `${where}.${it.type}`, `${prefix}${it.type}.`, false, it.typeSpan);
      return;
    }
    const a = own(schema.a, it.type);
    if (a) {
      if (a.c) this.out.push({ kind: 'computed', tf: this.tf, name: prefix + it.type, span: span(it.typeSpan), where });
      // An argument of object type may be accepted as a block (the SDK's attributes as blocks): not judged.
      else if (!this.json && !holdsObjects(a.t)) {
        const mapValue = typeof a.t === 'object' && 'm' in a.t && !it.labels.length && it.body.items.every((x) => x.kind === 'attribute');
        this.out.push({ kind: 'syntax', tf: this.tf, what: 'argument-as-block', name: prefix + it.type, span: span(it.typeSpan), where, ...(mapValue ? { mapValue } : {}) });
      }
      return;
    }
    this.unknown('block', it.type, it.typeSpan, where, Object.keys(schema.b ?? {}));
  }

  /** An unknown name, with the known names near it (ADB090 says how sure it is: a name near none may be a later provider release's). */
  private unknown(what: 'argument' | 'block', name: string, at: Span, where: string, known: string[]): void {
    this.out.push({ kind: 'unknown', tf: this.tf, what, name, span: span(at), where, ...suggest(name, known) });
  }

  /** A literal that Terraform cannot convert to `t` (anything else is not judged). */
  value(e: HclExpr, t: TfType, name: string): void {
    if (t === '?') return;
    const got = kindOfLiteral(e);
    if (!got || got === 'null') return;
    const wrong = () => {
      this.out.push({ kind: 'type', tf: this.tf, name, span: span(e), expected: typeText(t), got: describe(e, got) });
    };
    if (t === 's') {
      if (got === 'tuple' || got === 'object') wrong();
      return;
    }
    if (t === 'n') {
      if (got === 'number') return;
      if (got === 'string' && NUMBER.test(String((e as { value: unknown }).value))) return;
      wrong();
      return;
    }
    if (t === 'b') {
      if (got === 'bool') return;
      if (got === 'string' && BOOL_STRINGS.has(String((e as { value: unknown }).value))) return;
      wrong();
      return;
    }
    if ('l' in t || 'S' in t) {
      if (e.kind !== 'tuple') return wrong();
      const el = 'l' in t ? t.l : t.S;
      for (const item of e.items) this.value(item, el, name);
      return;
    }
    if ('m' in t) {
      if (e.kind !== 'object') return wrong();
      for (const item of e.items) this.value(item.value, t.m, name);
      return;
    }
    if (got !== 'object') wrong();
  }
}

/** Strings Terraform converts to a number: decimal numbers (Go's big.Float in base 10; a superset is accepted, never a false finding). */
const NUMBER = /^[+-]?((\d+\.?\d*|\.\d+)([eEpP][+-]?\d+)?|inf(inity)?)$/i;
/** Strings Terraform converts to a bool ("true" and "false"; "1" and "0" are accepted too by the cty library it uses). */
const BOOL_STRINGS = new Set(['true', 'false', '1', '0']);

type LiteralKind = 'string' | 'number' | 'bool' | 'null' | 'tuple' | 'object';

/** What a literal expression is; undefined for anything whose value is not written out. */
function kindOfLiteral(e: HclExpr): LiteralKind | undefined {
  switch (e.kind) {
    case 'literal':
      return e.value === null ? 'null' : typeof e.value === 'string' ? 'string' : typeof e.value === 'number' ? 'number' : 'bool';
    case 'tuple':
      return 'tuple';
    case 'object':
      return 'object';
    case 'template':
      // Plain text (a heredoc without interpolation) is a string; an interpolation is not judged.
      return e.parts.every((p) => typeof p === 'string') && !e.directives ? 'string' : undefined;
    default:
      return undefined;
  }
}

function describe(e: HclExpr, got: LiteralKind): string {
  if (e.kind === 'literal' && typeof e.value === 'string') return `the string ${JSON.stringify(e.value.length > 40 ? `${e.value.slice(0, 40)}…` : e.value)}`;
  if (e.kind === 'literal') return `the ${got} ${String(e.value)}`;
  return got === 'tuple' ? 'a list' : got === 'object' ? 'an object' : `a ${got}`;
}

/** An object type, or a collection of objects. */
function holdsObjects(t: TfType): boolean {
  if (typeof t === 'string') return false;
  if ('o' in t) return true;
  if ('l' in t) return holdsObjects(t.l);
  if ('S' in t) return holdsObjects(t.S);
  return holdsObjects(t.m);
}
