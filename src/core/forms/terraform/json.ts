/**
 * Terraform's JSON syntax (`.tf.json`, https://developer.hashicorp.com/terraform/language/syntax/json)
 * read into the same HCL blocks as a `.tf` file: top-level `resource`/`data` (type, then name),
 * `module`/`variable`/`output`/`provider` (name), `locals`/`terraform` objects (or lists of them);
 * inside a body, a property whose name is a nested block of the mapping table (or `lifecycle`,
 * `dynamic`, `validation`, `content`) and whose value is an object (or a list of objects) is a block,
 * anything else an argument; strings are templates (`"${var.x}"`), read by the HCL reader in place,
 * so every span points into the JSON text. The JSON itself is read by the CloudFormation form's
 * tolerant JSON reader (jsonc-parser), whose syntax errors are kept.
 */
import type { MapNode, Node, ReadProblem } from '../../model';
import { readJson } from '../cloudformation/json';
import { parseQuotedAt, parseTemplateText, type HclBlock, type HclBody, type HclError, type HclExpr, type HclFile, type HclLabel } from './hcl';
import { RESOURCES, type BlockSpec } from './resources';

const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 0, locals: 0, terraform: 0 };

/** Names of nested blocks: every block of the mapping table, and Terraform's own. */
const BLOCK_NAMES = new Set(['lifecycle', 'validation', 'content', 'ingress', 'egress', 'attribute', 'global_secondary_index', 'local_secondary_index', 'parameter', 'replica', 'auth', 'required_providers', 'backend']);
const addBlocks = (blocks: Record<string, BlockSpec> | undefined) => {
  for (const [n, b] of Object.entries(blocks ?? {})) {
    BLOCK_NAMES.add(n);
    addBlocks(b.blocks);
  }
};
for (const spec of Object.values(RESOURCES)) addBlocks(spec.blocks);

const MAX_DEPTH = 64;

export function readTfJson(text: string): { hcl: HclFile; problems: ReadProblem[] } {
  const read = readJson(text);
  const errors: HclError[] = [];
  const items: HclBody['items'] = [];
  const root = read.root;
  if (root) {
    for (const e of root.entries) {
      const labels = LABELS[e.key];
      if (labels === undefined) continue;
      const typeSpan = { start: e.keySpan.start, end: e.keySpan.end };
      for (const b of labelled(e.value, labels)) items.push(block(text, e.key, typeSpan, b.labels, b.body, errors, 0));
    }
  }
  const body: HclBody = { items, start: 0, end: text.length };
  return { hcl: { body, comments: [], errors }, problems: read.problems };
}

/** `{ "type": { "name": body } }` down `n` levels of labels; a body may be a list of bodies. */
function labelled(v: Node, n: number, labels: HclLabel[] = []): { labels: HclLabel[]; body: MapNode }[] {
  if (n === 0) {
    if (v.kind === 'map') return [{ labels, body: v }];
    if (v.kind === 'list') return v.items.filter((x): x is MapNode => x.kind === 'map').map((body) => ({ labels, body }));
    return [];
  }
  if (v.kind !== 'map') return [];
  return v.entries.flatMap((e) => labelled(e.value, n - 1, [...labels, { value: e.key, start: e.keySpan.start, end: e.keySpan.end, quoted: true }]));
}

function block(text: string, type: string, typeSpan: { start: number; end: number }, labels: HclLabel[], m: MapNode, errors: HclError[], depth: number): HclBlock {
  return { kind: 'block', type, typeSpan, labels, body: body(text, m, errors, depth + 1), start: typeSpan.start, end: m.end };
}

function body(text: string, m: MapNode, errors: HclError[], depth: number): HclBody {
  const items: HclBody['items'] = [];
  const out: HclBody = { items, start: m.start + 1, end: Math.max(m.start + 1, m.end - 1), open: { start: m.start, end: m.start + 1 }, close: { start: m.end - 1, end: m.end } };
  if (depth > MAX_DEPTH) return out;
  for (const e of m.entries) {
    if (e.key === '//') continue;
    const typeSpan = { start: e.keySpan.start, end: e.keySpan.end };
    const isBlock = (BLOCK_NAMES.has(e.key) || e.key === 'dynamic') && (e.value.kind === 'map' || (e.value.kind === 'list' && e.value.items.every((x) => x.kind === 'map')));
    if (isBlock) {
      for (const b of labelled(e.value, e.key === 'dynamic' ? 1 : 0)) items.push(block(text, e.key, typeSpan, b.labels, b.body, errors, depth));
      continue;
    }
    const expr = toExpr(text, e.value, errors, depth);
    items.push({ kind: 'attribute', name: e.key, nameSpan: typeSpan, expr, start: e.keySpan.start, end: expr.end });
  }
  return out;
}

function toExpr(text: string, n: Node, errors: HclError[], depth: number): HclExpr {
  if (depth > MAX_DEPTH) return { kind: 'invalid', start: n.start, end: n.end };
  switch (n.kind) {
    case 'scalar':
      if (typeof n.value === 'string' && text.charCodeAt(n.start) === 34) {
        // Without escapes the JSON string is an HCL quoted template as written: read it in place, exact spans.
        if (!text.slice(n.start + 1, n.end - 1).includes('\\')) {
          const r = parseQuotedAt(text, n.start);
          errors.push(...r.errors);
          return r.expr;
        }
        // With escapes, its decoded value is the template; its parts take the whole string's span.
        const r = parseTemplateText(n.value);
        for (const e of r.errors) errors.push({ message: e.message, start: n.start, end: n.end });
        return respan(r.expr, n);
      }
      return { kind: 'literal', value: n.value, start: n.start, end: n.end };
    case 'list':
      return { kind: 'tuple', items: n.items.map((x) => toExpr(text, x, errors, depth + 1)), start: n.start, end: n.end };
    case 'map':
      return {
        kind: 'object', start: n.start, end: n.end,
        items: n.entries.map((e) => ({ key: { kind: 'literal', value: e.key, start: e.keySpan.start, end: e.keySpan.end }, value: toExpr(text, e.value, errors, depth + 1), sep: ':' as const })),
      };
    default:
      return { kind: 'invalid', start: n.start, end: n.end };
  }
}

/** The expression with every span (its own and its parts') set to `s`. */
function respan<T extends object>(x: T, s: { start: number; end: number }): T {
  const seen = new Set<object>();
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    const r = o as Record<string, unknown>;
    if (typeof r.start === 'number' && typeof r.end === 'number') {
      r.start = s.start;
      r.end = s.end;
    }
    for (const v of Object.values(r)) walk(v);
  };
  walk(x);
  return x;
}

/** The values of a `.tfvars.json` file: literal JSON values (not templates). */
export function readTfvarsJson(text: string): Map<string, { expr: HclExpr; nameSpan: { start: number; end: number } }> {
  const out = new Map<string, { expr: HclExpr; nameSpan: { start: number; end: number } }>();
  const root = readJson(text).root;
  const lit = (n: Node, depth: number): HclExpr => {
    if (depth > MAX_DEPTH) return { kind: 'invalid', start: n.start, end: n.end };
    if (n.kind === 'scalar') return { kind: 'literal', value: n.value, start: n.start, end: n.end };
    if (n.kind === 'list') return { kind: 'tuple', items: n.items.map((x) => lit(x, depth + 1)), start: n.start, end: n.end };
    if (n.kind === 'map') return { kind: 'object', items: n.entries.map((e) => ({ key: { kind: 'literal', value: e.key, start: e.keySpan.start, end: e.keySpan.end }, value: lit(e.value, depth + 1), sep: ':' as const })), start: n.start, end: n.end };
    return { kind: 'invalid', start: n.start, end: n.end };
  };
  for (const e of root?.entries ?? []) out.set(e.key, { expr: lit(e.value, 0), nameSpan: e.keySpan });
  return out;
}
