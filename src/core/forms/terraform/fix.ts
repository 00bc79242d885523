/**
 * Quick fixes in `.tf` files: one edit each, inside the resource block. A value is replaced only where
 * the argument holds a plain literal in the resource itself (not a variable, local or expression); an
 * absent argument is added as the first line of the block at the block's indentation, only when it is a
 * top-level argument (not inside a nested block); the managed-password fix rewrites `password = ...` of
 * an RDS instance or cluster. Suppress-here writes a `#` comment. In a community module's `module` block
 * (modules.ts) the edits are on the module's inputs: a value the block writes, or an input that sets the
 * argument directly, added; never on the `source` string where the module's defaults stand.
 */
import type { MapEntry, MapNode, ScalarValue } from '../../model';
import { commentSuppression } from '../../fixes/comment';
import type { FixInput, FormWriter } from '../../fixes/types';
import { terraformInfo } from './reader';
import { terraformNamesOf } from './resources';
import { directInput } from './modules';

const LITERAL = /^(?:true|false|-?\d+(?:\.\d+)?|"(?:[^"\\$%]|\\.)*")$/;

function literal(v: ScalarValue): string | undefined {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string' && !/[\\"$%\n]/.test(v)) return `"${v}"`;
  return undefined;
}

/** The property path of an entry of a resource's properties (maps only). */
function pathOf(m: MapNode, e: MapEntry, prefix = ''): string | undefined {
  for (const x of m.entries) {
    const p = prefix ? `${prefix}.${x.key}` : x.key;
    if (x === e) return p;
    if (x.value.kind === 'map') {
      const inner = pathOf(x.value, e, p);
      if (inner) return inner;
    }
  }
  return undefined;
}

const inside = (i: FixInput, start: number, end: number) => i.resource.span.start <= start && end <= i.resource.span.end;

function setValue(i: FixInput, e: MapEntry, value: ScalarValue): ReturnType<FormWriter['setValue']> {
  const v = e.value;
  const info = terraformInfo(i.resource);
  if (!info || v.kind !== 'scalar' || !inside(i, v.start, v.end)) return undefined;
  // A module default stands at the module's `source` string: nothing there to replace; the input is added instead.
  if (info.module && v.start === i.resource.anchor.start && v.end === i.resource.anchor.end) {
    const path = i.resource.properties && pathOf(i.resource.properties, e);
    return path ? insert(i, path, value) : undefined;
  }
  if (!LITERAL.test(i.text.slice(v.start, v.end))) return undefined;
  const t = literal(value);
  return t === undefined ? undefined : [{ span: { start: v.start, end: v.end }, newText: t }];
}

function insert(i: FixInput, path: string, value: ScalarValue): ReturnType<FormWriter['insert']> {
  const info = terraformInfo(i.resource);
  const arg = info && terraformNamesOf(info.tf.type, path)[0];
  // In a module block the setting is the module input that sets the argument directly (`x = var.NAME`).
  const name = info?.module && arg ? directInput(info.module.entry, info.tf.type, arg) : arg;
  const t = literal(value);
  if (!info || !name || name.includes('.') || t === undefined) return undefined;
  const open = info.tf.block.body.open;
  if (!open) return undefined;
  const eol = i.text.indexOf('\n', open.end);
  if (eol < 0 || i.text.slice(open.end, eol).trim() !== '') return undefined;
  const lineStart = i.text.lastIndexOf('\n', info.tf.block.start - 1) + 1;
  const own = /^[ \t]*/.exec(i.text.slice(lineStart))![0];
  const next = /^[ \t]*(?=\S)/m.exec(i.text.slice(eol + 1));
  const indent = next && next[0].length > own.length ? next[0] : `${own}  `;
  return [{ span: { start: eol + 1, end: eol + 1 }, newText: `${indent}${name} = ${t}${i.text.includes('\r\n') ? '\r\n' : '\n'}` }];
}

function managedPassword(i: FixInput, e: MapEntry): ReturnType<FormWriter['managedPassword']> {
  const info = terraformInfo(i.resource);
  if (!info || !['aws_db_instance', 'aws_rds_cluster'].includes(info.tf.type)) return undefined;
  const key = i.text.slice(e.keySpan.start, e.keySpan.end);
  if (!['password', 'master_password'].includes(key) || !inside(i, e.keySpan.start, e.value.end) || e.value.start < e.keySpan.end) return undefined;
  return [{ span: { start: e.keySpan.start, end: e.value.end }, newText: 'manage_master_user_password = true' }];
}

export const terraformWriter: FormWriter = {
  name: 'terraform',
  setValue: (i, e, value) => setValue(i, e, value),
  insert,
  remove: () => undefined,
  managedPassword,
  deletionPolicy: () => undefined,
  suppress: (doc, text, ruleId, at) => commentSuppression(text, ruleId, at, '#'),
  managedPasswordTitle: () => 'Use manage_master_user_password = true',
};
