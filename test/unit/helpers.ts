/** Test helpers: lint a text and look at findings by the text they point at. */
import { strict as assert } from 'node:assert';
import { analyze, type AnalyzeOptions, type Finding } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';

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
export function lint(text: string, options: AnalyzeOptions & { ids?: string[] } = {}): Seen[] {
  const a = analyze(text, { fileName: options.fileName ?? 'template.yaml', only: options.ids, ...options });
  if (a.internalErrors.length) throw new Error(`rule crashed: ${a.internalErrors.join('\n')}`);
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

/** Applies the fix whose title matches, offered on a finding of `ruleId`; returns the new text. */
export function applyNamedFix(text: string, fileName: string, ruleId: string, title: RegExp, production: 'never' | 'always' = 'never'): string {
  const fs = analyze(text, { fileName, production }).findings.filter((x) => x.ruleId === ruleId);
  assert.ok(fs.length, `${ruleId} fires`);
  const x = fs.flatMap((f) => f.fixes).find((y) => title.test(y.title));
  assert.ok(x, `fix ${title} among: ${fs.flatMap((f) => f.fixes).map((y) => y.title).join(', ')}`);
  return applyFix(text, x);
}

/** Whether `ruleId` fires on the text. */
export function firesOn(text: string, fileName: string, ruleId: string, production: 'never' | 'always' = 'never'): boolean {
  return analyze(text, { fileName, production }).findings.some((f) => f.ruleId === ruleId);
}
