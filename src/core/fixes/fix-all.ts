/**
 * "Fix all in this file": the preferred quick fix of every finding that has one, applied in rounds.
 * A round takes the fixes whose edits touch none of the round's others (two insertions at one place
 * count as touching), applies them, and analyses the text again: a fix is never applied twice (the
 * same rule, resource and title), and a round that leaves the file unreadable is undone and ends
 * the run. Preferred fixes only: a fix that adds cost (a node), changes the design or replaces a
 * deployed database is never preferred, and "suppress" never is. Pure: the editor turns the result
 * into one edit (changedRegion), so one undo reverts it.
 */
import { analyze, type AnalyzeOptions, type Finding } from '../engine';
import type { Fix, TextEdit } from '../rules/types';
import { applyFix } from './index';

export interface FixAllResult {
  /** The text with the fixes applied (the input when none applied). */
  text: string;
  /** What was applied, in order. */
  applied: { ruleId: string; resource?: string; title: string }[];
  /** Analyses run (the first included). */
  rounds: number;
}

/** Rounds after which the run stops even if fixes remain (each round re-analyses the file). */
const MAX_ROUNDS = 8;

const touches = (a: TextEdit, b: TextEdit) =>
  a.span.start < b.span.end && b.span.start < a.span.end ? true : a.span.start === b.span.start || a.span.end === b.span.start || b.span.end === a.span.start;

const unreadable = (text: string, options: AnalyzeOptions) => analyze(text, { ...options, fixes: false }).problems.some((p) => p.severity === 'error');

/** The preferred fix of each finding, and the key that says it was already applied. */
function candidates(findings: Finding[]): { f: Finding; fix: Fix; key: string }[] {
  const out: { f: Finding; fix: Fix; key: string }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (fix) out.push({ f, fix, key: `${f.ruleId}\u0000${f.resource ?? ''}\u0000${fix.title}` });
  }
  return out;
}

export function fixAll(text: string, options: AnalyzeOptions = {}): FixAllResult {
  const done = new Set<string>();
  const applied: FixAllResult['applied'] = [];
  let cur = text;
  let rounds = 0;
  const wasReadable = !unreadable(text, options);
  while (rounds < MAX_ROUNDS) {
    rounds++;
    const a = analyze(cur, { ...options, fixes: true });
    const taken: TextEdit[] = [];
    const batch: { f: Finding; fix: Fix; key: string }[] = [];
    for (const c of candidates(a.findings)) {
      if (done.has(c.key)) continue;
      if (c.fix.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
      taken.push(...c.fix.edits);
      batch.push(c);
    }
    if (!batch.length) break;
    const next = applyFix(cur, { title: 'fix all', edits: taken });
    for (const c of batch) done.add(c.key);
    // The file must still read as it did: a round that breaks it is dropped, and the run ends.
    if (wasReadable && unreadable(next, options)) break;
    cur = next;
    for (const c of batch) applied.push({ ruleId: c.f.ruleId, ...(c.f.resource ? { resource: c.f.resource } : {}), title: c.fix.title });
  }
  return { text: cur, applied, rounds };
}

export { changedRegion } from './text';
