/**
 * The diagram of a Terraform file or folder ("Diagram This Template", `aws-db-architect diagram`): the
 * database resources, the subnet groups, parameter groups, security groups and KMS keys they use, and the
 * references Terraform expresses between them (`aws_db_subnet_group.x.name`, `aws_security_group.x.id`,
 * `aws_kms_key.x.arn`, `cluster_identifier`, `global_cluster_identifier`, ...), each edge labelled with
 * what it means, as the template diagram labels CloudFormation's. Pure.
 *
 * A file: its own database resources, and what they refer to in the other files of its folder (the
 * siblings the host passes; those nodes carry the file they are in). A folder (`whole`): the database
 * resources of every file. References through `local.x` are followed; `var.*`, `data.*`, `module.*`
 * and computed values are not references to a resource of the folder (no edge rather than a guess).
 */
import type { DiagramEdge, DiagramGraph, DiagramNode } from '../../diagram/graph';
import { isDatabaseType, kindOf, roleOf } from '../../diagram/kinds';
import { shortType } from '../../diagram/mermaid';
import type { ModelDocument } from '../../model';
import { LineIndex } from '../../text';
import { configOf, readTfConfig, type TfConfig, type TfLocal, type TfResource } from './config';
import type { HclBody, HclExpr } from './hcl';
import { attribute } from './hcl';
import { readTfJson } from './json';
import { terraformDocInfo, type SiblingFile } from './reader';
import { RESOURCES } from './resources';

/** Provider resources the reader does not map (no rule reads them) but the diagram draws, as the CloudFormation type that draws the same. */
const DRAWN: Record<string, string> = {
  aws_db_subnet_group: 'AWS::RDS::DBSubnetGroup',
  aws_db_option_group: 'AWS::RDS::OptionGroup',
  aws_db_proxy_default_target_group: 'AWS::RDS::DBProxyTargetGroup',
  aws_db_proxy_endpoint: 'AWS::RDS::DBProxyEndpoint',
  aws_elasticache_subnet_group: 'AWS::ElastiCache::SubnetGroup',
  aws_elasticache_parameter_group: 'AWS::ElastiCache::ParameterGroup',
  aws_elasticache_global_replication_group: 'AWS::ElastiCache::GlobalReplicationGroup',
  aws_docdb_subnet_group: 'AWS::DocDB::DBSubnetGroup',
  aws_docdb_cluster_parameter_group: 'AWS::DocDB::DBClusterParameterGroup',
  aws_neptune_subnet_group: 'AWS::Neptune::DBSubnetGroup',
  aws_neptune_parameter_group: 'AWS::Neptune::DBParameterGroup',
  aws_neptune_cluster_parameter_group: 'AWS::Neptune::DBClusterParameterGroup',
  aws_memorydb_subnet_group: 'AWS::MemoryDB::SubnetGroup',
  aws_memorydb_parameter_group: 'AWS::MemoryDB::ParameterGroup',
  aws_dax_subnet_group: 'AWS::DAX::SubnetGroup',
  aws_dax_parameter_group: 'AWS::DAX::ParameterGroup',
  aws_dms_replication_subnet_group: 'AWS::DMS::ReplicationSubnetGroup',
  aws_dms_endpoint: 'AWS::DMS::Endpoint',
  aws_dms_replication_task: 'AWS::DMS::ReplicationTask',
  aws_redshift_subnet_group: 'AWS::Redshift::ClusterSubnetGroup',
  aws_redshift_parameter_group: 'AWS::Redshift::ClusterParameterGroup',
  aws_kms_key: 'AWS::KMS::Key',
};

/** Resources drawn when a database resource refers to them, though they are not database resources. */
const USED = new Set(['AWS::EC2::SecurityGroup', 'AWS::KMS::Key']);
const SECURITY_GROUP = 'aws_security_group';

/** What a reference held in a Terraform argument means (the CloudFormation labels, for the arguments of every resource). */
const ROLE: Record<string, string> = {
  db_subnet_group_name: 'subnet group', subnet_group_name: 'subnet group', replication_subnet_group_id: 'subnet group', cluster_subnet_group_name: 'subnet group',
  vpc_security_group_ids: 'security group', security_group_ids: 'security group', vpc_security_group_id: 'security group', security_group_names: 'security group',
  kms_key_id: 'encryption key', kms_key_arn: 'encryption key', master_user_secret_kms_key_id: 'encryption key', performance_insights_kms_key_id: 'encryption key',
  cluster_identifier: 'member of', replication_group_id: 'member of', global_cluster_identifier: 'in global cluster', global_replication_group_id: 'in global group',
  replicate_source_db: 'replica of', replication_source_identifier: 'replica of', source_db_cluster_identifier: 'source cluster', primary_replication_group_id: 'primary',
  parameter_group_name: 'parameter group', db_parameter_group_name: 'parameter group', db_cluster_parameter_group_name: 'parameter group',
  cluster_parameter_group_name: 'parameter group', db_cluster_instance_parameter_group_name: 'parameter group', option_group_name: 'option group',
  replication_instance_arn: 'runs on', source_endpoint_arn: 'source', target_endpoint_arn: 'target', db_proxy_name: 'target group of',
};

/** Arguments that are not references to draw (meta-arguments and their blocks). */
const SKIPPED = new Set(['depends_on', 'provider', 'count', 'for_each', 'lifecycle', 'provisioner', 'connection', 'tags', 'tags_all']);

interface Entry {
  tf: TfResource;
  /** CloudFormation type the node is drawn as. */
  type: string;
  /** The file it is in ('' for the diagrammed file). */
  file: string;
  lines: LineIndex;
  locals: Map<string, TfLocal>;
}

export interface TerraformDiagramOptions {
  siblings?: SiblingFile[];
  /** Draw every file's database resources (a folder), not only the diagrammed file's. */
  whole?: boolean;
  /** The diagrammed file's name (its siblings of the same name are left out). */
  fileName?: string;
}

function configFor(name: string, text: string): TfConfig {
  return /\.json$/i.test(name) ? configOf(text, readTfJson(text).hcl) : readTfConfig(text);
}

/** The graph of a read Terraform document (and its folder's other files). */
export function terraformGraph(doc: ModelDocument, options: TerraformDiagramOptions = {}): DiagramGraph {
  const own = terraformDocInfo(doc)?.config ?? readTfConfig(doc.text);
  const base = (options.fileName ?? '').split(/[\\/]/).pop() ?? '';
  const files: { name: string; config: TfConfig }[] = [{ name: '', config: own }];
  for (const s of options.siblings ?? []) {
    if (s.name !== base && /\.tf(\.json)?$/i.test(s.name)) files.push({ name: s.name, config: configFor(s.name, s.text) });
  }
  const byAddress = new Map<string, Entry>();
  for (const f of files) {
    const lines = new LineIndex(f.config.text);
    const locals = new Map(f.config.locals.map((l) => [l.name, l]));
    for (const tf of f.config.resources) {
      if (tf.mode !== 'resource' || byAddress.has(tf.address) || never(tf)) continue;
      const type = RESOURCES[tf.type]?.type ?? DRAWN[tf.type];
      if (type) byAddress.set(tf.address, { tf, type, file: f.name, lines, locals });
    }
  }
  const included = new Set<string>();
  for (const [address, e] of byAddress) if (isDatabaseType(e.type) && (options.whole || e.file === '')) included.add(address);

  const raw: DiagramEdge[] = [];
  // Database resources: what they refer to comes in (one step), as in the template diagram.
  for (const address of [...included]) {
    const e = byAddress.get(address)!;
    for (const ref of references(e.tf.block.body, e.locals)) {
      const target = byAddress.get(ref.target);
      if (!target || ref.target === address || !(isDatabaseType(target.type) || USED.has(target.type))) continue;
      included.add(ref.target);
      raw.push({ from: address, to: ref.target, ...role(e.tf.type, ref.argument) });
    }
  }
  // Security groups between them: inline `ingress { security_groups = [...] }`, and rule resources.
  for (const [address, e] of byAddress) {
    if (e.tf.type === SECURITY_GROUP && included.has(address)) {
      for (const block of e.tf.block.body.items) {
        if (block.kind !== 'block' || block.type !== 'ingress') continue;
        for (const ref of references(block.body, e.locals)) {
          if (ref.target !== address && included.has(ref.target) && byAddress.get(ref.target)?.tf.type === SECURITY_GROUP) raw.push({ from: address, to: ref.target, label: 'ingress from', strong: true });
        }
      }
    }
  }
  for (const f of files) {
    const locals = new Map(f.config.locals.map((l) => [l.name, l]));
    for (const tf of f.config.resources) {
      if (tf.mode !== 'resource') continue;
      const body = tf.block.body;
      const one = (name: string) => {
        const a = attribute(body, name);
        const refs = a ? targets(a.expr, locals, 0) : [];
        return refs.length === 1 ? refs[0] : undefined;
      };
      if (tf.type === 'aws_security_group_rule' || tf.type === 'aws_vpc_security_group_ingress_rule') {
        const type = attribute(body, 'type')?.expr;
        if (tf.type === 'aws_security_group_rule' && !(type?.kind === 'literal' && type.value === 'ingress')) continue;
        const group = one('security_group_id');
        const source = one(tf.type === 'aws_security_group_rule' ? 'source_security_group_id' : 'referenced_security_group_id');
        if (group && source && group !== source && included.has(group) && included.has(source)) raw.push({ from: group, to: source, label: 'ingress from', strong: true });
      } else if (tf.type === 'aws_db_proxy_target') {
        const proxy = one('db_proxy_name');
        const db = one('db_instance_identifier') ?? one('db_cluster_identifier');
        if (proxy && db && included.has(db)) {
          if (!included.has(proxy) && byAddress.has(proxy)) included.add(proxy);
          if (included.has(proxy)) raw.push({ from: proxy, to: db, label: 'proxy target', strong: true });
        }
      }
    }
  }

  const nodes: DiagramNode[] = [];
  for (const [address, e] of byAddress) {
    if (!included.has(address)) continue;
    const line = e.lines.position(e.tf.block.start).line;
    const endLine = e.lines.position(Math.max(e.tf.block.start, e.tf.block.end - 1)).line;
    const label = [address, shortType(e.type), ...(e.file ? [`in ${e.file}`] : [])];
    nodes.push({ key: `n${nodes.length}`, logicalId: address, type: e.type, kind: kindOf(e.type), line, endLine, label, ...(e.file ? { file: e.file } : {}) });
  }
  const seen = new Set<string>();
  const edges = raw.filter((x) => {
    const k = `${x.from}\u0000${x.to}\u0000${x.label}`;
    if (seen.has(k) || !included.has(x.from) || !included.has(x.to)) return false;
    seen.add(k);
    return true;
  });
  return { nodes, edges };
}

/** `count = 0` (a literal): the resource is never created, so it is not drawn. */
function never(tf: TfResource): boolean {
  const e = tf.count?.expr;
  return e?.kind === 'literal' && typeof e.value === 'number' && e.value <= 0;
}

function role(type: string, argument: string): { label: string; strong: boolean } {
  const own = ROLE[argument];
  if (own) return { label: own, strong: true };
  // A mapped argument takes the CloudFormation property's label (the template diagram's words).
  const spec = RESOURCES[type]?.args[argument];
  const path = spec === undefined ? undefined : typeof spec === 'string' ? spec : spec.path;
  const cfn = path ? roleOf(path.split('.')[0]) : undefined;
  return cfn?.strong ? cfn : { label: argument, strong: false };
}

/** References to resources in a body (nested blocks too), one per (target, top-level argument), in source order. */
function references(body: HclBody, locals: Map<string, TfLocal>): { target: string; argument: string }[] {
  const out: { target: string; argument: string }[] = [];
  const seen = new Set<string>();
  const walk = (b: HclBody, top: string | undefined) => {
    for (const it of b.items) {
      if (SKIPPED.has(it.kind === 'attribute' ? it.name : it.type)) continue;
      if (it.kind === 'block') {
        walk(it.type === 'dynamic' ? (it.body.items.find((x) => x.kind === 'block' && x.type === 'content') as { body: HclBody } | undefined)?.body ?? it.body : it.body, top ?? it.type);
        continue;
      }
      // An argument of a nested block is labelled by its own name when it says a role (`kms_key_arn` in `server_side_encryption`).
      const argument = ROLE[it.name] ? it.name : top ?? it.name;
      for (const target of targets(it.expr, locals, 0)) {
        const k = `${target}\u0000${argument}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ target, argument });
      }
    }
  };
  walk(body, undefined);
  return out;
}

const NOT_RESOURCES = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self', 'data', 'module']);

/** Resource addresses an expression refers to (`aws_x.name...`), following `local.x` (a bounded depth, no cycles). */
function targets(e: HclExpr, locals: Map<string, TfLocal>, depth: number): string[] {
  if (depth > 8) return [];
  const rec = (x: HclExpr) => targets(x, locals, depth + 1);
  switch (e.kind) {
    case 'traversal': {
      const first = e.steps[0];
      if (first?.kind !== 'attr') return [];
      if (e.root === 'local') {
        const l = locals.get(first.name);
        return l ? targets(l.attribute.expr, locals, depth + 1) : [];
      }
      return !NOT_RESOURCES.has(e.root) && /^aws_/.test(e.root) ? [`${e.root}.${first.name}`] : [];
    }
    case 'template':
      return e.parts.flatMap((p) => (typeof p === 'string' ? [] : rec(p)));
    case 'tuple':
      return e.items.flatMap(rec);
    case 'object':
      return e.items.flatMap((i) => rec(i.value));
    case 'call':
      return e.args.flatMap(rec);
    case 'conditional':
      return [...rec(e.then), ...rec(e.else)];
    case 'binary':
      return [...rec(e.left), ...rec(e.right)];
    case 'unary':
      return rec(e.operand);
    case 'paren':
      return rec(e.inner);
    case 'postfix':
      return rec(e.target);
    default:
      return [];
  }
}
