/**
 * The engine: reads a file into the model, runs the rules, applies production mode, settings and
 * suppressions, and returns findings with 0-based ranges. Pure: no vscode, no fs.
 */
import type { DocumentKind, FormKind, ModelDocument, ReadProblem, Resource, ScalarValue } from './model';
import { entryPath } from './model';
import { detectProduction, type ProductionMode, type ProductionVerdict } from './production';
import { formOf, forms, type ReadContext } from './forms';
import type { ParameterWords } from './forms/form';
import { fixesFor } from './fixes';
import { resolve, type Candidate } from './resolve';
import { RULES } from './rules';
import type { Fix, PropView, Report, Rule, RuleContext, Severity } from './rules/types';
import { isCandidate } from './rules/types';
import { inlineCovers, metadataSuppressions } from './suppress';
import { LineIndex, type Range, type Span } from './text';
import { errorText } from './log';
import { guardView, readBase, readsCleanly, type DataLossChange, type GuardView } from './dataloss';
export { crashedRule, isToolProblem } from './log';

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
  /** The AWS CLI version scripts are checked against (ADB100–ADB111): '2' (default) or '1'. */
  awsCliVersion?: '1' | '2';
  /** Other files of the file's folder, passed by the host (Terraform: variables, locals, tfvars); see ReadContext. */
  siblings?: { name: string; text: string }[];
  /**
   * The deployed version of the file (git HEAD, a ref): the data-loss guard (ADB140–ADB144) reports the
   * edits that replace or delete a database. `fileName` defaults to the analysed file's name (a template
   * converted between YAML and JSON gives the old name here).
   */
  base?: { text: string; fileName?: string };
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
  /** The CloudFormation property (dotted) the finding is about, when its rule says (Report.path). */
  path?: string;
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
  /**
   * What threw (a bug), with its stack: `ADB001: Error: …` for a rule (the rest still ran),
   * `reader cdk: …` for a reader (then a problem with code `internal` says so at the top).
   */
  internalErrors: string[];
  lines: LineIndex;
  /**
   * With AnalyzeOptions.base: whether the guard compared the file with it (`compared`), or why not
   * (`unreadable`: the base does not read cleanly as a template or CDK file; `other-kind`: not the same
   * kind of file; `syntax-error`: the edited text has a syntax error, e.g. while typing), and the changes
   * it found (before rule settings and suppressions).
   */
  base?: { status: 'compared' | 'unreadable' | 'other-kind' | 'syntax-error'; changes: DataLossChange[] };
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A reader threw (a bug in it, or a stack overflow on deep nesting): the file could not be read. */
export class ReaderFailure extends Error {
  constructor(readonly kind: FormKind, readonly reason: unknown) {
    super(`the ${formOf(kind)?.title ?? kind} reader failed (${errorText(reason)})`);
    this.name = 'ReaderFailure';
  }
}

/** Reads a text with the first form (src/core/forms) that recognises it. Throws ReaderFailure when a reader throws. */
export function readDocument(text: string, fileName = '', context?: ReadContext): ModelDocument | undefined {
  for (const r of forms()) {
    if (!r.accepts(fileName, text)) continue;
    let doc: ModelDocument | undefined;
    try {
      doc = r.read(text, fileName, context);
    } catch (e) {
      throw new ReaderFailure(r.kind, e);
    }
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
  let doc: ModelDocument | undefined;
  try {
    doc = readDocument(text, options.fileName ?? '', options.siblings ? { siblings: options.siblings } : undefined);
  } catch (e) {
    if (!(e instanceof ReaderFailure)) throw e;
    // The file is of this kind, but it could not be read: say so instead of "not a template".
    result.kind = e.kind;
    result.problems.push(problem(lines, { message: `${e.message}; this is a bug in AWS DB Architect`, span: { start: 0, end: 0 }, severity: 'error', code: 'internal' }));
    result.internalErrors.push(`reader ${e.kind}: ${errorText(e.reason, true)}`);
    return result;
  }
  if (!doc) return result;
  result.kind = doc.kind;
  result.doc = doc;
  result.problems = doc.problems.map((p) => problem(lines, p));
  const production = detectProduction(doc, options.production ?? 'auto', options.fileName);
  result.production = production;
  const guard = options.base ? baseView(options.base, options.fileName ?? '', doc, result) : undefined;
  // A file the reader says it does not analyse (a CDK v1 app) gets that one message and nothing else.
  if (!doc.problems.some((p) => p.notAnalysed)) runRules(doc, production.production, options, lines, result, guard);
  // Quick fixes, in the file's form (src/core/fixes): text arithmetic on the model, cheap per finding.
  if (options.fixes !== false) for (const f of result.findings) f.fixes.push(...fixesFor(f, doc, text, (m) => result.internalErrors.push(m), guard?.replaces));
  result.findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return result;
}

/** The data-loss guard's comparison with the base text (read once per text, src/core/dataloss). */
function baseView(base: { text: string; fileName?: string }, fileName: string, doc: ModelDocument, out: Analysis): GuardView | undefined {
  try {
    const b = readBase(base.text, base.fileName ?? fileName, readDocument);
    if (!b) {
      out.base = { status: 'unreadable', changes: [] };
      return undefined;
    }
    if (b.kind !== doc.kind) {
      out.base = { status: 'other-kind', changes: [] };
      return undefined;
    }
    if (!readsCleanly(doc)) {
      out.base = { status: 'syntax-error', changes: [] };
      return undefined;
    }
    const view = guardView(b, doc);
    out.base = { status: 'compared', changes: view.changes };
    return view;
  } catch (e) {
    out.internalErrors.push(`dataloss: ${errorText(e, true)}`);
    out.base = { status: 'unreadable', changes: [] };
    return undefined;
  }
}

function problem(lines: LineIndex, p: ReadProblem): Problem {
  return { ...p, range: lines.range(p.span) };
}

function runRules(doc: ModelDocument, production: boolean, options: AnalyzeOptions, lines: LineIndex, out: Analysis, guard?: GuardView): void {
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
    const reports: Report[] = [];
    const ctx = context(rule, doc, production, options.awsCliVersion, byType, guard?.changes, (rep) => {
      if (rep.resource && suppressedByResource.get(rep.resource)?.has(rule.id)) return;
      const line = lines.position(isCandidate(rep.at) ? rep.at.site.start : rep.at.start).line;
      // A standalone comment right above a resource's first line (a CLI command, a CDK construct,
      // a logical ID) covers the whole resource, so "suppress here" works inside `\` continuations.
      const first = rep.resource ? lines.position(rep.resource.span.start).line : -1;
      if (doc.inlineSuppressions.some((s) => inlineCovers(s, rule.id, line) || (s.line === first && inlineCovers(s, rule.id, first)))) return;
      reports.push(rep);
    });
    try {
      rule.check(ctx);
    } catch (e) {
      out.internalErrors.push(`${rule.id}: ${errorText(e, true)}`);
    }
    // One problem, one finding: reports on one range become one finding.
    // (A loop, not push(...list): a spread of 100,000+ findings overflows the stack.)
    for (const f of mergeReports(rule, severity, reports, lines, doc)) out.findings.push(f);
  }
}

function context(rule: Rule, doc: ModelDocument, production: boolean, awsCliVersion: '1' | '2' | undefined, byType: Map<string, Resource[]>, dataLoss: readonly DataLossChange[] | undefined, emit: (r: Report) => void): RuleContext {
  return {
    doc,
    production,
    awsCliVersion: awsCliVersion ?? '2',
    ...(dataLoss ? { dataLoss } : {}),
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
  // A resource created only under a Condition narrows the parameters that condition tests.
  const cond = resource.attributes.get('Condition')?.value;
  const resolution = resolve(e.value, doc, cond?.kind === 'scalar' && typeof cond.value === 'string' ? [{ name: cond.value, branch: true }] : undefined);
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

// ---- one problem, one finding ------------------------------------------------------------

/** How many values or resources a merged finding names before "and K more". */
const LIST_MAX = 5;

/**
 * Merges a rule's reports into findings: one per range. Reports on a resolved value (a candidate)
 * at the same site become one finding naming every value (a parameter's AllowedValues, a mapping's
 * values, the resources one Fn::ForEach body generates); reports on a plain span merge when only
 * the resource they name differs (exact duplicates too). A finding whose values are only choices
 * a parameter offers besides a Default the rule accepts is information: the template works as
 * written unless someone picks one. With no Default, every allowed value is a choice the template
 * offers on an equal footing, so the rule's severity stays.
 */
function mergeReports(rule: Rule, severity: Severity, reports: Report[], lines: LineIndex, doc: ModelDocument): Finding[] {
  const groups = new Map<string, Report[]>();
  for (const rep of reports) {
    const cand = isCandidate(rep.at);
    const span = cand ? (rep.at as Candidate).site : (rep.at as Span);
    const text = cand ? '' : rep.resource ? rep.message.split(rep.resource.id).join('\u0000') : rep.message;
    const key = `${cand ? 'c' : 's'}:${span.start}:${span.end}:${text}`;
    const g = groups.get(key);
    if (g) g.push(rep);
    else groups.set(key, [rep]);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) out.push(isCandidate(g[0].at) ? mergeValues(rule, severity, g, lines, doc) : mergeSpans(rule, severity, g, lines));
  return out;
}

const fmt = (v: ScalarValue | undefined) => JSON.stringify(v ?? null);

/** "a, b and c", or "a, b, c, d, e and 3 more". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length > LIST_MAX + 1) return `${items.slice(0, LIST_MAX).join(', ')} and ${items.length - LIST_MAX} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const distinct = <T>(xs: T[], key: (x: T) => string) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** " (for each of A, B and C)" when reports of several resources share the range (an Fn::ForEach body). */
function othersNote(reports: Report[]): string {
  const ids = distinct(reports.map((r) => r.resource?.id).filter((x): x is string => x !== undefined), (x) => x);
  return ids.length > 1 ? ` (for each of ${list(ids)})` : '';
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

function finding(rule: Rule, severity: Severity, rep: Report, span: Span, message: string, related: { span: Span; message: string }[], lines: LineIndex): Finding {
  if (rep.lower) severity = LOWER[severity];
  const rel = distinct(related, (r) => `${r.span.start}:${r.span.end}:${r.message}`).map((r) => ({ span: r.span, message: r.message, range: lines.range(r.span) }));
  const s = { start: span.start, end: span.end };
  return { ruleId: rule.id, severity, message, resource: rep.resource?.id, ...(rep.path ? { path: rep.path } : {}), span: s, range: lines.range(s), related: rel, fixes: rep.fixes ?? [] };
}

/** A value the template takes only if someone deploys with non-default parameter values. */
const alternative = (x: Candidate) => !!x.param?.alternativeTo || !!x.condition?.offDefault;
/** The report needs another value that is only such a choice (Report.also). */
const needsAlternative = (r: Report) => !!r.also?.some(alternative);
const NOT_DEFAULTS = ' (only with parameter values other than their defaults)';

function mergeSpans(rule: Rule, severity: Severity, g: Report[], lines: LineIndex): Finding {
  const primary = g.filter((r) => !needsAlternative(r));
  const rep = primary[0] ?? g[0];
  const message = rep.message + (primary.length ? '' : NOT_DEFAULTS) + othersNote(g);
  return finding(rule, primary.length ? severity : 'info', rep, rep.at as Span, message, rep.related ?? [], lines);
}

type Param = NonNullable<Candidate['param']>;

const HOW: Record<Param['how'], string> = { Default: 'defaults to', AllowedValues: 'allows', MinValue: 'has MinValue', MaxValue: 'has MaxValue' };

/** A parameter in its form's words (Form.parameterWords), else a CloudFormation parameter's. */
function wordsOf(doc: ModelDocument, name: string): ParameterWords {
  const own = formOf(doc.kind as FormKind)?.parameterWords?.(doc, name);
  if (own) return own;
  return {
    name: `parameter ${name}`,
    says: (how, value) => `parameter ${name} ${HOW[how]} ${value}`,
    label: (how) => `${how} of parameter ${name}`,
    defaultWord: 'default',
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The value as the template offers it: the parameter's value when a mapping translates it (Fn::FindInMap). */
const shown = (c: Candidate) => fmt(c.param && c.param.value !== undefined ? c.param.value : c.value);
/** A value as a list item: MinValue and MaxValue say so. */
const item = (c: Candidate) => (c.param && (c.param.how === 'MinValue' || c.param.how === 'MaxValue') ? `${shown(c)} (${c.param.how})` : shown(c));

function mergeValues(rule: Rule, severity: Severity, g: Report[], lines: LineIndex, doc: ModelDocument): Finding {
  const cands = g.map((r) => r.at as Candidate);
  const primary = g.filter((r) => !alternative(r.at as Candidate) && !needsAlternative(r));
  const rep = primary[0] ?? g[0];
  const c = rep.at as Candidate;
  const p = c.param;
  const related = [...(rep.related ?? [])];
  const values = distinct(cands, (x) => `${x.param?.name ?? ''}\u0000${shown(x)}`);
  const others = values.filter((x) => shown(x) !== shown(c) || x.param?.name !== p?.name);
  const words = new Map<string, ParameterWords>();
  const w = (name: string) => words.get(name) ?? words.set(name, wordsOf(doc, name)).get(name)!;
  const paramRelated = (xs: Candidate[]) => {
    for (const x of xs.slice(0, LIST_MAX + 1)) if (x.param) related.push({ span: x.param.span, message: `${w(x.param.name).label(x.param.how)}${xs.length > 1 ? `: ${shown(x)}` : ''}` });
  };
  let message: string;
  if (!p) {
    message = rep.message + (others.length ? ` (this place can also take ${list(others.map(item))}, which this rule flags too)` : '');
  } else if (primary.length) {
    // The value the template uses (the Default), or choices it offers without a Default.
    if (p.how === 'Default') {
      message = `${rep.message} (${w(p.name).says('Default', shown(c))}${others.length ? `; it also allows ${list(others.map(item))}, which this rule flags too` : ''})`;
      paramRelated([c, ...others]);
    } else {
      const mine = values.filter((x) => x.param?.name === p.name);
      message = mine.length > 1 && mine.every((x) => x.param?.how === 'AllowedValues')
        ? `${rep.message} (${w(p.name).says('AllowedValues', list(mine.map(item)))}, which this rule flags)`
        : `${rep.message} (${w(p.name).says(p.how, shown(c))}${others.length ? `; also ${list(others.map(item))}` : ''})`;
      paramRelated(mine);
    }
  } else if (p.alternativeTo) {
    // Only choices offered besides a Default the rule accepts: say so, never as if one were configured.
    const def = p.alternativeTo;
    const verb = values.every((x) => x.param?.how === 'AllowedValues') ? 'offers' : 'accepts';
    message = `${capital(w(p.name).name)} also ${verb} ${list(values.map(item))}; its ${w(p.name).defaultWord} ${fmt(def.value)} is not flagged. If ${shown(c)} is chosen: ${rep.message}`;
    related.push({ span: def, message: capital(w(p.name).label('Default')) });
    paramRelated(values);
  } else {
    // The parameter's Default, in a branch its defaults do not take (the condition note says so).
    message = `${rep.message} (${w(p.name).says(p.how, shown(c))}${others.length ? `; also ${list(others.map(item))}` : ''})`;
    paramRelated(values);
  }
  if (c.condition) message += ` (when condition ${c.condition.name} is ${c.condition.branch}${c.condition.offDefault ? ', which it is not with the parameters\' defaults' : ''})`;
  if (!primary.length && needsAlternative(rep) && !alternative(c)) message += NOT_DEFAULTS;
  message += othersNote(g);
  const sev: Severity = primary.length ? severity : 'info';
  return finding(rule, sev, rep, c.site, message, related, lines);
}
