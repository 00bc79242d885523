/**
 * The properties every input must keep, checked on one text: analyze() does not throw, no rule or
 * fix writer crashes (internalErrors empty), it ends within a time bound proportional to the text,
 * every finding's and problem's range lies inside the text, every problem's message is a filled-in
 * sentence, and every quick fix is a set of
 * non-overlapping edits inside the text whose result reads in the same form with no new parse
 * problem, removes the finding it names (a suppression removes that rule's finding and changes no
 * other finding), and leaves the text and the structure outside the named resource unchanged.
 * Returns the violations (empty when the text keeps them all); never throws.
 */
import { analyze, type Analysis, type Finding } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import type { ModelDocument, Resource } from '../../src/core/model';
import type { Fix } from '../../src/core/rules/types';
import type { Span } from '../../src/core/text';

export interface Violation {
  /** A short, stable category (for grouping a long run's failures). */
  kind: string;
  detail: string;
}

export interface CheckResult {
  violations: Violation[];
  /** Milliseconds of the first analysis (quick fixes included). */
  ms: number;
  findings: number;
  fixes: number;
}

export interface CheckOptions {
  /** Check at most this many quick fixes (each needs one more analysis); default all. */
  maxFixes?: number;
  /** Time bound: base milliseconds plus milliseconds per character. */
  baseMs?: number;
  msPerChar?: number;
}

const OPTIONS = { fileName: '', production: 'always' as const };

/** Line start / next line start, for the region a resource owns. */
const lineStart = (t: string, o: number) => {
  let i = Math.min(o, t.length);
  while (i > 0 && t[i - 1] !== '\n' && t[i - 1] !== '\r') i--;
  return i;
};
const nextLineStart = (t: string, o: number) => {
  let i = Math.max(0, Math.min(o, t.length));
  while (i < t.length && t[i] !== '\n' && t[i] !== '\r') i++;
  if (t[i] === '\r' && t[i + 1] === '\n') return i + 2;
  return i < t.length ? i + 1 : i;
};

const inText = (s: Span, n: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n;

function run(text: string, fileName: string): { a?: Analysis; error?: unknown; ms: number } {
  const t0 = performance.now();
  try {
    const a = analyze(text, { ...OPTIONS, fileName });
    return { a, ms: performance.now() - t0 };
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  }
}

/** The resource a finding names (same ID, holding the finding's span when several share it). */
function named(doc: ModelDocument | undefined, f: Finding): Resource | undefined {
  if (!doc) return undefined;
  // A finding about no resource (a CLI flag the model does not know) may still sit in a command.
  if (f.resource === undefined) return doc.resources.find((r) => r.span.start <= f.span.start && f.span.end <= r.span.end);
  const same = doc.resources.filter((r) => r.id === f.resource);
  return same.find((r) => r.span.start <= f.span.start && f.span.end <= r.span.end) ?? same[0];
}

/** A resource's shape: ID, type, property and attribute keys (what a wrong-place edit changes). */
const shape = (r: Resource) => `${r.id.replace(/( at offset \d+|@\d+$)/, '')}|${r.type}|${(r.properties?.entries ?? []).map((e) => e.key).join(',')}|${[...r.attributes.keys()].join(',')}`;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const key = (f: Finding) => `${f.ruleId}|${(f.resource ?? '').replace(/( at offset \d+|@\d+$)/, '')}`;
const errors = (a: Analysis) => a.problems.filter((p) => p.severity === 'error').length;

function count<T>(xs: T[], k: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(k(x), (m.get(k(x)) ?? 0) + 1);
  return m;
}

/** The edits' own defects: outside the text, reversed, overlapping (two inserts at one point included). */
function editDefect(text: string, fix: Fix): string | undefined {
  if (!fix.edits.length) return 'no edits';
  for (const e of fix.edits) if (!inText(e.span, text.length)) return `edit span ${JSON.stringify(e.span)} outside 0..${text.length} or reversed`;
  const s = [...fix.edits].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  for (let i = 1; i < s.length; i++) {
    const p = s[i - 1].span, c = s[i].span;
    if (c.start < p.end || (c.start === p.start && p.start === p.end)) return `edits overlap: ${JSON.stringify(p)} and ${JSON.stringify(c)}`;
  }
  return undefined;
}

/** Edits outside the region [start, end) of the named resource's lines (or the finding's lines). */
function outside(text: string, fix: Fix, f: Finding, r: Resource | undefined): Span | undefined {
  const from = lineStart(text, r ? Math.min(r.span.start, f.span.start) : f.span.start);
  const to = nextLineStart(text, Math.max(from, (r ? Math.max(r.span.end, f.span.end) : f.span.end) - 1));
  for (const e of fix.edits) {
    // A CDK fix may add an import of the class it uses.
    if (e.span.start === e.span.end && /^\s*import /.test(e.newText)) continue;
    if (e.span.start < from || e.span.end > to) return e.span;
  }
  return undefined;
}

export function check(text: string, fileName: string, options: CheckOptions = {}): CheckResult {
  const v: Violation[] = [];
  const first = run(text, fileName);
  const res: CheckResult = { violations: v, ms: first.ms, findings: 0, fixes: 0 };
  const bound = (options.baseMs ?? 3000) + text.length * (options.msPerChar ?? 0.02);
  if (first.ms > bound) v.push({ kind: 'slow', detail: `analysis took ${first.ms.toFixed(0)} ms (bound ${bound.toFixed(0)} ms for ${text.length} chars)` });
  if (!first.a) {
    v.push({ kind: 'throws', detail: String((first.error as Error)?.stack ?? first.error) });
    return res;
  }
  const a = first.a;
  res.findings = a.findings.length;
  for (const e of a.internalErrors) v.push({ kind: `internal:${e.split(':')[0]}`, detail: e });
  for (const f of a.findings) {
    if (!inText(f.span, text.length)) v.push({ kind: 'finding-range', detail: `${f.ruleId} span ${JSON.stringify(f.span)} outside 0..${text.length}` });
    for (const r of f.related) if (!inText(r.span, text.length)) v.push({ kind: 'related-range', detail: `${f.ruleId} related span ${JSON.stringify(r.span)} outside 0..${text.length}` });
  }
  for (const p of a.problems) if (!inText(p.span, text.length)) v.push({ kind: 'problem-range', detail: `${p.code} span ${JSON.stringify(p.span)} outside 0..${text.length}: ${p.message}` });
  // A problem is a clear sentence: not empty, no value the message builder failed to fill in.
  for (const p of a.problems) if (!/\w/.test(p.message) || /\bundefined\b|\[object |\bNaN\b/.test(p.message)) v.push({ kind: 'problem-message', detail: `${p.code}: ${JSON.stringify(p.message)}` });

  const before = count(a.findings, key);
  const all = count(a.findings, (f) => `${key(f)}|${f.message}`);
  const shapes = new Map((a.doc?.resources ?? []).map((r) => [r, shape(r)]));
  let checked = 0;
  for (const f of a.findings) {
    for (const fix of f.fixes) {
      res.fixes++;
      if (options.maxFixes !== undefined && checked >= options.maxFixes) continue;
      checked++;
      const what = `${f.ruleId} on ${f.resource ?? '(no resource)'} "${fix.title}"`;
      const bad = editDefect(text, fix);
      if (bad) {
        v.push({ kind: 'fix-edits', detail: `${what}: ${bad}` });
        continue;
      }
      const r = named(a.doc, f);
      const out = outside(text, fix, f, r);
      if (out) v.push({ kind: 'fix-outside', detail: `${what}: edit ${JSON.stringify(out)} outside the resource's lines` });
      const after = applyFix(text, fix);
      const second = run(after, fileName);
      if (!second.a) {
        v.push({ kind: 'fix-throws', detail: `${what}: re-analysis threw ${String((second.error as Error)?.stack ?? second.error)}` });
        continue;
      }
      const b = second.a;
      if (b.kind !== a.kind) v.push({ kind: 'fix-kind', detail: `${what}: the file now reads as ${b.kind}, was ${a.kind}` });
      if (errors(b) > errors(a)) v.push({ kind: 'fix-parse', detail: `${what}: new parse problem: ${b.problems.map((p) => p.message).join('; ')}` });
      // Gone: fewer findings of the rule on the resource, or none left at the finding's own path (a
      // rename to a known property may bring that property's own nested findings to light).
      const gone =
        b.findings.filter((g) => key(g) === key(f)).length < (before.get(key(f)) ?? 0) ||
        (f.path !== undefined && !b.findings.some((g) => key(g) === key(f) && g.path === f.path)) ||
        // A rename in place (one edit on the finding's own range, e.g. a Terraform block type) whose
        // finding is gone from that place: what the renamed block holds may bring its own findings.
        (fix.edits.length === 1 && fix.edits[0].span.start === f.span.start && fix.edits[0].span.end === f.span.end &&
          !b.findings.some((g) => key(g) === key(f) && g.span.start === f.span.start));
      if (!gone) v.push({ kind: fix.title.startsWith('Suppress') ? 'suppress-kept' : 'fix-kept', detail: `${what}: the finding is still there` });
      // Other resources keep their shape: nothing written into the next resource.
      const now = new Set((b.doc?.resources ?? []).map(shape));
      // (Resources written by one text, as Fn::ForEach expands, are edited together.)
      for (const [res2, s] of shapes) if (res2 !== r && !(r && overlap(res2.span, r.span)) && !now.has(s)) v.push({ kind: 'fix-other-resource', detail: `${what}: resource ${res2.id} changed (${s})` });
      if (fix.title.startsWith('Suppress')) {
        // Exactly that finding: every other rule's findings stay as they were.
        const left = count(b.findings, (g) => `${key(g)}|${g.message}`);
        for (const [k, n] of all) if (!k.startsWith(`${key(f)}|`) && (left.get(k) ?? 0) !== n) v.push({ kind: 'suppress-other', detail: `${what}: ${k} went from ${n} to ${left.get(k) ?? 0}` });
        for (const [k, n] of left) if (!all.has(k)) v.push({ kind: 'suppress-other', detail: `${what}: new finding ${k} (${n})` });
      }
      for (const e of b.internalErrors) v.push({ kind: `fix-internal:${e.split(':')[0]}`, detail: `${what}: ${e}` });
    }
  }
  return res;
}
