/**
 * HashiCorp's own HCL parser (@cdktf/hcl2json: hashicorp/hcl's Go parser built to WebAssembly) and
 * the HCL reader's body in hcl2json's JSON shape, to compare the two: the Terraform corpus
 * differential (test/unit/terraform-hcl-differential.test.ts) and the Terraform snippets' proof
 * (test/unit/snippets-terraform.test.ts). Literals compare by value, lists and objects item by item,
 * any other expression by its source text (hcl2json writes those as `${source}`), templates by their
 * text; templates with `%{}` directives by presence only.
 */
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import type { HclBody, HclExpr } from '../src/core/forms/terraform/hcl';

// Loaded without its type declarations: they pull the DOM library into the whole program.
export const { parse: hcl2json } = createRequire(__filename)('@cdktf/hcl2json') as { parse: (file: string, text: string) => Promise<Record<string, unknown>> };

export type J = unknown;
export const DIRECTIVE = Symbol('directive template');
const noWs = (s: string) => s.replace(/\s+/g, '');

/** A string as hcl2json writes it: a literal `${` or `%{` comes back escaped. */
const escaped = (s: string) => s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

export function expr(e: HclExpr, text: string): J {
  switch (e.kind) {
    case 'literal':
      return typeof e.value === 'string' ? escaped(e.value) : e.value;
    case 'tuple':
      return e.items.map((x) => expr(x, text));
    case 'object': {
      const o: Record<string, J> = {};
      for (const it of e.items) {
        const k = it.key;
        const key = k.kind === 'traversal' && !k.steps.length ? k.root : k.kind === 'literal' ? String(k.value) : k.kind === 'template' ? String(expr(k, text)) : `\${${text.slice(k.start, k.end)}}`;
        o[key] = expr(it.value, text);
      }
      return o;
    }
    case 'template':
      if (e.directives) return DIRECTIVE;
      return e.parts.map((p) => (typeof p === 'string' ? escaped(p) : `\${${text.slice(p.start, p.end)}}`)).join('');
    default:
      return `\${${text.slice(e.start, e.end)}}`;
  }
}

/** The reader's body in hcl2json's shape: attributes by name, blocks by type then labels, as lists. */
export function body(b: HclBody, text: string): Record<string, J> {
  const o: Record<string, J> = {};
  for (const it of b.items) {
    if (it.kind === 'attribute') {
      o[it.name] = expr(it.expr, text);
      continue;
    }
    let at: Record<string, J> = o;
    const keys = [it.type, ...it.labels.map((l) => l.value)];
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, J>;
    const last = keys[keys.length - 1];
    ((at[last] ??= []) as J[]).push(body(it.body, text));
  }
  return o;
}

export interface Tally { blocks: number; attributes: number; values: number; directives: number }

/** Compares, counting what was checked; a mismatch fails with its path. */
export function same(mine: J, theirs: J, where: string, t: Tally): void {
  if (mine === DIRECTIVE) {
    t.directives++;
    assert.equal(typeof theirs, 'string', `${where}: a template`);
    return;
  }
  if (typeof mine === 'string' && typeof theirs === 'string' && mine.includes('${')) {
    t.values++;
    assert.equal(noWs(mine), noWs(theirs), where);
    return;
  }
  if (Array.isArray(mine)) {
    assert.ok(Array.isArray(theirs), `${where}: a list in hcl2json`);
    assert.equal(mine.length, theirs.length, `${where}: length`);
    mine.forEach((m, i) => same(m, theirs[i], `${where}[${i}]`, t));
    return;
  }
  if (mine && typeof mine === 'object') {
    assert.ok(theirs && typeof theirs === 'object' && !Array.isArray(theirs), `${where}: an object in hcl2json`);
    assert.deepEqual(Object.keys(mine).sort(), Object.keys(theirs as object).sort(), `${where}: keys`);
    for (const k of Object.keys(mine)) same((mine as Record<string, J>)[k], (theirs as Record<string, J>)[k], `${where}.${k}`, t);
    return;
  }
  t.values++;
  assert.deepEqual(mine, theirs, where);
}

export function countItems(b: HclBody, t: Tally): void {
  for (const it of b.items) {
    if (it.kind === 'attribute') t.attributes++;
    else {
      t.blocks++;
      countItems(it.body, t);
    }
  }
}
