/**
 * The engine: reads a file into the model, runs the rules, applies production mode, settings and
 * suppressions, and returns findings with 0-based ranges. Pure: no vscode, no fs.
 */
import type { DocumentKind, ModelDocument, ReadProblem, Resource } from './model';
import { entryPath } from './model';
import { detectProduction, type ProductionMode, type ProductionVerdict } from './production';
import { allReaders } from './readers';
import { fixesFor } from './fixes';
// Registers the AWS CLI reader (shell scripts, Markdown shell blocks).
import './cli/register';
import { resolve, type Candidate } from './resolve';
import { RULES } from './rules';
import type { Fix, PropView, Report, Rule, RuleContext, Severity } from './rules/types';
import { isCandidate } from './rules/types';
import { inlineCovers, metadataSuppressions } from './suppress';
import { LineIndex, type Range, type Span } from './text';

export type RuleSetting = 'off' | Severity;

export interface AnalyzeOptions {
  fileName?: string;
  production?: ProductionMode;
  rules?: Record<string, RuleSetting>;
  /** Larger texts are not analysed (default 5 MB). */
  maxBytes?: number;
  /** Restrict to these rules (tests). */
  only?: string[];
  /** Compute quick fixes (default true; the command-line linter has no use for them). */
  fixes?: boolean;
}

export interface Related {
  span: Span;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  resource?: string;
  span: Span;
  range: Range;
  related: Related[];
  fixes: Fix[];
}

export interface Problem extends ReadProblem {
  range: Range;
}

export interface Analysis {
  kind: DocumentKind;
  findings: Finding[];
  problems: Problem[];
  production?: ProductionVerdict;
  doc?: ModelDocument;
  /** Rules that threw (a bug): the rest still ran. */
  internalErrors: string[];
  lines: LineIndex;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads a text with the first reader that recognises it. */
export function readDocument(text: string, fileName = ''): ModelDocument | undefined {
  for (const r of allReaders()) {
    if (!r.accepts(fileName, text)) continue;
    const doc = r.read(text, fileName);
    if (doc) return doc;
  }
  return undefined;
}

/** True when the text has a NUL in its first 8 KB: a binary file. */
export function isBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const lines = new LineIndex(text);
  const result: Analysis = { kind: 'none', findings: [], problems: [], internalErrors: [], lines };
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > max) {
    result.problems.push(problem(lines, {
      message: `File is ${(text.length / 1048576).toFixed(1)} MB, above the ${(max / 1048576).toFixed(1)} MB limit: not analysed (raise awsDbArchitect.maxFileSizeMB or --max-size to analyse it).`,
      span: { start: 0, end: 0 }, severity: 'info', code: 'too-large',
    }));
    return result;
  }
  if (isBinary(text)) {
    result.problems.push(problem(lines, { message: 'Binary file: not analysed.', span: { start: 0, end: 0 }, severity: 'info', code: 'binary' }));
    return result;
  }
  const doc = readDocument(text, options.fileName ?? '');
  if (!doc) return result;
  result.kind = doc.kind;
  result.doc = doc;
  result.problems = doc.problems.map((p) => problem(lines, p));
  const production = detectProduction(doc, options.production ?? 'auto', options.fileName);
  result.production = production;
  runRules(doc, production.production, options, lines, result);
  // Quick fixes, in the file's form (src/core/fixes): text arithmetic on the model, cheap per finding.
  if (options.fixes !== false) for (const f of result.findings) f.fixes.push(...fixesFor(f, doc, text, (m) => result.internalErrors.push(m)));
  result.findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return result;
}

function problem(lines: LineIndex, p: ReadProblem): Problem {
  return { ...p, range: lines.range(p.span) };
}

function runRules(doc: ModelDocument, production: boolean, options: AnalyzeOptions, lines: LineIndex, out: Analysis): void {
  const suppressedByResource = new Map<Resource, Set<string>>();
  for (const r of doc.resources) suppressedByResource.set(r, metadataSuppressions(r));
  const byType = new Map<string, Resource[]>();
  for (const r of doc.resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    if (rule.productionOnly && !production) continue;
    if (rule.forms && doc.kind !== 'none' && !rule.forms.includes(doc.kind)) continue;
    const severity = setting ?? rule.severity;
    const ctx = context(rule, doc, production, byType, (rep) => {
      const f = toFinding(rule, severity, rep, lines);
      if (!f) return;
      if (rep.resource && suppressedByResource.get(rep.resource)?.has(rule.id)) return;
      const line = f.range.start.line;
      // A standalone comment right above a resource's first line (a CLI command, a CDK construct,
      // a logical ID) covers the whole resource, so "suppress here" works inside `\` continuations.
      const first = rep.resource ? lines.position(rep.resource.span.start).line : -1;
      if (doc.inlineSuppressions.some((s) => inlineCovers(s, rule.id, line) || (s.line === first && inlineCovers(s, rule.id, first)))) return;
      out.findings.push(f);
    });
    try {
      rule.check(ctx);
    } catch (e) {
      out.internalErrors.push(`${rule.id}: ${(e as Error).stack ?? e}`);
    }
  }
}

function context(rule: Rule, doc: ModelDocument, production: boolean, byType: Map<string, Resource[]>, emit: (r: Report) => void): RuleContext {
  return {
    doc,
    production,
    resources: (types = rule.resourceTypes) => types.flatMap((t) => byType.get(t) ?? []),
    prop: (resource, path) => propView(doc, resource, path),
    report: (rep) => {
      // A production-only rule does not judge a value the author chose per condition (Fn::If):
      // the template already varies it by environment.
      if (rule.productionOnly && isCandidate(rep.at) && rep.at.condition) return;
      emit(rep);
    },
  };
}

function propView(doc: ModelDocument, resource: Resource, path: string): PropView {
  const e = resource.properties ? entryPath(resource.properties, path) : undefined;
  if (!e) return { present: false, candidates: [], unknown: false, absent: true, resolution: { candidates: [], unknown: false } };
  const resolution = resolve(e.value, doc);
  const candidates = resolution.candidates.filter((c) => !c.noValue);
  return {
    entry: e,
    present: true,
    candidates,
    unknown: resolution.unknown,
    absent: resolution.candidates.some((c) => c.noValue),
    resolution,
  };
}

function toFinding(rule: Rule, severity: Severity, rep: Report, lines: LineIndex): Finding | undefined {
  const related = (rep.related ?? []).map((r) => ({ ...r, range: lines.range(r.span) }));
  let span: Span;
  let message = rep.message;
  if (isCandidate(rep.at)) {
    const c: Candidate = rep.at;
    span = { start: c.site.start, end: c.site.end };
    if (c.param) {
      message += ` (parameter ${c.param.name} ${c.param.how === 'AllowedValues' ? 'allows' : c.param.how === 'Default' ? 'defaults to' : `has ${c.param.how}`} ${JSON.stringify(c.value)})`;
      related.push({ span: c.param.span, range: lines.range(c.param.span), message: `${c.param.how} of parameter ${c.param.name}` });
    }
    if (c.condition) message += ` (when condition ${c.condition.name} is ${c.condition.branch})`;
  } else {
    span = { start: rep.at.start, end: rep.at.end };
  }
  return {
    ruleId: rule.id,
    severity,
    message,
    resource: rep.resource?.id,
    span,
    range: lines.range(span),
    related,
    fixes: rep.fixes ?? [],
  };
}
