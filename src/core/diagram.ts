/**
 * Template -> Mermaid: the entry point the diagram panel and the CLI share. Pure: reads the text
 * with the engine's readers, builds the graph, writes Mermaid.
 */
import { readDocument } from './engine';
import type { DocumentKind } from './model';
import type { DiagramGraph } from './diagram/graph';
import { toMermaid, type MermaidOptions } from './diagram/mermaid';
import { templateGraph } from './diagram/template';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../protocol/mermaid-limits';

export type { DiagramEdge, DiagramGraph, DiagramNode, NodeKind } from './diagram/graph';
export { toMermaid } from './diagram/mermaid';
export { templateGraph } from './diagram/template';

export interface TemplateDiagram {
  /** What the reader saw the text as (`none`: not a template it knows). */
  kind: DocumentKind;
  graph: DiagramGraph;
  mermaid: string;
  /** Read problems (syntax errors) in words, shown above the diagram. */
  problems: string[];
  /**
   * Set when the diagram is past what Mermaid draws (MERMAID_MAX_TEXT characters of source or
   * MERMAID_MAX_EDGES links): the message says so, and `mermaid` is a one-node stand-in saying it.
   */
  tooLarge?: string;
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
  const mermaid = toMermaid(graph, options);
  const tooLarge = mermaidTooLarge(mermaid, graph);
  if (tooLarge) return { kind, graph, mermaid: 'flowchart LR\n  big["Too large for Mermaid to draw"]\n', problems: [...problems, tooLarge], tooLarge };
  return { kind, graph, mermaid, problems };
}

/** Why Mermaid would not draw this diagram (it draws a placeholder past its limits), or undefined. */
export function mermaidTooLarge(mermaid: string, graph: DiagramGraph): string | undefined {
  const links = mermaid.split('\n').filter((l) => /-\.?->/.test(l)).length;
  if (mermaid.length <= MERMAID_MAX_TEXT && links <= MERMAID_MAX_EDGES) return undefined;
  return `The diagram is too large for Mermaid to draw: ${graph.nodes.length} resources and ${links} links make ${mermaid.length.toLocaleString('en-US')} characters of Mermaid, `
    + `and Mermaid draws at most ${MERMAID_MAX_TEXT.toLocaleString('en-US')} characters and ${MERMAID_MAX_EDGES.toLocaleString('en-US')} links. Split the template (nested stacks) to diagram it.`;
}
