/**
 * CDK (TypeScript) fixes: replace a prop's value (literal, enum member, `Duration.days(n)`), insert
 * a prop into the construct's props object with the file's indentation and comma style, replace
 * literal credentials by `Credentials.fromGeneratedSecret`, set `removalPolicy`, and suppress
 * with a `// aws-db-architect-ignore` comment.
 */
import type { ScalarValue } from '../../model';
import type { TextEdit } from '../../rules/types';
import { displayName } from '../../names';
import { constructInfo, docInfo, isSynthesized } from './info';
import { l1TsName } from './l1';
import { CDK_PROPS, tsLiteral } from './fix-props';
import { commentSuppression } from '../../fixes/comment';
import { eol, indentAt, indentUnit, lineStart } from '../../fixes/text';
import type { FixInput, FormWriter } from '../../fixes/types';

const LITERAL = /^(true|false|-?\d[\d_.]*|'[^'\\]*'|"[^"\\]*")$/;

/** The new TS text of a written value, from its current text. */
function replaceText(current: string, v: ScalarValue): string | undefined {
  if (LITERAL.test(current)) return tsLiteral(v, current.startsWith('"') ? '"' : "'");
  const days = /^([\w.]*Duration\.days\(\s*)\d+(\s*\))$/.exec(current);
  if (days && typeof v === 'number') return `${days[1]}${v}${days[2]}`;
  const member = /^([\w.]+\.)[A-Z][A-Z0-9_]*$/.exec(current);
  if (member && typeof v === 'string' && /^[\w-]+$/.test(v)) return `${member[1]}${v.toUpperCase().replace(/-/g, '_')}`;
  return undefined;
}

/** The props object's text for a new prop (`storageType: rds.StorageType.GP3`), or undefined. */
export function propText(i: FixInput, path: string, v: ScalarValue): string | undefined {
  const info = constructInfo(i.resource);
  if (!info) return undefined;
  if (info.l1) {
    const keys = path.split('.').map((k) => l1TsName(info.module, i.resource.type, k));
    return keys.reduceRight((inner, k, j) => (j === keys.length - 1 ? `${k}: ${tsLiteral(v)}` : `${k}: { ${inner} }`), '');
  }
  const table = CDK_PROPS[`${info.module}.${info.construct}`] ?? CDK_PROPS[info.construct];
  // A file that neither imports Duration by name nor aws-cdk-lib as a namespace has no name for it:
  // no text that needs one (writing `cdk.Duration` there would not compile).
  const core = coreRef(i);
  const t = table?.[path]?.(v, info.prefix, core ?? '\u0000');
  return t === undefined || (core === undefined && t.includes('\u0000')) ? undefined : t;
}

/** How the file names a core class (`cdk.` / ''), or undefined if it does not import the core module. */
function coreRef(i: FixInput, name = 'Duration'): string | undefined {
  const d = docInfo(i.doc);
  if (d?.coreNames.has(name)) return '';
  return d?.core;
}

/** Inserts `prop` as the last member of the props object, keeping indentation and the trailing-comma style. */
function insertProp(i: FixInput, prop: string): TextEdit[] | undefined {
  const props = constructInfo(i.resource)?.props;
  if (!props) return undefined;
  const { text } = i;
  const close = props.end - 1;
  // An object the parser closed for us (the file is cut short): no place to write into.
  if (text[props.start] !== '{' || text[close] !== '}') return undefined;
  let k = close - 1;
  while (k > props.start && /\s/.test(text[k])) k--;
  // A block comment right before the brace hides where the last member (and its comma) ends: no insert.
  if (text[k] === '/' && text[k - 1] === '*') return undefined;
  const lastLine = text.slice(lineStart(text, k), k + 1);
  if (lastLine.includes('//')) return undefined;
  const empty = k === props.start;
  const comma = text[k] === ',';
  if (!/[\r\n]/.test(text.slice(props.start, close))) {
    return [{ span: { start: k + 1, end: k + 1 }, newText: `${empty ? ' ' : comma ? ' ' : ', '}${prop}${empty ? ' ' : ''}` }];
  }
  const ind = empty ? indentAt(text, close) + indentUnit(text) : indentAt(text, k);
  const trailing = comma || empty ? ',' : '';
  return [{ span: { start: k + 1, end: k + 1 }, newText: `${comma || empty ? '' : ','}${eol(text)}${ind}${prop}${trailing}` }];
}

export const cdkWriter: FormWriter = {
  name: 'cdk',
  title: (i, path, v, add) => (add ? `Add ${propText(i, path, v) ?? `${displayName(i.resource, path)}: ${String(v)}`}` : undefined),
  managedPasswordTitle: (r) => (r.type.includes('DocDB') ? 'Use ManageMasterUserPassword: true' : 'Use a generated secret (Secrets Manager)'),
  deletionPolicyTitle: (policy) => `Set removalPolicy to RemovalPolicy.${policy.toUpperCase()}`,
  // TypeScript the parser had to repair: the finding may sit in another construct than the author meant.
  writable: (doc) => !(docInfo(doc)?.syntaxErrors ?? 0),
  synthesized: isSynthesized,
  setValue(i, e, value, path) {
    if (isSynthesized(e.value)) return this.insert(i, path, value);
    const current = i.text.slice(e.value.start, e.value.end);
    const t = replaceText(current, value);
    return t === undefined ? undefined : [{ span: { start: e.value.start, end: e.value.end }, newText: t }];
  },
  insert(i, path, value) {
    const prop = propText(i, path, value);
    return prop ? insertProp(i, prop) : undefined;
  },
  remove(i, e) {
    if (isSynthesized(e.value)) return undefined;
    const { text } = i;
    const info = constructInfo(i.resource);
    const value = info?.tsValues.get(text.slice(e.keySpan.start, e.keySpan.end));
    // The value must be this key's own (a prop written twice keeps one value per name).
    if (!value || !/^\s*:\s*$/.test(text.slice(e.keySpan.end, value.start))) return undefined;
    let end = value.end;
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    if (text[end] === ',') end++;
    const start = lineStart(text, e.keySpan.start);
    const own = text.slice(start, e.keySpan.start).trim() === '' && /^[ \t]*(\r?\n|$)/.test(text.slice(end));
    if (own) return [{ span: { start, end: end + (/^[ \t]*\r?\n/.exec(text.slice(end))?.[0].length ?? 0) }, newText: '' }];
    return [{ span: { start: e.keySpan.start, end }, newText: '' }];
  },
  managedPassword(i, e) {
    const info = constructInfo(i.resource);
    if (!info || isSynthesized(e.value)) return undefined;
    const tsKey = info.tsKeys.get('MasterUserPassword');
    if (info.l1) {
      if (!/^\s*:\s*$/.test(i.text.slice(e.keySpan.end, e.value.start))) return undefined;
      return [{ span: { start: e.keySpan.start, end: e.value.end }, newText: `${l1TsName(info.module, i.resource.type, 'ManageMasterUserPassword')}: true` }];
    }
    const expr = tsKey === 'credentials' ? info.tsValues.get('credentials') : undefined;
    if (!expr || info.module !== 'aws-rds') return undefined;
    const user = i.resource.properties?.entries.find((x) => x.key === 'MasterUsername')?.value;
    const userText = user && user.kind === 'scalar' ? i.text.slice(user.start, user.end) : "'admin'";
    return [{ span: expr, newText: `${info.prefix}Credentials.fromGeneratedSecret(${userText})` }];
  },
  deletionPolicy(i, policy) {
    const info = constructInfo(i.resource);
    if (!info || info.l1) return undefined;
    const cur = i.resource.attributes.get('DeletionPolicy');
    if (cur && !isSynthesized(cur.value)) {
      const t = replaceText(i.text.slice(cur.value.start, cur.value.end), policy.toUpperCase());
      return t ? [{ span: { start: cur.value.start, end: cur.value.end }, newText: t }] : undefined;
    }
    const ref = coreRef(i, 'RemovalPolicy');
    const edits: TextEdit[] = [];
    if (ref === undefined) {
      const at = docInfo(i.doc)?.importEnd ?? 0;
      edits.push({ span: { start: at, end: at }, newText: `${eol(i.text)}import { RemovalPolicy } from 'aws-cdk-lib';` });
    }
    const ins = insertProp(i, `removalPolicy: ${ref ?? ''}RemovalPolicy.${policy.toUpperCase()}`);
    return ins ? [...edits, ...ins] : undefined;
  },
  suppress(doc, text, ruleId, at) {
    return commentSuppression(text, ruleId, at, '//');
  },
};
