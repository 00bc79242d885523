import { fact } from '../../../knowledge';
import type { ModelDocument, Node, Resource } from '../../model';
import { get } from '../../model';
import { asNumber, asString, resolve, type Candidate } from '../../resolve';
import { defineRule, type RuleContext } from '../types';
import { settingName } from '../util';
import { compatible } from './pairs';

const ports = fact('rds.default-ports');

/** Default ports of database engines and data stores (see fact rds.default-ports). */
export const DB_PORTS: [number, string][] = [
  [1433, 'SQL Server'], [1521, 'Oracle'], [2484, 'Oracle TLS'], [3306, 'MySQL/MariaDB/Aurora MySQL'], [5432, 'PostgreSQL'],
  [5439, 'Redshift'], [6379, 'Redis/Valkey'], [8182, 'Neptune'], [9042, 'Cassandra'], [9142, 'Keyspaces'], [11211, 'Memcached'],
  [27017, 'DocumentDB/MongoDB'], [50000, 'Db2'],
];

const OPEN = new Set(['0.0.0.0/0', '::/0']);

/** Candidates of a field of one ingress rule (a map node), resolved through parameters and conditions. */
function field(doc: ModelDocument, rule: Node, key: string): Candidate[] {
  const n = get(rule, key);
  return n ? resolve(n, doc).candidates.filter((c) => !c.noValue) : [];
}

/** Database ports an ingress rule opens; undefined when protocol or ports cannot be known. */
function openedPorts(doc: ModelDocument, rule: Node, cidr: Candidate): [number, string][] | undefined {
  const protos = field(doc, rule, 'IpProtocol').filter((c) => compatible(c, cidr));
  if (protos.length !== 1) return undefined;
  const proto = asString(protos[0].value)?.toLowerCase();
  if (proto === '-1' || proto === 'all') return DB_PORTS;
  if (proto !== 'tcp' && proto !== '6') return undefined;
  const from = field(doc, rule, 'FromPort').map((c) => asNumber(c.value));
  const to = field(doc, rule, 'ToPort').map((c) => asNumber(c.value));
  if (from.length !== 1 || to.length !== 1 || from[0] === undefined || to[0] === undefined) return undefined;
  const [lo, hi] = [from[0], to[0]];
  if (lo === -1 && hi === -1) return DB_PORTS;
  return DB_PORTS.filter(([p]) => p >= lo && p <= hi);
}

/** Ingress rules of a resource: the resource itself, or the items of its ingress list. */
function ingressRules(ctx: RuleContext, r: Resource): Node[] {
  if (r.type === 'AWS::EC2::SecurityGroupIngress' || r.type === 'AWS::RDS::DBSecurityGroupIngress') return r.properties ? [r.properties] : [];
  const listKey = r.type === 'AWS::RDS::DBSecurityGroup' ? 'DBSecurityGroupIngress' : 'SecurityGroupIngress';
  const out: Node[] = [];
  for (const list of ctx.prop(r, listKey).candidates) {
    if (list.node.kind !== 'list') continue;
    for (const item of list.node.items) {
      for (const c of resolve(item, ctx.doc).candidates) if (c.node.kind === 'map') out.push(c.node);
    }
  }
  return out;
}

function describe(open: [number, string][]): string {
  if (open.length === DB_PORTS.length) return 'every database port';
  const shown = open.slice(0, 3).map(([p, n]) => `${p} (${n})`).join(', ');
  return `port${open.length > 1 ? 's' : ''} ${shown}${open.length > 3 ? ` and ${open.length - 3} more` : ''}`;
}

export default defineRule({
  id: 'ADB021',
  title: 'Database port open to the whole internet',
  severity: 'warning',
  services: ['rds', 'aurora', 'redshift', 'elasticache', 'documentdb', 'neptune'],
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::RDS::DBSecurityGroup', 'AWS::RDS::DBSecurityGroupIngress'],
  description:
    'An ingress rule from 0.0.0.0/0 or ::/0 that covers a database port (3306 MySQL/MariaDB, 5432 PostgreSQL, 1433 SQL Server, ' +
    '1521/2484 Oracle, 50000 Db2, 5439 Redshift, 6379 Redis/Valkey, 11211 Memcached, 27017 DocumentDB, 8182 Neptune, 9042/9142 ' +
    'Cassandra/Keyspaces), including all-traffic rules and port ranges, lets anyone on the internet try to log in. Allow only the ' +
    'application tier (SourceSecurityGroupId) or a narrow CIDR. Checks AWS::EC2::SecurityGroup SecurityGroupIngress, ' +
    'AWS::EC2::SecurityGroupIngress and the EC2-Classic AWS::RDS::DBSecurityGroup CIDRIP. A parameter whose default is 0.0.0.0/0 is ' +
    'reported too, naming the parameter.',
  source: { seed: ports.seed ?? undefined, urls: ports.sources },
  check(ctx) {
    for (const r of ctx.resources()) {
      const rds = r.type.startsWith('AWS::RDS::');
      for (const rule of ingressRules(ctx, r)) {
        for (const key of rds ? ['CIDRIP'] : ['CidrIp', 'CidrIpv6']) {
          for (const c of field(ctx.doc, rule, key)) {
            const cidr = asString(c.value)?.trim();
            if (!cidr || !OPEN.has(cidr)) continue;
            const name = settingName(r, key, '--cidr', key === 'CidrIpv6' ? 'Peer.anyIpv6()' : 'Peer.anyIpv4()');
            if (rds) {
              ctx.report({ resource: r, at: c, message: `${name} ${cidr} lets anyone on the internet reach the database port: allow only the application's security group or a narrow CIDR.` });
              continue;
            }
            const open = openedPorts(ctx.doc, rule, c);
            if (!open?.length) continue;
            ctx.report({ resource: r, at: c, message: `${name} ${cidr} opens ${describe(open)} to the whole internet: allow only the application's security group (SourceSecurityGroupId) or a narrow CIDR.` });
          }
        }
      }
    }
  },
});
