/**
 * The real-world corpus snapshot (issue 12): every file under test/corpus/ (public CloudFormation
 * templates, CDK apps and the AWS CLI's own example documents, vendored with their licences; see
 * test/corpus/SOURCES.md) is linted as a user would lint it (production mode auto), and its
 * findings, read problems (ADB000) and internal errors are kept, one line each, in a committed JSON
 * per corpus folder under test/snapshot/corpus/. The unit test compares; `npm run snapshots` rewrites.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/engine';
import { isTerraformSibling } from '../../src/core/forms/terraform/siblings';
import type { Range } from '../../src/core/text';

export const ROOT = path.join(__dirname, '..', 'corpus');
export const SNAPSHOTS = path.join(__dirname, 'corpus');

/** Licences, notices and the sources list are not lint inputs. */
const NOT_INPUT = /^(LICEN[CS]E|NOTICE|COPYING|SOURCES)(\.[a-z]+)?$/i;

export interface Group {
  /** Snapshot name, e.g. `cloudformation__widdix__aws-cf-templates`. */
  name: string;
  /** Corpus-relative paths of the group's files (forward slashes), sorted. */
  files: string[];
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (!NOT_INPUT.test(e.name)) out.push(path.relative(ROOT, p).split(path.sep).join('/'));
  }
}

/** One group per repository folder (cloudformation/<owner>__<repo>, cdk/…) and per CLI service folder. */
export function groups(): Group[] {
  const files: string[] = [];
  walk(ROOT, files);
  const by = new Map<string, string[]>();
  for (const f of files) {
    const parts = f.split('/');
    const key = parts.slice(0, 2).join('__');
    const list = by.get(key);
    if (list) list.push(f);
    else by.set(key, [f]);
  }
  return [...by].map(([name, list]) => ({ name, files: list.sort() })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The AWS CLI example documents are reStructuredText: commands sit in `::` literal blocks indented
 * by four spaces. Everything outside the literal blocks that start with an `aws` command is blanked
 * (newlines kept), so the shell reader sees only the commands and every range still points into the .rst.
 */
export function rstAsShell(text: string): string {
  const lines = text.split('\n');
  const keep = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    if (!/::\s*$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    const indent = /^[ \t]*/.exec(lines[j] ?? '')![0].length;
    if (j >= lines.length || indent === 0) continue;
    const isAws = /^aws\s/.test(lines[j].trim());
    let k = j;
    for (; k < lines.length; k++) {
      const l = lines[k];
      if (l.trim() && /^[ \t]*/.exec(l)![0].length < indent) break;
      if (isAws) keep[k] = true;
    }
    i = k - 1;
  }
  return lines.map((l, i) => (keep[i] ? l : l.replace(/[^\r]/g, ' '))).join('\n');
}

const pos = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

function terraformSiblings(rel: string): { name: string; text: string }[] {
  const dir = path.dirname(path.join(ROOT, rel));
  return fs.readdirSync(dir).filter((n) => n !== path.basename(rel) && isTerraformSibling(n)).sort().map((n) => ({ name: n, text: fs.readFileSync(path.join(dir, n), 'utf8') }));
}

/** The snapshot lines of one file: findings and read problems in text order, then internal errors. */
export function lintLines(rel: string): { lines: string[]; internalErrors: string[] } {
  const raw = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  const rst = rel.endsWith('.rst');
  const text = rst ? rstAsShell(raw) : raw;
  // A Terraform file is read with its folder's other files, as the CLI and the editor read it.
  const siblings = rel.endsWith('.tf') ? terraformSiblings(rel) : undefined;
  const a = analyze(text, { fileName: rst ? `${rel}.sh` : rel, production: 'auto', fixes: false, ...(siblings ? { siblings } : {}) });
  const rows: { at: number; line: string }[] = [];
  for (const p of a.problems) rows.push({ at: p.span.start, line: `${pos(p.range)} ADB000 ${p.severity} ${oneLine(p.message)}` });
  for (const f of a.findings) rows.push({ at: f.span.start, line: `${pos(f.range)} ${f.ruleId} ${f.severity} ${oneLine(f.message)}` });
  rows.sort((x, y) => x.at - y.at || x.line.localeCompare(y.line));
  const lines = [`kind ${a.kind}${a.production ? `, production ${a.production.production}` : ''}`, ...rows.map((r) => r.line)];
  return { lines, internalErrors: a.internalErrors.map((e) => e.split('\n')[0]) };
}

export type Snapshot = Record<string, string[]>;

export function snapshotPath(g: Group): string {
  return path.join(SNAPSHOTS, `${g.name}.json`);
}

/** Lints a group; internal errors are returned apart (they fail the test outright). */
export function lintGroup(g: Group): { snapshot: Snapshot; internalErrors: string[] } {
  const snapshot: Snapshot = {};
  const internalErrors: string[] = [];
  for (const f of g.files) {
    const r = lintLines(f);
    snapshot[f] = r.lines;
    internalErrors.push(...r.internalErrors.map((e) => `${f}: ${e}`));
  }
  return { snapshot, internalErrors };
}

export function serialise(s: Snapshot): string {
  return `${JSON.stringify(s, null, 1)}\n`;
}

/** A readable diff: per file, the lines only in the snapshot (-) and only in the new run (+). */
export function diff(before: Snapshot, after: Snapshot): string {
  const out: string[] = [];
  for (const f of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[f] ?? [];
    const a = after[f] ?? [];
    const gone = b.filter((l) => !a.includes(l));
    const added = a.filter((l) => !b.includes(l));
    if (!(f in before)) out.push(`  ${f}: new file`);
    if (!(f in after)) out.push(`  ${f}: file gone`);
    if (!gone.length && !added.length && b.length === a.length) continue;
    out.push(`  ${f}`);
    for (const l of gone) out.push(`    - ${l}`);
    for (const l of added) out.push(`    + ${l}`);
    if (!gone.length && !added.length) out.push('    (same lines, different count or order)');
  }
  return out.join('\n');
}
