/**
 * What the CDK reader knows beyond the shared model, kept for quick fixes: which nodes are the
 * CDK's defaults (synthesized at the construct's anchor, not written in the source), how the
 * construct was written and how the file refers to aws-cdk-lib's core classes.
 */
import type { ModelDocument, Node, Resource } from '../../model';
import type { Span } from '../../text';

export interface CdkConstructInfo {
  /** The class name (`DatabaseInstance`, `CfnDBInstance`). */
  construct: string;
  /** aws-cdk-lib module of the class (`aws-rds`). */
  module: string;
  /** How the module is referred to before the class name (`rds.`, `cdk.aws_rds.`, or '' for a named import). */
  prefix: string;
  l1: boolean;
  /** The props object literal (`{ ... }`), when there is one. */
  props?: Span;
  /** Where each CloudFormation property came from: the TS prop name. */
  tsKeys: Map<string, string>;
  /** The span of each TS prop's value expression. */
  tsValues: Map<string, Span>;
  /** The construct id argument, when it is a string literal (its span includes the quotes). */
  idSpan?: Span;
  /** The scope argument as written (`this`, `nested`), whitespace collapsed: with the id, the construct's path. */
  scope?: string;
  /** The class or function the construct is created in (`OrdersStack`), '' at the top level. */
  container?: string;
}

export interface CdkDocInfo {
  /** How the file names core classes (`cdk.` for `import * as cdk`, '' for named imports), undefined if it cannot. */
  core?: string;
  /** Names imported from the core module by name (`RemovalPolicy`, `Duration`). */
  coreNames: Set<string>;
  /** Where a new import line can go (after the last import). */
  importEnd: number;
  /** Syntax errors the TypeScript parser recovered from (0 in a file that compiles). */
  syntaxErrors?: number;
}

const synthesized = new WeakSet<Node>();
const constructs = new WeakMap<Resource, CdkConstructInfo>();
const docs = new WeakMap<ModelDocument, CdkDocInfo>();

/** Marks a node as the CDK's default rather than source text. */
export function markSynthesized<T extends Node>(n: T): T {
  synthesized.add(n);
  return n;
}

/** Whether a node is a CDK default the reader added (a fix must insert, not replace, it). */
export function isSynthesized(n: Node | undefined): boolean {
  return !!n && synthesized.has(n);
}

export function setConstructInfo(r: Resource, info: CdkConstructInfo): void {
  constructs.set(r, info);
}

export function constructInfo(r: Resource): CdkConstructInfo | undefined {
  return constructs.get(r);
}

export function setDocInfo(d: ModelDocument, info: CdkDocInfo): void {
  docs.set(d, info);
}

export function docInfo(d: ModelDocument): CdkDocInfo | undefined {
  return docs.get(d);
}
