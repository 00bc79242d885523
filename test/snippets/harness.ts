/** Shared helpers of the snippet proofs: read the generated snippet files, fill them, run the real tools. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/engine';
import { fillDefaults } from './expand';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The snippets of one generated file, by prefix. */
export function loadSnippets(file: string): Snippet[] {
  const obj = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;
  return Object.values(obj);
}

/** The text a snippet inserts with every default accepted. */
export function filled(s: Snippet): string {
  return fillDefaults(s.body.join('\n'));
}

/** The `aws ...` command lines of a shell text (continuations joined; `X=$(aws ...)` included). */
export function awsCommands(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\\\n/g, ' ').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const sub = /^[A-Za-z_][A-Za-z0-9_]*=\$\((aws [^)]*)\)$/.exec(line);
    if (sub) out.push(sub[1]);
    else if (line.startsWith('aws ')) out.push(line);
    else throw new Error(`unexpected shell line in a snippet: ${line}`);
  }
  return out;
}

/** Runs every command through aws-cli's parameter validation in ONE Python process. */
export function validateAwsCommands(lines: string[]): { ok: boolean; code: number; output: string }[] {
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'dummy-secret-for-validation-only',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_RETRY_MODE: 'standard',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
  const r = spawnSync('python3', [path.join(__dirname, 'aws_validate.py')], { input: JSON.stringify(lines), env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`aws_validate.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Findings of our own linter that are errors or warnings (information is allowed). */
export function lintProblems(text: string, fileName: string, production: 'auto' | 'always'): string[] {
  const a = analyze(text, { fileName, production });
  if (a.internalErrors.length) return a.internalErrors.map((e) => `internal error: ${e.split('\n')[0]}`);
  return [
    ...a.problems.filter((p) => p.severity !== 'info').map((p) => `${p.code} line ${p.range.start.line + 1}: ${p.message}`),
    ...a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} line ${f.range.start.line + 1}: ${f.message}`),
  ];
}

/** Whether a command is installed (a proof that needs it fails loudly rather than skipping). */
export function which(cmd: string): string {
  return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
}

const HEADER = 'AWSTemplateFormatVersion: "2010-09-09"\n';

/** A whole template from a filled snippet: a resource entry goes under Resources. */
export function asTemplate(s: Snippet, json: boolean): string {
  const text = filled(s);
  const isStack = json ? /^\{/.test(text.trimStart()) : /^AWSTemplateFormatVersion|^Description|^Parameters|^Resources/m.test(text.split('\n')[0]);
  if (isStack) return text;
  if (json) return `{\n"AWSTemplateFormatVersion": "2010-09-09",\n"Resources": {\n${text}\n}\n}\n`;
  return `${HEADER}Resources:\n${text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}\n`;
}

