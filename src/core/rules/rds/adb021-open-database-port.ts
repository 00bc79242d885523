import { fact } from '../../../knowledge';
import type { ModelDocument, Node, Resource } from '../../model';
import { get, getPath, intrinsicName } from '../../model';
import { asBool, asNumber, asString, resolve, type Candidate } from '../../resolve';
import { referencedIds } from '../dynamodb/scaling-targets';
import { defineRule, type RuleContext } from '../types';
import { inForm } from '../util';
import { compatible } from './pairs';

const ports = fact('rds.default-ports');

/** Default ports of database engines and data stores (see fact rds.default-ports). */
export const DB_PORTS: [number, string][] = [
  [1433, 'SQL Server'], [1521, 'Oracle'], [2484, 'Oracle TLS'], [3306, 'MySQL/MariaDB/Aurora MySQL'], [5432, 'PostgreSQL'],
  [5439, 'Redshift'], [6379, 'Redis/Valkey'], [8182, 'Neptune'], [9042, 'Cassandra'], [9142, 'Keyspaces'], [11211, 'Memcached'],
  [27017, 'DocumentDB/MongoDB'], [50000, 'Db2'],
];

const OPEN = new Set(['0.0.0.0/0', '::/0']);

/**
 * Where database resources take their VPC security groups (CloudFormation property paths). A group
 * listed here guards a database; a group used only by, say, a Lambda function is the *source* a
 * database group allows, and an open rule on it says nothing about the database.
 */
export const DB_SECURITY_GROUP_PROPS: Record<string, string[]> = {
  'AWS::RDS::DBInstance': ['VPCSecurityGroups'],
  'AWS::RDS::DBCluster': ['VpcSecurityGroupIds'],
  'AWS::RDS::DBProxy': ['VpcSecurityGroupIds'],
  'AWS::RDS::DBProxyEndpoint': ['VpcSecurityGroupIds'],
  'AWS::DocDB::DBCluster': ['VpcSecurityGroupIds'],
  'AWS::DocDBElastic::Cluster': ['VpcSecurityGroupIds'],
  'AWS::Neptune::DBCluster': ['VpcSecurityGroupIds'],
  'AWS::ElastiCache::CacheCluster': ['VpcSecurityGroupIds'],
  'AWS::ElastiCache::ReplicationGroup': ['SecurityGroupIds'],
  'AWS::ElastiCache::ServerlessCache': ['SecurityGroupIds'],
  'AWS::MemoryDB::Cluster': ['SecurityGroupIds'],
  'AWS::Redshift::Cluster': ['VpcSecurityGroupIds'],
  'AWS::RedshiftServerless::Workgroup': ['SecurityGroupIds'],
  'AWS::DMS::ReplicationInstance': ['VpcSecurityGroupIds'],
  'AWS::DMS::ReplicationConfig': ['ComputeConfig.VpcSecurityGroupIds'],
  'AWS::DAX::Cluster': ['SecurityGroupIds'],
  'AWS::OpenSearchService::Domain': ['VPCOptions.SecurityGroupIds'],
  'AWS::Elasticsearch::Domain': ['VPCOptions.SecurityGroupIds'],
  'AWS::Timestream::InfluxDBInstance': ['VpcSecurityGroupIds'],
};

/** Database resources that can be given a public address (the property that says so). */
const PUBLIC_PROP: Record<string, string> = {
  'AWS::RDS::DBInstance': 'PubliclyAccessible',
  'AWS::DMS::ReplicationInstance': 'PubliclyAccessible',
  'AWS::Redshift::Cluster': 'PubliclyAccessible',
  'AWS::Timestream::InfluxDBInstance': 'PubliclyAccessible',
};

/**
 * How a security-group value names its groups: `ref:X` for `!Ref X` / `!GetAtt X.GroupId` (a
 * SecurityGroup resource or a parameter), `lit:sg-...` for a literal ID. Both branches of an `Fn::If`
 * count; anything else (an import, a split string) names nothing we can match.
 */
function groupKeys(node: Node | undefined, out: Set<string>): Set<string> {
  if (!node) return out;
  if (node.kind === 'list') {
    for (const it of node.items) groupKeys(it, out);
    return out;
  }
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string' && node.value.trim()) out.add(`lit:${node.value.trim()}`);
    return out;
  }
  if (node.kind !== 'map') return out;
  const fn = intrinsicName(node);
  const arg = fn ? node.entries[0].value : undefined;
  if (fn === 'Fn::If') {
    if (arg?.kind === 'list') for (const b of arg.items.slice(1)) groupKeys(b, out);
  } else if (fn === 'Ref' || fn === 'Fn::GetAtt') {
    for (const id of referencedIds(node)) out.add(`ref:${id}`);
  }
  return out;
}

/** The groups database resources use, each with the databases that use it. */
function databaseGroups(doc: ModelDocument): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>();
  for (const r of doc.resources) {
    for (const path of DB_SECURITY_GROUP_PROPS[r.type] ?? []) {
      for (const k of groupKeys(getPath(r.properties, path), new Set())) {
        const list = out.get(k);
        if (list) list.push(r);
        else out.set(k, [r]);
      }
    }
  }
  return out;
}

/** The databases a security group (or a standalone ingress rule's GroupId) guards; empty when none is shown. */
function guardedDatabases(r: Resource, groups: Map<string, Resource[]>): Resource[] {
  const keys = r.type === 'AWS::EC2::SecurityGroupIngress'
    ? groupKeys(get(r.properties, 'GroupId'), new Set())
    : new Set([`ref:${r.id}`]);
  const out = new Set<Resource>();
  for (const k of keys) for (const db of groups.get(k) ?? []) out.add(db);
  return [...out];
}

/** The databases among `dbs` that may be publicly accessible (some candidate true). */
function publicOnes(ctx: RuleContext, dbs: Resource[]): Resource[] {
  return dbs.filter((db) => {
    const prop = PUBLIC_PROP[db.type];
    return !!prop && ctx.prop(db, prop).candidates.some((c) => asBool(c.value) === true);
  });
}

function named(dbs: Resource[]): string {
  const ids = dbs.map((d) => d.id);
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;
}

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
  title: 'Database security group allows any address to a database port',
  severity: 'warning',
  services: ['rds', 'aurora', 'redshift', 'elasticache', 'documentdb', 'neptune', 'memorydb', 'dax', 'dms', 'opensearch'],
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::RDS::DBSecurityGroup', 'AWS::RDS::DBSecurityGroupIngress'],
  description:
    'An ingress rule from 0.0.0.0/0 or ::/0 that covers a database port (3306 MySQL/MariaDB, 5432 PostgreSQL, 1433 SQL Server, ' +
    '1521/2484 Oracle, 50000 Db2, 5439 Redshift, 6379 Redis/Valkey, 11211 Memcached, 27017 DocumentDB, 8182 Neptune, 9042/9142 ' +
    'Cassandra/Keyspaces), including all-traffic rules and port ranges, on a security group that a database uses: every address ' +
    'routed to the VPC can try to log in, and the whole internet when the database is publicly accessible. Allow only the ' +
    'application tier (SourceSecurityGroupId) or a narrow CIDR. A group counts as a database group when the template attaches it ' +
    '(Ref or GetAtt GroupId, or the same literal ID or parameter) to a database resource: VPCSecurityGroups of an RDS DB instance, ' +
    'VpcSecurityGroupIds of RDS/Aurora, DocumentDB, Neptune, Redshift, ElastiCache cache clusters, DMS, Timestream for InfluxDB and ' +
    'RDS Proxy, SecurityGroupIds of ElastiCache replication groups and serverless caches, MemoryDB and DAX, VPCOptions of ' +
    'OpenSearch. A group only a Lambda function or an instance uses (the source a database group allows), or one the template ' +
    'attaches to nothing, is not reported. Checks AWS::EC2::SecurityGroup SecurityGroupIngress, AWS::EC2::SecurityGroupIngress ' +
    '(through its GroupId) and the EC2-Classic AWS::RDS::DBSecurityGroup CIDRIP. A parameter whose default is 0.0.0.0/0 is ' +
    'reported too, naming the parameter.',
  source: { seed: ports.seed ?? undefined, urls: ports.sources },
  check(ctx) {
    const groups = databaseGroups(ctx.doc);
    for (const r of ctx.resources()) {
      const rds = r.type.startsWith('AWS::RDS::');
      // An EC2 security group is judged only when a database in the template uses it.
      const dbs = rds ? [] : guardedDatabases(r, groups);
      if (!rds && !dbs.length) continue;
      const exposed = publicOnes(ctx, dbs);
      for (const rule of ingressRules(ctx, r)) {
        for (const key of rds ? ['CIDRIP'] : ['CidrIp', 'CidrIpv6']) {
          for (const c of field(ctx.doc, rule, key)) {
            const cidr = asString(c.value)?.trim();
            if (!cidr || !OPEN.has(cidr)) continue;
            const name = inForm(r, key, '--cidr', key === 'CidrIpv6' ? 'Peer.anyIpv6()' : 'Peer.anyIpv4()');
            const any = `any ${cidr === '::/0' ? 'IPv6' : 'IPv4'} address`;
            if (rds) {
              ctx.report({ resource: r, at: c, message: `${name} ${cidr} allows ${any} to reach the databases in this DB security group: allow only the application's security group or a narrow CIDR.` });
              continue;
            }
            const open = openedPorts(ctx.doc, rule, c);
            if (!open?.length) continue;
            const reach = exposed.length
              ? `; ${named(exposed)} ${exposed.length > 1 ? 'are' : 'is'} publicly accessible, so anyone on the internet can try to log in`
              : ' (anything routed to the VPC can connect)';
            ctx.report({
              resource: r,
              at: c,
              message: `${name} ${cidr} allows ${any} to reach ${describe(open)} of ${named(dbs)}, which use${dbs.length > 1 ? '' : 's'} this security group${reach}: allow only the application's security group (${sourceGroupWord(r)}) or a narrow CIDR.`,
            });
          }
        }
      }
    }
  },
});

/** Where a rule names the security group it admits, in the form's words (Terraform: by the resource type). */
function sourceGroupWord(r: Resource): string {
  const tf: Record<string, string> = { aws_security_group: 'security_groups', aws_security_group_rule: 'source_security_group_id', aws_vpc_security_group_ingress_rule: 'referenced_security_group_id' };
  return inForm(r, 'SourceSecurityGroupId', 'SourceSecurityGroupId', 'SourceSecurityGroupId', tf[r.origin?.construct ?? ''] ?? 'source_security_group_id');
}
