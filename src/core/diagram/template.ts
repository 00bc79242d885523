/**
 * A read template -> the diagram's graph: database resources (RDS, Aurora, DocumentDB, Neptune,
 * DynamoDB, DAX, ElastiCache, MemoryDB, DMS, DSQL, Redshift), the security groups they use, and
 * the references between them, each edge labelled with what it means. Pure.
 */
import type { ModelDocument, Resource } from '../model';
import { get } from '../model';
import { LineIndex } from '../text';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './graph';
import { isDatabaseType, kindOf, roleOf } from './kinds';
import { referencesOf } from './references';

const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const INGRESS = 'AWS::EC2::SecurityGroupIngress';

/** The graph of a read document. Only resources of the document are drawn; parameters are not. */
export function templateGraph(doc: ModelDocument): DiagramGraph {
  const byId = new Map<string, Resource>();
  for (const r of doc.resources) byId.set(r.id, r);
  const included = new Map<string, Resource>();
  for (const r of doc.resources) if (isDatabaseType(r.type)) included.set(r.id, r);

  // Security groups come in when a database resource uses them.
  const raw: DiagramEdge[] = [];
  for (const r of [...included.values()]) {
    for (const ref of referencesOf(r.properties)) {
      const target = byId.get(ref.target);
      if (!target || target === r) continue;
      if (target.type === SECURITY_GROUP) included.set(target.id, target);
      if (included.has(target.id) || target.type === SECURITY_GROUP) raw.push({ from: r.id, to: target.id, ...roleOf(ref.property) });
    }
  }
  // Security group to security group: inline ingress rules and AWS::EC2::SecurityGroupIngress.
  for (const r of doc.resources) {
    if (r.type === SECURITY_GROUP && included.has(r.id)) {
      for (const ref of referencesOf(r.properties)) {
        if (ref.target !== r.id && byId.get(ref.target)?.type === SECURITY_GROUP && included.has(ref.target)) {
          raw.push({ from: r.id, to: ref.target, ...roleOf(ref.property) });
        }
      }
    }
    if (r.type === INGRESS) {
      const group = singleTarget(r, 'GroupId');
      const source = singleTarget(r, 'SourceSecurityGroupId');
      if (group && source && group !== source && included.has(group) && included.has(source)) {
        raw.push({ from: group, to: source, label: 'ingress from', strong: true });
      }
    }
  }

  const lines = new LineIndex(doc.text);
  const nodes: DiagramNode[] = [];
  for (const r of doc.resources) {
    if (!included.has(r.id)) continue;
    nodes.push({ key: `n${nodes.length}`, logicalId: r.id, type: r.type, kind: kindOf(r.type), line: lines.position(r.anchor.start).line, endLine: lines.position(Math.max(r.span.start, r.span.end - 1)).line });
  }
  const seen = new Set<string>();
  const edges = raw.filter((e) => {
    const k = `${e.from}\u0000${e.to}\u0000${e.label}`;
    if (seen.has(k) || !included.has(e.to)) return false;
    seen.add(k);
    return true;
  });
  return { nodes, edges };
}

/** The one logical ID a property refers to, when it refers to exactly one. */
function singleTarget(r: Resource, property: string): string | undefined {
  const value = get(r.properties, property);
  if (!value) return undefined;
  const refs = referencesOf({ kind: 'map', start: 0, end: 0, entries: [{ key: property, keySpan: { start: 0, end: 0 }, value }] });
  return refs.length === 1 ? refs[0].target : undefined;
}
