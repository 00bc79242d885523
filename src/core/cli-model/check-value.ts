/**
 * Checks a flag's value the way the AWS CLI and botocore do: JSON or shorthand by the shape,
 * scalar conversion (Python's int()/float(), "true"/"false"), then type, required and unknown
 * keys, tagged unions and minimums; plus what the CLI does not check: enum values.
 */
import type { Word } from '../forms/shell/parse';
import { valueSpan } from '../forms/shell/parse';
import type { Span } from '../text';
import { isParamFile } from './command';
import { parseJsonValue } from './json-value';
import { LIST, shapeOf, type ServiceModel, type ShapeDef, type TypeRef } from './model';
import { parseShorthand } from './shorthand';
import { nearest, didYouMean } from './suggest';
import type { PValue } from './value';

/** A finding of the model check, before it becomes a rule report. */
export interface CliIssue {
  ruleId: string;
  span: Span;
  message: string;
  fixes?: { title: string; edits: { span: Span; newText: string }[]; preferred?: boolean }[];
}

/**
 * Words people write for an enum value that the API spells otherwise (the console's names): the fix
 * and the message name the API's value, when the flag's enum holds it. DynamoDB's on-demand capacity
 * mode is PAY_PER_REQUEST (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html).
 */
const ALIASES: Record<string, string> = { ON_DEMAND: 'PAY_PER_REQUEST' };
/** An instance type's spelling: family.size with an optional service suffix (r7g.large.search, db.influx.large). */
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+(\.[a-z0-9-]+)?$/;

/**
 * A value spelled like the instance types of an instance-type enum (most of its values are instance
 * types): AWS adds instance types after the CLI's model was made (the v1 model's OpenSearch enum has
 * no r7g, m7g or or2), so one it does not list is not known to be rejected; the deploy data judges it.
 */
function newerInstanceType(value: string, values: string[]): boolean {
  const typed = values.filter((e) => INSTANCE_TYPE.test(e));
  if (typed.length * 2 <= values.length) return false;
  // The same service suffix as the enum's own ("search" for OpenSearch), when it has one.
  const suffixes = new Set(typed.map(serviceSuffix));
  return spelledLikeInstanceType(value, suffixes.size === 1 ? [...suffixes][0] : undefined);
}

const serviceSuffix = (x: string) => x.split('.').slice(2).join('.');

/**
 * Spelled like an instance type (with the service suffix given, e.g. "search"): ADB108 leaves such
 * a value outside an instance-type enum to the deploy data, which rules reading scripts ask here.
 */
export function spelledLikeInstanceType(value: string, suffix?: string): boolean {
  return INSTANCE_TYPE.test(value) && (suffix === undefined || serviceSuffix(value) === suffix);
}

/** An enum's values for a message: all of a short one; the count and the first few of a long one (the AWS CLI reference lists them all). */
const allowed = (values: string[]) => (values.length <= 16 ? values.join(', ') : `${values.length} values (${values.slice(0, 6).join(', ')}, …)`);

/** An enum this short gets one fix per value when no single value is the clear answer (beside it otherwise). */
const FIX_EVERY_VALUE = 5;

const INT = /^\s*[+-]?\d+(_\d+)*\s*$/;
const FLOAT = /^\s*[+-]?((\d+(_\d+)*)?\.?\d+(_\d+)*([eE][+-]?\d+)?|\d+(_\d+)*\.|inf(inity)?|nan)\s*$/i;
const TIMESTAMP_CHARS = /^[0-9A-Za-z:+\-./, ]+$/;

const TYPE_WORD: Record<string, string> = {
  i: 'an integer', l: 'an integer', d: 'a number', f: 'a number', b: 'true or false', t: 'a timestamp', s: 'a string',
  B: 'a blob', S: 'a structure', L: 'a list', M: 'a map',
};

/** Checks the values of one flag whose type is `ref`. */
export function checkValue(model: ServiceModel, flag: string, ref: TypeRef, bits: number, values: Word[], out: CliIssue[]): void {
  if (!values.length) return;
  const shape = shapeOf(model, ref);
  const spanOf = (w: Word) => (a: number, b: number) => valueSpan(w, a, b);
  const known = values.filter((w) => w.known && !isParamFile(w.value));
  if (known.length !== values.length && shape.t !== 'L') return;
  const v = new Validator(model, out);
  if (shape.t === 'D') {
    const r = parseJsonValue(values[0].value, spanOf(values[0]));
    if (r.error) out.push({ ruleId: 'ADB107', span: r.error.span, message: `${flag}: ${r.error.message}.` });
    return;
  }
  const looksJson = (w: Word) => /^\s*[[{]/.test(w.value);
  if (shape.t === 'S' || shape.t === 'M') {
    const w = values[0];
    if (looksJson(w)) return json(w);
    if (shape.t === 'S' && isValueOnly(model, shape) && !w.value.includes('=')) return;
    const r = parseShorthand(w.value, spanOf(w));
    if (r.error) return void out.push({ ruleId: 'ADB106', span: r.error.span, message: `${flag}: malformed shorthand: ${r.error.message}.` });
    return v.validate(r.value!, ref, flag);
  }
  if (shape.t === 'L' || bits & LIST) {
    const item = shape.t === 'L' ? shapeOf(model, shape.i!) : shape;
    if (values.length === 1 && looksJson(values[0])) {
      if (!known.length) return;
      return json(values[0]);
    }
    const complex = item.t === 'S' || item.t === 'M' || item.t === 'L';
    const items: PValue[] = [];
    for (const w of values) {
      if (!w.known || isParamFile(w.value)) continue;
      if (!complex) {
        items.push({ k: 'str', v: w.value, span: { start: w.start, end: w.end }, sh: true });
        continue;
      }
      if (looksJson(w)) return; // mixed JSON items: the CLI's own path is obscure, say nothing
      if (item.t === 'S' && isValueOnly(model, item) && !w.value.includes('=')) continue;
      const r = parseShorthand(w.value, spanOf(w));
      if (r.error) return void out.push({ ruleId: 'ADB106', span: r.error.span, message: `${flag}: malformed shorthand: ${r.error.message}.` });
      items.push(r.value!);
    }
    if (known.length !== values.length) {
      for (const it of items) v.validate(it, shape.t === 'L' ? shape.i! : ref, `${flag}[]`);
      return;
    }
    const list: PValue = { k: 'list', items, span: { start: values[0].start, end: values[values.length - 1].end } };
    return v.validate(list, ref, flag);
  }
  // A scalar flag: its one value, as the CLI converts it.
  const w = values[0];
  v.validate({ k: 'str', v: w.value, span: { start: w.start, end: w.end }, sh: true, ...(w.quote ? { quote: w.quote } : {}) }, ref, flag);

  function json(w: Word): void {
    const r = parseJsonValue(w.value, spanOf(w));
    if (r.error) return void out.push({ ruleId: 'ADB107', span: r.error.span, message: `${flag}: ${r.error.message}.` });
    if (r.value) v.validate(r.value, ref, flag);
  }
}

/** A structure with a single string member `Value` takes a bare value (the CLI's special case). */
function isValueOnly(model: ServiceModel, s: ShapeDef): boolean {
  const m = s.m ? Object.keys(s.m) : [];
  return m.length === 1 && m[0] === 'Value' && shapeOf(model, s.m!.Value).t === 's';
}

class Validator {
  constructor(private readonly model: ServiceModel, private readonly out: CliIssue[]) {}

  private report(ruleId: string, span: Span, message: string): void {
    this.out.push({ ruleId, span, message });
  }

  /** Validates `v` against `ref`; `path` names it in messages. */
  validate(v: PValue, ref: TypeRef, path: string): void {
    if (v.k === 'unknown') return;
    const shape = shapeOf(this.model, ref);
    const t = shape.t;
    if (t === 'D') return;
    if (t === 'S') return this.structure(v, shape, path);
    if (t === 'M') return this.map(v, shape, path);
    if (t === 'L') {
      // Shorthand gives a bare value where a one-item list is meant: the CLI wraps it.
      const list = v.k === 'list' ? v : v.k === 'str' && v.sh ? ({ k: 'list', items: [v], span: v.span } as PValue) : undefined;
      if (!list || list.k !== 'list') return this.wrongType(v, 'L', path);
      if (shape.min !== undefined && list.items.length < shape.min) {
        this.report('ADB111', v.span, `${path} needs at least ${shape.min} item${shape.min === 1 ? '' : 's'}.`);
      }
      list.items.forEach((it, i) => this.validate(it, shape.i!, `${path}[${i}]`));
      return;
    }
    this.scalar(v, shape, path);
  }

  private structure(v: PValue, shape: ShapeDef, path: string): void {
    if (v.k !== 'obj') return this.wrongType(v, 'S', path);
    const members = shape.m ?? {};
    const names = Object.keys(members);
    for (const r of shape.r ?? []) {
      if (!v.entries.some((e) => e.key === r)) this.report('ADB106', v.span, `${path} is missing the required key ${r}.`);
    }
    if (shape.u && v.entries.length !== 1) this.report('ADB106', v.span, `${path} takes exactly one of ${names.join(', ')}.`);
    for (const e of v.entries) {
      const m = members[e.key];
      if (m === undefined) {
        const near = nearest(e.key, names, 1);
        this.report('ADB106', e.keySpan, `Unknown key ${e.key} in ${path}: it takes ${names.join(', ')}.${didYouMean(near)}`);
        continue;
      }
      this.validate(e.value, m, `${path}.${e.key}`);
    }
  }

  private map(v: PValue, shape: ShapeDef, path: string): void {
    if (v.k !== 'obj') return this.wrongType(v, 'M', path);
    if (shape.min !== undefined && v.entries.length < shape.min) this.report('ADB111', v.span, `${path} needs at least ${shape.min} entries.`);
    const key = shapeOf(this.model, shape.k ?? 's');
    for (const e of v.entries) {
      if (key.e && !key.e.includes(e.key)) this.report('ADB108', e.keySpan, `${e.key} is not a valid key of ${path}: it takes ${key.e.join(', ')}.`);
      this.validate(e.value, shape.v ?? 's', `${path}.${e.key}`);
    }
  }

  private scalar(v: PValue, shape: ShapeDef, path: string): void {
    const t = shape.t;
    const sh = v.k === 'str' && v.sh;
    if (t === 'i' || t === 'l' || t === 'd' || t === 'f') {
      let n: number | undefined;
      if (sh && v.k === 'str') {
        if (!(t === 'i' || t === 'l' ? INT : FLOAT).test(v.v)) return this.wrongType(v, t, path);
        n = Number(v.v.trim().replace(/_/g, ''));
      } else if (v.k === 'num' && (v.int || t === 'd' || t === 'f')) n = v.v;
      else if (v.k === 'bool') n = v.v ? 1 : 0;
      else return this.wrongType(v, t, path);
      if (shape.min !== undefined && n < shape.min) this.report('ADB111', v.span, `${path} must be at least ${shape.min}, not ${n}.`);
      return;
    }
    if (t === 'b') {
      if (v.k === 'bool') return;
      if (sh && v.k === 'str' && /^(true|false)$/i.test(v.v)) return;
      return this.wrongType(v, t, path);
    }
    if (t === 't') {
      if (v.k === 'num') return;
      if (v.k === 'str' && /\d/.test(v.v) && TIMESTAMP_CHARS.test(v.v.trim())) return;
      return this.wrongType(v, t, path);
    }
    if (t === 'B') {
      if (v.k !== 'str') this.wrongType(v, t, path);
      return;
    }
    // A string.
    if (v.k !== 'str') return this.wrongType(v, 's', path);
    if (shape.min !== undefined && v.v.length < shape.min) {
      this.report('ADB111', v.span, `${path} must be at least ${shape.min} character${shape.min === 1 ? '' : 's'} long.`);
    }
    if (shape.e && shape.e.length && !shape.e.includes(v.v) && !newerInstanceType(v.v, shape.e)) {
      const alias = ALIASES[v.v.trim().toUpperCase().replace(/[-\s]+/g, '_')];
      const ci = shape.e.find((e) => e.toLowerCase() === v.v.toLowerCase());
      const near = alias && shape.e.includes(alias) ? [alias] : ci ? [ci] : nearest(v.v, shape.e, 2);
      const q = v.quote ?? '';
      // One clear candidate (the API's name for the word, the same word in another case, or the only near one) is the
      // preferred fix, keeping the quotes; a short enum offers its other values too.
      const clear = near.length === 1 ? near[0] : undefined;
      const values = [...(clear ? [clear] : []), ...(shape.e.length <= FIX_EVERY_VALUE ? shape.e.filter((e) => e !== clear) : [])];
      const fixes = values.map((e) => ({ title: `Change to ${e}`, edits: [{ span: v.span, newText: `${q}${e}${q}` }], ...(e === clear ? { preferred: true } : {}) }));
      const hint = alias && clear === alias ? ` ${alias} is the API's name for it.` : didYouMean(near);
      this.out.push({ ruleId: 'ADB108', span: v.span, message: `${v.v || '""'} is not a value of ${path}: the model allows ${allowed(shape.e)}.${hint}`, ...(fixes.length ? { fixes } : {}) });
    }
  }

  private wrongType(v: PValue, t: string, path: string): void {
    const got = v.k === 'list' ? 'a list' : v.k === 'obj' ? 'a structure' : v.k === 'num' ? 'a number' : v.k === 'bool' ? 'a boolean' : v.k === 'null' ? 'null' : `"${v.k === 'str' ? v.v : ''}"`;
    const hint = v.k === 'list' && t === 's' ? ' (a "," splits shorthand values: escape it as \\, or quote the value)' : '';
    this.report('ADB105', v.span, `${path} takes ${TYPE_WORD[t] ?? t}, not ${got}${hint}.`);
  }
}
