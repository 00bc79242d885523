/**
 * The service-model check of one `aws` command: service, operation, flags (unknown, abbreviated,
 * belonging to another operation), switches given a value, missing values, required flags, and
 * the values themselves (check-value.ts). Unknown words (variables, substitutions) are skipped.
 */
import type { Word } from '../forms/shell/parse';
import type { Span } from '../text';
import { brokenContinuation, COMMON_FLAGS, GLOBAL_FLAGS, GLOBAL_WITH_VALUE, type AwsCommand, type CliArg } from './command';
import { checkValue, type CliIssue } from './check-value';
import { FLAG, HIDDEN, LIST, modelIndex, NO_FORM, OPTIONAL_VALUE, REQUIRED, serviceModel, v2Supplement, type ArgDef, type AwsCliVersion, type OperationDef, type ServiceModel } from './model';
import { didYouMean, nearest, suggestOperation } from './suggest';

const span = (w: Span): Span => ({ start: w.start, end: w.end });
const SKELETON = ['input', 'output', 'yaml-input'];

/** Which AWS CLI a message assumes, where the answer depends on it. */
const IN = (v: AwsCliVersion) => ` (AWS CLI version ${v}${v === '1' ? ', as the awsCliVersion setting says' : ''})`;
const V2_ONLY = 'only AWS CLI version 2 has it; this check assumes version 1 (setting awsDbArchitect.awsCliVersion, --aws-cli-version)';

/** Checks one command against the model for AWS CLI `version` (default 2); issues are appended to `out`. */
export function checkCommand(cmd: AwsCommand, out: CliIssue[], version: AwsCliVersion = '2'): void {
  const idx = modelIndex();
  const svc = cmd.service;
  if (!idx || !svc || !svc.known || svc.value.startsWith('-') || svc.value === 'help') return;
  const name = svc.value;
  const v2Service = !!v2Supplement()?.services[name];
  if (idx.missing.includes(name)) {
    out.push({ ruleId: 'ADB100', span: span(svc), message: `The AWS CLI has no "${name}" command any more (${name === 'qldb' ? 'Amazon QLDB has reached its end of support' : 'the service was removed'}): this command fails.` });
    return;
  }
  if (v2Service && version === '1') {
    out.push({ ruleId: 'ADB100', span: span(svc), message: `"aws ${name}" is an AWS CLI version 2 command: ${V2_ONLY}.` });
    return;
  }
  if (!idx.services.includes(name) && !v2Service) {
    const all = version === '2' ? [...idx.services, ...Object.keys(v2Supplement()?.services ?? {})] : idx.services;
    out.push({ ruleId: 'ADB100', span: span(svc), message: `Unknown AWS CLI service "${name}"${IN(version)}.${didYouMean(nearest(name, all))}` });
    return;
  }
  const model = serviceModel(name);
  if (!model) return;
  // One finding for a continuation broken by a blank after the backslash, not one per flag it cuts off.
  const broken = brokenContinuation(cmd);
  if (broken) {
    out.push({ ruleId: 'ADB110', span: span(broken), message: 'A space after the backslash: the backslash escapes the space, not the line break, so the command ends here and the next lines run as commands of their own. Remove the space after the backslash.' });
    return;
  }
  const opWord = cmd.operation;
  if (!opWord) {
    out.push({ ruleId: 'ADB101', span: span(svc), message: `aws ${name} needs an operation (e.g. ${Object.keys(model.ops).filter((o) => !o.startsWith('wait ')).slice(0, 3).join(', ')}).` });
    return;
  }
  if (!opWord.known || opWord.value === 'help' || cmd.stray.some((w) => w.value === 'help') || cmd.waiter?.value === 'help') return;
  let opName = opWord.value;
  let anchor: Word = opWord;
  if (opName === 'wait') {
    const waiters = Object.keys(model.ops).filter((o) => o.startsWith('wait ')).map((o) => o.slice(5));
    if (!cmd.waiter) return void out.push({ ruleId: 'ADB101', span: span(opWord), message: `aws ${name} wait needs a waiter: ${waiters.join(', ')}.` });
    if (!cmd.waiter.known) return;
    if (!waiters.includes(cmd.waiter.value)) {
      return void out.push({ ruleId: 'ADB101', span: span(cmd.waiter), message: `Unknown waiter "${cmd.waiter.value}" of aws ${name} wait.${didYouMean(nearest(cmd.waiter.value, waiters))}` });
    }
    opName = `wait ${cmd.waiter.value}`;
    anchor = cmd.waiter;
  }
  const op = model.ops[opName];
  if (op?.v === 2 && version === '1') {
    out.push({ ruleId: 'ADB101', span: span(opWord), message: `"aws ${name} ${opName}" is an AWS CLI version 2 command: ${V2_ONLY}.` });
    return;
  }
  if (!op) {
    const names = [...Object.keys(model.ops).filter((o) => !o.startsWith('wait ') && (version === '2' || model.ops[o].v !== 2)), 'wait'];
    out.push({ ruleId: 'ADB101', span: span(opWord), message: `aws ${name} has no operation "${opName}"${IN(version)}.${didYouMean(suggestOperation(opName, names))}` });
    return;
  }
  const braces = new Set<string>();
  // Positional words (`aws ddb put TABLE ITEMS`): the first ones are the command's own.
  let positional = op.p ?? 0;
  for (const w of cmd.stray) {
    if (positional > 0) {
      positional--;
      continue;
    }
    if (!w.known) continue;
    if (w.brace) {
      braceIssue(w, `the words after "aws ${name} ${opName}" are not flags or values`, braces, out);
      continue;
    }
    out.push({ ruleId: 'ADB110', span: span(w), message: `Unexpected word "${w.value}": no flag takes it, so the CLI rejects the command (Unknown options).` });
  }
  // `aws rds create-db-instance $ARGS`: the unknown word may hold any flag.
  checkArgs(model, name, opName, op, cmd, anchor, out, cmd.stray.some((w) => !w.known) || (op.p ?? 0) > cmd.stray.length, version);
}

function checkArgs(model: ServiceModel, svc: string, opName: string, op: OperationDef, cmd: AwsCommand, anchor: Word, out: CliIssue[], unknownWords: boolean, version: AwsCliVersion): void {
  const present = new Set<string>();
  let skipRequired = unknownWords;
  const braces = new Set<string>();
  // Words beyond a flag's values: an error when known; when unknown they may be flags (`$EXTRA_FLAGS`).
  // Words bash made out of one by brace expansion: one finding, at the braces.
  const extra = (vals: Word[], flag: string) => {
    for (const w of vals) {
      if (!w.known) skipRequired = true;
      else if (w.brace) braceIssue(w, `--${flag} takes one value`, braces, out);
      else out.push({ ruleId: 'ADB110', span: span(w), message: `--${flag} takes one value: the CLI rejects the extra "${w.value}" (Unknown options).` });
    }
  };
  for (const a of cmd.args) {
    if (!a.word.known) {
      skipRequired = true; // a flag we cannot read may be the required one
      continue;
    }
    let flag = a.name;
    if (GLOBAL_WITH_VALUE.has(flag)) {
      if (!a.values.length) out.push({ ruleId: 'ADB110', span: a.nameSpan, message: `--${flag} needs a value.` });
      extra(a.values.slice(1), flag);
      continue;
    }
    if (GLOBAL_FLAGS.has(flag)) {
      extra(a.values, flag);
      continue;
    }
    if (COMMON_FLAGS.has(flag)) {
      skipRequired = true;
      if (flag !== 'generate-cli-skeleton') extra(a.values.slice(1), flag);
      else if (a.values[0]?.known && !SKELETON.includes(a.values[0].value)) {
        out.push({ ruleId: 'ADB105', span: span(a.values[0]), message: `--generate-cli-skeleton takes ${SKELETON.join(', ')} (or nothing), not "${a.values[0].value}".` });
      }
      continue;
    }
    let def: ArgDef | undefined = op.a[flag];
    if (!def) {
      const resolved = resolveAbbreviation(op, a, out);
      if (resolved === undefined) unknownFlag(model, svc, opName, op, a, out, version);
      if (!resolved) continue; // unknown, or ambiguous (reported once)
      flag = resolved;
      def = op.a[flag];
      if (!def) {
        skipRequired = true; // an abbreviation of --cli-input-json or --generate-cli-skeleton
        continue;
      }
    }
    const bits = def[1];
    present.add(flag.replace(/^no-/, bits & NO_FORM ? '' : 'no-'));
    present.add(flag);
    if (bits & (FLAG | NO_FORM)) {
      if (a.values[0]?.known) {
        switchWithValue(op, flag, a, out);
        extra(a.values.slice(1), flag);
      } else extra(a.values, flag);
      continue;
    }
    if (!(bits & LIST)) {
      if (!a.values.length) {
        if (!(bits & OPTIONAL_VALUE)) out.push({ ruleId: 'ADB110', span: a.nameSpan, message: `--${flag} needs a value.` });
        continue;
      }
      extra(a.values.slice(1), flag);
      // The first of several brace-expanded words: the finding at the braces says it all.
      if (!(a.values[0].brace && a.values[1]?.brace)) checkValue(model, `--${flag}`, def[0], bits, a.values.slice(0, 1), out);
      continue;
    }
    const before = out.length;
    checkValue(model, `--${flag}`, def[0], bits, a.values, out);
    if (out.length > before && a.values.some((w) => w.brace)) explainBraces(a.values, out, before);
  }
  if (skipRequired) return;
  for (const flag of requiredOf(op)) {
    if (!present.has(flag)) {
      const doc = op.a[flag][2];
      out.push({ ruleId: 'ADB104', span: span(anchor), message: `aws ${svc} ${opName} requires --${flag}${doc ? ` (${doc})` : ''}.` });
    }
  }
}

/** One finding per expanded brace: bash made several words of one, and the CLI rejects the extra ones. */
function braceIssue(w: Word, what: string, seen: Set<string>, out: CliIssue[]): void {
  const b = w.brace!;
  const key = `${b.span.start}:${b.span.end}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({
    ruleId: 'ADB110',
    span: { start: b.span.start, end: b.span.end },
    message: `Bash expands the unquoted braces into ${b.count} words (one per comma-separated part), and ${what}: the CLI rejects the extra words (Unknown options). Quote the value ('…') so the braces reach the CLI as written.`,
    // Single quotes keep every character as written when the word has no quoting or expansion of its own.
    fixes: /^[^'"\\$`\s]+$/.test(b.text) ? [{ title: 'Quote the value', edits: [{ span: { start: b.word.start, end: b.word.end }, newText: `'${b.text}'` }] }] : undefined,
  });
}

/** Value findings on brace-expanded list items: say where the items come from, once per distinct finding. */
function explainBraces(values: Word[], out: CliIssue[], from: number): void {
  const added = out.splice(from);
  const seen = new Set<string>();
  for (const i of added) {
    const w = values.find((v) => v.brace && v.brace.word.start <= i.span.start && i.span.end <= v.brace.word.end);
    const key = `${i.ruleId}:${i.span.start}:${i.span.end}:${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (w) i.message += ` (Bash expanded the unquoted braces of this word into ${w.brace!.count} list items.)`;
    out.push(i);
  }
}

const REQUIRED_OF = new WeakMap<OperationDef, string[]>();

/** The required flags of an operation (computed once). */
function requiredOf(op: OperationDef): string[] {
  let r = REQUIRED_OF.get(op);
  if (!r) {
    r = Object.keys(op.a).filter((f) => op.a[f][1] & REQUIRED);
    REQUIRED_OF.set(op, r);
  }
  return r;
}

/** argparse takes a unique prefix of a flag (`--apply-immediate`): warn; an ambiguous one is an error. Returns the full name. */
function resolveAbbreviation(op: OperationDef, a: CliArg, out: CliIssue[]): string | undefined {
  if (a.name.length < 1) return undefined;
  const names = [...Object.keys(op.a), 'cli-input-json', 'generate-cli-skeleton'];
  const matches = names.filter((n) => n.startsWith(a.name));
  if (matches.length === 1) {
    out.push({
      ruleId: 'ADB109',
      span: a.nameSpan,
      message: `--${a.name} is an abbreviation of --${matches[0]}: the CLI accepts it only while no other flag starts the same way. Write it in full.`,
      fixes: [{ title: `Write --${matches[0]}`, edits: [{ span: a.nameSpan, newText: `--${matches[0]}` }] }],
    });
    return matches[0];
  }
  if (matches.length > 1) {
    out.push({ ruleId: 'ADB102', span: a.nameSpan, message: `--${a.name} is ambiguous: it could be ${matches.slice(0, 4).map((m) => `--${m}`).join(', ')}${matches.length > 4 ? '…' : ''}.` });
    return '';
  }
  return undefined;
}

function unknownFlag(model: ServiceModel, svc: string, opName: string, op: OperationDef, a: CliArg, out: CliIssue[], version: AwsCliVersion): void {
  if (a.name === '') return;
  const names = Object.keys(op.a).filter((n) => !(op.a[n][1] & HIDDEN));
  const near = nearest(a.name, names);
  const owners = Object.keys(model.ops).filter((o) => o !== opName && model.ops[o].a[a.name]);
  const owner = owners.length ? ` It belongs to ${owners.slice(0, 3).map((o) => `aws ${svc} ${o}`).join(', ')}${owners.length > 3 ? '…' : ''}.` : '';
  const fixes = near.length ? [{ title: `Change to --${near[0]}`, edits: [{ span: a.nameSpan, newText: `--${near[0]}` }] }] : undefined;
  out.push({ ruleId: 'ADB102', span: a.nameSpan, message: `aws ${svc} ${opName} has no flag --${a.name}${IN(version)}.${owner}${didYouMean(near, '--')}`, fixes });
}

const TRUE = /^(true|yes|on|1)$/i;
const FALSE = /^(false|no|off|0)$/i;

/** `--publicly-accessible false`: the CLI rejects the value; the fix writes the `--no-` form. */
function switchWithValue(op: OperationDef, flag: string, a: CliArg, out: CliIssue[]): void {
  const v = a.values[0];
  const negated = flag.startsWith('no-') && !!(op.a[flag][1] & NO_FORM);
  const base = negated ? flag.slice(3) : flag;
  const hasNo = !!op.a[`no-${base}`];
  const whole: Span = { start: a.word.start, end: v.end };
  const fixes: CliIssue['fixes'] = [];
  if (v.known && (TRUE.test(v.value) || FALSE.test(v.value))) {
    const on = TRUE.test(v.value) !== negated;
    if (on) fixes.push({ title: `Write --${base}`, edits: [{ span: whole, newText: `--${base}` }] });
    else if (hasNo) fixes.push({ title: `Write --no-${base}`, edits: [{ span: whole, newText: `--no-${base}` }] });
  }
  const form = hasNo ? `--${base} or --no-${base}` : `--${base}`;
  out.push({
    ruleId: 'ADB103',
    span: { start: v.start, end: v.end },
    message: `--${flag} is a switch and takes no value: the CLI rejects "${v.value}" (Unknown options). Write ${form}.`,
    fixes,
  });
}
