/**
 * Template -> Mermaid: the entry point the diagram panel and the CLI share. Pure: reads the text
 * with the engine's readers, builds the graph, writes Mermaid. A template with more resources than
 * are drawn one by one (MAX_DRAWN_NODES) is drawn as a summary by type, or as one resource and its
 * neighbours when a focus is given.
 */
import { readDocument } from './engine';
import { formOf } from './forms';
import type { DocumentKind } from './model';
import type { DiagramGraph } from './diagram/graph';
import { toMermaid, type MermaidOptions } from './diagram/mermaid';
import { MAX_DRAWN_NODES, neighbourhood, nodeAtLine, summaryGraph } from './diagram/summary';
import { templateGraph } from './diagram/template';
import { LineIndex } from './text';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../protocol/mermaid-limits';

export type { DiagramEdge, DiagramGraph, DiagramNode, NodeKind } from './diagram/graph';
export { toMermaid } from './diagram/mermaid';
export { templateGraph } from './diagram/template';
export { MAX_DRAWN_NODES, MAX_NEIGHBOURS, neighbourhood, nodeAtLine, summaryGraph } from './diagram/summary';

/** A read problem shown above the diagram: its words and its 1-based line, when it has one. */
export interface DiagramProblem {
  message: string;
  line?: number;
}

export interface DiagramOptions extends MermaidOptions {
  /** Resources drawn one by one at most (default MAX_DRAWN_NODES); above, a summary or a focused view. */
  maxNodes?: number;
  /** A large template: draw this resource (logical ID) and its neighbours instead of the summary. */
  focus?: string;
  /** A large template: draw the resource on this 0-based line and its neighbours (before `focus`). */
  focusLine?: number;
  /** Other files of the file's folder (Terraform: the module's other `.tf` files), as for analysis. */
  siblings?: { name: string; text: string }[];
  /** Terraform: draw the database resources of every file of the folder (the siblings too), not only this file's. */
  wholeFolder?: boolean;
}

export interface TemplateDiagram {
  /** What the reader saw the text as (`none`: not a template it knows). */
  kind: DocumentKind;
  /** Every resource the diagram covers, with the references between them. */
  graph: DiagramGraph;
  /** What is drawn: the graph itself, its summary by type, or one resource's neighbourhood. */
  drawn: DiagramGraph;
  view: 'all' | 'summary' | 'focus';
  /** The resource a focused view is drawn around. */
  focus?: string;
  /** Says what a summary or focused view shows (undefined when every resource is drawn). */
  note?: string;
  mermaid: string;
  /** Read problems (syntax errors), each once, with its line; shown above the diagram. */
  problems: DiagramProblem[];
  /**
   * Set when the diagram is past what Mermaid draws (MERMAID_MAX_TEXT characters of source or
   * MERMAID_MAX_EDGES links): the message says so, and `mermaid` is a one-node stand-in saying it.
   */
  tooLarge?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Reads a template text and draws it. Never throws: a text it cannot read gives an empty diagram and a problem. */
export function diagramTemplate(text: string, fileName = '', options: DiagramOptions = {}): TemplateDiagram {
  let graph: DiagramGraph = { nodes: [], edges: [] };
  const problems: DiagramProblem[] = [];
  let kind: TemplateDiagram['kind'] = 'none';
  try {
    const doc = readDocument(text, fileName, options.siblings ? { siblings: options.siblings } : undefined);
    if (doc) {
      kind = doc.kind;
      const form = doc.kind === 'none' ? undefined : formOf(doc.kind);
      graph = form?.diagram ? form.diagram(doc, { fileName, siblings: options.siblings, whole: options.wholeFolder }) : templateGraph(doc);
      problems.push(...readProblems(text, doc.problems));
    } else {
      problems.push({ message: 'Not a template this extension reads (CloudFormation YAML or JSON, or Terraform .tf).' });
    }
  } catch (e) {
    problems.push({ message: `Could not read the template: ${(e as Error).message}` });
  }
  const max = options.maxNodes ?? MAX_DRAWN_NODES;
  let drawn = graph;
  let view: TemplateDiagram['view'] = 'all';
  let note: string | undefined;
  let focus: string | undefined;
  if (graph.nodes.length > max) {
    const at = options.focusLine === undefined ? undefined : nodeAtLine(graph, options.focusLine);
    focus = at?.logicalId ?? (graph.nodes.some((n) => n.logicalId === options.focus) ? options.focus : undefined);
    const near = focus === undefined ? undefined : neighbourhood(graph, focus);
    if (near) {
      drawn = near;
      view = 'focus';
      const shown = near.nodes.filter((n) => !n.stands).length - 1;
      const grouped = near.nodes.filter((n) => n.stands).reduce((s, n) => s + n.stands!.length, 0);
      const n = shown + grouped;
      note = `${focus} and its ${count(n)} ${n === 1 ? 'neighbour' : 'neighbours'} (the resources it refers to or that refer to it${grouped ? `; ${count(grouped)} of them counted by type` : ''}), `
        + `out of ${count(graph.nodes.length)} resources.`;
    } else {
      focus = undefined;
      drawn = summaryGraph(graph);
      view = 'summary';
      note = `Summary by resource type: ${count(graph.nodes.length)} resources are more than are drawn one by one (${count(max)}). `
        + 'Each box counts the resources of one type; each arrow counts the references between two types.';
    }
  }
  const mermaid = toMermaid(drawn, options);
  const tooLarge = mermaidTooLarge(mermaid, drawn);
  const base = { kind, graph, drawn, view, ...(focus !== undefined ? { focus } : {}), ...(note ? { note } : {}) };
  if (tooLarge) return { ...base, mermaid: 'flowchart LR\n  big["Too large for Mermaid to draw"]\n', problems: [...problems, { message: tooLarge }], tooLarge };
  return { ...base, mermaid, problems };
}

/** The document's errors, each (line, words) once; a `line N: ` the reader wrote becomes the line. */
function readProblems(text: string, list: { message: string; severity: string; span: { start: number } }[]): DiagramProblem[] {
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  const out: DiagramProblem[] = [];
  for (const p of list) {
    if (p.severity !== 'error') continue;
    const m = /^line (\d+): ([\s\S]*)$/.exec(p.message);
    const line = m ? Number(m[1]) : lines.position(p.span.start).line + 1;
    const message = m ? m[2] : p.message;
    const k = `${line}\u0000${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ message, line });
  }
  return out;
}

/** A problem as one line of text (`line 12: …`), as the CLI prints it. */
export function problemText(p: DiagramProblem): string {
  return p.line === undefined ? p.message : `line ${p.line}: ${p.message}`;
}

/** Why Mermaid would not draw this diagram (it draws a placeholder past its limits), or undefined. */
export function mermaidTooLarge(mermaid: string, graph: DiagramGraph): string | undefined {
  const links = mermaid.split('\n').filter((l) => /-\.?->/.test(l)).length;
  if (mermaid.length <= MERMAID_MAX_TEXT && links <= MERMAID_MAX_EDGES) return undefined;
  return `The diagram is too large for Mermaid to draw: ${graph.nodes.length} resources and ${links} links make ${mermaid.length.toLocaleString('en-US')} characters of Mermaid, `
    + `and Mermaid draws at most ${MERMAID_MAX_TEXT.toLocaleString('en-US')} characters and ${MERMAID_MAX_EDGES.toLocaleString('en-US')} links. Split the template (nested stacks) to diagram it.`;
}
