/**
 * Completion in CloudFormation templates (YAML and JSON), pure: (text, file name, offset) -> items.
 * Under a database resource's Properties (and inside its property types): the property names not
 * written yet, required ones first, with their type and first sentence of description; after a
 * property's colon, the values it takes (src/core/completion/values.ts). Half-typed text is read
 * line by line (YAML) or by jsonc-parser's tolerant scanner (JSON): no full parse is needed.
 */
import * as jsonc from 'jsonc-parser';
import { hasValues, valueSuggestions } from '../../completion/values';
import { propertyDocUrl, resourceSchema, shapeAt, typeWord, type ResourceSchema, type SchemaProp } from '../../schema';
import type { Span } from '../../text';

export interface TemplateCompletion {
  label: string;
  kind: 'property' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text inserted; new lines are indented relative to the line (the editor adds the line's indentation). */
  insertText: string;
  /** The text the item replaces (the partial word before the cursor, or the whole key or string). */
  replace: Span;
  sort: string;
  /** Open completion again after inserting (a property whose values are listed). */
  retrigger?: boolean;
}

interface Spot {
  type: string;
  /** Keys from Properties down to the map the cursor is in (list items are transparent). */
  path: string[];
  /** Keys already written in that map. */
  present: Set<string>;
  /** Value position: the key whose value is being written. */
  key?: string;
  /** The literal Engine and EngineVersion of the resource, when written. */
  engine?: string;
  version?: string;
  replace: Span;
  /** Typed so far. */
  prefix: string;
  json: boolean;
  /** JSON: the key under the cursor is a string already followed by its colon. */
  hasColon?: boolean;
  /** Value position: the value is inside quotes the user typed. */
  quoted?: boolean;
  /** YAML: the indentation unit of the file (for object and list properties). */
  unit: string;
}

const isJson = (text: string, fileName: string) => /\.json$/i.test(fileName) || /^\s*\{/.test(text);

/** Completions at `offset`, or [] when the offset is not under a database resource's Properties. */
export function templateCompletions(text: string, fileName: string, offset: number): TemplateCompletion[] {
  if (offset < 0 || offset > text.length) return [];
  const spot = isJson(text, fileName) ? jsonSpot(text, offset) : yamlSpot(text, offset);
  if (!spot) return [];
  const schema = resourceSchema(spot.type);
  if (!schema) return [];
  return spot.key === undefined ? propertyItems(spot, schema) : valueItems(spot, schema);
}

// ---- items ----------------------------------------------------------------------------------------

function propertyItems(spot: Spot, schema: ResourceSchema): TemplateCompletion[] {
  const shape = shapeAt(schema, spot.path);
  if (!shape) return [];
  const typeName = spot.path.length ? innerTypeName(schema, spot.path) : undefined;
  const out: TemplateCompletion[] = [];
  for (const [name, p] of Object.entries(shape.p)) {
    if (spot.present.has(name) || !name.toLowerCase().startsWith(spot.prefix.toLowerCase())) continue;
    const doc = `${p.d ? `${p.d}\n\n` : ''}[CloudFormation reference](${propertyDocUrl(spot.type, name, typeName)})`;
    out.push({
      label: name,
      kind: 'property',
      detail: `${typeWord(p.t)}${p.r ? ' · required' : ''}`,
      documentation: doc,
      insertText: spot.json ? jsonKeyText(name, p, spot) : yamlKeyText(name, p, spot.unit),
      replace: spot.replace,
      sort: `${p.r ? 0 : 1}${name}`,
      retrigger: isScalar(p) && hasValues(spot.type, [...spot.path, name].join('.')),
    });
  }
  return out;
}

function valueItems(spot: Spot, schema: ResourceSchema): TemplateCompletion[] {
  const shape = shapeAt(schema, spot.path);
  const p = shape?.p[spot.key!];
  if (!p) return [];
  const values = valueSuggestions(spot.type, [...spot.path, spot.key!].join('.'), { engine: spot.engine, version: spot.version });
  const typed = spot.prefix.toLowerCase();
  return values
    .filter((v) => v.value.toLowerCase().startsWith(typed) || v.value.toLowerCase().includes(typed))
    .map((v) => ({
      label: v.value,
      kind: 'value' as const,
      ...(v.detail ? { detail: v.detail } : {}),
      insertText: spot.json && !spot.quoted && !isBoolean(p, v.value) ? JSON.stringify(v.value) : v.value,
      replace: spot.replace,
      // Values that start with what was typed first, then the list's own order (newest versions first).
      sort: `${v.value.toLowerCase().startsWith(typed) ? 0 : 1}${v.sort}`,
    }));
}

const isBoolean = (p: SchemaProp, v: string) => p.t === 'b' && (v === 'true' || v === 'false');
const isScalar = (p: SchemaProp) => typeof mainType(p) === 'string' && !(mainType(p) as string).startsWith('@') && !['T', 'j'].includes(mainType(p) as string);

/** The property type name of the map at `path` (for its documentation page). */
function innerTypeName(schema: ResourceSchema, path: string[]): string | undefined {
  const parent = shapeAt(schema, path.slice(0, -1));
  const t = parent?.p[path[path.length - 1]]?.t;
  const find = (x: unknown): string | undefined => {
    if (typeof x === 'string') return x.startsWith('@') ? x.slice(1) : x === 'T' ? 'Tag' : undefined;
    if (Array.isArray(x)) return x.map(find).find(Boolean);
    if (x && typeof x === 'object' && 'a' in x) return find((x as { a: unknown }).a);
    return undefined;
  };
  return find(t);
}

/** The type to write: the first of a one-of. */
const mainType = (p: SchemaProp) => (Array.isArray(p.t) ? p.t[0] : p.t);

function yamlKeyText(name: string, p: SchemaProp, unit: string): string {
  const t = mainType(p);
  if (typeof t === 'object' && !Array.isArray(t) && 'a' in t) return `${name}:\n${unit}- `;
  if (typeof t === 'string' && (t.startsWith('@') || t === 'T')) return `${name}:\n${unit}`;
  return `${name}: `;
}

function jsonKeyText(name: string, p: SchemaProp, spot: Spot): string {
  if (spot.hasColon) return `"${name}"`;
  const t = mainType(p);
  if (typeof t === 'object' && !Array.isArray(t) && 'a' in t) return `"${name}": [`;
  if (typeof t === 'string' && (t.startsWith('@') || t === 'T')) return `"${name}": {`;
  return `"${name}": `;
}

// ---- YAML: the spot from the lines above ------------------------------------------------------------

interface Line {
  start: number;
  end: number;
  /** Column of the first character (after `- ` for a list item). */
  keyCol: number;
  /** Column of the `-` of a list item. */
  dashCol?: number;
  key?: string;
  /** Text after the key's colon (comment removed). */
  rest?: string;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const raw = text.slice(start, end).replace(/\r$/, '');
  const m = /^( *)(- +)?(.*)$/.exec(raw)!;
  const line: Line = { start, end, keyCol: m[1].length + (m[2]?.length ?? 0) };
  if (m[2]) line.dashCol = m[1].length;
  const body = m[3];
  if (!body || body.startsWith('#')) line.keyCol = -1;
  const k = /^(["']?)([^"'#:]+?)\1\s*:(?:\s+(.*))?$/.exec(body.replace(/\s+#.*$/, ''));
  if (k) {
    line.key = k[2];
    line.rest = (k[3] ?? '').trim();
  }
  return line;
}

const prevLineStart = (text: string, start: number) => (start <= 0 ? -1 : text.lastIndexOf('\n', start - 2) + 1);

function yamlSpot(text: string, offset: number): Spot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (before.includes('#') || before.includes('\t')) return undefined;
  let col: number;
  let key: string | undefined;
  let prefix: string;
  let quoted = false;
  const keyPos = /^( *)(- +)?([A-Za-z0-9_]*)$/.exec(before);
  const valPos = /^( *)(- +)?(["']?)([A-Za-z0-9_]+)\3\s*:\s+(["']?)([^"'#,[\]{}]*)$/.exec(before);
  if (keyPos) {
    col = keyPos[1].length + (keyPos[2]?.length ?? 0);
    prefix = keyPos[3];
  } else if (valPos) {
    col = valPos[1].length + (valPos[2]?.length ?? 0);
    key = valPos[4];
    quoted = !!valPos[5];
    prefix = valPos[6];
  } else return undefined;
  // The current line as a map line (for its own list dash).
  const here = lineAt(text, lineStart);
  // Climb to the parents: each line above whose key sits left of the current column.
  const chain: Line[] = [];
  let c = col;
  let listMode = here.dashCol !== undefined && here.dashCol + 2 <= col && !!keyPos?.[2];
  if (listMode) c = here.dashCol!;
  const siblings: Line[] = [];
  for (let s = prevLineStart(text, lineStart); s >= 0; s = prevLineStart(text, s)) {
    const l = lineAt(text, s);
    if (l.keyCol < 0) continue;
    if (l.keyCol === c && !listMode) {
      siblings.push(l);
      if (l.dashCol !== undefined) {
        // The first key of a list item: the item's map starts here; its parent holds the list.
        c = l.dashCol;
        listMode = true;
      }
      continue;
    }
    if (l.keyCol < c || (listMode && l.keyCol === c && l.dashCol === undefined)) {
      if (!l.key || l.rest) return undefined;
      chain.unshift(l);
      c = l.dashCol ?? l.keyCol;
      listMode = l.dashCol !== undefined;
      if (c === 0 && !listMode) break;
      // Three levels under a top-level key (logical ID, Properties, a property): the top-level key is
      // found by a search, not by walking every line of the resources above.
      if (chain.length >= 2 && chain[1].key === 'Properties' && !listMode) {
        const top = topKeyAbove(text, l.start);
        if (!top) return undefined;
        chain.unshift(top);
        break;
      }
      continue;
    }
  }
  if (chain.length < 3 || chain[0].key !== 'Resources' || chain[0].keyCol !== 0 || chain[2].key !== 'Properties') return undefined;
  const id = chain[1];
  const propsLine = chain[2];
  const path = chain.slice(3).map((l) => l.key!);
  // The resource's block: from its logical ID line to the next line at its indentation or less.
  const childCol = propsLine.keyCol;
  let type: string | undefined;
  let engine: string | undefined;
  let version: string | undefined;
  let propCol = -1;
  const present = new Set<string>();
  for (let s = id.end + 1; s < text.length;) {
    const l = lineAt(text, s);
    if (l.keyCol >= 0 && l.keyCol <= id.keyCol && l.dashCol === undefined) break;
    if (l.keyCol === childCol && l.key === 'Type' && l.rest) type = unquote(l.rest);
    if (s > propsLine.start && l.keyCol > childCol && propCol < 0) propCol = l.keyCol;
    if (s > propsLine.start && l.keyCol === propCol && l.rest) {
      if (l.key === 'Engine') engine = unquote(l.rest);
      if (l.key === 'EngineVersion') version = unquote(l.rest);
    }
    s = l.end + 1;
  }
  if (!type) return undefined;
  // The keys of the map the cursor is in: the siblings above and those below until the map ends.
  for (const l of siblings) if (l.key) present.add(l.key);
  const myCol = listMode && keyPos?.[2] ? col : col;
  for (let s = here.end + 1; s < text.length;) {
    const l = lineAt(text, s);
    s = l.end + 1;
    if (l.keyCol < 0) continue;
    if (l.keyCol < myCol || (l.dashCol !== undefined && l.dashCol < myCol)) break;
    if (l.keyCol === myCol && l.key) present.add(l.key);
  }
  if (keyPos && here.key === undefined) present.delete(prefix);
  const unit = ' '.repeat(Math.max(2, propsLine.keyCol - id.keyCol));
  const replace = key === undefined ? { start: offset - prefix.length, end: offset + wordAfter(text, offset) } : { start: offset - prefix.length, end: offset };
  return { type, path, present, key, engine, version, replace, prefix, json: false, quoted, unit };
}

/** The nearest line above `start` that starts at column 0 with a key (skipping comments and blank lines). */
function topKeyAbove(text: string, start: number): Line | undefined {
  if (start <= 0) return undefined;
  for (let ls = text.lastIndexOf('\n', start - 2) + 1; ; ls = text.lastIndexOf('\n', ls - 2) + 1) {
    const ch = text[ls];
    if (ch !== ' ' && ch !== '#' && ch !== '-' && ch !== '\n' && ch !== '\r') {
      const l = lineAt(text, ls);
      return l.key && !l.rest ? l : undefined;
    }
    if (ls === 0) return undefined;
  }
}

/** The literal scalar of a `Key: value` rest: unquoted; undefined for an intrinsic or a flow collection. */
function unquote(rest: string): string | undefined {
  if (/^[!{[&*|>]/.test(rest)) return undefined;
  const m = /^(["'])(.*)\1$/.exec(rest);
  return m ? m[2] : rest;
}

/** Word characters right after the cursor (replaced with the word before it). */
function wordAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
  return i - offset;
}

// ---- JSON: jsonc-parser's location --------------------------------------------------------------------

function jsonSpot(text: string, offset: number): Spot | undefined {
  const loc = jsonc.getLocation(text, offset);
  const p = loc.path;
  if (p.length < 4 || p[0] !== 'Resources' || typeof p[1] !== 'string' || p[2] !== 'Properties') return undefined;
  const root = jsonc.parseTree(text);
  if (!root) return undefined;
  const res = jsonc.findNodeAtLocation(root, ['Resources', p[1]]);
  const typeNode = res && jsonc.findNodeAtLocation(res, ['Type']);
  const type = typeNode?.type === 'string' ? (typeNode.value as string) : undefined;
  if (!type) return undefined;
  const literal = (k: string) => {
    const n = res && jsonc.findNodeAtLocation(res, ['Properties', k]);
    return n?.type === 'string' ? (n.value as string) : undefined;
  };
  const keys = p.slice(3).filter((x): x is string => typeof x === 'string');
  const prevNode = loc.previousNode;
  // A half-typed key is a property node without a value: its key is its first child (or itself).
  const prev = prevNode?.type === 'property' ? (prevNode.children?.[0] ?? prevNode) : prevNode;
  if (loc.isAtPropertyKey) {
    // The map the cursor is in: the path without its last (partial) key.
    const mapPath = p.slice(0, -1);
    const map = jsonc.findNodeAtLocation(root, mapPath);
    const present = new Set<string>();
    for (const prop of map?.type === 'object' ? map.children ?? [] : []) {
      const k = prop.children?.[0];
      if (k && k !== prev && prop !== prevNode && typeof k.value === 'string') present.add(k.value);
    }
    const inKey = prev && (prev.type === 'string' || prev.type === 'property') && prev.offset < offset && offset <= prev.offset + prev.length;
    const prefix = inKey ? text.slice(prev.offset + 1, offset) : '';
    const replace = inKey ? { start: prev.offset, end: prev.offset + prev.length } : { start: offset, end: offset };
    const hasColon = inKey && /^\s*:/.test(text.slice(prev.offset + prev.length));
    return { type, path: keys.slice(0, -1), present, engine: literal('Engine'), version: literal('EngineVersion'), replace, prefix, json: true, hasColon, unit: '  ' };
  }
  // A value: the last path segment is its key (a list index for an item of a list).
  const last = p[p.length - 1];
  if (typeof last !== 'string') return undefined;
  const inString = prev && prev.type === 'string' && prev.offset < offset && offset <= prev.offset + prev.length;
  if (prev && !inString && prev.type !== 'string') return undefined;
  const prefix = inString ? text.slice(prev.offset + 1, offset) : '';
  const replace = inString ? { start: prev.offset, end: prev.offset + prev.length } : { start: offset, end: offset };
  return { type, path: keys.slice(0, -1), present: new Set(), key: last, engine: literal('Engine'), version: literal('EngineVersion'), replace, prefix, json: true, quoted: false, unit: '  ' };
}
