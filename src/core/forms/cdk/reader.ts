/**
 * The CDK reader: a TypeScript file that imports aws-cdk-lib, read with the TypeScript compiler
 * API (syntax only, no type checking), its database constructs translated into the shared model:
 * CloudFormation types and property names, values carrying the spans of the props in the source,
 * the construct class name as anchor, and the CDK's documented defaults for absent props
 * (synthesized at the anchor; see docs/cdk.md).
 */
import type * as TS from 'typescript';
import type { MapEntry, ModelDocument, Node, ProductionHint, Resource } from '../../model';
import { collectTemplateHints, saysProduction } from '../../production';
import { collectInlineSuppressions } from '../../suppress';
import { LineIndex, type Span } from '../../text';
import { ResourceBuilder } from './builder';
import { readImports, qualify } from './imports';
import { constructInfo, setConstructInfo, setDocInfo } from './info';
import { l1Type, readL1Props } from './l1';
import { instanceClassNode, readProps, type L2Context, type L2Spec } from './l2-common';
import { L2 } from './l2';
import { RDS_L2 } from './l2-rds';
import { attachGroups, securityGroupCall } from './security-groups';
import { suppressionMetadata } from './suppressions';
import { typescript } from './typescript';
import { collectConsts, evaluate, spanOf, unwrap, type EvalContext } from './values';

interface Walk extends EvalContext {
  resources: Resource[];
  byVariable: Map<string, Resource>;
  hints: ProductionHint[];
  nag: { target: string; ids: { id: string; span: Span }[] }[];
  removals: { target: string; value: TS.Expression }[];
  lines: LineIndex;
  /** The enclosing class or function declarations, innermost last. */
  containers: string[];
}

/** Reads a CDK TypeScript file; undefined when it does not import aws-cdk-lib or TypeScript is unavailable. */
export function readCdk(text: string, fileName = 'stack.ts'): ModelDocument | undefined {
  const ts = typescript();
  if (!ts) return undefined;
  const sf = ts.createSourceFile(fileName || 'stack.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const imports = readImports(ts, sf);
  if (imports.size === 0) return undefined;
  const w: Walk = { ts, sf, imports, consts: collectConsts(ts, sf), resources: [], byVariable: new Map(), hints: [], nag: [], removals: [], lines: new LineIndex(text), containers: [] };
  const visit = (n: TS.Node, binding?: string): void => {
    if (ts.isVariableDeclaration(n) && n.initializer) {
      visit(n.initializer, n.name.getText(sf));
      return;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      visit(n.right, n.left.getText(sf));
      return;
    }
    const named = (ts.isClassDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name ? n.name.text : undefined;
    if (named) {
      w.containers.push(named);
      ts.forEachChild(n, (ch) => visit(ch));
      w.containers.pop();
      return;
    }
    if (ts.isNewExpression(n)) construct(w, n, binding);
    if (ts.isCallExpression(n)) {
      call(w, n);
      addProxy(w, n, binding);
      securityGroupCall(w, n);
    }
    ts.forEachChild(n, (ch) => visit(ch, ts.isParenthesizedExpression(n) || ts.isAsExpression(n) ? binding : undefined));
  };
  visit(sf);
  applyLater(w);
  const doc: ModelDocument = {
    kind: 'cdk', text, resources: w.resources, parameters: new Map(), conditions: new Map(), problems: [],
    inlineSuppressions: collectInlineSuppressions(text, '//'), productionHints: [],
  };
  constructSuppressions(doc);
  doc.productionHints = [...w.hints, ...collectTemplateHints(doc)];
  setDocInfo(doc, docInfoOf(w));
  return doc;
}

function construct(w: Walk, n: TS.NewExpression, binding: string | undefined): void {
  const { ts } = w;
  const args = n.arguments ?? [];
  const idArg = args[1] && unwrap(w, args[1]);
  const id = idArg && ts.isStringLiteralLike(idArg) ? idArg.text : undefined;
  if (id && idArg && saysProduction(id)) w.hints.push({ word: id, span: spanOf(w, idArg), source: `construct id ${id}` });
  const props = args[2] && unwrap(w, args[2]);
  if (props && ts.isObjectLiteralExpression(props)) stackNameHint(w, props);
  const q = qualify(ts, w.imports, n.expression);
  if (!q || q.path.length !== 1) return;
  const cls = q.path[0];
  const l1 = l1Type(q.module, cls);
  const spec = l1 ? undefined : L2[`${q.module}.${cls}`];
  if (!l1 && !spec) return;
  const nameNode = ts.isPropertyAccessExpression(n.expression) ? n.expression.name : n.expression;
  const exprText = n.expression.getText(w.sf);
  const prefix = exprText.slice(0, exprText.length - cls.length);
  const scope = args[0] ? args[0].getText(w.sf).replace(/\s+/g, '') : undefined;
  const r = buildResource(w, { anchor: spanOf(w, nameNode), span: spanOf(w, n), props: args[2], id, idSpan: id !== undefined && idArg ? spanOf(w, idArg) : undefined, scope, cls, module: q.module, prefix, l1, spec });
  if (binding) w.byVariable.set(binding, r);
  const sgs = spec && props && ts.isObjectLiteralExpression(props) ? props.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(w.sf) === 'securityGroups') : undefined;
  if (sgs && ts.isPropertyAssignment(sgs)) attachGroups(w, r, sgs.initializer, spanOf(w, sgs.name));
  if (spec && r.type === 'AWS::RDS::DBCluster' && props && ts.isObjectLiteralExpression(props)) clusterMembers(w, r, props);
}

/**
 * `writer: ClusterInstance.provisioned(...)` and `readers: [ClusterInstance.serverlessV2(...), ...]` of an
 * Aurora `DatabaseCluster`: one `AWS::RDS::DBInstance` member each (DBClusterIdentifier the cluster's
 * identifier, on the element), so the cluster's instance count (ADB030) is known. Of their own props only
 * `publiclyAccessible` and `instanceType` are read (`complete: false`: no rule judges a missing setting on them). `instances: N` (the deprecated form) is not
 * expanded: its members have no place of their own in the source.
 */
function clusterMembers(w: Walk, cluster: Resource, props: TS.ObjectLiteralExpression): void {
  const { ts } = w;
  const members: TS.Expression[] = [];
  for (const p of props.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const name = p.name.getText(w.sf);
    const v = unwrap(w, p.initializer);
    if (name === 'writer') members.push(v);
    if (name === 'readers') {
      if (!ts.isArrayLiteralExpression(v) || v.elements.some((e) => ts.isSpreadElement(e))) return;
      members.push(...v.elements);
    }
  }
  members.forEach((m, i) => {
    const span = spanOf(w, m);
    // Rules match CDK members to their cluster by identifier: the written clusterIdentifier, else the construct id.
    const ident = cluster.properties?.entries.find((e) => e.key === 'DBClusterIdentifier')?.value;
    const id = ident?.kind === 'scalar' ? ident.value : ident ? undefined : cluster.id;
    if (id === undefined || id === null) return;
    const entries: MapEntry[] = [{ key: 'DBClusterIdentifier', keySpan: span, value: { kind: 'scalar', value: id, ...span } }];
    const engine = cluster.properties?.entries.find((e) => e.key === 'Engine');
    if (engine) entries.push({ key: 'Engine', keySpan: engine.keySpan, value: engine.value });
    // Of the member's own props (`ClusterInstance.provisioned('writer', { ... })`), two are read: publiclyAccessible
    // (ADB006), and instanceType, the member's class judged against the cluster's engine and version (ADB123).
    // serverlessV2 members are db.serverless with capacity CDK sets.
    const opts = ts.isCallExpression(m) ? m.arguments[1] && unwrap(w, m.arguments[1]) : undefined;
    const prop = (name: string) => opts && ts.isObjectLiteralExpression(opts)
      ? opts.properties.find((p): p is TS.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(w.sf) === name)
      : undefined;
    const pub = prop('publiclyAccessible');
    if (pub) entries.push({ key: 'PubliclyAccessible', keySpan: spanOf(w, pub.name), value: evaluate(w, pub.initializer) });
    const type = prop('instanceType');
    if (type) entries.push({ key: 'DBInstanceClass', keySpan: spanOf(w, type.name), value: instanceClassNode(w, type.initializer) });
    w.resources.push({
      id: `${cluster.id}Instance${i + 1}`, type: 'AWS::RDS::DBInstance', anchor: span, span, properties: { kind: 'map', entries, ...span },
      attributes: new Map(), complete: false, form: 'cdk', origin: { construct: 'ClusterInstance' },
    });
  });
}

interface ConstructSite {
  /** The class name (or `addProxy`) the findings on absent props point at. */
  anchor: Span;
  span: Span;
  props: TS.Expression | undefined;
  id: string | undefined;
  /** The id argument when it is a string literal. */
  idSpan?: Span;
  /** The scope argument as written. */
  scope?: string;
  cls: string;
  module: string;
  prefix: string;
  l1: string | undefined;
  spec: L2Spec | undefined;
}

/** Reads one construct's props with its L1 or L2 table into a resource of the model. */
function buildResource(w: Walk, s: ConstructSite): Resource {
  const { ts } = w;
  const { anchor, spec, l1, cls } = s;
  const propsArg = s.props && unwrap(w, s.props);
  const literal = propsArg && ts.isObjectLiteralExpression(propsArg) ? propsArg : undefined;
  const b = new ResourceBuilder(anchor, literal ? spanOf(w, literal) : undefined);
  if (propsArg && !literal) b.partial = true;
  const type = l1 ?? spec!.type;
  if (literal && l1) readL1Props(w, b, literal, s.module, type);
  if (spec) {
    const c: L2Context = { ...w, b, flags: new Set() };
    if (literal) readProps(c, literal, spec.props);
    if (spec.removal && !b.attributes.has('DeletionPolicy')) {
      b.attribute('DeletionPolicy', spec.removal);
      b.attribute('UpdateReplacePolicy', spec.removal);
      c.flags.add(`removal:${spec.removal}`);
    }
    spec.finish?.(c);
  }
  const line = w.lines.position(anchor.start).line;
  const r = b.build(s.id ?? `${cls}@${line + 1}`, type, s.span, cls);
  setConstructInfo(r, {
    construct: cls, module: s.module, prefix: s.prefix, l1: !!l1,
    props: literal ? spanOf(w, literal) : undefined, tsKeys: b.tsKeys, tsValues: b.tsValues,
    idSpan: s.idSpan, scope: s.scope, container: w.containers.join('.'),
  });
  w.resources.push(r);
  return r;
}

/**
 * `db.addProxy('Proxy', { ... })` on an RDS instance or cluster construct of this file: an
 * `AWS::RDS::DBProxy` read like `new rds.DatabaseProxy(...)` (same options, same defaults).
 */
function addProxy(w: Walk, n: TS.CallExpression, binding: string | undefined): void {
  const { ts } = w;
  if (!ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'addProxy') return;
  const db = w.byVariable.get(n.expression.expression.getText(w.sf));
  if (!db || (db.type !== 'AWS::RDS::DBInstance' && db.type !== 'AWS::RDS::DBCluster') || db.origin?.construct?.startsWith('Cfn')) return;
  const [idArg, props] = n.arguments;
  const idNode = idArg && unwrap(w, idArg);
  const id = idNode && ts.isStringLiteralLike(idNode) ? idNode.text : undefined;
  const info = constructInfo(db);
  const r = buildResource(w, {
    anchor: spanOf(w, n.expression.name), span: spanOf(w, n), props, id, cls: 'DatabaseProxy', module: 'aws-rds',
    prefix: info?.prefix ?? '', l1: undefined, spec: RDS_L2.DatabaseProxy,
  });
  if (binding) w.byVariable.set(binding, r);
}

/** `new MyStack(app, 'Id', { stackName: 'orders-prod' })`: the stack name says production. */
function stackNameHint(w: Walk, props: TS.ObjectLiteralExpression): void {
  for (const p of props.properties) {
    if (!w.ts.isPropertyAssignment(p) || p.name.getText(w.sf) !== 'stackName') continue;
    const v = unwrap(w, p.initializer);
    if (w.ts.isStringLiteralLike(v) && saysProduction(v.text)) w.hints.push({ word: v.text, span: spanOf(w, v), source: 'stack name' });
  }
}

/** `NagSuppressions.addResourceSuppressions(x, [{ id, reason }])`, `x.applyRemovalPolicy(RemovalPolicy.X)`, `Tags.of(x).add(k, v)`. */
function call(w: Walk, n: TS.CallExpression): void {
  const { ts } = w;
  if (!ts.isPropertyAccessExpression(n.expression)) return;
  const method = n.expression.name.text;
  const target = n.expression.expression;
  if (method === 'applyRemovalPolicy' && n.arguments[0]) w.removals.push({ target: target.getText(w.sf), value: n.arguments[0] });
  if (method === 'add' && ts.isCallExpression(target) && /(^|\.)Tags\.of$/.test(target.expression.getText(w.sf)) && n.arguments[1]) {
    const v = unwrap(w, n.arguments[1]);
    if (ts.isStringLiteralLike(v) && saysProduction(v.text)) w.hints.push({ word: v.text, span: spanOf(w, v), source: 'tag' });
  }
  if (/^add(Resource|Stack)Suppressions(ByPath)?$/.test(method) && target.getText(w.sf).endsWith('NagSuppressions') && n.arguments[1]) {
    const list = unwrap(w, n.arguments[1]);
    if (!ts.isArrayLiteralExpression(list)) return;
    const ids: { id: string; span: Span }[] = [];
    for (const el of list.elements) {
      if (!ts.isObjectLiteralExpression(el)) continue;
      const p = el.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText(w.sf) === 'id');
      const v = p && ts.isPropertyAssignment(p) ? unwrap(w, p.initializer) : undefined;
      if (v && ts.isStringLiteralLike(v)) ids.push({ id: v.text, span: spanOf(w, v) });
    }
    const stack = method.startsWith('addStack');
    w.nag.push({ target: stack ? '*' : n.arguments[0].getText(w.sf), ids });
  }
}

/** Removal policies and cdk-nag suppressions name constructs by variable: apply them once all are read. */
function applyLater(w: Walk): void {
  for (const { target, value } of w.removals) {
    const r = w.byVariable.get(target);
    if (!r) continue;
    const v: Node = evaluate(w, value);
    for (const a of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      const e: MapEntry = { key: a, keySpan: spanOf(w, value), value: v };
      r.attributes.set(a, e);
    }
  }
  for (const s of w.nag) {
    const targets = s.target === '*' || s.target === 'this' ? w.resources : [w.byVariable.get(s.target)].filter((x): x is Resource => !!x);
    for (const r of targets) suppressionMetadata(r, [], s.ids);
  }
}

/** A standalone `// aws-db-architect-ignore ID` right above a construct covers the whole construct. */
function constructSuppressions(doc: ModelDocument): void {
  if (!doc.inlineSuppressions.length) return;
  const lines = new LineIndex(doc.text);
  for (const r of doc.resources) {
    const line = lines.position(r.anchor.start).line;
    for (const s of doc.inlineSuppressions) {
      if (s.line !== line || s.ruleIds === 'all') continue;
      suppressionMetadata(r, [...s.ruleIds].map((id) => ({ id, span: r.anchor })), []);
    }
  }
}

function docInfoOf(w: Walk) {
  const coreNames = new Set<string>();
  let core: string | undefined;
  for (const [name, q] of w.imports) {
    if (q.module === '' && q.path.length === 0) core = `${name}.`;
    if (q.module === '' && q.path.length === 1 && q.path[0] === name) coreNames.add(name);
  }
  let importEnd = 0;
  for (const st of w.sf.statements) if (w.ts.isImportDeclaration(st)) importEnd = st.getEnd();
  // The parser's syntax errors (an internal field of the source file): quick fixes leave such a file alone.
  const syntaxErrors = (w.sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
  return { core, coreNames, importEnd, syntaxErrors };
}

