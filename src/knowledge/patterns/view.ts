/** Catalogue entries as the webview shows them (and as the CLI prints them): limits resolved from the knowledge base. */
import type { PatternView } from '../../protocol/messages';
import { PATTERNS, patternLimits, type Pattern } from './index';

/** One entry for the webview. */
export function toPatternView(p: Pattern): PatternView {
  return {
    id: p.id,
    title: p.title,
    origin: p.origin,
    summary: p.summary,
    whenToChoose: [...p.whenToChoose],
    note: p.note ?? '',
    limits: patternLimits(p),
    sources: [...p.sources],
    mermaid: p.mermaid,
    keywords: [...p.keywords],
    snippetLabel: p.snippet.label,
  };
}

/** The whole catalogue for the webview. */
export function patternViews(): PatternView[] {
  return PATTERNS.map(toPatternView);
}
