/**
 * An analysis result -> the diagnostics to show and the lines to log. Pure (no vscode import), so
 * every failure path is tested without an editor: an analysis that failed (the engine threw, the
 * worker crashed or timed out) shows one diagnostic at the top of the file instead of an empty
 * list that would read "no problems"; a rule that crashed is named; a missing part (the AWS CLI
 * model, the TypeScript bundle) is said on the file it leaves unchecked.
 */
import type { Finding } from '../core/engine';
import { crashedRule, isToolProblem } from '../core/log';
import type { Severity } from '../core/rules/types';
import type { Range } from '../core/text';
import { OUTPUT_CHANNEL } from './host-log';
import type { AnalyzeResponse } from './worker-protocol';

export const SOURCE = 'aws-db-architect';
/** The code of diagnostics about the file itself, or about the analysis of it. */
export const FILE_CODE = 'ADB000';

export interface DiagnosticSpec {
  range: Range;
  message: string;
  severity: Severity;
  /** A rule ID (linked to its documentation) or ADB000; a summary's first rule ID and `+N` (`ADB004 +4`). */
  code: string;
  related: { range: Range; message: string }[];
  /** The findings the diagnostic shows: one, or the several a summary stands for (their quick fixes and documentation). */
  findings: Finding[];
}

/** This many findings of one resource on one range are shown as one summary (the details in its related information). */
export const SUMMARY_MIN = 3;

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const SEE = `See Output ▸ ${OUTPUT_CHANNEL}.`;

/** The message of a file that could not be analysed. */
export function couldNotAnalyse(reason: string): string {
  return `AWS DB Architect could not analyse this file: ${reason.replace(/[.\s]+$/, '')}. ${SEE}`;
}

/** The diagnostics of one analysis response. */
export function diagnosticsOf(r: AnalyzeResponse): DiagnosticSpec[] {
  if (r.error !== undefined) return [{ range: TOP, message: couldNotAnalyse(r.error), severity: 'warning', code: FILE_CODE, related: [], findings: [] }];
  const out: DiagnosticSpec[] = [];
  for (const p of r.problems) {
    const message = p.code === 'internal' ? couldNotAnalyse(p.message)
      : p.code === 'unavailable' ? `AWS DB Architect could not fully analyse this file: ${p.message.replace(/[.\s]+$/, '')}. ${SEE}`
        : p.message;
    // The tool's own failure is a warning: the file may be fine.
    out.push({ range: p.range, message, severity: isToolProblem(p) ? 'warning' : p.severity, code: FILE_CODE, related: [], findings: [] });
  }
  const crashed = [...new Set(r.internalErrors.map(crashedRule).filter((x): x is string => !!x))];
  if (crashed.length) {
    const rules = crashed.length === 1 ? `rule ${crashed[0]}` : `rules ${crashed.join(', ')}`;
    out.push({
      range: TOP, severity: 'warning', code: FILE_CODE, related: [], findings: [],
      message: `AWS DB Architect: ${rules} failed on this file (a bug), so ${crashed.length === 1 ? 'its' : 'their'} findings are missing; the other rules ran. ${SEE}`,
    });
  }
  for (const s of summarised(r.findings)) out.push(s);
  return out;
}

function findingSpec(f: Finding): DiagnosticSpec {
  return { range: f.range, message: f.message, severity: f.severity, code: f.ruleId, related: f.related.map((x) => ({ range: x.range, message: x.message })), findings: [f] };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const rangeKey = (r: Range) => `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
/** A message's first clause ("StorageEncrypted is not set, so storage is unencrypted"), for a summary line. */
const clause = (m: string) => m.split(/: |\. /)[0].replace(/\.$/, '');

/**
 * The findings as diagnostics, where SUMMARY_MIN or more findings of one resource sit on one range
 * (its logical ID, command or construct) shown as one: its line names each rule with its message's
 * first clause, the most severe first, and its related information holds every finding's whole
 * message. An editor concern only: every finding stays in the analysis (CLI JSON, SARIF, quick fixes).
 */
export function summarised(findings: Finding[]): DiagnosticSpec[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.resource === undefined ? `\u0000${groups.size}` : `${f.resource}\u0000${rangeKey(f.range)}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const out: DiagnosticSpec[] = [];
  for (const g of groups.values()) {
    if (g.length < SUMMARY_MIN) {
      for (const f of g) out.push(findingSpec(f));
      continue;
    }
    const sorted = [...g].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId));
    const first = sorted[0];
    out.push({
      range: first.range,
      severity: first.severity,
      code: `${first.ruleId} +${sorted.length - 1}`,
      message: `${sorted.length} findings on ${first.resource}: ${sorted.map((f) => `${clause(f.message)} (${f.ruleId})`).join('; ')}.`,
      related: sorted.flatMap((f) => [{ range: f.range, message: `${f.ruleId}: ${f.message}` }, ...f.related.map((x) => ({ range: x.range, message: `${f.ruleId}: ${x.message}` }))]),
      findings: sorted,
    });
  }
  return out;
}

/** The spec a diagnostic shown in the editor was made from: the same range and message. */
export function specFor(specs: DiagnosticSpec[], d: { range: Range; message: string }): DiagnosticSpec | undefined {
  const k = rangeKey(d.range);
  return specs.find((s) => s.message === d.message && rangeKey(s.range) === k);
}

export interface LogLine {
  level: 'error' | 'warn';
  message: string;
  /** The stack, when there is one. */
  detail?: string;
}

/** What to write to the output channel about an analysis of `file` (nothing when all went well). */
export function logLinesOf(r: AnalyzeResponse, file: string): LogLine[] {
  const out: LogLine[] = [];
  if (r.error !== undefined) out.push({ level: 'error', message: `could not analyse ${file}: ${r.error}`, detail: r.errorStack });
  for (const e of r.internalErrors) {
    const rule = crashedRule(e);
    const reader = /^reader [\w-]+: /.test(e);
    const [first, ...stack] = (rule ? e.slice(rule.length + 2) : reader ? e.replace(/^reader [\w-]+: /, '') : e).split('\n');
    // Anything else is a quick fix that failed (`fix writer yaml.setValue (ADB001 on Db): …`): that fix is not offered.
    const message = rule ? `rule ${rule} failed on ${file}: ${first}` : reader ? `could not read ${file}: ${first}` : `a quick fix failed in ${file}, so it is not offered: ${first}`;
    out.push({ level: 'error', message, detail: stack.join('\n') || undefined });
  }
  return out;
}
