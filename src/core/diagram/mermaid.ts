/**
 * Writes a diagram graph as Mermaid flowchart text. Node ids are our own (`n0`...); every piece
 * of template text is escaped (escape.ts), so the output holds no statement the template wrote.
 */
import { escapeEdgeLabel, multiline } from './escape';
import type { DiagramGraph, NodeKind } from './graph';

/** Mermaid shape delimiters per node kind; the quoted label goes between them. */
const SHAPE: Record<NodeKind, [string, string]> = {
  database: ['[(', ')]'],
  cluster: ['[(', ')]'],
  instance: ['[(', ')]'],
  table: ['[(', ')]'],
  global: ['((', '))'],
  proxy: ['([', '])'],
  cache: ['[[', ']]'],
  'subnet-group': ['[/', '/]'],
  'security-group': ['{{', '}}'],
  'parameter-group': ['>', ']'],
  migration: ['[/', '\\]'],
  other: ['[', ']'],
};

export interface MermaidOptions {
  /** Flow direction (default LR). */
  direction?: 'LR' | 'TB';
}

/** The short form of a type for labels: `AWS::RDS::DBInstance` -> `RDS::DBInstance`. */
export function shortType(type: string): string {
  return type.replace(/^AWS::/, '');
}

/** Mermaid flowchart source for a graph. An empty graph gives one explanatory node. */
export function toMermaid(graph: DiagramGraph, options: MermaidOptions = {}): string {
  const out = [`flowchart ${options.direction ?? 'LR'}`];
  if (graph.nodes.length === 0) {
    out.push('  empty["No database resources in this template"]');
    return out.join('\n') + '\n';
  }
  const keyOf = new Map(graph.nodes.map((n) => [n.logicalId, n.key]));
  for (const n of graph.nodes) {
    const [open, close] = SHAPE[n.kind];
    out.push(`  ${n.key}${open}"${multiline(n.label ?? [n.logicalId, shortType(n.type)])}"${close}`);
  }
  for (const e of graph.edges) {
    const from = keyOf.get(e.from);
    const to = keyOf.get(e.to);
    if (!from || !to) continue;
    out.push(`  ${from} ${e.strong ? '-->' : '-.->'}|"${escapeEdgeLabel(e.label, 32)}"| ${to}`);
  }
  const focused = graph.nodes.filter((n) => n.focus).map((n) => n.key);
  if (focused.length) out.push('  classDef focus stroke-width:4px', `  class ${focused.join(',')} focus`);
  return out.join('\n') + '\n';
}
