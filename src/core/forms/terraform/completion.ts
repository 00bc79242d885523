/**
 * Completion in `.tf` files, pure: (text, offset) -> items, from the AWS provider's schema (schema.ts).
 * Inside a database resource block (and inside its nested blocks, `dynamic "x" { content { } }`
 * included), where an argument name goes: the arguments not written yet (computed-only ones never),
 * required first, with their type, then the nested block types; each inserts `name = <value>` or
 * `name { }` as a snippet. In `resource "` (the type label): the database resource types of the table.
 * Half-typed text is fine: the HCL reader recovers line by line.
 */
import type { Span } from '../../text';
import { parseHcl, type HclBlock, type HclBody } from './hcl';
import { terraformBlockSchema, terraformResourceTypes, terraformProviderVersion, typeText, type TfAttr, type TfBlockSchema, type TfType } from './schema';

export interface TerraformCompletion {
  label: string;
  kind: 'argument' | 'block' | 'resource';
  detail: string;
  /** Markdown. */
  documentation?: string;
  /** A snippet (`$1`, `${1|true,false|}`, `\t` for one indentation level). */
  snippet: string;
  /** The text the item replaces (the word under the cursor). */
  replace: Span;
  sort: string;
}

const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const ID = /[A-Za-z0-9_-]/;

/** Completions at `offset`, or [] where none applies. Never throws on any text. */
export function terraformCompletions(text: string, offset: number): TerraformCompletion[] {
  if (offset < 0 || offset > text.length) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const label = /^\s*resource\s+"([A-Za-z0-9_]*)$/.exec(before);
  if (label) return typeItems(label[1], { start: offset - label[1].length, end: wordEnd(text, offset, /[A-Za-z0-9_]/) });
  const word = /^\s*([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(before);
  if (!word) return [];
  const prefix = word[1] ?? '';
  const replace = { start: offset - prefix.length, end: wordEnd(text, offset, ID) };
  const spot = spotAt(parseHcl(text).body, offset);
  if (!spot) return [];
  const schema = terraformBlockSchema(spot.type, spot.path);
  if (!schema) return [];
  // The rest of the line already says `= value` or `{`: insert the name only.
  const after = text.slice(replace.end, text.indexOf('\n', replace.end) < 0 ? text.length : text.indexOf('\n', replace.end));
  const nameOnly = /^\s*[={]/.test(after);
  const present = new Set(spot.body.items.filter((it) => !(it.start <= offset && offset <= it.end && (it.kind === 'attribute' ? it.nameSpan : it.typeSpan).start === replace.start))
    .map((it) => (it.kind === 'attribute' ? it.name : it.type)));
  const url = docUrl(spot.type);
  const out: TerraformCompletion[] = [];
  const lower = prefix.toLowerCase();
  for (const [name, a] of Object.entries(schema.a)) {
    if (a.c || present.has(name) || name === 'id' || !name.toLowerCase().startsWith(lower)) continue;
    out.push({
      label: name, kind: 'argument', detail: `${typeText(a.t)}${a.r ? ' · required' : ''}`,
      documentation: `Argument of ${where(spot)} (AWS provider ${terraformProviderVersion() ?? ''}). [Documentation](${url}#${name})`,
      snippet: nameOnly ? name : `${name} = ${valueSnippet(a)}`, replace, sort: `${a.r ? 0 : 1}${name}`,
    });
  }
  for (const [name, b] of Object.entries(schema.b ?? {})) {
    // A single block appears once; list and set blocks repeat (`attribute`, `ingress`).
    if ((b.n === '1' && present.has(name)) || !name.toLowerCase().startsWith(lower)) continue;
    out.push({
      label: name, kind: 'block', detail: `block${b.n === '1' ? '' : b.n === 's' ? ' (set)' : ' (list)'}${b.r ? ' · required' : ''}`,
      documentation: `Nested block of ${where(spot)}: ${blockSummary(b)}. [Documentation](${url}#${name})`,
      snippet: nameOnly ? name : `${name} {\n\t$0\n}`, replace, sort: `${b.r ? 0 : 2}${name}`,
    });
  }
  return out;
}

interface Spot {
  type: string;
  path: string[];
  body: HclBody;
}

/** The database resource block (and nested block path) whose body holds `offset`, outside nested values. */
function spotAt(file: HclBody, offset: number): Spot | undefined {
  const r = file.items.find((it): it is HclBlock => it.kind === 'block' && inside(it.body, offset));
  if (!r || r.type !== 'resource' || r.labels.length !== 2) return undefined;
  const spot: Spot = { type: r.labels[0].value, path: [], body: r.body };
  for (let depth = 0; depth < 32; depth++) {
    const inner = spot.body.items.find((it): it is HclBlock => it.kind === 'block' && inside(it.body, offset));
    // Inside an argument's value (an object or a list spread over lines): not a place for argument names.
    if (!inner) return spot.body.items.some((it) => it.kind === 'attribute' && it.expr.start < offset && offset < it.expr.end) ? undefined : spot;
    if (inner.type === 'dynamic') {
      const content = inner.body.items.find((it): it is HclBlock => it.kind === 'block' && it.type === 'content' && inside(it.body, offset));
      if (!content || inner.labels.length !== 1) return undefined;
      spot.path.push(inner.labels[0].value);
      spot.body = content.body;
      continue;
    }
    if ((spot.path.length === 0 && META_BLOCKS.has(inner.type)) || inner.labels.length) return undefined;
    spot.path.push(inner.type);
    spot.body = inner.body;
  }
  return undefined;
}

/** Inside a block's braces (an unclosed block runs to the end of the file). */
const inside = (b: HclBody, offset: number) => !!b.open && b.open.end <= offset && offset <= (b.close ? b.close.start : b.end);

const wordEnd = (text: string, offset: number, re: RegExp) => {
  let i = offset;
  while (i < text.length && re.test(text[i])) i++;
  return i;
};

const where = (s: Spot) => (s.path.length ? `the ${s.path.join('.')} block of ${s.type}` : s.type);

function docUrl(type: string): string {
  const v = terraformProviderVersion() ?? 'latest';
  return `https://registry.terraform.io/providers/hashicorp/aws/${v}/docs/resources/${type.replace(/^aws_/, '')}`;
}

function valueSnippet(a: TfAttr): string {
  return valueOf(a.t);
}

function valueOf(t: TfType): string {
  if (t === 's') return '"$1"';
  if (t === 'b') return '${1|true,false|}';
  if (t === 'n' || t === '?') return '$1';
  if ('l' in t || 'S' in t) {
    const el = 'l' in t ? t.l : t.S;
    return el === 's' ? '["$1"]' : '[$1]';
  }
  return '{\n\t$1\n}';
}

function blockSummary(b: TfBlockSchema): string {
  const names = Object.keys(b.a).filter((k) => !b.a[k].c);
  const req = names.filter((k) => b.a[k].r);
  const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : '');
  return `${names.length} argument${names.length === 1 ? '' : 's'}${shown ? ` (${shown})` : ''}${req.length ? `; required: ${req.join(', ')}` : ''}`;
}

function typeItems(prefix: string, replace: Span): TerraformCompletion[] {
  const lower = prefix.toLowerCase();
  return terraformResourceTypes().filter((t) => t.startsWith(lower)).map((t) => ({
    label: t, kind: 'resource' as const, detail: 'AWS provider resource type', documentation: `[Documentation](${docUrl(t)})`,
    snippet: t, replace, sort: t,
  }));
}
