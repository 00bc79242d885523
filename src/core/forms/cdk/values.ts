/**
 * TypeScript expressions to model nodes: literals, arrays, object literals (L1 nested props),
 * enum members (`rds.StorageType.GP2` -> 'gp2'), `Duration.days(n)`, `RemovalPolicy.X` and
 * `SecretValue.unsafePlainText('x')`. Anything else (variables, calls we do not know, spreads,
 * template strings with substitutions) is an unknown node: rules give no finding on it.
 */
import type * as TS from 'typescript';
import type { MapEntry, MapNode, Node } from '../../model';
import type { Span } from '../../text';
import { qualify, type ImportTable } from './imports';

export interface EvalContext {
  ts: typeof TS;
  sf: TS.SourceFile;
  imports: ImportTable;
  /** Identifiers bound once in the file, with `const`, and never assigned: their initializers. */
  consts?: Map<string, TS.Expression>;
}

/**
 * The `const` declarations of a file a reader may follow: a name declared exactly once in the whole
 * file (any `const`, `let`, `var`, parameter, function or class of that name makes it ambiguous),
 * with `const` and an initializer, and never the target of an assignment.
 */
export function collectConsts(ts: typeof TS, sf: TS.SourceFile): Map<string, TS.Expression> {
  const decls = new Map<string, TS.Expression | null>();
  const note = (name: string, init: TS.Expression | null) => decls.set(name, decls.has(name) ? null : init);
  const assigned = new Set<string>();
  // The source file is parsed without parent links: a declaration list says whether its names are const.
  const visit = (n: TS.Node): void => {
    if (ts.isVariableDeclarationList(n)) {
      const isConst = (n.flags & ts.NodeFlags.Const) !== 0;
      for (const d of n.declarations) if (ts.isIdentifier(d.name)) note(d.name.text, isConst && d.initializer ? d.initializer : null);
    } else if ((ts.isParameter(n) || ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isBindingElement(n)) && n.name && ts.isIdentifier(n.name)) {
      note(n.name.text, null);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isIdentifier(n.left)) {
      assigned.add(n.left.text);
    } else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && ts.isIdentifier(n.operand)) {
      assigned.add(n.operand.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const out = new Map<string, TS.Expression>();
  for (const [name, init] of decls) if (init && !assigned.has(name)) out.set(name, init);
  return out;
}

/** An identifier bound by a followable `const` resolves to its initializer (a chain of up to 5 consts); anything else is itself. */
export function followConst(c: EvalContext, e: TS.Expression): TS.Expression {
  let x = unwrap(c, e);
  for (let i = 0; i < 5 && c.ts.isIdentifier(x); i++) {
    const init = c.consts?.get(x.text);
    if (!init) break;
    x = unwrap(c, init);
  }
  return x;
}

/** The span of a node's text (without leading trivia). */
export function spanOf(c: EvalContext, n: TS.Node): Span {
  return { start: n.getStart(c.sf), end: n.getEnd() };
}

export function unknownNode(span: Span, reason: string): Node {
  return { kind: 'unknown', reason, ...span };
}

/** Enum members the reader knows, by `module.Enum`, to the CloudFormation value. */
const ENUMS: Record<string, (member: string) => string | undefined> = {
  'aws-rds.StorageType': (m) => m.toLowerCase(),
  'aws-rds.DBClusterStorageType': (m) => m.toLowerCase().replace(/_/g, '-'),
  'aws-dynamodb.BillingMode': (m) => m,
  'aws-dynamodb.TableClass': (m) => m,
  'aws-dynamodb.StreamViewType': (m) => m,
  'aws-dynamodb.AttributeType': (m) => ({ STRING: 'S', NUMBER: 'N', BINARY: 'B' })[m],
  // `EngineVersion.OPENSEARCH_2_11` -> `OpenSearch_2.11`, `EngineVersion.ELASTICSEARCH_7_10` -> `Elasticsearch_7.10`.
  'aws-opensearchservice.EngineVersion': (m) => {
    const v = /^(OPENSEARCH|ELASTICSEARCH)_(\d+)_(\d+)$/.exec(m);
    return v ? `${v[1] === 'OPENSEARCH' ? 'OpenSearch' : 'Elasticsearch'}_${v[2]}.${v[3]}` : undefined;
  },
  // `ElasticsearchVersion.V7_10` -> `7.10` (the legacy aws-elasticsearch module).
  'aws-elasticsearch.ElasticsearchVersion': (m) => /^V(\d+)_(\d+)$/.exec(m)?.slice(1).join('.'),
  '.RemovalPolicy': (m) => ({ RETAIN: 'Retain', SNAPSHOT: 'Snapshot', DESTROY: 'Delete', RETAIN_ON_UPDATE_OR_DELETE: 'Retain' })[m],
};

const SECONDS: Record<string, number> = { millis: 0.001, seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** The literal number of an expression (`7`, `-1`), or undefined. */
export function literalNumber(c: EvalContext, e: TS.Expression): number | undefined {
  const { ts } = c;
  if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ''));
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  if (ts.isParenthesizedExpression(e)) return literalNumber(c, e.expression);
  return undefined;
}

/** `Duration.days(7)` in seconds, or undefined when it is not a literal duration. */
export function durationSeconds(c: EvalContext, e: TS.Expression): number | undefined {
  const { ts } = c;
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return undefined;
  const q = qualify(ts, c.imports, e.expression);
  if (!q || q.module !== '' || q.path.length !== 2 || q.path[0] !== 'Duration') return undefined;
  const unit = SECONDS[q.path[1]];
  const n = literalNumber(c, e.arguments[0]);
  return unit === undefined || n === undefined ? undefined : n * unit;
}

/** The CloudFormation value of an enum member expression, or undefined. */
export function enumValue(c: EvalContext, e: TS.Expression): string | undefined {
  const q = qualify(c.ts, c.imports, e);
  if (!q || q.path.length !== 2) return undefined;
  return ENUMS[`${q.module}.${q.path[0]}`]?.(q.path[1]);
}

/** Strips `(x)`, `x as T`, `x!` and `x satisfies T`. */
export function unwrap(c: EvalContext, e: TS.Expression): TS.Expression {
  const { ts } = c;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

/** `SecretValue.unsafePlainText('x')` (or the deprecated `plainText`): the literal argument. */
export function plainSecret(c: EvalContext, e: TS.Expression): TS.StringLiteralLike | undefined {
  const { ts } = c;
  e = unwrap(c, e);
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return undefined;
  const q = qualify(ts, c.imports, e.expression);
  if (!q || q.module !== '' || q.path[0] !== 'SecretValue' || !['unsafePlainText', 'plainText'].includes(q.path[1])) return undefined;
  const a = e.arguments[0];
  return ts.isStringLiteralLike(a) ? a : undefined;
}

/**
 * An expression as a model node. `keyName` turns an object literal's camelCase keys into
 * CloudFormation names (L1 nested props); without it object literals are unknown.
 */
export function evaluate(c: EvalContext, expr: TS.Expression, keyName?: (camel: string) => string): Node {
  const { ts } = c;
  const e = unwrap(c, expr);
  const span = spanOf(c, e);
  if (ts.isStringLiteral(e)) return { kind: 'scalar', value: e.text, quote: e.getText(c.sf).startsWith('"') ? '"' : "'", ...span };
  if (ts.isNoSubstitutionTemplateLiteral(e)) return { kind: 'scalar', value: e.text, ...span };
  const n = literalNumber(c, e);
  if (n !== undefined) return { kind: 'scalar', value: n, ...span };
  if (e.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'scalar', value: true, ...span };
  if (e.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'scalar', value: false, ...span };
  if (ts.isArrayLiteralExpression(e)) {
    if (e.elements.some((x) => ts.isSpreadElement(x))) return unknownNode(span, 'spread in an array');
    return { kind: 'list', items: e.elements.map((x) => evaluate(c, x, keyName)), ...span };
  }
  if (ts.isObjectLiteralExpression(e) && keyName) {
    const map = objectNode(c, e, keyName);
    return map ?? unknownNode(span, 'computed object');
  }
  const en = enumValue(c, e);
  if (en !== undefined) return { kind: 'scalar', value: en, ...span };
  const secret = plainSecret(c, e);
  if (secret) return { kind: 'scalar', value: secret.text, ...spanOf(c, secret) };
  return unknownNode(span, 'computed value');
}

/** An object literal with plain keys as a map node (undefined when it has spreads or computed keys). */
export function objectNode(c: EvalContext, e: TS.ObjectLiteralExpression, keyName: (camel: string) => string): MapNode | undefined {
  const { ts } = c;
  const entries: MapEntry[] = [];
  for (const p of e.properties) {
    const key = propKey(c, p);
    if (!key || !ts.isPropertyAssignment(p)) return undefined;
    entries.push({ key: keyName(key), keySpan: spanOf(c, p.name), value: evaluate(c, p.initializer, keyName) });
  }
  return { kind: 'map', entries, ...spanOf(c, e) };
}

/** The plain name of an object literal member (`a:`, `'a':`), or undefined. */
export function propKey(c: EvalContext, p: TS.ObjectLiteralElementLike): string | undefined {
  const { ts } = c;
  if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return undefined;
  const n = p.name;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n)) return n.text;
  return undefined;
}
