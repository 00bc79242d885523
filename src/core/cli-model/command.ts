/**
 * AWS CLI commands in parsed shell: `aws [global flags] <service> [global flags] <operation> [--flag value ...]`.
 * Values are every word up to the next `--flag`; the model decides later how many a flag takes.
 */
import type { ShellCommand, Word } from '../forms/shell/parse';
import type { Span } from '../text';

/** One `--flag` with its values. */
export interface CliArg {
  /** The flag word as written (`--engine` or `--engine=mysql`). */
  word: Word;
  /** Flag name without dashes and without `=value`. */
  name: string;
  /** The span of `--name`. */
  nameSpan: Span;
  /** `--name=value`: the value part. */
  inline?: Word;
  /** Values written after the flag (and the inline value first). */
  values: Word[];
}

export interface AwsCommand extends Span {
  aws: Word;
  service?: Word;
  operation?: Word;
  /** `aws rds wait <waiter>`. */
  waiter?: Word;
  /** Global flags before the operation (`aws --region x rds ...`, `aws rds --output text describe-db-instances`). */
  leading: CliArg[];
  args: CliArg[];
  /** Words between the operation and the first flag (`help`, stray values). */
  stray: Word[];
  /** Leading assignments of the shell command (`AWS_REGION=x aws ...`). */
  assignments: Word[];
}

/** Global flags that take a value (CLI v1 and v2). */
export const GLOBAL_WITH_VALUE = new Set([
  'region', 'profile', 'output', 'query', 'endpoint-url', 'ca-bundle', 'color', 'cli-read-timeout',
  'cli-connect-timeout', 'cli-binary-format', 'cli-auto-prompt-mode',
]);
/** Global flags without a value (CLI v1 and v2). */
export const GLOBAL_FLAGS = new Set([
  'debug', 'no-verify-ssl', 'no-paginate', 'no-sign-request', 'version', 'no-cli-pager', 'cli-auto-prompt',
  'no-cli-auto-prompt', 'v2-debug',
]);
/** Flags every operation takes. */
export const COMMON_FLAGS = new Set(['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton']);

const isFlag = (w: Word) => w.value.startsWith('--') && w.value.length > 2;

/** The AWS CLI commands among shell commands. */
export function awsCommands(commands: ShellCommand[]): AwsCommand[] {
  const out: AwsCommand[] = [];
  for (const c of commands) {
    const cmd = awsCommand(c);
    if (cmd) out.push(cmd);
  }
  return out;
}

function awsCommand(c: ShellCommand): AwsCommand | undefined {
  let k = 0;
  const w = c.words;
  // `env A=b aws ...`
  if (w[k]?.value === 'env') {
    k++;
    while (k < w.length && (w[k].value.includes('=') || w[k].value.startsWith('-'))) k++;
  }
  const aws = w[k];
  if (!aws || !aws.known || !/(^|\/)aws$/.test(aws.value)) return undefined;
  k++;
  const cmd: AwsCommand = { start: c.start, end: c.end, aws, leading: [], args: [], stray: [], assignments: c.assignments };
  // Global flags before the service, and between the service and the operation (the CLI reads global
  // options anywhere: `aws redshift --output text describe-clusters` works).
  const globals = (onlyKnown: boolean) => {
    while (k < w.length && isFlag(w[k])) {
      const a = flagArg(w[k]);
      if (onlyKnown && !GLOBAL_WITH_VALUE.has(a.name) && !GLOBAL_FLAGS.has(a.name)) return;
      k++;
      if (!a.inline && GLOBAL_WITH_VALUE.has(a.name) && k < w.length && !isFlag(w[k])) a.values.push(w[k++]);
      cmd.leading.push(a);
    }
  };
  globals(false);
  cmd.service = w[k++];
  globals(true);
  cmd.operation = w[k] && !isFlag(w[k]) ? w[k++] : undefined;
  if (cmd.operation?.value === 'wait' && w[k] && !isFlag(w[k])) cmd.waiter = w[k++];
  while (k < w.length && !isFlag(w[k])) cmd.stray.push(w[k++]);
  let cur: CliArg | undefined;
  for (; k < w.length; k++) {
    if (isFlag(w[k])) {
      cur = flagArg(w[k]);
      cmd.args.push(cur);
    } else {
      cur!.values.push(w[k]);
    }
  }
  return cmd;
}

function flagArg(word: Word): CliArg {
  const eq = word.value.indexOf('=');
  const name = word.value.slice(2, eq < 0 ? undefined : eq);
  const end = eq < 0 ? word.end : offsetIn(word, eq);
  const a: CliArg = { word, name, nameSpan: { start: word.start, end }, values: [] };
  if (eq >= 0) {
    const inline = subWord(word, eq + 1);
    a.inline = inline;
    a.values.push(inline);
  }
  return a;
}

function offsetIn(w: Word, i: number): number {
  return w.map ? (w.map[i] ?? w.end) : w.start + i;
}

/** The part of a word from value index `from` on, as a word of its own. */
export function subWord(w: Word, from: number): Word {
  const value = w.value.slice(from);
  const start = offsetIn(w, from);
  const sub: Word = { start, end: w.end, value, known: w.known };
  if (w.map) sub.map = w.map.slice(from);
  if (w.unknownReason) sub.unknownReason = w.unknownReason;
  if (w.quote) sub.quote = w.quote;
  return sub;
}

/**
 * `aws rds create-db-instance \<space>` at the end of a line: the backslash escapes the space, not the
 * line break, so the command ends there (with a stray " " argument) and the lines after it run as commands
 * of their own. The word that is only escaped blanks, when it is the command's last word.
 */
export function brokenContinuation(cmd: AwsCommand): Word | undefined {
  const words = [cmd.service, cmd.operation, cmd.waiter, ...cmd.stray, ...cmd.leading.flatMap((a) => [a.word, ...a.values]), ...cmd.args.flatMap((a) => [a.word, ...a.values])];
  let last: Word | undefined;
  for (const w of words) if (w && (!last || w.end > last.end)) last = w;
  return last && last.known && !last.quote && /^[ \t]+$/.test(last.value) ? last : undefined;
}

/** Whether a value word is a reference the CLI resolves itself (a file or URL): unknown to us. */
export function isParamFile(v: string): boolean {
  return /^(file|fileb|https?):\/\//.test(v);
}
