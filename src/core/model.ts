/**
 * The settings model every reader produces and every rule reads: resources with typed
 * properties, each value carrying its source span. CloudFormation templates map onto it
 * directly; AWS CLI commands and CDK constructs are translated into the same shape
 * (CloudFormation resource types and property names), so a rule is written once.
 */
import type { Span } from './text';

export type ScalarValue = string | number | boolean | null;

export interface ScalarNode extends Span {
  kind: 'scalar';
  value: ScalarValue;
  /** Quote style in the source, kept so fixes can preserve it. */
  quote?: '"' | "'";
}

export interface MapEntry {
  key: string;
  keySpan: Span;
  value: Node;
}

export interface MapNode extends Span {
  kind: 'map';
  entries: MapEntry[];
  /** Written as an intrinsic short form (`!Ref x`): the tag's span. */
  tagSpan?: Span;
}

export interface ListNode extends Span {
  kind: 'list';
  items: Node[];
}

/** A value the reader cannot know (a shell variable, a computed CDK expression). */
export interface UnknownNode extends Span {
  kind: 'unknown';
  reason: string;
}

export type Node = ScalarNode | MapNode | ListNode | UnknownNode;

/**
 * The forms the engine reads, by kind. Each form declares its own kind in its folder
 * (`src/core/forms/<form>/index.ts`, by module augmentation), so adding a form edits nothing here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FormKinds {}

/** The kind of a form (`cloudformation`, `aws-cli`, `cdk`, ...): ModelDocument.kind and Resource.form. */
export type FormKind = keyof FormKinds;

export type DocumentKind = FormKind | 'none';

/** One resource: a CloudFormation resource, or the resource an AWS CLI command or CDK construct describes. */
export interface Resource {
  /** Logical ID (CloudFormation), identifier flag value (CLI) or construct id (CDK). */
  id: string;
  /** CloudFormation type, e.g. `AWS::RDS::DBInstance`. */
  type: string;
  /** Where a finding about a missing setting points: the logical ID key, the CLI operation, the construct class. */
  anchor: Span;
  /** The whole resource in the source. */
  span: Span;
  /** Properties in CloudFormation names. */
  properties?: MapNode;
  /**
   * Resource attributes (DeletionPolicy, UpdateReplacePolicy, Condition, Metadata, DependsOn). Terraform adds its own
   * settings under their Terraform names: `skip_final_snapshot`, `final_snapshot_identifier`, `apply_immediately`,
   * `lifecycle.prevent_destroy`, and `count` for a literal `count` (how many copies the block makes) (forms/terraform/reader.ts).
   */
  attributes: Map<string, MapEntry>;
  /**
   * true when an absent property means the service default (a template, a create command, a construct);
   * false when absent means "unchanged" (modify commands): rules about missing settings skip those.
   */
  complete: boolean;
  /** How the resource was written, for messages and fixes. */
  form: FormKind;
  /** Reader-specific details (CLI service/operation, CDK construct class). */
  origin?: {
    service?: string;
    operation?: string;
    construct?: string;
    /** The Region written for it (CLI `--region us-east-1`; a shell variable is an unknown node), when there is one. */
    region?: ScalarNode | UnknownNode;
  };
}

export interface Parameter {
  name: string;
  keySpan: Span;
  node: MapNode;
}

/** A problem reading the file itself (syntax error, too large, binary). */
export interface ReadProblem {
  message: string;
  span: Span;
  severity: 'error' | 'warning' | 'info';
  /**
   * `internal`: the file could not be analysed because of a bug (a reader threw); `unavailable`: a
   * part of the extension is missing (the TypeScript bundle, the AWS CLI model), so the analysis is
   * incomplete. Both are the tool's failure, not the file's: hosts show them apart (src/core/log.ts).
   */
  code: 'parse-error' | 'too-large' | 'binary' | 'alias-bomb' | 'unsupported' | 'internal' | 'unavailable';
  /**
   * The file is of a form's kind but not analysed at all (a CDK v1 app): no rule runs on it, and hosts
   * count it with the files not read (CLI summary, Lint Workspace), the problem saying why.
   */
  notAnalysed?: boolean;
}

/** A suppression written in the source: which rule IDs, on which resource or line. */
export interface Suppression {
  ruleIds: Set<string> | 'all';
  /** A resource ID (Metadata) or a 0-based line (inline comment). */
  resource?: string;
  line?: number;
}

/** A document read into the model. */
export interface DuplicateKey {
  key: string;
  span: Span;
  first: Span;
  /** A top-level section (`Resources`) written twice: CloudFormation's behaviour is undefined, and the model keeps neither. */
  top?: boolean;
}

export interface ModelDocument {
  kind: DocumentKind;
  text: string;
  resources: Resource[];
  parameters: Map<string, Parameter>;
  conditions: Map<string, MapEntry>;
  mappings?: MapNode;
  /** The root map of a template, when there is one. */
  root?: MapNode;
  problems: ReadProblem[];
  /**
   * Keys written twice in one mapping of a template (CloudFormation keeps the last): `span` is the later
   * key, `first` the first one. The model keeps only the last entry, so rules judge the value deployed.
   */
  duplicateKeys?: DuplicateKey[];
  /** Inline suppressions (comments); Metadata suppressions are read from resources. */
  inlineSuppressions: Suppression[];
  /** Words found in names, tags and parameter defaults: input to production detection. */
  productionHints: ProductionHint[];
  /**
   * What the configuration declares outside the model (Terraform): the resource types of the folder's
   * other files, this file's resource types the reader does not map, and `module` when a module is
   * called (it may declare anything). Rules that count resources (replicas of a cluster) stay silent
   * when what they count may be declared there. Absent: the document is the whole configuration.
   */
  declaredElsewhere?: ReadonlySet<string>;
}

export interface ProductionHint {
  word: string;
  span: Span;
  /** What said it: a parameter default, a tag, a name. */
  source: string;
}

// ---- node helpers -------------------------------------------------------

/** The entry of `key` in a map node (last wins, as CloudFormation does). */
export function entry(map: Node | undefined, key: string): MapEntry | undefined {
  if (!map || map.kind !== 'map') return undefined;
  let found: MapEntry | undefined;
  for (const e of map.entries) if (e.key === key) found = e;
  return found;
}

/** The value of `key` in a map node. */
export function get(map: Node | undefined, key: string): Node | undefined {
  return entry(map, key)?.value;
}

/** The value at a dotted path of keys (`SSESpecification.SSEEnabled`). */
export function getPath(map: Node | undefined, path: string): Node | undefined {
  let cur: Node | undefined = map;
  for (const k of path.split('.')) cur = get(cur, k);
  return cur;
}

/** The entry at a dotted path. */
export function entryPath(map: Node | undefined, path: string): MapEntry | undefined {
  const keys = path.split('.');
  let cur: Node | undefined = map;
  for (let i = 0; i < keys.length - 1; i++) cur = get(cur, keys[i]);
  return entry(cur, keys[keys.length - 1]);
}

/** Intrinsic function names CloudFormation recognises as a one-key map. */
export const INTRINSICS = new Set([
  'Ref', 'Condition', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue',
  'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::If', 'Fn::And', 'Fn::Or', 'Fn::Not',
  'Fn::Equals', 'Fn::Length', 'Fn::ToJsonString', 'Fn::ForEach', 'Fn::GetParam',
]);

/** The intrinsic function a node is (`Ref`, `Fn::If`, ...), or undefined. */
export function intrinsicName(node: Node | undefined): string | undefined {
  if (!node || node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const k = node.entries[0].key;
  return INTRINSICS.has(k) ? k : undefined;
}
