/**
 * EC2 security groups in CDK code, in CloudFormation terms, for ADB021 (open database ports):
 * `new ec2.SecurityGroup(...)` is an AWS::EC2::SecurityGroup; `sg.addIngressRule(peer, port)` adds an
 * ingress rule to it; `securityGroups: [sg]` on a database construct attaches it (a `Ref` to the
 * group); `db.connections.allowFrom(peer, port)` / `allowDefaultPortFrom(peer)` /
 * `allowDefaultPortFromAnyIpv4()` open the database's own group (the one the CDK creates, or the
 * groups it was given). Peers and ports the reader cannot read give no rule (no finding).
 */
import type * as TS from 'typescript';
import type { ListNode, MapEntry, MapNode, Node, Resource } from '../../model';
import { entryPath } from '../../model';
import type { Span } from '../../text';
import { qualify, type ImportTable } from './imports';
import { literalNumber, spanOf, unwrap, type EvalContext } from './values';

export interface SgWalk extends EvalContext {
  imports: ImportTable;
  resources: Resource[];
  byVariable: Map<string, Resource>;
}

const scalar = (value: string | number, span: Span): Node => ({ kind: 'scalar', value, ...span });

/** Default ports of RDS engines (CloudFormation engine name prefix), for `allowDefaultPortFrom*`. */
const ENGINE_PORTS: [RegExp, number][] = [
  [/^(aurora-postgresql|postgres)/, 5432], [/^(aurora-mysql|aurora$|mysql|mariadb)/, 3306], [/^oracle/, 1521], [/^sqlserver/, 1433], [/^db2/, 50000],
];

/** `ec2.Peer.anyIpv4()`, `Peer.anyIpv6()`, `Peer.ipv4('0.0.0.0/0')`, `Peer.ipv6('::/0')`: the CIDR key and node. */
function peer(c: EvalContext, e: TS.Expression): { key: string; node: Node } | undefined {
  const { ts } = c;
  const x = unwrap(c, e);
  if (!ts.isCallExpression(x)) return undefined;
  const q = qualify(ts, c.imports, x.expression);
  if (!q || q.module !== 'aws-ec2' || q.path[0] !== 'Peer') return undefined;
  const span = spanOf(c, x);
  const arg = x.arguments[0] && unwrap(c, x.arguments[0]);
  switch (q.path[1]) {
    case 'anyIpv4': return { key: 'CidrIp', node: scalar('0.0.0.0/0', span) };
    case 'anyIpv6': return { key: 'CidrIpv6', node: scalar('::/0', span) };
    case 'ipv4': return arg && ts.isStringLiteralLike(arg) ? { key: 'CidrIp', node: scalar(arg.text, spanOf(c, arg)) } : undefined;
    case 'ipv6': return arg && ts.isStringLiteralLike(arg) ? { key: 'CidrIpv6', node: scalar(arg.text, spanOf(c, arg)) } : undefined;
    default: return undefined;
  }
}

/** `ec2.Port.tcp(5432)`, `tcpRange(a, b)`, `allTcp()`, `allTraffic()`: protocol and port range. */
function port(c: EvalContext, e: TS.Expression): { proto: string; from: number; to: number } | undefined {
  const { ts } = c;
  const x = unwrap(c, e);
  if (!ts.isCallExpression(x)) return undefined;
  const q = qualify(ts, c.imports, x.expression);
  if (!q || q.module !== 'aws-ec2' || q.path[0] !== 'Port') return undefined;
  const [a, b] = x.arguments.map((y) => literalNumber(c, y));
  switch (q.path[1]) {
    case 'tcp': return a !== undefined ? { proto: 'tcp', from: a, to: a } : undefined;
    case 'tcpRange': return a !== undefined && b !== undefined ? { proto: 'tcp', from: a, to: b } : undefined;
    case 'allTcp': return { proto: 'tcp', from: 0, to: 65535 };
    case 'allTraffic': return { proto: '-1', from: -1, to: -1 };
    default: return undefined;
  }
}

function ingressList(g: Resource): ListNode {
  let e = g.properties!.entries.find((x) => x.key === 'SecurityGroupIngress');
  if (!e || e.value.kind !== 'list') {
    e = { key: 'SecurityGroupIngress', keySpan: g.anchor, value: { kind: 'list', items: [], ...g.anchor } };
    g.properties!.entries.push(e);
  }
  return e.value as ListNode;
}

function addRule(g: Resource, p: { key: string; node: Node }, pt: { proto: string; from: number; to: number }, span: Span): void {
  const entry = (key: string, value: Node): MapEntry => ({ key, keySpan: span, value });
  const rule: MapNode = {
    kind: 'map', ...span,
    entries: [entry('IpProtocol', scalar(pt.proto, span)), entry('FromPort', scalar(pt.from, span)), entry('ToPort', scalar(pt.to, span)), entry(p.key, p.node)],
  };
  ingressList(g).items.push(rule);
}

/** The CloudFormation property a database type takes its security groups in. */
const SG_PROP: Record<string, string> = {
  'AWS::RDS::DBInstance': 'VPCSecurityGroups', 'AWS::RDS::DBCluster': 'VpcSecurityGroupIds', 'AWS::RDS::DBProxy': 'VpcSecurityGroupIds',
  'AWS::DocDB::DBCluster': 'VpcSecurityGroupIds', 'AWS::Neptune::DBCluster': 'VpcSecurityGroupIds',
};

/** `securityGroups: [sg, ...]` on a database L2 construct: `Ref`s to the groups read in this file (others unknown). */
export function attachGroups(w: SgWalk, db: Resource, e: TS.Expression, key: Span): void {
  const prop = SG_PROP[db.type];
  const x = unwrap(w, e);
  if (!prop || !w.ts.isArrayLiteralExpression(x)) return;
  const items: Node[] = x.elements.map((el) => {
    const span = spanOf(w, el);
    const g = w.byVariable.get(unwrap(w, el as TS.Expression).getText(w.sf));
    if (g?.type === 'AWS::EC2::SecurityGroup') return { kind: 'map', entries: [{ key: 'Ref', keySpan: span, value: scalar(g.id, span) }], ...span };
    return { kind: 'unknown', reason: 'security group', ...span };
  });
  db.properties!.entries = db.properties!.entries.filter((en) => en.key !== prop);
  db.properties!.entries.push({ key: prop, keySpan: key, value: { kind: 'list', items, ...spanOf(w, x) } });
}

/** The database's own group for `db.connections.*`: the one the CDK creates when no `securityGroups` were given. */
function ownGroup(w: SgWalk, db: Resource, at: Span): Resource | undefined {
  const prop = SG_PROP[db.type];
  if (!prop) return undefined;
  const written = entryPath(db.properties!, prop);
  if (written) {
    // Groups given: `connections` adds the rule to each; only a single group read in this file is followed.
    const v = written.value;
    const ids = v.kind === 'list' && v.items.length === 1 && v.items[0].kind === 'map' ? v.items[0].entries[0]?.value : undefined;
    const g = ids?.kind === 'scalar' ? w.resources.find((r) => r.id === ids.value && r.type === 'AWS::EC2::SecurityGroup') : undefined;
    return g;
  }
  if (!db.complete) return undefined;
  const id = `${db.id}SecurityGroup`;
  let g = w.resources.find((r) => r.id === id && r.type === 'AWS::EC2::SecurityGroup');
  if (!g) {
    g = {
      id, type: 'AWS::EC2::SecurityGroup', anchor: at, span: at, properties: { kind: 'map', entries: [], ...at },
      attributes: new Map(), complete: true, form: 'cdk', origin: { construct: 'SecurityGroup' },
    };
    w.resources.push(g);
    db.properties!.entries.push({ key: prop, keySpan: db.anchor, value: { kind: 'list', items: [{ kind: 'map', entries: [{ key: 'Ref', keySpan: db.anchor, value: scalar(id, db.anchor) }], ...db.anchor }], ...db.anchor } });
  }
  return g;
}

function defaultPort(db: Resource): number | undefined {
  const p = entryPath(db.properties!, 'Port')?.value;
  if (p?.kind === 'scalar' && typeof p.value === 'number') return p.value;
  if (p) return undefined;
  const eng = entryPath(db.properties!, 'Engine')?.value;
  if (eng?.kind !== 'scalar') return undefined;
  return ENGINE_PORTS.find(([re]) => re.test(String(eng.value)))?.[1];
}

/** `sg.addIngressRule(peer, port)`, `db.connections.allowFrom(peer, port)`, `allowDefaultPortFrom(peer)`, `allowDefaultPortFromAnyIpv4()`. */
export function securityGroupCall(w: SgWalk, n: TS.CallExpression): void {
  const { ts } = w;
  if (!ts.isPropertyAccessExpression(n.expression)) return;
  const method = n.expression.name.text;
  const target = unwrap(w, n.expression.expression);
  const span = spanOf(w, n);
  if (method === 'addIngressRule') {
    const g = w.byVariable.get(target.getText(w.sf));
    const p = n.arguments[0] && peer(w, n.arguments[0]);
    const pt = n.arguments[1] && port(w, n.arguments[1]);
    if (g?.type === 'AWS::EC2::SecurityGroup' && p && pt) addRule(g, p, pt, span);
    return;
  }
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'connections') return;
  const db = w.byVariable.get(target.expression.getText(w.sf));
  if (!db || !SG_PROP[db.type]) return;
  let p: { key: string; node: Node } | undefined;
  let pt: { proto: string; from: number; to: number } | undefined;
  if (method === 'allowFrom' || method === 'allowDefaultPortFrom' || method === 'allowDefaultPortFromAnyIpv4') {
    p = method === 'allowDefaultPortFromAnyIpv4' ? { key: 'CidrIp', node: scalar('0.0.0.0/0', spanOf(w, n.expression.name)) } : n.arguments[0] && peer(w, n.arguments[0]);
    if (method === 'allowFrom') pt = n.arguments[1] && port(w, n.arguments[1]);
    else {
      const dp = defaultPort(db);
      pt = dp !== undefined ? { proto: 'tcp', from: dp, to: dp } : undefined;
    }
  }
  if (!p || !pt) return;
  const g = ownGroup(w, db, spanOf(w, n.expression.name));
  if (g) addRule(g, p, pt, span);
}
