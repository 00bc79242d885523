/**
 * Editor help for AWS CLI commands in shell scripts and Markdown shell blocks, from the service
 * model and the knowledge base: completions (services after `aws `, operations after
 * `aws rds `, flags after `--`, enum values after a flag) and hovers on services, operations and
 * flags. Pure: the VS Code adapters (src/vscode/cli-*.ts) only convert.
 */
import { cliHoverMarkdown } from './hover';
import { md } from '../../hover/render';
import type { Word } from './parse';
import { parseShell } from './parse';
import { isMarkdownFile, markdownShellBlocks } from './markdown';
import type { Span } from '../../text';
import { awsCommands, COMMON_FLAGS, GLOBAL_FLAGS, GLOBAL_WITH_VALUE, type AwsCommand } from '../../cli-model/command';
import { valueSuggestions } from '../../completion/values';
import { targetOf } from './mappings';
import { FLAG, HIDDEN, LIST, modelIndex, NO_FORM, REQUIRED, serviceModel, shapeOf, type ArgDef, type ServiceModel } from '../../cli-model/model';

export interface CliCompletion {
  label: string;
  kind: 'service' | 'operation' | 'flag' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text the item replaces (the partial word before the cursor). */
  replace: Span;
  /** Sort key: required flags and database services first. */
  sort: string;
}

/** The region of shell around an offset: the whole script, or the Markdown block holding it. */
function shellRegion(text: string, fileName: string, offset: number): Span | undefined {
  if (!isMarkdownFile(fileName)) return { start: 0, end: text.length };
  return markdownShellBlocks(text).find((b) => b.start <= offset && offset <= b.end);
}

/** The `aws` command the offset is in (or just after, with only blanks or a continuation between). */
function commandAt(text: string, region: Span, offset: number): AwsCommand | undefined {
  const cmds = awsCommands(parseShell(text, region.start, region.end).commands);
  for (let i = cmds.length - 1; i >= 0; i--) {
    const c = cmds[i];
    if (c.start > offset) continue;
    if (offset <= c.end || /^([ \t]|\\\r?\n)*$/.test(text.slice(c.end, offset))) return c;
    return undefined;
  }
  return undefined;
}

const allWords = (c: AwsCommand): Word[] => {
  const ws: Word[] = [c.aws];
  for (const a of c.leading) ws.push(a.word, ...a.values.filter((v) => v !== a.inline));
  if (c.service) ws.push(c.service);
  if (c.operation) ws.push(c.operation);
  if (c.waiter) ws.push(c.waiter);
  ws.push(...c.stray);
  for (const a of c.args) ws.push(a.word, ...a.values.filter((v) => v !== a.inline));
  return ws.sort((a, b) => a.start - b.start);
};

const DB_SERVICES = new Set(['rds', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'docdb', 'neptune', 'keyspaces', 'timestream-write', 'timestream-query', 'timestream-influxdb', 'opensearch', 'dms', 'dsql', 'redshift', 'redshift-serverless']);

/** Completions at `offset`, or [] when the offset is not in an `aws` command. */
export function cliCompletions(text: string, fileName: string, offset: number): CliCompletion[] {
  const region = shellRegion(text, fileName, offset);
  const idx = region && modelIndex();
  if (!region || !idx) return [];
  const cmd = commandAt(text, region, offset);
  if (!cmd) return [];
  const words = allWords(cmd);
  const cur = words.find((w) => w.start < offset && offset <= w.end);
  if (cur === cmd.aws) return [];
  const before = words.filter((w) => w.end < offset || (w.end === offset && w !== cur));
  const prefix = cur ? text.slice(cur.start, offset) : '';
  const replace = { start: cur ? cur.start : offset, end: offset };
  const pos = (w: Word | undefined) => (w ? before.includes(w) : false);
  if (!pos(cmd.service)) {
    if (prefix.startsWith('-')) return [];
    return idx.services.filter((s) => s.startsWith(prefix)).map((s) => ({ label: s, kind: 'service', replace, sort: `${DB_SERVICES.has(s) ? 0 : 1}${s}`, detail: DB_SERVICES.has(s) ? 'database service' : undefined }));
  }
  const model = serviceModel(cmd.service!.value);
  if (!model) return [];
  if (!pos(cmd.operation)) {
    const ops = Object.keys(model.ops).filter((o) => !o.startsWith('wait ') && o.startsWith(prefix));
    if ('wait'.startsWith(prefix) && Object.keys(model.ops).some((o) => o.startsWith('wait '))) ops.push('wait');
    return ops.map((o) => ({ label: o, kind: 'operation', replace, sort: o, documentation: model.ops[o]?.d }));
  }
  let opName = cmd.operation!.value;
  if (opName === 'wait') {
    if (!pos(cmd.waiter)) {
      return Object.keys(model.ops).filter((o) => o.startsWith(`wait ${prefix}`)).map((o) => ({ label: o.slice(5), kind: 'operation', replace, sort: o, documentation: model.ops[o].d }));
    }
    opName = `wait ${cmd.waiter!.value}`;
  }
  const op = model.ops[opName];
  if (!op) return [];
  const prev = before[before.length - 1];
  const prevArg = cmd.args.find((a) => a.word === prev && !a.inline);
  const inlineFlag = cur && /^--[a-z0-9-]+=/.test(prefix) ? prefix.slice(2, prefix.indexOf('=')) : undefined;
  const valueOf = inlineFlag ?? (prevArg && !prefix.startsWith('-') ? prevArg.name : undefined);
  if (valueOf) {
    const def = op.a[valueOf];
    if (!def || def[1] & (FLAG | NO_FORM)) return [];
    const vPrefix = inlineFlag ? prefix.slice(prefix.indexOf('=') + 1) : prefix;
    const vReplace = inlineFlag ? { start: replace.start + prefix.indexOf('=') + 1, end: offset } : replace;
    const keys = shorthandKeys(model, def, vPrefix, vReplace);
    if (keys) return keys;
    const enums = enumOf(model, def);
    if (enums.length) return enums.filter((e) => e.startsWith(vPrefix)).map((e) => ({ label: e, kind: 'value', replace: vReplace, sort: e }));
    return mappedValues(cmd, cmd.service!.value, opName, valueOf, vPrefix, vReplace);
  }
  if (prefix && !prefix.startsWith('-')) return [];
  const present = new Set(cmd.args.filter((a) => a.word !== cur).map((a) => a.name));
  const out: CliCompletion[] = [];
  for (const [flag, def] of Object.entries(op.a)) {
    if (def[1] & HIDDEN || present.has(flag) || !`--${flag}`.startsWith(prefix || '--')) continue;
    if (def[1] & NO_FORM && present.has(flag.slice(3))) continue;
    out.push({ label: `--${flag}`, kind: 'flag', replace, detail: typeWord(model, def), documentation: def[2], sort: `${def[1] & REQUIRED ? 0 : 1}${flag}` });
  }
  return out;
}

/**
 * Keys of a structure value in shorthand (`--serverless-v2-scaling-configuration Min|`): the members
 * not written yet in the current item, required ones first. Undefined when the value is not a
 * structure written as flat shorthand (JSON, nested brackets, quotes).
 */
function shorthandKeys(model: ServiceModel, def: ArgDef, typed: string, replace: Span): CliCompletion[] | undefined {
  let s = shapeOf(model, def[0]);
  if (s.t === 'L' && s.i) s = shapeOf(model, s.i);
  if (s.t !== 'S' || !s.m || /[[{"'\\]/.test(typed)) return undefined;
  const lastComma = typed.lastIndexOf(',');
  const part = typed.slice(lastComma + 1);
  if (part.includes('=')) return undefined;
  const written = new Set(typed.split(',').map((kv) => kv.split('=')[0]));
  const required = new Set(s.r ?? []);
  const start = replace.start + lastComma + 1;
  return Object.keys(s.m)
    .filter((k) => k.startsWith(part) && !written.has(k))
    .map((k) => ({ label: `${k}=`, kind: 'value' as const, detail: `${typeWord(model, [s.m![k], required.has(k) ? REQUIRED : 0])}`, replace: { start, end: replace.end }, sort: `${required.has(k) ? 0 : 1}${k}` }));
}

/**
 * Values of a flag the service model leaves open (`--engine`, `--engine-version`, `--db-instance-class`,
 * `--cache-node-type`, `--node-type`…): those of the CloudFormation property the flag sets, from the
 * deploy data, for the command's own `--engine` and `--engine-version` when written.
 */
function mappedValues(cmd: AwsCommand, service: string, operation: string, flag: string, typed: string, replace: Span): CliCompletion[] {
  const target = targetOf(service, operation);
  const prop = target?.props[flag];
  if (!target || !prop) return [];
  const literal = (name: string) => {
    const w = cmd.args.find((a) => a.name === name)?.values[0];
    return w?.known ? w.value : undefined;
  };
  return valueSuggestions(target.type, prop.path, { engine: literal('engine'), version: literal('engine-version') })
    .filter((v) => v.value.startsWith(typed))
    .map((v) => ({ label: v.value, kind: 'value' as const, replace, sort: v.sort, ...(v.detail ? { detail: v.detail } : {}) }));
}

function enumOf(model: ServiceModel, def: ArgDef): string[] {
  const s = shapeOf(model, def[0]);
  if (s.e) return s.e;
  if (s.t === 'L' && s.i) return shapeOf(model, s.i).e ?? [];
  return [];
}

const TYPE: Record<string, string> = { s: 'string', i: 'integer', l: 'integer', b: 'boolean', d: 'number', f: 'number', t: 'timestamp', B: 'blob', D: 'JSON document', S: 'structure', L: 'list', M: 'map' };

/** `integer · required`, `switch`, `list of string`. */
function typeWord(model: ServiceModel, def: ArgDef): string {
  const [ref, bits] = def;
  const s = shapeOf(model, ref);
  let t = bits & (FLAG | NO_FORM) ? 'switch' : TYPE[s.t] ?? s.t;
  if (s.t === 'L' && s.i) t = `list of ${TYPE[shapeOf(model, s.i).t] ?? 'value'}`;
  else if (bits & LIST) t = `list of ${t}`;
  if (s.e) t += ` (${s.e.length} values)`;
  return bits & REQUIRED ? `${t} · required` : t;
}

/** Hover Markdown at `offset`: a service, an operation or a flag of an `aws` command. */
export function cliHover(text: string, fileName: string, offset: number): { markdown: string; span: Span } | undefined {
  const region = shellRegion(text, fileName, offset);
  if (!region || !modelIndex()) return undefined;
  const cmd = commandAt(text, region, offset);
  if (!cmd) return undefined;
  const at = (w: Word | undefined) => !!w && w.start <= offset && offset < w.end;
  const svc = cmd.service?.value ?? '';
  const model = serviceModel(svc);
  if (at(cmd.service)) {
    const kb = cliHoverMarkdown(svc);
    const head = model ? `**aws ${svc}** · API ${model.apiVersion}\n\n${model.doc}` : `**aws ${svc}**`;
    return { markdown: kb ? `${head}\n\n---\n\n${kb}` : head, span: cmd.service! };
  }
  if (!model || !cmd.operation) return undefined;
  const opName = cmd.operation.value === 'wait' && cmd.waiter ? `wait ${cmd.waiter.value}` : cmd.operation.value;
  const op = model.ops[opName];
  if (at(cmd.operation) || at(cmd.waiter)) {
    if (!op) return undefined;
    const required = Object.keys(op.a).filter((f) => op.a[f][1] & REQUIRED).map((f) => `\`--${f}\``);
    const kb = cliHoverMarkdown(`${svc} ${opName}`);
    const head = `**aws ${svc} ${opName}**\n\n${op.d ?? ''}${required.length ? `\n\nRequired: ${required.join(', ')}` : ''}`;
    return { markdown: kb ? `${head}\n\n---\n\n${kb}` : head, span: at(cmd.operation) ? cmd.operation : cmd.waiter! };
  }
  // On a flag, or on its value (the facts about that value come first then).
  const arg = [...cmd.args, ...cmd.leading].find((a) => (a.nameSpan.start <= offset && offset < a.nameSpan.end) || a.values.some((v) => at(v)));
  if (!arg) return undefined;
  const onValue = a0(arg.values.find((v) => at(v)));
  if (GLOBAL_FLAGS.has(arg.name) || GLOBAL_WITH_VALUE.has(arg.name) || COMMON_FLAGS.has(arg.name)) {
    return { markdown: `**--${arg.name}** · global AWS CLI option`, span: arg.nameSpan };
  }
  const def = op?.a[arg.name];
  const shown = onValue ? arg.values.find((v) => at(v)) : arg.values[0];
  const kb = cliHoverMarkdown(`${svc} ${opName} --${arg.name}${shown?.known ? `=${shown.value}` : ''}`);
  if (!def && !kb) return undefined;
  const base = arg.name.startsWith('no-') && def && def[1] & NO_FORM ? arg.name.slice(3) : arg.name;
  const doc = def ? (op!.a[base]?.[2] ?? def[2] ?? '') : '';
  const values = def ? enumOf(model, def) : [];
  const head = def
    ? `**--${arg.name}** · ${typeWord(model, def)}${def[1] & NO_FORM ? ` (turns --${base} off)` : ''}\n\n${doc}${values.length ? `\n\nValues: ${values.map((v) => `\`${v}\``).join(', ')}` : ''}`
    : `**--${arg.name}**`;
  return { markdown: kb ? (def && !(def[1] & NO_FORM) && typedKb(kb, `--${arg.name}`, typeWord(model, def))) || `${head}\n\n---\n\n${kb}` : head, span: onValue ?? arg.nameSpan };
}

/**
 * The knowledge base's short text on a flag, with the model's type in the flag's own title line
 * (`**--flag** · integer (…)`) instead of a second section repeating the flag: one short hover
 * (issue 18). Undefined when no section is the flag's.
 */
function typedKb(kb: string, flag: string, type: string): string | undefined {
  const sections = kb.split('\n\n---\n\n');
  const title = `**${md(flag)}** (`;
  const i = sections.findIndex((s) => s.startsWith(title));
  if (i < 0) return undefined;
  sections[i] = `**${md(flag)}** · ${md(type)} ${sections[i].slice(title.length - 1)}`;
  return sections.join('\n\n---\n\n');
}

const a0 = (w: Word | undefined): Span | undefined => (w ? { start: w.start, end: w.end } : undefined);
