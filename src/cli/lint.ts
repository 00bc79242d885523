/** `aws-db-architect lint`: the engine over files and folders, for CI pipelines. */
import fs from 'node:fs';
import path from 'node:path';
import { analyze, crashedRule, DEFAULT_MAX_BYTES, isToolProblem, type RuleSetting } from '../core/engine';
import { FORM_FILE_NAME } from '../core/forms/files';
import { errorText } from '../core/log';
import type { DocumentKind } from '../core/model';
import type { ProductionMode } from '../core/production';
import { RULES } from '../core/rules';
import type { Range } from '../core/text';
import { errnoText, fileKind, nodeFs, readInput, textOf, type InputFs } from './input';
import { toSarif } from './sarif';
import { isTerraformSibling } from '../core/forms/terraform/siblings';
import { checkRef, nodeGit, textAt, type Git } from './git';

export interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  resource?: string;
  range: Range;
  /** The tool's own failure (a reader or rule that failed), not the file's: said on stderr in text output. */
  internal?: true;
}

export interface CliFile {
  path: string;
  kind: DocumentKind;
  findings: CliFinding[];
  /** Why the file could not be read (then it is left out of the report and the exit code is 2). */
  unreadable?: string;
  /** The file was read but not (fully) analysed: a reader or rule failed, or a part is missing (exit code 2). */
  incomplete?: boolean;
  /** With a base version (`--base`, `diff`): whether the data-loss guard compared the file with it, or why not. */
  base?: 'compared' | 'unreadable' | 'other-kind' | 'syntax-error';
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'cdk.out', '.hg', '.svn']);
/** The files of a folder that are linted: those some form reads (src/core/forms/files.ts). */
const WALK_EXT = FORM_FILE_NAME;

/** ID of findings about the file itself (malformed, too large, binary, could not be analysed). */
export const READ_RULE_ID = 'ADB000';

export interface LintArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  production: ProductionMode;
  /** The AWS CLI version scripts are checked against (--aws-cli-version; default 2). */
  awsCliVersion?: '1' | '2';
  rules: Record<string, RuleSetting>;
  maxBytes: number;
  /** The name standard input (`-`) is read as: its extension chooses the reader (default: a template). */
  stdinFilename?: string;
  /** A git ref: each file is compared with its version there (the data-loss guard, ADB140–ADB144). */
  base?: string;
  /** Report only these rules (`--only ADB140,ADB143`). */
  only?: string[];
}

export class UsageError extends Error {}

export function parseLintArgs(argv: string[]): LintArgs {
  const a: LintArgs = { paths: [], format: 'text', production: 'auto', rules: {}, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // `--` ends the options: every later argument is a path, even one that starts with a dash.
    if (arg === '--') {
      a.paths.push(...argv.slice(i + 1));
      break;
    }
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
      case '--aws-cli-version': {
        const v = value();
        if (v !== '1' && v !== '2') throw new UsageError(`--aws-cli-version must be 1 or 2, not ${v}`);
        a.awsCliVersion = v;
        break;
      }
      case '--max-size': {
        const mb = Number(value());
        if (!(mb > 0)) throw new UsageError('--max-size takes a size in MB greater than 0');
        a.maxBytes = mb * 1024 * 1024;
        break;
      }
      case '--stdin-filename':
        a.stdinFilename = value();
        break;
      case '--only': {
        const ids = value().split(',').map((x) => x.trim()).filter(Boolean);
        const unknown = ids.filter((id) => !RULES.some((r) => r.id === id));
        if (!ids.length || unknown.length) throw new UsageError(`--only takes rule IDs separated by commas (e.g. ADB140,ADB143)${unknown.length ? `; no rule ${unknown.join(', ')} (see docs/rules.md)` : ''}`);
        a.only = [...(a.only ?? []), ...ids];
        break;
      }
      case '--base':
        a.base = value();
        if (!a.base) throw new UsageError('--base needs a git ref (a commit, branch or tag)');
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (a path that starts with a dash goes after --)`);
        a.paths.push(arg);
    }
  }
  if (a.paths.length === 0) throw new UsageError('lint needs at least one file or folder (- reads standard input)');
  if (a.paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be named once');
  if (a.base !== undefined && a.paths.includes('-')) throw new UsageError('--base compares files with their version in git: standard input (-) has none (use diff OLD NEW)');
  return a;
}

/** The file system calls of the folder walk (tests inject failures). */
export interface WalkFs {
  statSync(p: string): fs.Stats;
  lstatSync(p: string): fs.Stats;
  readdirSync(p: string): string[];
  realpathSync(p: string): string;
}

/**
 * Files to lint: explicit files as given (`-` is standard input), folders walked for template,
 * script and CDK files. Symbolic links are followed; a link back to a folder being walked is
 * skipped with a note (`onNote`). A path that cannot be read is reported (`onMissing`: the exit
 * code becomes 2), never skipped in silence.
 */
export function expandPaths(paths: string[], onMissing: (p: string, why: string) => void, onNote: (p: string, note: string) => void = () => undefined, io: WalkFs = fs): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const real = (p: string) => {
    try {
      return io.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const walk = (dir: string, ancestors: string[]) => {
    let names: string[];
    try {
      names = io.readdirSync(dir).sort();
    } catch (e) {
      onMissing(dir, `cannot list the folder: ${errnoText(e)}`);
      return;
    }
    for (const n of names) {
      if (SKIP_DIRS.has(n)) continue;
      const child = path.join(dir, n);
      let st: fs.Stats;
      try {
        st = io.statSync(child);
      } catch (e) {
        // A dangling link or a file gone since the listing: said, not skipped in silence.
        const link = (() => {
          try {
            return io.lstatSync(child).isSymbolicLink();
          } catch {
            return false;
          }
        })();
        onMissing(child, link ? `${(e as NodeJS.ErrnoException).code === 'ELOOP' ? errnoText(e) : 'a symbolic link to nothing (broken link)'}: not read` : `cannot read: ${errnoText(e)}`);
        continue;
      }
      if (st.isDirectory()) {
        const r = real(child);
        if (ancestors.includes(r)) {
          onNote(child, `skipped: a symbolic link loop (it leads back to ${r}, which is being walked)`);
          continue;
        }
        if (seen.has(r)) continue;
        seen.add(r);
        walk(child, [...ancestors, r]);
      } else if (WALK_EXT.test(n) && !n.endsWith('.d.ts')) {
        if (!st.isFile()) {
          onMissing(child, `${fileKind(st)}, not a regular file: not read`);
          continue;
        }
        const r = real(child);
        if (seen.has(r)) continue;
        seen.add(r);
        out.push(child);
      }
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let st: fs.Stats;
    try {
      st = io.statSync(p);
    } catch (e) {
      onMissing(p, errnoText(e));
      continue;
    }
    if (st.isDirectory()) {
      const r = real(p);
      if (seen.has(r)) continue;
      seen.add(r);
      walk(p, [r]);
    } else if (!st.isFile()) {
      // A FIFO or a device (/dev/zero) named on the command line: reading it would block or never end.
      onMissing(p, `${fileKind(st)}, not a regular file: not read`);
    } else {
      seen.add(real(p));
      out.push(p);
    }
  }
  return out;
}

const MAX_SIBLINGS = 64;
const siblingCache = new Map<string, { name: string; text: string }[]>();

/**
 * The other files of a `.tf` file's folder the Terraform reader uses (other `.tf` files, `terraform.tfvars`,
 * `*.auto.tfvars`), read once per folder; an unreadable one is left out (its values stay unknown).
 */
export function terraformSiblings(file: string, maxBytes: number): { name: string; text: string }[] {
  const dir = path.dirname(path.resolve(file));
  let all = siblingCache.get(dir);
  if (!all) {
    all = [];
    try {
      for (const n of fs.readdirSync(dir).filter(isTerraformSibling).sort().slice(0, MAX_SIBLINGS)) {
        try {
          const p = path.join(dir, n);
          const st = fs.statSync(p);
          if (st.isFile() && st.size <= maxBytes) all.push({ name: n, text: fs.readFileSync(p, 'utf8') });
        } catch {
          // left out: its values stay unknown
        }
      }
    } catch {
      // an unlistable folder gives no siblings
    }
    siblingCache.set(dir, all);
  }
  const base = path.basename(file);
  return all.filter((s) => s.name !== base);
}

/**
 * Lints one file (`-`: standard input); never throws. `base`: the file's deployed version (git ref,
 * `diff OLD NEW`), compared by the data-loss guard.
 */
export function lintFile(file: string, args: Pick<LintArgs, 'production' | 'rules' | 'maxBytes' | 'stdinFilename' | 'awsCliVersion'> & { only?: string[] }, io: InputFs = nodeFs, base?: { text: string; fileName?: string }): CliFile {
  const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const name = file === '-' ? args.stdinFilename ?? '-' : file;
  const note = (message: string, severity: CliFinding['severity'] = 'info'): CliFile => ({
    path: name, kind: 'none', findings: [{ ruleId: READ_RULE_ID, severity, message, range: at0 }],
  });
  const input = readInput(file, args.maxBytes, io);
  if (!input.ok) {
    if ('error' in input) return { path: name, kind: 'none', findings: [], unreadable: input.error };
    return note(`file is ${input.exact ? '' : 'over '}${(input.tooLarge / 1048576).toFixed(1)} MB, above the ${(args.maxBytes / 1048576).toFixed(1)} MB limit: not analysed (use --max-size to raise it)`);
  }
  if (input.bytes.subarray(0, 8192).includes(0)) return note('binary file: not analysed');
  const text = textOf(input.bytes);
  try {
    const siblings = file !== '-' && /\.tf(\.json)?$/i.test(file) ? terraformSiblings(file, args.maxBytes) : undefined;
    const a = analyze(text, { fileName: name === '-' ? '' : name, production: args.production, rules: args.rules, maxBytes: args.maxBytes, fixes: false, awsCliVersion: args.awsCliVersion, ...(siblings ? { siblings } : {}), ...(base ? { base } : {}), ...(args.only ? { only: args.only } : {}) });
    const findings: CliFinding[] = [];
    let incomplete = false;
    for (const p of a.problems) {
      if (isToolProblem(p)) incomplete = true;
      // A missing part (the AWS CLI model, the TypeScript bundle) is said once on stderr by the
      // core's reporter, not once per file.
      if (p.code === 'unavailable') continue;
      findings.push(p.code === 'internal'
        ? { ruleId: READ_RULE_ID, severity: p.severity, message: `could not analyse this file: ${p.message}`, range: p.range, internal: true }
        : { ruleId: READ_RULE_ID, severity: p.severity, message: p.message, range: p.range });
    }
    // A loop, not push(...list): a spread of 100,000+ findings overflows the stack.
    for (const f of a.findings) findings.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, resource: f.resource, range: f.range });
    for (const e of a.internalErrors) {
      const rule = crashedRule(e);
      if (!rule) continue;
      incomplete = true;
      const why = e.slice(rule.length + 2).split('\n')[0];
      findings.push({ ruleId: READ_RULE_ID, severity: 'error', message: `rule ${rule} failed on this file (${why}): a bug in AWS DB Architect; its findings are missing, the other rules ran`, range: at0, internal: true });
    }
    // A file the reader does not analyse (a CDK v1 app) counts with the files not read; its ADB000 says why.
    const kind = a.problems.some((p) => p.notAnalysed) ? 'none' : a.kind;
    return { path: name, kind, findings, ...(incomplete ? { incomplete } : {}), ...(a.base ? { base: a.base.status } : {}) };
  } catch (e) {
    return { path: name, kind: 'none', findings: [{ ruleId: READ_RULE_ID, severity: 'error', message: `could not analyse this file: ${errorText(e)}; this is a bug in AWS DB Architect`, range: at0, internal: true }], incomplete: true };
  }
}

export function runLint(argv: string[], out: (s: string) => void, err: (s: string) => void, git: Git = nodeGit): number {
  const args = parseLintArgs(argv);
  siblingCache.clear();
  let unreadable = false;
  if (args.base !== undefined) {
    // The ref must exist where the files are: a typo would otherwise compare nothing, in silence.
    const first = args.paths[0];
    let dir = path.resolve(first);
    try {
      if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
    } catch {
      dir = path.dirname(dir);
    }
    const bad = checkRef(args.base, dir, git);
    if (bad) {
      err(`aws-db-architect: ${bad}`);
      return 2;
    }
  }
  const files = expandPaths(args.paths, (p, why) => {
    unreadable = true;
    err(`aws-db-architect: ${p}: ${why}`);
  }, (p, note) => err(`aws-db-architect: ${p}: ${note}`));
  const results: CliFile[] = [];
  for (const f of files) {
    let base: { text: string; fileName: string } | undefined;
    if (args.base !== undefined) {
      const b = textAt(args.base, f, args.maxBytes, git);
      if (b.ok) base = { text: b.text, fileName: f };
      else if ('error' in b) {
        unreadable = true;
        err(`aws-db-architect: ${f}: ${b.error}; not compared with ${args.base}`);
      }
    }
    const r = lintFile(f, args, nodeFs, base);
    if (base && r.base && r.base !== 'compared' && (r.kind === 'cloudformation' || r.kind === 'cdk')) {
      err(`aws-db-architect: ${r.path}: not compared with ${args.base}: ${r.base === 'other-kind' ? 'its version there is another kind of file' : r.base === 'syntax-error' ? 'it has a syntax error' : 'its version there does not read as a template or CDK file (or has a syntax error)'}`);
    }
    if (r.unreadable !== undefined) {
      unreadable = true;
      err(`aws-db-architect: ${r.path}: ${r.unreadable}`);
    } else results.push(r);
  }
  // The tool's own failures go to stderr (JSON and SARIF also keep them in the report, for machines).
  for (const r of results) for (const f of r.findings) if (f.internal) err(`aws-db-architect: ${r.path}: ${f.message}`);
  if (args.format === 'json') out(JSON.stringify({ files: results }, null, 2));
  else if (args.format === 'sarif') out(JSON.stringify(toSarif(results), null, 2));
  else out(formatText(results));
  // 2: something could not be read or analysed, so "no findings" would not mean "no problems".
  if (unreadable || results.some((r) => r.incomplete)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity !== 'info')) ? 1 : 0;
}

export function formatText(results: CliFile[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.internal) continue;
      count[f.severity]++;
      const where = `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${where}: ${f.severity} ${f.ruleId} ${f.message}${f.resource ? ` [${f.resource}]` : ''}`);
    }
  }
  const linted = results.filter((r) => r.kind !== 'none' && !r.incomplete).length;
  const incomplete = results.filter((r) => r.incomplete).length;
  lines.push(`${results.length} file(s), ${linted} analysed${incomplete ? `, ${incomplete} not fully analysed` : ''}: ${count.error} error(s), ${count.warning} warning(s), ${count.info} info.`);
  return lines.join('\n');
}
