/** What a form's fix writer can do; each returns the edits of one fix, or undefined when it cannot write it safely. */
import type { MapEntry, ModelDocument, Resource, ScalarValue } from '../model';
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
}
