/**
 * Quick fixes, computed in the pure core from a finding and the document model: a registry keyed
 * by rule ID (settings.ts) and one writer per form (CloudFormation YAML/JSON, CDK, AWS CLI), so
 * rule files stay untouched. Every finding also gets a "suppress here" fix in its file's form.
 * Each fix is one edit set: the editor applies it as one undoable WorkspaceEdit.
 */
import type { Finding } from '../engine';
import type { MapEntry, ModelDocument, Resource, ScalarValue } from '../model';
import { entryPath } from '../model';
import type { Fix, TextEdit } from '../rules/types';
import { isSynthesized } from '../cdk/info';
import { cdkName, cdkWriter, propText } from './cdk';
import { jsonWriter } from './json';
import { DELETION_POLICY_RULES, MANAGED_PASSWORD_TYPES, PASSWORD_RULES, SETTING_FIXES, SNAPSHOT_TYPES, type SettingFix } from './settings';
import { flagName, shellWriter } from './shell';
import type { FixInput, FormWriter } from './types';
import { yamlWriter } from './yaml';

/** The writer for a document's form. */
export function writerFor(doc: ModelDocument, text: string): FormWriter | undefined {
  if (doc.kind === 'cdk') return cdkWriter;
  if (doc.kind === 'aws-cli') return shellWriter;
  if (doc.kind === 'cloudformation') return /^\s*[{[]/.test(text) ? jsonWriter : yamlWriter;
  return undefined;
}

const byId = new WeakMap<ModelDocument, Map<string, Resource[]>>();

/** The resource a finding is about (resources indexed by ID once per document). */
function resourceOf(f: Finding, doc: ModelDocument): Resource | undefined {
  let index = byId.get(doc);
  if (!index) {
    index = new Map();
    for (const r of doc.resources) index.set(r.id, [...(index.get(r.id) ?? []), r]);
    byId.set(doc, index);
  }
  const same = f.resource === undefined ? [] : index.get(f.resource) ?? [];
  return same.find((r) => r.span.start <= f.span.start && f.span.end <= r.span.end) ?? same[0];
}

const inside = (f: Finding, e: MapEntry) => f.span.start >= Math.min(e.keySpan.start, e.value.start) && f.span.end <= Math.max(e.keySpan.end, e.value.end);
const atAnchor = (f: Finding, r: Resource) => f.span.start === r.anchor.start && f.span.end === r.anchor.end;
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The name of a setting in the file's form, for fix titles. */
function nameIn(i: FixInput, path: string): string {
  const leaf = path.split('.').pop()!;
  const r = i.resource;
  return r.form === 'aws-cli' ? `--${flagName(leaf)}` : r.form === 'cdk' ? cdkName(i, path) ?? leaf : path;
}

/** A fix title: `Set X to v` / `Add X: v`, or the flag itself for the AWS CLI (`Use --no-publicly-accessible`). */
function titleOf(i: FixInput, path: string, v: ScalarValue, add: boolean): string {
  const r = i.resource;
  const name = nameIn(i, path);
  if (r.form === 'cdk' && add) return `Add ${propText(i, path, v) ?? `${name}: ${String(v)}`}`;
  if (r.form === 'aws-cli') return `${add ? 'Add' : 'Use'} ${typeof v === 'boolean' ? (v ? name : name.replace(/^--/, '--no-')) : `${name} ${v}`}`;
  return add ? `Add ${name}: ${String(v)}` : `Set ${name} to ${String(v)}`;
}

/** When a rule answers with several settings at the anchor (ADB060, ADB076), the message says which. */
function mentioned(f: Finding, s: SettingFix, many: boolean): boolean {
  if (!many) return true;
  const msg = norm(f.message);
  return s.path.split('.').map((k) => norm(k).replace(/options$|enabled$/, '')).some((k) => k.length >= 4 && msg.includes(k));
}

function settingFixes(f: Finding, i: FixInput, w: FormWriter): Fix[] {
  const r = i.resource;
  const list = SETTING_FIXES.filter((s) => s.rules.includes(f.ruleId) && s.types.includes(r.type) && (!s.forms || s.forms.includes(r.form)));
  const out: Fix[] = [];
  for (const s of list) {
    const e = r.properties ? entryPath(r.properties, s.path) : undefined;
    const written = e && !isSynthesized(e.value);
    const cur = e?.value.kind === 'scalar' ? e.value.value : undefined;
    let edits: TextEdit[] | undefined;
    let title = '';
    if (written && inside(f, e)) {
      const v = s.to(cur, r);
      if (v === undefined) continue;
      push(out, titleOf(i, s.path, v, false), w.setValue(i, e, v, s.path), true);
      if (s.removable) push(out, `Remove ${nameIn(i, s.path)}`, w.remove(i, e, s.path));
      continue;
    } else if (!written && atAnchor(f, r) && s.insert && mentioned(f, s, list.length > 1)) {
      const v = s.to(cur, r);
      if (v === undefined) continue;
      edits = e ? w.setValue(i, e, v, s.path) : w.insert(i, s.path, v);
      title = titleOf(i, s.path, v, true);
    }
    push(out, title, edits, true);
  }
  return out;
}

function push(out: Fix[], title: string, edits: TextEdit[] | undefined, preferred = false): void {
  if (edits?.length) out.push({ title, edits, ...(preferred && !out.some((x) => x.preferred) ? { preferred: true } : {}) });
}

function specialFixes(f: Finding, i: FixInput, w: FormWriter): Fix[] {
  const r = i.resource;
  const out: Fix[] = [];
  if (PASSWORD_RULES.has(f.ruleId) && MANAGED_PASSWORD_TYPES.has(r.type)) {
    const e = r.properties && entryPath(r.properties, 'MasterUserPassword');
    if (e && inside(f, e)) {
      const title = r.form === 'aws-cli' ? 'Use --manage-master-user-password' : r.form === 'cdk' && !r.type.includes('DocDB') ? 'Use a generated secret (Secrets Manager)' : 'Use ManageMasterUserPassword: true';
      push(out, title, w.managedPassword(i, e), true);
    }
  }
  if (DELETION_POLICY_RULES.has(f.ruleId)) {
    const policy: 'Snapshot' | 'Retain' = SNAPSHOT_TYPES.has(r.type) ? 'Snapshot' : 'Retain';
    const title = r.form === 'cdk' ? `Set removalPolicy to RemovalPolicy.${policy.toUpperCase()}` : `Add DeletionPolicy and UpdateReplacePolicy: ${policy}`;
    push(out, title, w.deletionPolicy(i, policy), true);
  }
  return out;
}

/** The quick fixes of one finding (empty when none can be written safely). Never throws. */
export function fixesFor(f: Finding, doc: ModelDocument, text: string): Fix[] {
  try {
    const w = writerFor(doc, text);
    if (!w) return [];
    const resource = resourceOf(f, doc);
    const out: Fix[] = [];
    if (resource) {
      const i: FixInput = { doc, text, resource };
      out.push(...specialFixes(f, i, w), ...settingFixes(f, i, w));
    }
    const sup = w.suppress(doc, text, f.ruleId, f.span.start, resource);
    const where = doc.kind === 'cloudformation' && resource ? `for ${resource.id} (Metadata)` : 'here (comment)';
    push(out, `Suppress ${f.ruleId} ${where}`, sup);
    return out;
  } catch {
    return [];
  }
}

/** Applies a fix's edits to a text (edits must not overlap). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

