/** The diagram's graph, before it is written as Mermaid: nodes for resources, edges for references. */

/** What a node stands for; decides its shape. */
export type NodeKind =
  | 'database' | 'cluster' | 'instance' | 'table' | 'global' | 'proxy' | 'cache' | 'subnet-group'
  | 'security-group' | 'parameter-group' | 'migration' | 'other';

export interface DiagramNode {
  /** Mermaid id we generated (`n0`, `n1`...): never text from the template. */
  key: string;
  /** The logical ID in the template. */
  logicalId: string;
  /** CloudFormation type. */
  type: string;
  kind: NodeKind;
  /** 0-based line of the resource in the source, for "reveal in editor". */
  line?: number;
  /** 0-based last line of the resource in the source (the cursor's resource is found by it). */
  endLine?: number;
  /** The file the resource is in, when it is not the diagrammed file (Terraform: another file of its folder); `line` is in that file. */
  file?: string;
  /** Lines of the label, instead of the logical ID and type (summary and stand-in nodes). */
  label?: string[];
  /** The logical IDs this node stands for, when it is not one resource (a type in the summary, "N more"). */
  stands?: string[];
  /** The resource a focused view is drawn around (drawn with a thicker border). */
  focus?: boolean;
}

export interface DiagramEdge {
  /** Logical ID of the resource that holds the reference. */
  from: string;
  /** Logical ID of the resource referred to. */
  to: string;
  /** What the reference means (`member of`, `replica of`) or the property that holds it. */
  label: string;
  /** A dependency stated by the role of the property (solid) or a plain reference (dotted). */
  strong: boolean;
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
