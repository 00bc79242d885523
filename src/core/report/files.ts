/**
 * The workspace view's pure parts: a file's finding counts and what the status bar says, why a file
 * is (not) treated as production, which files of a workspace "Lint Workspace" reads (and why the
 * others are skipped), and the Markdown report of "Export Findings". No vscode, no fs.
 */
import { FORM_FILE_NAME } from '../forms/files';
import type { Severity } from '../rules/types';
import type { Range } from '../text';

/** One finding of a report (a CLI finding or an editor analysis's finding). */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  resource?: string;
}

export interface ReportFile {
  /** The file's path, relative to the workspace (or as the CLI was given it). */
  path: string;
  findings: readonly ReportFinding[];
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An analysis's read problems (under ADB000, as the command line reports them) and findings; a failed analysis is one ADB000 at the top. */
export function reportFindingsOf(r: { findings: readonly ReportFinding[]; problems: readonly { severity: Severity; message: string; range: Range }[]; error?: string }): ReportFinding[] {
  if (r.error !== undefined) return [{ ruleId: 'ADB000', severity: 'warning', message: `could not analyse: ${r.error}`, range: TOP }];
  return [
    ...r.problems.map((p) => ({ ruleId: 'ADB000', severity: p.severity, message: p.message, range: p.range })),
    ...r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, ...(f.resource ? { resource: f.resource } : {}) })),
  ];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly { severity: Severity }[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The status bar item's text (codicons) and tooltip for one file. */
export function statusOf(counts: Counts, production: boolean | undefined): { text: string; tooltip: string } {
  const prod = production === undefined ? '' : production ? ' $(shield) prod' : '';
  const text = `$(database) $(error) ${counts.errors} $(warning) ${counts.warnings}${prod}`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos) parts.push(plural(counts.infos, 'information'));
  const where = production === undefined ? '' : production ? ' — treated as production' : ' — not treated as production';
  return { text, tooltip: `AWS Database Architect: ${parts.join(', ')}${where}. Click for why.` };
}

/** The sentence saying why a file is (not) treated as production, from the analysis's verdict (src/core/production.ts). */
export function productionExplanation(verdict: { production: boolean; reason: string } | undefined): string {
  if (!verdict) return 'This file has not been analysed as a database file, so production mode does not apply to it.';
  return verdict.production
    ? `This file is treated as production: ${verdict.reason}. Production raises the severity of the rules that matter there (backups, deletion protection, Multi-AZ).`
    : `This file is not treated as production: ${verdict.reason}.`;
}

/** Folders "Lint Workspace" never enters (dependencies and generated output), as the command line's folder walk. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', 'cdk.out', '.terraform', '.git'];

/** The glob of files some form reads, for a workspace search. */
export function formFilesGlob(extensions: readonly string[]): string {
  return `**/*.{${[...new Set(extensions)].join(',')}}`;
}

/**
 * The exclude glob of a workspace search: the skipped folders plus the user's `files.exclude`
 * patterns that are on (a `{ when: … }` pattern depends on a sibling and is left to the editor: not
 * excluded here). Giving an exclude glob replaces `files.exclude`, so both are in it.
 */
export function excludeGlob(filesExclude: Readonly<Record<string, unknown>> | undefined): string {
  const on = Object.entries(filesExclude ?? {}).filter(([, v]) => v === true).map(([k]) => k.replace(/[{},]/g, (c) => `\\${c}`));
  return `{${[...SKIPPED_FOLDERS.map((d) => `**/${d}/**`), ...on].join(',')}}`;
}

export type SkipReason = 'folder' | 'not a recognised form' | 'size limit';

export interface Candidate {
  path: string;
  size: number;
}

/** Which candidates to analyse and which to skip, and why (size above `maxBytes`, a skipped folder, a name no form reads). */
export function selectFiles(candidates: readonly Candidate[], maxBytes: number): { analyse: Candidate[]; skipped: { path: string; reason: SkipReason; detail: string }[] } {
  const analyse: Candidate[] = [];
  const skipped: { path: string; reason: SkipReason; detail: string }[] = [];
  for (const c of [...candidates].sort((a, b) => a.path.localeCompare(b.path))) {
    const parts = c.path.split(/[\\/]/);
    const folder = parts.slice(0, -1).find((p) => SKIPPED_FOLDERS.includes(p));
    if (folder) skipped.push({ path: c.path, reason: 'folder', detail: `in ${folder}/` });
    else if (!FORM_FILE_NAME.test(c.path)) skipped.push({ path: c.path, reason: 'not a recognised form', detail: 'no form reads this file name' });
    else if (c.size > maxBytes) skipped.push({ path: c.path, reason: 'size limit', detail: `${(c.size / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(1)} MB limit (awsDbArchitect.maxFileSizeMB)` });
    else analyse.push(c);
  }
  return { analyse, skipped };
}

const md = (s: string) => s.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

/** The Markdown report: a summary, then one table per file with findings (1-based lines), files without findings listed at the end. */
export function toMarkdown(files: readonly ReportFile[], title = 'AWS Database Architect findings'): string {
  const total = countFindings(files.flatMap((f) => f.findings));
  const withFindings = files.filter((f) => f.findings.length);
  const clean = files.filter((f) => !f.findings.length);
  const out = [`# ${title}`, '', `${plural(files.length, 'file')} analysed: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${plural(total.infos, 'information')}.`, ''];
  for (const f of withFindings) {
    const c = countFindings(f.findings);
    out.push(`## ${md(f.path)}`, '', `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'information')}.`, '', '| Line | Severity | Rule | Resource | Message |', '| ---: | --- | --- | --- | --- |');
    const sorted = [...f.findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
    for (const x of sorted) out.push(`| ${x.range.start.line + 1} | ${x.severity} | ${x.ruleId} | ${x.resource ? md(x.resource) : ''} | ${md(x.message)} |`);
    out.push('');
  }
  if (clean.length) {
    out.push('## Files without findings', '');
    for (const f of clean) out.push(`- ${md(f.path)}`);
    out.push('');
  }
  return out.join('\n');
}
