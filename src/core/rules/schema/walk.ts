/**
 * Walks the Properties of the database resources of a template against their CloudFormation
 * resource schemas (src/core/schema): what a key or value breaks, as CloudFormation reads it.
 * Only literal values are judged: an intrinsic function, a parameter, a value the reader cannot
 * know, a Fn::ForEach placeholder or a template processed by a macro gives nothing (the engine's
 * rule: unknown means no finding). ADB090–ADB092 each report one kind of what this finds.
 */
import { entry as entryOf, intrinsicName, type MapEntry, type MapNode, type ModelDocument, type Node, type Resource, type ScalarNode } from '../../model';
import { objectShape, resourceSchema, schemaTable, shapeOf, typeWord, type ResourceSchema, type SchemaShape, type SchemaType } from '../../schema';
import type { Span } from '../../text';

export type SchemaIssue =
  | { kind: 'unknown'; resource: Resource; entry: MapEntry; path: string; shapeName: string; known: string[] }
  | { kind: 'type'; resource: Resource; node: Node; path: string; expected: string; got: string }
  | { kind: 'enum'; resource: Resource; node: ScalarNode; path: string; allowed: string[] };

/** Transforms that leave resource properties as written (SAM does not touch these types; ForEach is expanded by the reader). */
const KNOWN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/** The template is processed by a macro (its own Transform): what CloudFormation receives is not what is written. */
function macroProcessed(doc: ModelDocument): boolean {
  const t = entryOf(doc.root, 'Transform')?.value;
  if (!t) return false;
  const names = t.kind === 'list' ? t.items : [t];
  return names.some((n) => n.kind !== 'scalar' || typeof n.value !== 'string' || !KNOWN_TRANSFORMS.has(n.value));
}

const cache = new WeakMap<ModelDocument, SchemaIssue[]>();

/** Every schema issue of the document's database resources (computed once per document). */
export function schemaIssues(doc: ModelDocument, resources: Resource[]): SchemaIssue[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: SchemaIssue[] = [];
  if (doc.kind === 'cloudformation' && !macroProcessed(doc) && resources.length && schemaTable()) {
    for (const r of resources) {
      const schema = resourceSchema(r.type);
      if (!schema || !r.properties || r.form !== 'cloudformation') continue;
      new Walker(r, schema, out).map(r.properties, schema, r.type, '');
    }
  }
  cache.set(doc, out);
  return out;
}

/** A string a Fn::ForEach body fills in (`${Name}`, `&{Name}`): not the value CloudFormation gets. */
const placeholder = (s: string) => s.includes('${') || s.includes('&{');

/** Python's int() and float() accept these strings (cfn-lint's type check, and what CloudFormation converts). */
const INT = /^\s*[-+]?\d(_?\d)*\s*$/;
const FLOAT = /^\s*[-+]?((\d(_?\d)*)?\.?\d(_?\d)*|\d(_?\d)*\.)([eE][-+]?\d(_?\d)*)?\s*$|^\s*[-+]?(inf|infinity|nan)\s*$/i;
/** Unquoted YAML 1.1 booleans that a YAML 1.2 reader keeps as strings: what CloudFormation makes of them is not known here. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

class Walker {
  constructor(private readonly r: Resource, private readonly schema: ResourceSchema, private readonly out: SchemaIssue[]) {}

  map(node: MapNode, shape: SchemaShape, shapeName: string, path: string): void {
    if (intrinsicName(node) || node.entries.some((e) => e.key === 'Fn::Transform')) return;
    for (const e of node.entries) {
      if (e.key.startsWith('Fn::') || placeholder(e.key)) continue;
      const p = Object.prototype.hasOwnProperty.call(shape.p, e.key) ? shape.p[e.key] : undefined;
      const at = path ? `${path}.${e.key}` : e.key;
      if (!p) {
        if (shape === this.schema && this.schema.ro?.includes(e.key)) continue;
        this.out.push({ kind: 'unknown', resource: this.r, entry: e, path: at, shapeName, known: Object.keys(shape.p) });
        continue;
      }
      this.value(e.value, p.t, at, p.e);
    }
  }

  value(node: Node, t: SchemaType, path: string, allowed?: string[]): void {
    if (node.kind === 'unknown') return;
    if (node.kind === 'map' && intrinsicName(node)) return;
    if (node.kind === 'scalar' && node.value === null) return;
    if (Array.isArray(t)) {
      // One of several types: judged only when exactly one of them takes this kind of value.
      const fits = t.filter((x) => accepts(this.schema, x, node) !== false);
      if (!fits.length) this.wrong(node, t, path);
      else if (fits.length === 1) this.value(node, fits[0], path, allowed);
      return;
    }
    const ok = accepts(this.schema, t, node);
    if (ok === false) {
      this.wrong(node, t, path);
      return;
    }
    if (ok === undefined) return;
    if (typeof t === 'string') {
      const shape = t === 'T' ? TAG : shapeOf(this.schema, t);
      if (shape && node.kind === 'map') this.map(node, shape, t === 'T' ? 'Tag' : t.slice(1), path);
      else if (allowed && node.kind === 'scalar') this.enumValue(node, path, allowed);
      return;
    }
    if ('a' in t && node.kind === 'list') {
      for (const item of node.items) this.value(item, t.a, path, allowed);
      return;
    }
    if ('m' in t && node.kind === 'map') for (const e of node.entries) this.value(e.value, t.m, path);
  }

  private enumValue(node: ScalarNode, path: string, allowed: string[]): void {
    const v = node.value;
    if (v === null || (typeof v === 'string' && placeholder(v))) return;
    if (!allowed.includes(String(v))) this.out.push({ kind: 'enum', resource: this.r, node, path, allowed });
  }

  private wrong(node: Node, t: SchemaType, path: string): void {
    const got = node.kind === 'list' ? 'a list' : node.kind === 'map' ? 'an object' : typeof (node as ScalarNode).value === 'boolean' ? 'a boolean' : typeof (node as ScalarNode).value === 'number' ? 'a number' : 'a string';
    this.out.push({ kind: 'type', resource: this.r, node, path, expected: expectedWord(this.schema, t), got });
  }
}

const TAG: SchemaShape = { p: { Key: { t: 's', r: 1 }, Value: { t: 's', r: 1 } } };

/** `an integer`, `a list of Tag`, `an object (ServerlessV2ScalingConfiguration)`. */
function expectedWord(schema: ResourceSchema, t: SchemaType): string {
  if (Array.isArray(t)) return t.map((x) => expectedWord(schema, x)).join(' or ');
  if (typeof t === 'string' && t.startsWith('@')) return `an object (${t.slice(1)})`;
  if (typeof t === 'string' && t === 'T') return 'a Tag ({Key, Value})';
  if (t === 'D') return 'a whole number (digits only)';
  const w = typeWord(t);
  return /^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`;
}

/**
 * Does a type take this value, as CloudFormation converts it: true (yes: look inside), false (no),
 * undefined (not judged here: a YAML 1.1 boolean, a placeholder, JSON).
 */
function accepts(schema: ResourceSchema, t: SchemaType, node: Node): boolean | undefined {
  if (node.kind === 'unknown') return undefined;
  if (Array.isArray(t)) return t.some((x) => accepts(schema, x, node) !== false) ? undefined : false;
  if (typeof t !== 'string') {
    if ('a' in t) return node.kind === 'list';
    return node.kind === 'map';
  }
  if (t === 'j' || t === 'z') return undefined;
  if (t.startsWith('@') || t === 'T') {
    if (node.kind !== 'map') return false;
    return objectShape(schema, t) !== undefined || t === 'T' ? true : undefined;
  }
  if (node.kind !== 'scalar') return false;
  const v = node.value;
  if (typeof v === 'string' && !node.quote && YAML11_BOOL.test(v) && t !== 's' && t !== 'd' && t !== 'D') return undefined;
  if (typeof v === 'string' && placeholder(v)) return undefined;
  switch (t) {
    case 's':
    case 'd':
      return true;
    case 'D':
      // A number is written back as digits; a string must be digits (the registry schema's pattern).
      return typeof v === 'number' || (typeof v === 'string' && /^[0-9]*$/.test(v));
    case 'b':
      return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v));
    case 'i':
      // A float in an integer property is left to the service (cfn-lint takes it too).
      return typeof v === 'number' || (typeof v === 'string' && INT.test(v));
    case 'n':
      return typeof v === 'number' || (typeof v === 'string' && FLOAT.test(v));
    default:
      return undefined;
  }
}

/** The span of an issue's offending key or value. */
export function issueSpan(i: SchemaIssue): Span {
  const s = i.kind === 'unknown' ? i.entry.keySpan : i.node;
  return { start: s.start, end: s.end };
}
