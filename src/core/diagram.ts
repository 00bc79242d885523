/**
 * Template -> Mermaid: the entry point the diagram panel and the CLI share. Pure: reads the text
 * with the engine's readers, builds the graph, writes Mermaid.
 */
import { readDocument } from './engine';
import type { DiagramGraph } from './diagram/graph';
import { toMermaid, type MermaidOptions } from './diagram/mermaid';
import { templateGraph } from './diagram/template';

export type { DiagramEdge, DiagramGraph, DiagramNode, NodeKind } from './diagram/graph';
export { toMermaid } from './diagram/mermaid';
export { templateGraph } from './diagram/template';

export interface TemplateDiagram {
  /** What the reader saw the text as (`none`: not a template it knows). */
  kind: 'cloudformation' | 'aws-cli' | 'cdk' | 'none';
  graph: DiagramGraph;
  mermaid: string;
  /** Read problems (syntax errors) in words, shown above the diagram. */
  problems: string[];
}

/** Reads a template text and draws it. Never throws: a text it cannot read gives an empty diagram and a problem. */
export function diagramTemplate(text: string, fileName = '', options: MermaidOptions = {}): TemplateDiagram {
  let graph: DiagramGraph = { nodes: [], edges: [] };
  const problems: string[] = [];
  let kind: TemplateDiagram['kind'] = 'none';
  try {
    const doc = readDocument(text, fileName);
    if (doc) {
      kind = doc.kind;
      graph = templateGraph(doc);
      for (const p of doc.problems) if (p.severity === 'error') problems.push(p.message);
    } else {
      problems.push('Not a template this extension reads (CloudFormation YAML or JSON).');
    }
  } catch (e) {
    problems.push(`Could not read the template: ${(e as Error).message}`);
  }
  return { kind, graph, mermaid: toMermaid(graph, options), problems };
}
