/**
 * Views of a graph too large to draw one box per resource (Mermaid needs seconds and draws an
 * unreadable strip past a hundred or so): a summary with one node per resource type (its count)
 * and one edge per (type, type, meaning) with the number of references; or one resource with its
 * neighbours, the neighbours past a bound grouped by type into "N more" nodes. Pure.
 */
import type { DiagramEdge, DiagramGraph, DiagramNode } from './graph';
import { kindOf } from './kinds';
import { shortType } from './mermaid';

/** Above this many resources the template diagram draws a summary (or one resource's neighbourhood). */
export const MAX_DRAWN_NODES = 100;
/** A focused view draws at most this many neighbours one by one; the rest are counted by type. */
export const MAX_NEIGHBOURS = 30;

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** One node per resource type, in order of first appearance; edges counted between types. */
export function summaryGraph(graph: DiagramGraph): DiagramGraph {
  const byType = new Map<string, DiagramNode[]>();
  for (const n of graph.nodes) {
    const list = byType.get(n.type);
    if (list) list.push(n);
    else byType.set(n.type, [n]);
  }
  const typeOf = new Map(graph.nodes.map((n) => [n.logicalId, n.type]));
  const nodes: DiagramNode[] = [...byType].map(([type, members], i) => ({
    key: `n${i}`, logicalId: type, type, kind: kindOf(type), line: members[0].line, ...(members[0].file !== undefined ? { file: members[0].file } : {}),
    label: [shortType(type), plural(members.length, 'resource')], stands: members.map((m) => m.logicalId),
  }));
  return { nodes, edges: countEdges(graph.edges, (id) => typeOf.get(id)) };
}

/** Edges mapped onto other endpoints (`to(id)`, undefined drops the edge), counted per (from, to, label, strength). */
function countEdges(edges: DiagramEdge[], to: (id: string) => string | undefined): DiagramEdge[] {
  const counted = new Map<string, DiagramEdge & { n: number }>();
  for (const e of edges) {
    const from = to(e.from);
    const target = to(e.to);
    if (from === undefined || target === undefined) continue;
    const k = `${from}\u0000${target}\u0000${e.label}\u0000${e.strong}`;
    const c = counted.get(k);
    if (c) c.n++;
    else counted.set(k, { from, to: target, label: e.label, strong: e.strong, n: 1 });
  }
  return [...counted.values()].map(({ n, ...e }) => ({ ...e, label: n > 1 ? `${e.label} ×${count(n)}` : e.label }));
}

/**
 * The resource `id` and the resources it refers to or that refer to it. Past `max` neighbours, the
 * first `max` (in source order) are drawn and the others become one "N more" node per type.
 */
export function neighbourhood(graph: DiagramGraph, id: string, max = MAX_NEIGHBOURS): DiagramGraph | undefined {
  const centre = graph.nodes.find((n) => n.logicalId === id);
  if (!centre) return undefined;
  const near = new Set<string>([id]);
  for (const e of graph.edges) {
    if (e.from === id) near.add(e.to);
    if (e.to === id) near.add(e.from);
  }
  const kept = new Set<string>([id]);
  const more = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (!near.has(n.logicalId) || n.logicalId === id) continue;
    if (kept.size <= max) kept.add(n.logicalId);
    else more.set(n.type, [...(more.get(n.type) ?? []), n.logicalId]);
  }
  const nodes: DiagramNode[] = [];
  const add = (n: Omit<DiagramNode, 'key'>) => nodes.push({ ...n, key: `n${nodes.length}` });
  for (const n of graph.nodes) if (kept.has(n.logicalId)) add({ ...n, ...(n.logicalId === id ? { focus: true } : {}) });
  const standIn = new Map<string, string>();
  for (const [type, ids] of more) {
    // A name no logical ID can have (they are alphanumeric), so it cannot collide with a resource.
    const name = `${type} (more)`;
    for (const m of ids) standIn.set(m, name);
    const first = graph.nodes.find((n) => n.logicalId === ids[0]);
    add({ logicalId: name, type, kind: kindOf(type), line: first?.line, ...(first?.file !== undefined ? { file: first.file } : {}), label: [`${count(ids.length)} more`, shortType(type)], stands: ids });
  }
  const edges = countEdges(graph.edges.filter((e) => e.from === id || e.to === id || (kept.has(e.from) && kept.has(e.to))),
    (x) => (kept.has(x) ? x : standIn.get(x)));
  return { nodes, edges };
}

/** The drawn resource whose source lines hold `line` (0-based), if any. */
export function nodeAtLine(graph: DiagramGraph, line: number): DiagramNode | undefined {
  return graph.nodes.find((n) => n.file === undefined && n.line !== undefined && n.line <= line && line <= (n.endLine ?? n.line));
}
