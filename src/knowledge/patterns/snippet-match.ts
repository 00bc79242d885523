/**
 * Which snippet the catalogue's insert button uses: a shipped snippet (snippets/*.code-snippets,
 * read at run time) chosen by the study-guide pattern number or by prefix, else the entry's own
 * fallback template. Pure.
 */
import type { Pattern } from './types';

/** A snippet as read from a shipped snippet file. */
export interface ShippedSnippet {
  prefix: string;
  description: string;
  /** Body in VS Code snippet syntax. */
  body: string;
  /** Languages the file is contributed for (package.json) or its `scope`. */
  languages: string[];
}

export interface ChosenSnippet {
  body: string;
  /** The shipped snippet's prefix, or undefined for the entry's own template. */
  prefix?: string;
}

/** Picks the snippet for a pattern from the shipped ones. */
export function chooseSnippet(p: Pattern, shipped: readonly ShippedSnippet[]): ChosenSnippet {
  const inLanguage = shipped.filter((s) => s.languages.includes(p.snippet.language));
  if (p.snippet.seedPattern) {
    const marker = new RegExp(`^Pattern ${p.snippet.seedPattern}\\b`);
    const stack = inLanguage.find((s) => marker.test(s.description));
    if (stack) return { body: stack.body, prefix: stack.prefix };
  }
  for (const prefix of p.snippet.prefixes) {
    const s = inLanguage.find((x) => x.prefix === prefix);
    if (s) return { body: s.body, prefix: s.prefix };
  }
  return { body: p.snippet.fallback };
}

/**
 * Reads the snippets of one parsed `.code-snippets` / snippets JSON object (`{ name: { prefix,
 * body, description, scope } }`); entries that are not snippets are skipped.
 */
export function snippetsOf(json: unknown, contributedLanguage?: string): ShippedSnippet[] {
  if (typeof json !== 'object' || json === null) return [];
  const out: ShippedSnippet[] = [];
  for (const v of Object.values(json as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) continue;
    const s = v as { prefix?: unknown; body?: unknown; description?: unknown; scope?: unknown };
    const prefixes = Array.isArray(s.prefix) ? s.prefix.filter((x): x is string => typeof x === 'string') : typeof s.prefix === 'string' ? [s.prefix] : [];
    const body = Array.isArray(s.body) ? s.body.filter((x): x is string => typeof x === 'string').join('\n') : typeof s.body === 'string' ? s.body : undefined;
    if (!prefixes.length || body === undefined) continue;
    const languages = [...(contributedLanguage ? [contributedLanguage] : []), ...(typeof s.scope === 'string' ? s.scope.split(',').map((x) => x.trim()) : [])];
    for (const prefix of prefixes) out.push({ prefix, description: typeof s.description === 'string' ? s.description : '', body, languages });
  }
  return out;
}
