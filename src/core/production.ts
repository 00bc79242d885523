/**
 * Production detection: a file "looks like production" when a parameter default, a tag, a
 * resource name or a logical ID says prod/production (as whole words, so `ProductTable` is not).
 * The user's setting can force always or never.
 */
import type { ModelDocument, Node, ProductionHint } from './model';
import { get } from './model';

export type ProductionMode = 'auto' | 'always' | 'never';

const PROD_WORDS = new Set(['prod', 'production', 'prd']);

/** Splits an identifier into lower-case words: camelCase, kebab, snake, dots, spaces. */
export function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Whether a name or value says production. */
export function saysProduction(s: string): boolean {
  return words(s).some((w) => PROD_WORDS.has(w));
}

const NAME_PROPS = /(Name|Identifier)$/;

/** Hints from a template: parameter defaults, tag values, logical IDs, name properties. */
export function collectTemplateHints(doc: ModelDocument): ProductionHint[] {
  const hints: ProductionHint[] = [];
  const add = (n: Node | undefined, source: string) => {
    if (n?.kind === 'scalar' && typeof n.value === 'string' && saysProduction(n.value)) hints.push({ word: n.value, span: n, source });
  };
  for (const p of doc.parameters.values()) add(get(p.node, 'Default'), `default of parameter ${p.name}`);
  for (const r of doc.resources) {
    if (saysProduction(r.id)) hints.push({ word: r.id, span: r.anchor, source: `logical ID ${r.id}` });
    const props = r.properties;
    if (!props) continue;
    for (const e of props.entries) if (NAME_PROPS.test(e.key)) add(e.value, `${r.id}.${e.key}`);
    const tags = get(props, 'Tags');
    if (tags?.kind === 'list') for (const t of tags.items) add(get(t, 'Value'), `tag of ${r.id}`);
    else if (tags?.kind === 'map') for (const t of tags.entries) add(t.value, `tag of ${r.id}`);
  }
  return hints;
}

export interface ProductionVerdict {
  production: boolean;
  reason: string;
}

export function detectProduction(doc: ModelDocument, mode: ProductionMode, fileName?: string): ProductionVerdict {
  if (mode === 'always') return { production: true, reason: 'setting awsDbArchitect.production is "always"' };
  if (mode === 'never') return { production: false, reason: 'setting awsDbArchitect.production is "never"' };
  const h = doc.productionHints[0];
  if (h) return { production: true, reason: `${h.source} says "${h.word}"` };
  if (fileName) {
    const base = fileName.split(/[\\/]/).pop() ?? fileName;
    if (saysProduction(base)) return { production: true, reason: `file name ${base}` };
  }
  return { production: false, reason: 'nothing in the file says prod or production' };
}
