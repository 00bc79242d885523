/**
 * The full text behind a hover's "More…" link: every fact in full with all its sources, the
 * resource type's every limit, what a change does. Pure; the editor shows it in a preview.
 */
import { FACTS } from '../../knowledge';
import { replacementHover } from '../dataloss';
import { typeDetails } from '../forms/cloudformation/hover';
import { factsMarkdown, md, type MoreTarget } from './render';

/** Markdown for a "More…" target, or undefined when it names nothing known. */
export function hoverDetails(t: MoreTarget): string | undefined {
  if (!t || typeof t !== 'object') return undefined;
  if (typeof t.type === 'string') {
    const d = typeDetails(t.type);
    return d ? `# ${md(t.title ?? t.type)}\n\n${d}` : undefined;
  }
  const ids = Array.isArray(t.ids) ? t.ids : [];
  const facts = ids.map((id) => FACTS.find((f) => f.id === id)).filter((f): f is NonNullable<typeof f> => !!f);
  const changes = typeof t.replace === 'string' ? replacementHover(t.replace) : undefined;
  if (!facts.length && !changes) return undefined;
  return [`# ${md(String(t.title ?? ''))}`, changes, facts.length ? factsMarkdown(facts) : undefined].filter(Boolean).join('\n\n');
}
