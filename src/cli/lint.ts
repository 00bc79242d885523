/** `aws-db-architect lint`: the engine over files and folders, for CI pipelines. */
import fs from 'node:fs';
import path from 'node:path';
import { analyze, DEFAULT_MAX_BYTES, type RuleSetting } from '../core/engine';
import type { ProductionMode } from '../core/production';
import { RULES } from '../core/rules';
import type { Range } from '../core/text';
import { toSarif } from './sarif';

export interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  resource?: string;
  range: Range;
}

export interface CliFile {
  path: string;
  kind: 'cloudformation' | 'aws-cli' | 'cdk' | 'none';
  findings: CliFinding[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'cdk.out', '.hg', '.svn']);
const WALK_EXT = /\.(ya?ml|json|template|sh|bash|md|ts)$/i;

/** ID of findings about the file itself (unreadable, malformed, too large, binary). */
export const READ_RULE_ID = 'ADB000';

export interface LintArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  production: ProductionMode;
  rules: Record<string, RuleSetting>;
  maxBytes: number;
}

export class UsageError extends Error {}

export function parseLintArgs(argv: string[]): LintArgs {
  const a: LintArgs = { paths: [], format: 'text', production: 'auto', rules: {}, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not ${v}`);
        a.format = v;
        break;
      }
      case '--production': {
        const v = value();
        if (v !== 'auto' && v !== 'always' && v !== 'never') throw new UsageError(`--production must be auto, always or never, not ${v}`);
        a.production = v;
        break;
      }
      case '--rule': {
        const v = value();
        const m = /^(ADB\d{3})=(off|error|warning|info)$/.exec(v);
        if (!m) throw new UsageError(`--rule takes ID=off|error|warning|info (e.g. ADB008=off), not ${v}`);
        if (!RULES.some((r) => r.id === m[1])) throw new UsageError(`--rule: no rule ${m[1]} (see docs/rules.md)`);
        a.rules[m[1]] = m[2] as RuleSetting;
        break;
      }
      case '--max-size': {
        const mb = Number(value());
        if (!(mb > 0)) throw new UsageError('--max-size takes a size in MB greater than 0');
        a.maxBytes = mb * 1024 * 1024;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        a.paths.push(arg);
    }
  }
  if (a.paths.length === 0) throw new UsageError('lint needs at least one file or folder');
  return a;
}

/** Files to lint: explicit files as given, folders walked for template, script and CDK files. */
export function expandPaths(paths: string[], onMissing: (p: string, why: string) => void): string[] {
  const out: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      if (explicit) onMissing(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message);
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (e) {
        onMissing(p, (e as Error).message);
        return;
      }
      for (const n of names) {
        if (SKIP_DIRS.has(n)) continue;
        const child = path.join(p, n);
        let cst: fs.Stats;
        try {
          cst = fs.lstatSync(child);
        } catch {
          continue;
        }
        if (cst.isDirectory()) visit(child, false);
        else if (cst.isFile() && WALK_EXT.test(n) && !n.endsWith('.d.ts')) out.push(child);
      }
    } else out.push(p);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** Lints one file; never throws. */
export function lintFile(file: string, args: Pick<LintArgs, 'production' | 'rules' | 'maxBytes'>): CliFile {
  const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const fail = (message: string, severity: CliFinding['severity'] = 'error'): CliFile => ({
    path: file, kind: 'none', findings: [{ ruleId: READ_RULE_ID, severity, message, range: at0 }],
  });
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    return fail(`cannot read: ${(e as Error).message}`);
  }
  if (size > args.maxBytes) {
    return fail(`file is ${(size / 1048576).toFixed(1)} MB, above the ${(args.maxBytes / 1048576).toFixed(1)} MB limit: not analysed (use --max-size to raise it)`, 'info');
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return fail(`cannot read: ${(e as Error).message}`);
  }
  if (buf.subarray(0, 8192).includes(0)) return fail('binary file: not analysed', 'info');
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  try {
    const a = analyze(text, { fileName: file, production: args.production, rules: args.rules, maxBytes: args.maxBytes, fixes: false });
    const findings: CliFinding[] = [
      ...a.problems.map((p) => ({ ruleId: READ_RULE_ID, severity: p.severity, message: p.message, range: p.range })),
      ...a.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, resource: f.resource, range: f.range })),
    ];
    for (const e of a.internalErrors) findings.push({ ruleId: READ_RULE_ID, severity: 'error', message: `internal error in rule ${e.split('\n')[0]}`, range: at0 });
    return { path: file, kind: a.kind, findings };
  } catch (e) {
    return fail(`internal error: ${(e as Error).message}`);
  }
}

export function runLint(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = parseLintArgs(argv);
  let unreadable = false;
  const files = expandPaths(args.paths, (p, why) => {
    unreadable = true;
    err(`aws-db-architect: ${p}: ${why}`);
  });
  const results = files.map((f) => lintFile(f, args));
  if (args.format === 'json') out(JSON.stringify({ files: results }, null, 2));
  else if (args.format === 'sarif') out(JSON.stringify(toSarif(results), null, 2));
  else out(formatText(results));
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity !== 'info')) ? 1 : 0;
}

function formatText(results: CliFile[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      count[f.severity]++;
      const where = `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${where}: ${f.severity} ${f.ruleId} ${f.message}${f.resource ? ` [${f.resource}]` : ''}`);
    }
  }
  const linted = results.filter((r) => r.kind !== 'none').length;
  lines.push(`${results.length} file(s), ${linted} analysed: ${count.error} error(s), ${count.warning} warning(s), ${count.info} info.`);
  return lines.join('\n');
}
