/** Shared pieces of the L2 construct tables: the spec shape and the prop handlers they reuse. */
import type * as TS from 'typescript';
import type { Node } from '../../model';
import type { Span } from '../../text';
import type { ResourceBuilder } from './builder';
import { qualify } from './imports';
import { durationSeconds, evaluate, objectNode, plainSecret, propKey, spanOf, unknownNode, unwrap, type EvalContext } from './values';

export interface L2Context extends EvalContext {
  b: ResourceBuilder;
  /** Set by handlers for the spec's `finish` (e.g. a KMS key was given). */
  flags: Set<string>;
}

/**
 * Reads one TS prop: its value expression, the prop name's span and the prop name. `paths` names the
 * CloudFormation properties it sets and `table` a nested props table, so names can be read back
 * (src/core/names.ts); a handler without them sets no property a message would name.
 */
export type Handler = ((c: L2Context, e: TS.Expression, key: Span, tsKey: string) => void) & {
  paths?: string[];
  table?: Record<string, string | Handler>;
  /** A prop the CDK deprecated: named only when no other prop sets the property. */
  deprecated?: boolean;
};

/** Tags a handler with the CloudFormation properties it sets. */
export function sets(paths: string[], h: Handler): Handler {
  return Object.assign(h, { paths });
}

export interface L2Spec {
  type: string;
  /** TS prop name -> a CloudFormation path (value evaluated as is) or a handler. */
  props: Record<string, string | Handler>;
  /** The CDK's removal policy when `removalPolicy` is absent. */
  removal?: 'Snapshot' | 'Retain';
  /** Defaults and derived settings, after all props are read. */
  finish?: (c: L2Context) => void;
}

/** A prop the CDK deprecated, read as its CloudFormation property (value evaluated as is). */
export const deprecated = (path: string): Handler =>
  Object.assign(sets([path], (c: L2Context, e: TS.Expression, key: Span, tsKey: string) => c.b.set(path, key, evaluate(c, e), tsKey)), { deprecated: true });

/** A Duration prop in whole days (`Duration.days(7)` -> 7). */
export const days = (path: string): Handler => sets([path], (c, e, key, tsKey) => {
  const s = durationSeconds(c, unwrap(c, e));
  const span = spanOf(c, e);
  const value: Node = s !== undefined && s % 86400 === 0 ? { kind: 'scalar', value: s / 86400, ...span } : unknownNode(span, 'computed duration');
  c.b.set(path, key, value, tsKey);
});

/** A Duration prop in seconds. */
export const seconds = (path: string): Handler => sets([path], (c, e, key, tsKey) => {
  const s = durationSeconds(c, unwrap(c, e));
  const span = spanOf(c, e);
  c.b.set(path, key, s !== undefined ? { kind: 'scalar', value: s, ...span } : unknownNode(span, 'computed duration'), tsKey);
});

/** A KMS key prop: the key is unknown, and the CDK turns encryption on when one is given. */
export const kmsKey = (path: string): Handler => sets([path], (c, e, key, tsKey) => {
  c.b.set(path, key, unknownNode(spanOf(c, e), 'KMS key'), tsKey);
  c.flags.add('kmsKey');
});

/** A prop whose value the CloudFormation model only needs to know is there (unknown content). */
export const opaque = (path: string): Handler => sets([path], (c, e, key, tsKey) => c.b.set(path, key, unknownNode(spanOf(c, e), 'construct reference'), tsKey));

/** A nested props object (`backup: { retention, preferredWindow }`) read with its own table. */
export const nested = (table: Record<string, string | Handler>): Handler => Object.assign((c: L2Context, e: TS.Expression) => {
  const o = unwrap(c, e);
  // `backup: props.backup`: its members may be anything, so absent ones are not the CDK defaults.
  if (!c.ts.isObjectLiteralExpression(o)) c.b.partial = true;
  else readProps(c, o, table);
}, { table });

/** Reads an object literal of props with a table; spreads and unknown names make the resource partial. */
export function readProps(c: L2Context, o: TS.ObjectLiteralExpression, table: Record<string, string | Handler>): void {
  const { ts } = c;
  for (const p of o.properties) {
    if (ts.isSpreadAssignment(p)) {
      c.b.partial = true;
      continue;
    }
    const name = propKey(c, p);
    if (!name) continue;
    const h = table[name];
    if (!h) continue;
    const key = spanOf(c, p.name!);
    if (ts.isShorthandPropertyAssignment(p)) {
      // `{ engine }`: a variable, so its value is unknown; the handler sees the identifier as the expression.
      if (typeof h === 'string') c.b.set(h, key, unknownNode(key, 'variable'), name);
      else h(c, p.name, key, name);
      continue;
    }
    if (!ts.isPropertyAssignment(p)) continue;
    if (!c.b.tsValues.has(name)) c.b.tsValues.set(name, spanOf(c, p.initializer));
    if (typeof h === 'string') c.b.set(h, key, evaluate(c, p.initializer), name);
    else h(c, p.initializer, key, name);
  }
}

/** `removalPolicy: RemovalPolicy.X`: DeletionPolicy and UpdateReplacePolicy, as the CDK renders them. */
export const removalPolicy: Handler = (c, e) => {
  const v = evaluate(c, e);
  const span = spanOf(c, e);
  for (const a of ['DeletionPolicy', 'UpdateReplacePolicy']) {
    if (v.kind === 'scalar') c.b.attribute(a, String(v.value), span);
    else c.b.attributes.set(a, { key: a, keySpan: span, value: unknownNode(span, 'computed removal policy') });
  }
  c.flags.add(`removal:${v.kind === 'scalar' ? v.value : '?'}`);
};

/**
 * Credentials: `Credentials.fromPassword(user, SecretValue.unsafePlainText('x'))` and
 * `fromUsername(user, { password })` give a literal password; `fromGeneratedSecret`,
 * `fromSecret` and a username alone give a Secrets Manager reference (unknown: no finding).
 */
export const credentials: Handler = sets(['MasterUsername', 'MasterUserPassword'], (c, e, key, tsKey) => {
  const { ts } = c;
  const x = unwrap(c, e);
  const span = spanOf(c, x);
  const secretRef = () => c.b.set('MasterUserPassword', key, unknownNode(span, 'Secrets Manager reference'), tsKey);
  if (!ts.isCallExpression(x)) {
    c.b.set('MasterUsername', key, unknownNode(span, 'computed credentials'), tsKey);
    return secretRef();
  }
  const q = qualify(ts, c.imports, x.expression);
  const method = q?.path[1];
  const [user, second] = x.arguments;
  if (user) c.b.set('MasterUsername', key, evaluate(c, user), tsKey);
  let pw: TS.Expression | undefined;
  if (method === 'fromPassword') pw = second;
  if (method === 'fromUsername' && second && ts.isObjectLiteralExpression(second)) {
    const p = second.properties.find((m) => propKey(c, m) === 'password');
    if (p && ts.isPropertyAssignment(p)) pw = p.initializer;
  }
  const lit = pw && plainSecret(c, pw);
  if (lit) c.b.set('MasterUserPassword', key, { kind: 'scalar', value: lit.text, ...spanOf(c, lit) }, tsKey);
  else if (!pw && method !== 'fromUsername' && method !== 'fromGeneratedSecret' && method !== 'fromSecret') c.b.set('MasterUserPassword', key, unknownNode(span, 'computed credentials'), tsKey);
  else secretRef();
});

/** DocumentDB's `masterUser: { username, password?: SecretValue }`. */
export const masterUser: Handler = sets(['MasterUsername', 'MasterUserPassword'], (c, e, key, tsKey) => {
  const o = unwrap(c, e);
  if (!c.ts.isObjectLiteralExpression(o)) return credentials(c, e, key, tsKey);
  const m = objectNode(c, o, (k) => k);
  const user = m?.entries.find((x) => x.key === 'username');
  if (user) c.b.set('MasterUsername', user.keySpan, user.value, tsKey);
  const pwProp = o.properties.find((p) => propKey(c, p) === 'password');
  const lit = pwProp && c.ts.isPropertyAssignment(pwProp) ? plainSecret(c, pwProp.initializer) : undefined;
  if (lit) c.b.set('MasterUserPassword', spanOf(c, pwProp!.name!), { kind: 'scalar', value: lit.text, ...spanOf(c, lit) }, tsKey);
  else c.b.set('MasterUserPassword', key, unknownNode(spanOf(c, o), 'Secrets Manager reference'), tsKey);
});

/**
 * `ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)` or `new ec2.InstanceType('t3.micro')`: `db.t3.micro`;
 * anything else (a long enum name such as `InstanceClass.MEMORY7_GRAVITON`, a variable) is unknown.
 */
export function instanceClassNode(c: EvalContext, e: TS.Expression): Node {
  const { ts } = c;
  const x = unwrap(c, e);
  const span = spanOf(c, x);
  let v: string | undefined;
  if (ts.isNewExpression(x) && x.arguments?.length === 1 && ts.isStringLiteral(x.arguments[0])) v = x.arguments[0].text;
  if (ts.isCallExpression(x) && x.arguments.length === 2) {
    const cls = qualify(ts, c.imports, x.arguments[0])?.path[1];
    const size = qualify(ts, c.imports, x.arguments[1])?.path[1];
    if (cls && size && /^[A-Z]\d+[A-Z]*$/.test(cls)) v = `${cls.toLowerCase()}.${size.replace(/^XLARGE(\d+)$/, '$1XLARGE').toLowerCase()}`;
  }
  return v ? { kind: 'scalar', value: `db.${v}`, ...span } : unknownNode(span, 'computed instance type');
}

export const instanceClass = (path: string): Handler => sets([path], (c, e, key, tsKey) => c.b.set(path, key, instanceClassNode(c, e), tsKey));

