/** What a form's fix writer can do; each returns the edits of one fix, or undefined when it cannot write it safely. */
import type { MapEntry, ModelDocument, Node, Resource, ScalarValue } from '../model';
import type { TextEdit } from '../rules/types';

export interface FixInput {
  doc: ModelDocument;
  text: string;
  resource: Resource;
}

export interface FormWriter {
  /** The form, for error reports (`yaml`, `json`, `cdk`, `shell`). */
  readonly name: string;
  /** Replaces a written value (keeping its quote style). */
  setValue(i: FixInput, e: MapEntry, value: ScalarValue, path: string): TextEdit[] | undefined;
  /** Adds an absent property (dotted path) to the resource. */
  insert(i: FixInput, path: string, value: ScalarValue): TextEdit[] | undefined;
  /** Removes a written property. */
  remove(i: FixInput, e: MapEntry, path: string): TextEdit[] | undefined;
  /** Replaces a literal password by the service-managed secret. */
  managedPassword(i: FixInput, e: MapEntry): TextEdit[] | undefined;
  /** Sets DeletionPolicy and UpdateReplacePolicy (or the form's equivalent). */
  deletionPolicy(i: FixInput, policy: 'Snapshot' | 'Retain'): TextEdit[] | undefined;
  /** "Suppress here": the edits that silence one rule at a finding. */
  suppress(doc: ModelDocument, text: string, ruleId: string, at: number, resource?: Resource): TextEdit[] | undefined;

  // Optional: what a form says or guards differently. Absent, the plain behaviour holds.

  /** The title of a setting fix (`Use --no-publicly-accessible`); undefined or absent: `Set X to v` / `Add X: v`. */
  title?(i: FixInput, path: string, value: ScalarValue, add: boolean): string | undefined;
  /** The title of the managed-password fix (default `Use ManageMasterUserPassword: true`). */
  managedPasswordTitle?(resource: Resource): string;
  /** The title of the deletion-policy fix (default `Add DeletionPolicy and UpdateReplacePolicy: <policy>`). */
  deletionPolicyTitle?(policy: 'Snapshot' | 'Retain'): string;
  /** "Suppress here" writes the resource's Metadata (titled `for <id> (Metadata)`), not a comment. */
  readonly metadataSuppression?: boolean;
  /** Where the statement holding offset `at` starts (a shell command across `\` continuations); default: its line. */
  statementStart?(text: string, at: number): number;
  /** Whether fixes can be written in this document at all (default: when it has no error problem). */
  writable?(doc: ModelDocument): boolean;
  /** A value the reader made up (a construct's default), not written in the text: a fix inserts rather than edits it. */
  synthesized?(n: Node): boolean;
  /** Whether a written entry is the resource's own (not an alias of a value elsewhere); default true. */
  ownEntry?(i: FixInput, e: MapEntry): boolean;
  /** Whether an edit in the resource would change text other places share (YAML anchors); default false. */
  shared?(i: FixInput): boolean;
  /** Whether the dotted path can be added to the resource as written; default true. */
  canInsert?(i: FixInput, path: string): boolean;
}
