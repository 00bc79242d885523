/**
 * AWS CLI commands into the shared model: each create/modify/restore command becomes a Resource
 * of its CloudFormation type with CloudFormation property names, whose value nodes carry the
 * spans of the flag values (a switch: the flag itself). Unknown values stay unknown.
 */
import type { MapEntry, MapNode, Node, Resource, ScalarNode, UnknownNode } from '../../model';
import type { Word } from './parse';
import { valueSpan } from './parse';
import type { Span } from '../../text';
import { brokenContinuation, isParamFile, type AwsCommand, type CliArg } from '../../cli-model/command';
import { serviceModel } from '../../cli-model/model';
import { parseJsonValue } from '../../cli-model/json-value';
import { targetOf, type PropMap, type Target } from './mappings';
import { parseShorthand } from '../../cli-model/shorthand';
import { toNode, type PValue } from '../../cli-model/value';

/** CloudFormation properties that are lists even when one shorthand item is written. */
const LIST_PATHS = new Set(['Tags', 'AttributeDefinitions', 'KeySchema', 'GlobalSecondaryIndexes', 'LocalSecondaryIndexes', 'Auth']);

/** The resources the commands describe; a modify command of a resource created earlier in the same file is merged into it. */
export function translate(cmds: AwsCommand[]): Resource[] {
  const out: Resource[] = [];
  const created = new Map<string, Resource>();
  for (const cmd of cmds) {
    const svc = cmd.service;
    const op = cmd.operation;
    if (!svc?.known || !op?.known) continue;
    const target = targetOf(svc.value, op.value);
    if (!target) continue;
    const r = resourceOf(cmd, target, svc.value, op.value);
    const key = `${r.type}\u0000${r.id}`;
    const earlier = created.get(key);
    const kind = target.ops[op.value];
    if (kind === 'modify' && earlier && !r.id.startsWith('(')) {
      merge(earlier, r);
      continue;
    }
    if (kind !== 'modify' && !r.id.startsWith('(')) created.set(key, r);
    out.push(r);
  }
  return out;
}

function merge(into: Resource, from: Resource): void {
  if (!into.properties || !from.properties) return;
  for (const e of from.properties.entries) {
    into.properties.entries = into.properties.entries.filter((x) => x.key !== e.key);
    into.properties.entries.push(e);
  }
}

function resourceOf(cmd: AwsCommand, target: Target, service: string, operation: string): Resource {
  const props: MapNode = { kind: 'map', entries: [], start: cmd.start, end: cmd.end };
  // A flag the operation does not take is rejected by the CLI (ADB102): it sets nothing.
  const takes = serviceModel(service)?.ops[operation]?.a;
  let id: string | undefined;
  for (const a of cmd.args) {
    if (!a.word.known) continue;
    let name = a.name;
    let negated = false;
    let pm = target.props[name];
    if (!pm && name.startsWith('no-') && target.props[name.slice(3)]?.kind === 'b') {
      name = name.slice(3);
      pm = target.props[name];
      negated = true;
    }
    // An identifier flag names the resource even when no CloudFormation property holds it (a cache parameter group's name).
    if (!id && target.ids.includes(name) && a.values[0]?.known && (!takes || takes[a.name])) id = a.values[0].value;
    if (!pm || (takes && !takes[a.name])) continue;
    const value = valueOf(a, pm, negated);
    if (!value) continue;
    setPath(props, pm.path, a.nameSpan, value);
  }
  const anchor = cmd.operation!;
  return {
    id: id ?? `(${operation} at offset ${anchor.start})`,
    type: target.type,
    anchor: { start: anchor.start, end: anchor.end },
    span: { start: cmd.start, end: cmd.end },
    properties: props,
    attributes: new Map(),
    // A restore is not complete: what it does not set comes from the source (docs/aws-cli.md). Nor is a
    // command that reads its input from elsewhere (`--cli-input-json file://t.json`) or has a flag we cannot
    // read (`--"$FLAG"`), or whose line continuation is broken by a space after the backslash (ADB110) before a
    // line of flags: what it leaves out here may be set there, or on the lines it meant to continue. Nor is a
    // command sent to a local emulator (`--endpoint-url http://localhost:8000`).
    complete: target.ops[operation] === 'create' && !inputElsewhere(cmd),
    form: 'aws-cli',
    origin: { service, operation, ...regionOf(cmd) },
  };
}

/** Whether some of the command's parameters may come from where we cannot read them. */
function inputElsewhere(cmd: AwsCommand): boolean {
  return cmd.args.some((a) => !a.word.known || /^cli-input-(json|yaml)$/.test(a.name)) || !!brokenContinuation(cmd)?.cutsOff || localEndpoint(cmd);
}

/**
 * `--endpoint-url http://localhost:8000`: the command talks to a local emulator (DynamoDB local,
 * LocalStack), not to AWS, so what it leaves out is no advice for AWS (DynamoDB local has no
 * point-in-time recovery: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocal.UsageNotes.html).
 */
const LOCAL_ENDPOINT = /^(https?:\/\/)?(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal|localstack)(:\d+)?(\/|$)/i;
function localEndpoint(cmd: AwsCommand): boolean {
  return [...cmd.leading, ...cmd.args].some((a) => a.name === 'endpoint-url' && a.values[0]?.known === true && LOCAL_ENDPOINT.test(a.values[0].value));
}

/** The `--region` written on the command (before or after the operation; the last one wins, as in the CLI). */
function regionOf(cmd: AwsCommand): { region?: ScalarNode | UnknownNode } {
  let region: ScalarNode | UnknownNode | undefined;
  for (const a of [...cmd.leading, ...cmd.args]) {
    if (a.name !== 'region' || !a.values[0]) continue;
    const w = a.values[0];
    region = w.known ? { kind: 'scalar', value: w.value, start: w.start, end: w.end } : { kind: 'unknown', reason: w.unknownReason ?? 'unknown', start: w.start, end: w.end };
  }
  return region ? { region } : {};
}

/** Sets a dotted path, creating intermediate maps at the flag's span. */
function setPath(root: MapNode, path: string, keySpan: Span, value: Node): void {
  const keys = path.split('.');
  let cur = root;
  for (let i = 0; i < keys.length - 1; i++) {
    let e = cur.entries.find((x) => x.key === keys[i]);
    if (!e || e.value.kind !== 'map') {
      e = { key: keys[i], keySpan, value: { kind: 'map', entries: [], start: keySpan.start, end: value.end } };
      cur.entries = cur.entries.filter((x) => x.key !== keys[i]);
      cur.entries.push(e);
    }
    cur = e.value as MapNode;
  }
  const last = keys[keys.length - 1];
  cur.entries = cur.entries.filter((x) => x.key !== last);
  cur.entries.push({ key: last, keySpan, value } satisfies MapEntry);
}

const unknownNode = (w: Span, reason: string): Node => ({ kind: 'unknown', reason, start: w.start, end: w.end });

function valueOf(a: CliArg, pm: PropMap, negated: boolean): Node | undefined {
  const v0 = a.values[0];
  if (pm.kind === 'b') {
    if (!v0) return { kind: 'scalar', value: !negated, start: a.nameSpan.start, end: a.nameSpan.end };
    // `--publicly-accessible false` is rejected by the CLI (ADB103); the intent is what the value says.
    if (!v0.known) return unknownNode(v0, v0.unknownReason ?? 'unknown');
    const b = /^(true|false)$/i.test(v0.value) ? v0.value.toLowerCase() === 'true' : undefined;
    return b === undefined ? undefined : { kind: 'scalar', value: b !== negated, start: v0.start, end: v0.end };
  }
  if (!v0) return undefined;
  if (pm.kind === 'l') {
    if (a.values.length === 1 && v0.known && /^\s*\[/.test(v0.value)) return complex(v0, pm);
    const items = a.values.map((w) => scalar(w, 's'));
    const last = a.values[a.values.length - 1];
    return { kind: 'list', items, start: v0.start, end: last.end };
  }
  if (pm.kind === 'j') return jsonOrShorthand(a.values, pm);
  return scalar(v0, pm.kind);
}

function scalar(w: Word, kind: 'i' | 's' | 'b'): Node {
  if (!w.known) return unknownNode(w, w.unknownReason ?? 'unknown');
  if (isParamFile(w.value)) return unknownNode(w, 'file reference');
  if (kind === 'i' && /^\s*-?\d+(\.\d+)?\s*$/.test(w.value)) return { kind: 'scalar', value: Number(w.value), start: w.start, end: w.end };
  return { kind: 'scalar', value: w.value, start: w.start, end: w.end, ...(w.quote ? { quote: w.quote } : {}) };
}

function jsonOrShorthand(values: Word[], pm: PropMap): Node {
  if (values.length === 1) return complex(values[0], pm);
  const items = values.map((w) => complex(w, pm, true));
  return { kind: 'list', items, start: values[0].start, end: values[values.length - 1].end };
}

function complex(w: Word, pm: PropMap, item = false): Node {
  if (!w.known) return unknownNode(w, w.unknownReason ?? 'unknown');
  if (isParamFile(w.value)) return unknownNode(w, 'file reference');
  const span = (a: number, b: number) => valueSpan(w, a, b);
  const r = /^\s*[[{]/.test(w.value) ? parseJsonValue(w.value, span) : parseShorthand(w.value, span);
  if (!r.value) return unknownNode(w, 'malformed value');
  let v: PValue = r.value;
  if (pm.statusFlag && v.k === 'obj') {
    const s = v.entries.find((e) => e.key === 'status')?.value;
    if (s?.k === 'str') return { kind: 'scalar', value: s.v.toUpperCase() === 'ENABLED', start: s.span.start, end: s.span.end };
    return unknownNode(w, 'status');
  }
  if (pm.tagMap && v.k === 'obj') {
    v = { k: 'list', span: v.span, items: v.entries.map((e) => ({ k: 'obj', span: e.keySpan, entries: [{ key: 'Key', keySpan: e.keySpan, value: { k: 'str', v: e.key, span: e.keySpan } }, { key: 'Value', keySpan: e.keySpan, value: e.value }] })) };
  }
  const node = toNode(v);
  if (pm.rename) renameKeys(node, pm.rename);
  if (!item && node.kind === 'map' && LIST_PATHS.has(pm.path)) return { kind: 'list', items: [node], start: node.start, end: node.end };
  return node;
}

function renameKeys(n: Node, rename: Record<string, string>): void {
  if (n.kind === 'list') for (const it of n.items) renameKeys(it, rename);
  if (n.kind === 'map') for (const e of n.entries) if (rename[e.key]) e.key = rename[e.key];
}
