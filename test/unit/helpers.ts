/** Test helpers: lint a text and look at findings by the text they point at. */
import { strict as assert } from 'node:assert';
import { analyze, type Analysis, type AnalyzeOptions, type Finding } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import type { DocumentKind } from '../../src/core/model';

export { fixture, fixtureFiles, fixtureText, repoPath, CFN_SAMPLES, FIXTURES, REPO } from '../fixture';

/** A form a file is read as. */
export type Form = Exclude<DocumentKind, 'none'>;

export interface Seen {
  ruleId: string;
  severity: string;
  /** The source text the finding's range covers. */
  at: string;
  message: string;
  line: number;
  finding: Finding;
}

/** Removes the common indentation of a template literal, and a leading newline. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Findings of one text, optionally restricted to some rules. */
export function lint(text: string, options: AnalyzeOptions & { ids?: string[]; form?: DocumentKind } = {}): Seen[] {
  const fileName = options.fileName ?? 'template.yaml';
  const a = analyze(text, { fileName, only: options.ids, ...options });
  if (a.internalErrors.length) throw new Error(`rule crashed: ${a.internalErrors.join('\n')}`);
  // No finding means nothing when the text was not read as what the test wrote.
  assert.equal(a.kind, options.form ?? formOf(fileName), `${fileName} was read as ${a.kind}`);
  return a.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    at: text.slice(f.span.start, f.span.end),
    message: f.message,
    line: f.range.start.line,
    finding: f,
  }));
}

/** A YAML template with one resource of `type` and the given Properties block (indented YAML). */
export function resource(type: string, properties: string, extra = ''): string {
  const props = dedent(properties)
    .split('\n')
    .map((l) => (l.trim() ? `      ${l}` : l))
    .join('\n');
  return `AWSTemplateFormatVersion: "2010-09-09"\n${extra}Resources:\n  Db:\n    Type: ${type}\n    Properties:\n${props}\n`;
}

/** The form a file name says it holds: `.ts` CDK, `.sh`/`.bash`/`.zsh`/`.md` AWS CLI, `.yaml`/`.yml`/`.json`/`.template` CloudFormation. */
export function formOf(fileName: string): Form {
  if (/\.[cm]?ts$/.test(fileName)) return 'cdk';
  if (/\.(sh|bash|zsh|md)$/.test(fileName)) return 'aws-cli';
  if (/\.(ya?ml|json|template)$/.test(fileName)) return 'cloudformation';
  throw new Error(`${fileName}: no form for this file name; pass the expected form`);
}

/**
 * Analyses a text and asserts what a test needs before it may trust the findings: the text was
 * read as `form` (by default the one its name says), no rule crashed, and the reader reported no
 * error (a text that no longer parses has no findings either).
 */
export function analyzeAs(text: string, fileName: string, options: AnalyzeOptions = {}, form: Form = formOf(fileName)): Analysis {
  const a = analyze(text, { ...options, fileName });
  assert.equal(a.kind, form, `${fileName} was read as ${a.kind}, not ${form}`);
  assert.deepEqual(a.internalErrors, [], `${fileName}: a rule crashed`);
  assert.deepEqual(a.problems.filter((p) => p.severity === 'error').map((p) => p.message), [], `${fileName} has read errors`);
  return a;
}

/** Applies the fix whose title matches, offered on a finding of `ruleId`; returns the new text. */
export function applyNamedFix(text: string, fileName: string, ruleId: string, title: RegExp, production: 'never' | 'always' = 'never', form?: Form): string {
  const fs = analyzeAs(text, fileName, { production }, form).findings.filter((x) => x.ruleId === ruleId);
  assert.ok(fs.length, `${ruleId} fires`);
  const x = fs.flatMap((f) => f.fixes).find((y) => title.test(y.title));
  assert.ok(x, `fix ${title} among: ${fs.flatMap((f) => f.fixes).map((y) => y.title).join(', ')}`);
  return applyFix(text, x);
}

/**
 * Whether `ruleId` fires on the text. Asserts first that the text was read as `form` (by default
 * the one its file name says), that no rule crashed and that it parses, so "the finding is gone"
 * cannot pass on a file that was not analysed.
 */
export function firesOn(text: string, fileName: string, ruleId: string, production: 'never' | 'always' = 'never', form?: Form): boolean {
  return analyzeAs(text, fileName, { production }, form).findings.some((f) => f.ruleId === ruleId);
}
