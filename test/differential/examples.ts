/**
 * The AWS CLI's own example documents (test/corpus/aws-cli-examples, the database services) as a
 * differential test: each `aws` command of their `::` literal blocks, with the files the document
 * shows ("Contents of ``x.json``::"), is judged by the real AWS CLI's parameter validation and by
 * our ADB100–ADB111 checks. Run `npx tsx test/differential/examples.ts` to record the real CLI's
 * verdicts in examples-verdicts.json (the unit test runs live when that CLI version is installed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXAMPLES = path.join(__dirname, '..', 'corpus', 'aws-cli-examples');
export const RECORDED = path.join(__dirname, 'examples-verdicts.json');

export interface Example {
  /** Corpus-relative document, e.g. `rds/create-db-instance.rst`. */
  doc: string;
  /** 1-based line of the command in the document. */
  line: number;
  /** The command on one line (continuations joined). */
  cmd: string;
  /** `file://` names the command reads. */
  files: string[];
}

const indentOf = (l: string) => /^[ \t]*/.exec(l)![0].length;

/** Literal blocks (`::` then indented lines), dedented, with the 1-based line each starts at. */
function literalBlocks(text: string): { intro: string; line: number; lines: string[] }[] {
  const lines = text.replace(/\r/g, '').split('\n');
  const out: { intro: string; line: number; lines: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/::\s*$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    if (j >= lines.length || indentOf(lines[j]) === 0) continue;
    const ind = indentOf(lines[j]);
    let k = j;
    while (k < lines.length && (!lines[k].trim() || indentOf(lines[k]) >= ind)) k++;
    out.push({ intro: lines[i], line: j + 1, lines: lines.slice(j, k).map((l) => l.slice(ind)) });
    i = k - 1;
  }
  return out;
}

/** True when a shell text leaves a quote open. */
function openQuote(s: string): boolean {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = undefined;
      else if (c === '\\' && q === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') q = c;
  }
  return q !== undefined;
}

/** The commands and shown files of one example document. */
export function examplesOf(doc: string, text: string): { commands: Example[]; files: Record<string, string> } {
  const commands: Example[] = [];
  const files: Record<string, string> = {};
  for (const b of literalBlocks(text)) {
    const shown = /Contents of\s+(?:the\s+)?``([^`]+)``/.exec(b.intro)?.[1];
    if (shown) {
      files[shown.trim()] = `${b.lines.join('\n').trimEnd()}\n`;
      continue;
    }
    if (!/^aws\s/.test(b.lines[0] ?? '')) continue;
    for (let i = 0; i < b.lines.length; i++) {
      if (!/^aws\s/.test(b.lines[i])) continue;
      const start = i;
      let cmd = b.lines[i];
      // Backslash continuations join with a space; a quote left open keeps its newline.
      while (i + 1 < b.lines.length && (/\\\s*$/.test(cmd) || openQuote(cmd))) {
        cmd = /\\\s*$/.test(cmd) && !openQuote(cmd) ? `${cmd.replace(/\\\s*$/, '')} ${b.lines[++i].trim()}` : `${cmd}\n${b.lines[++i]}`;
      }
      const fileRefs = [...cmd.matchAll(/fileb?:\/\/([^\s'"]+)/g)].map((m) => m[1]);
      commands.push({ doc, line: b.line + start, cmd: cmd.trim(), files: fileRefs });
    }
  }
  return { commands, files };
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.rst')) out.push(p);
  }
}

/** Every example command, with the files their documents show. */
export function allExamples(): { commands: Example[]; files: Map<string, Record<string, string>> } {
  const docs: string[] = [];
  walk(EXAMPLES, docs);
  const commands: Example[] = [];
  const files = new Map<string, Record<string, string>>();
  for (const p of docs) {
    const doc = path.relative(EXAMPLES, p).split(path.sep).join('/');
    const r = examplesOf(doc, fs.readFileSync(p, 'utf8'));
    commands.push(...r.commands);
    files.set(doc, r.files);
  }
  return { commands, files };
}

/**
 * A command is comparable when every file it reads is shown in its document (the CLI cannot read a
 * file that is not there) and it is a complete command (no shell substitution or variable outside single quotes).
 */
/**
 * Commands only AWS CLI version 2 has (its customizations, awscli/customizations/dsql.py on the v2
 * branch of aws/aws-cli): the oracle here is version 1, which cannot judge them.
 */
const V2_ONLY = [/^aws\s+dsql\s+generate-db-connect(-admin)?-auth-token\b/];

export function comparable(e: Example, shown: Record<string, string>): string | undefined {
  if (V2_ONLY.some((r) => r.test(e.cmd))) return 'a command of AWS CLI version 2 only; the oracle here is version 1';
  const missing = e.files.filter((f) => !(f in shown) && !(path.basename(f) in shown));
  if (missing.length) return `reads ${missing.join(', ')}, which the document does not show`;
  const unquoted = e.cmd.replace(/'[^']*'/g, "''");
  if (/\$\(|`/.test(unquoted)) return 'uses shell substitution';
  if (/\$[A-Za-z_{]/.test(unquoted)) return 'uses a shell variable the document leaves to the reader';
  return undefined;
}

/** The command without a trailing output redirection (`> tail.txt`): that is the shell's, not the CLI's. */
export function forCli(cmd: string): string {
  return cmd.replace(/\s+\d?>>?\s*[^\s'"]+\s*$/, '');
}

/**
 * The words bash hands the CLI (quote removal, brace expansion, variable expansion; no globbing, so
 * the result does not depend on the folder), re-quoted one by one for the oracle's shlex.split.
 * Commands with shell substitution are not comparable and never get here.
 */
export function bashWords(cmd: string): string {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', `set -f\nset -- ${forCli(cmd)}\nprintf '%s\\0' "$@"`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (r.status !== 0) throw new Error(`bash could not split: ${cmd}\n${r.stderr}`);
  return r.stdout.split('\0').slice(0, -1).map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
}

export interface Verdict {
  ok: boolean;
  msg: string;
}

/**
 * The real AWS CLI's verdict on each command (test/differential/aws_verdicts.py), run from a folder
 * holding the files each command's document shows; undefined without that CLI version installed.
 */
export function realExampleVerdicts(cmds: Example[], files: Map<string, Record<string, string>>, onlyVersion?: string): { cli: string; verdicts: Verdict[] } | undefined {
  const probe = spawnSync('python3', ['-c', 'import awscli; print("aws-cli/" + awscli.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  if (onlyVersion && probe.stdout.trim() !== onlyVersion) return undefined;
  const verdicts: Verdict[] = [];
  let cli = probe.stdout.trim();
  // Documents that show files run in a folder of their own; the rest together.
  const byDoc = new Map<string, number[]>();
  cmds.forEach((c, i) => {
    const key = Object.keys(files.get(c.doc) ?? {}).length ? c.doc : '';
    const l = byDoc.get(key);
    if (l) l.push(i);
    else byDoc.set(key, [i]);
  });
  for (const [doc, idx] of byDoc) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-examples-'));
    try {
      for (const [name, body] of Object.entries(doc ? files.get(doc)! : {})) {
        // At the name the document shows (when relative) and at its base name.
        for (const rel of new Set([path.basename(name), ...(path.isAbsolute(name) || name.includes('..') || name.startsWith('~') ? [] : [name])])) {
          fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          fs.writeFileSync(path.join(dir, rel), body);
        }
      }
      const r = spawnSync('python3', [path.join(__dirname, 'aws_verdicts.py')], { cwd: dir, input: JSON.stringify(idx.map((i) => bashWords(cmds[i].cmd))), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`aws_verdicts.py failed: ${r.stderr}`);
      const out = JSON.parse(r.stdout) as { cli: string; verdicts: Verdict[] };
      cli = out.cli;
      idx.forEach((i, n) => (verdicts[i] = out.verdicts[n]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { cli, verdicts };
}

if (require.main === module) {
  const { commands, files } = allExamples();
  const v = realExampleVerdicts(commands, files);
  if (!v) {
    console.log('no AWS CLI here: examples-verdicts.json unchanged');
  } else {
    fs.writeFileSync(RECORDED, `${JSON.stringify({ cli: v.cli, commands: commands.map((c, i) => ({ doc: c.doc, line: c.line, cmd: c.cmd, ...v.verdicts[i] })) }, null, 1)}\n`);
    console.log(`${commands.length} commands, verdicts of ${v.cli} recorded`);
  }
}
