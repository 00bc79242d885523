/** Test helpers: lint a text and look at findings by the text they point at. */
import { analyze, type AnalyzeOptions, type Finding } from '../../src/core/engine';

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
