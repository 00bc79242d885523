/**
 * Quick fixes, computed in the pure core from a finding and the document model: each rule declares
 * its fixes (Rule.settingFixes, Rule.specialFix), gathered here from the rule registry, and one
 * writer per form (CloudFormation YAML/JSON, CDK, AWS CLI) writes them. Every finding also gets a
 * "suppress here" fix in its file's form.
 * Each fix is one edit set: the editor applies it as one undoable WorkspaceEdit.
 */
import type { Finding } from '../engine';
import type { MapEntry, ModelDocument, Resource, ScalarValue } from '../model';
import { entryPath, getPath } from '../model';
import type { Span } from '../text';
import type { Fix, TextEdit } from '../rules/types';
import { formOf } from '../forms';
import { displayName } from '../names';
import { commentSuppression, commentWriter } from './comment';
import { ruleById } from '../rules';
import type { Companion, SettingFix } from '../rules/setting-fix';
import { MANAGED_PASSWORD_TYPES, SNAPSHOT_TYPES } from './settings';
import { lineStart, nextLineStart } from './text';
import type { FixInput, FormWriter } from './types';

const form = (doc: ModelDocument) => (doc.kind === 'none' ? undefined : formOf(doc.kind));

/**
 * The writer for a document's form: the form's own, or, for a form without one, a writer of
 * "suppress here" comments only.
 */
export function writerFor(doc: ModelDocument, text: string): FormWriter | undefined {
  const f = form(doc);
  if (!f) return undefined;
  return f.fixWriter ? f.fixWriter(doc, text) : commentWriter(f.comment);
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

/** The name of a setting in the file's form, for fix titles: the name messages use (src/core/names.ts). */
function nameIn(i: FixInput, path: string): string {
  return displayName(i.resource, path);
}

/** A fix title: `Set X to v` / `Add X: v`, or the form's own (the flag itself for the AWS CLI: `Use --no-publicly-accessible`). */
function titleOf(c: Ctx, path: string, v: ScalarValue, add: boolean): string {
  const own = c.w.title?.(c.i, path, v, add);
  if (own !== undefined) return own;
  const name = nameIn(c.i, path);
  return add ? `Add ${name}: ${String(v)}` : `Set ${name} to ${String(v)}`;
}

/**
 * Which of a rule's settings a finding at the anchor is about: the finding's property path when the
 * rule gives it (Report.path); otherwise, with several settings, the one its message names.
 */
function mentioned(f: Finding, s: SettingFix, many: boolean): boolean {
  if (f.path) return s.path === f.path;
  if (!many) return true;
  const msg = norm(f.message);
  return s.path.split('.').map((k) => norm(k).replace(/options$|enabled$/, '')).some((k) => k.length >= 4 && msg.includes(k));
}

/** Reports a fix writer's failure (the engine records it in Analysis.internalErrors). */
export type FixErrorReporter = (message: string) => void;

/** One fix computation: a throwing writer loses only its own fix, and says so. */
interface Ctx {
  f: Finding;
  i: FixInput;
  w: FormWriter;
  region: Span;
  out: Fix[];
  report?: FixErrorReporter;
  /** Whether changing a property replaces the (deployed) resource (the data-loss guard, with a base version). */
  replaces?: ReplacesCheck;
}

/** 'replaces' / 'may replace' when changing `path` of a resource that exists in the base version replaces it. */
export type ReplacesCheck = (r: Resource, path: string) => 'replaces' | 'may replace' | undefined;

function attempt(c: Ctx, what: string, make: () => Made | undefined): void {
  let made: ReturnType<typeof make>;
  try {
    made = make();
  } catch (e) {
    c.report?.(`fix writer ${c.w.name}.${what} (${c.f.ruleId} on ${c.i.resource.id}): ${(e as Error)?.stack ?? String(e)}`);
    return;
  }
  if (!made?.edits?.length) return;
  const bad = editDefect(c.i.text, made.edits, c.region);
  if (bad) {
    c.report?.(`fix writer ${c.w.name}.${what} (${c.f.ruleId} on ${c.i.resource.id}) wrote a wrong edit: ${bad}; fix "${made.title}" not offered`);
    return;
  }
  push(c.out, made.title, made.edits, made.preferred);
}

/** Why a fix's edits cannot be applied safely: outside the text or the resource's lines, reversed, or overlapping. */
export function editDefect(text: string, edits: TextEdit[], region: Span): string | undefined {
  for (const e of edits) {
    if (!(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length)) return `span ${e.span.start}..${e.span.end} reversed or outside the text (0..${text.length})`;
    // A CDK fix may add an import of the class it names at the top of the file.
    const importLine = e.span.start === e.span.end && /^\s*import /.test(e.newText);
    if (!importLine && (e.span.start < region.start || e.span.end > region.end)) return `span ${e.span.start}..${e.span.end} outside the resource (${region.start}..${region.end})`;
  }
  const s = [...edits].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  for (let k = 1; k < s.length; k++) {
    const p = s[k - 1].span;
    const q = s[k].span;
    if (q.start < p.end || (q.start === p.start && p.start === p.end)) return `edits ${p.start}..${p.end} and ${q.start}..${q.end} overlap`;
  }
  return undefined;
}

/** The lines a fix on this finding may edit: the resource's lines (or the finding's, without a resource). */
function regionOf(text: string, f: Finding, r: Resource | undefined): Span {
  const start = lineStart(text, r ? Math.min(r.span.start, f.span.start) : f.span.start);
  const last = Math.max(start, (r ? Math.max(r.span.end, f.span.end) : f.span.end) - 1);
  return { start, end: nextLineStart(text, last) };
}

/** The property is written once in its map: a repeated key or flag leaves a value no single edit answers. */
function once(r: Resource, path: string): boolean {
  const keys = path.split('.');
  const parent = keys.length > 1 ? getPath(r.properties, keys.slice(0, -1).join('.')) : r.properties;
  return parent?.kind !== 'map' || parent.entries.filter((e) => e.key === keys[keys.length - 1]).length <= 1;
}

/** Guards of the writer, with their defaults when it has none. */
const own = (c: Ctx, e: MapEntry) => c.w.ownEntry?.(c.i, e) ?? true;
const insertable = (c: Ctx, path: string) => c.w.canInsert?.(c.i, path) ?? true;

function settingFixes(c: Ctx): void {
  const { f, i, w } = c;
  const r = i.resource;
  const list = (ruleById(f.ruleId)?.settingFixes ?? []).filter((s) => s.types.includes(r.type) && (!s.forms || s.forms.includes(r.form)) && (!f.path || (s.on ?? s.path) === f.path));
  for (const s of list) {
    if (s.on) {
      otherSetting(c, s);
      continue;
    }
    const e = r.properties ? entryPath(r.properties, s.path) : undefined;
    const written = e && !w.synthesized?.(e.value);
    const cur = e?.value.kind === 'scalar' ? e.value.value : undefined;
    // A fix that replaces a deployed database says so, and is never the preferred one.
    const replaces = c.replaces?.(r, s.path);
    const warn = (title: string) => (replaces ? `${title} (${replaces} the deployed database)` : title);
    if (written && inside(f, e)) {
      if (!own(c, e) || !once(r, s.path)) continue;
      const v = s.to(cur, r);
      if (v === undefined) continue;
      const companions = s.with ? s.with(r) : [];
      if (!companions) continue;
      const preferred = !replaces && s.preferred !== false && !companions.some((x) => x.costly);
      attempt(c, 'setValue', () => together(c, { title: warn(titleOf(c, s.path, v, false)), edits: w.setValue(i, e, v, s.path), preferred }, companions));
      const v2 = s.alsoTo?.(cur, r);
      if (v2 !== undefined && v2 !== v) attempt(c, 'setValue', () => together(c, { title: warn(titleOf(c, s.path, v2, false)), edits: w.setValue(i, e, v2, s.path), preferred: false }, companions));
      if (s.removable) attempt(c, 'remove', () => ({ title: warn(`Remove ${nameIn(i, s.path)}`), edits: w.remove(i, e, s.path) }));
    } else if (!written && atAnchor(f, r) && s.insert && mentioned(f, s, list.length > 1)) {
      const v = s.to(cur, r);
      if (v === undefined) continue;
      if (e ? !own(c, e) : !insertable(c, s.path)) continue;
      const companions = s.with ? s.with(r) : [];
      if (!companions) continue;
      const preferred = !replaces && s.preferred !== false && !companions.some((x) => x.costly);
      attempt(c, e ? 'setValue' : 'insert', () => together(c, { title: warn(titleOf(c, s.path, v, true)), edits: e ? w.setValue(i, e, v, s.path) : w.insert(i, s.path, v), preferred }, companions));
    }
  }
}

/** A fix on a finding at one property (SettingFix.on) that writes another: set where written, added where absent. */
function otherSetting(c: Ctx, s: SettingFix): void {
  const { f, i, w } = c;
  const r = i.resource;
  const at = r.properties ? entryPath(r.properties, s.on!) : undefined;
  if (!at || w.synthesized?.(at.value) || !inside(f, at)) return;
  const e = r.properties ? entryPath(r.properties, s.path) : undefined;
  const written = !!e && !w.synthesized?.(e.value);
  if (e && (!own(c, e) || !once(r, s.path))) return;
  if (written && e.value.kind !== 'scalar') return;
  if (!e && !insertable(c, s.path)) return;
  const v = s.to(written && e.value.kind === 'scalar' ? e.value.value : undefined, r);
  if (v === undefined) return;
  const companions = s.with ? s.with(r) : [];
  if (!companions) return;
  const replaces = c.replaces?.(r, s.path);
  const preferred = !replaces && s.preferred !== false && !companions.some((x) => x.costly);
  const title = titleOf(c, s.path, v, !written);
  attempt(c, e ? 'setValue' : 'insert', () => together(c, { title: replaces ? `${title} (${replaces} the deployed database)` : title, edits: e ? w.setValue(i, e, v, s.path) : w.insert(i, s.path, v), preferred }, companions));
}

type Made = { title: string; edits: TextEdit[] | undefined; preferred?: boolean };

/**
 * A setting's fix with the settings that go with it (SettingFix.with), as one fix: each companion
 * is set where written, added where absent, and left alone where it already has the value; a
 * companion written as something no edit can answer (a computed value, a repeated key) drops the
 * whole fix. Insertions at one place become one edit, in order.
 */
function together(c: Ctx, main: Made, companions: Companion[]): Made | undefined {
  if (!companions.length || !main.edits) return main;
  const { i, w } = c;
  const r = i.resource;
  const edits = [...main.edits];
  const titles = [main.title];
  // Each insertion into a resource without properties would write its own Properties block: one
  // edit cannot hold two of them, so the settings that go together are offered only where they can.
  const noProperties = !r.properties || r.properties.entries.length === 0;
  for (const x of companions) {
    const e = r.properties ? entryPath(r.properties, x.path) : undefined;
    const written = e && !w.synthesized?.(e.value);
    if (written) {
      if (e.value.kind !== 'scalar' || !own(c, e) || !once(r, x.path)) return undefined;
      if (e.value.value === x.value) continue;
      const more = w.setValue(i, e, x.value, x.path);
      if (!more) return undefined;
      edits.push(...more);
      titles.push(lower(titleOf(c, x.path, x.value, false)));
    } else {
      if (e ? !own(c, e) : !insertable(c, x.path)) return undefined;
      if (!e && noProperties) return undefined;
      const more = e ? w.setValue(i, e, x.value, x.path) : w.insert(i, x.path, x.value);
      if (!more) return undefined;
      edits.push(...more);
      titles.push(lower(titleOf(c, x.path, x.value, true)));
    }
  }
  return { title: joinTitles(titles), edits: mergeInsertions(edits), preferred: main.preferred };
}

const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** "Add A: true and add B: true" reads "Add A: true and B: true". */
function joinTitles(titles: string[]): string {
  const verb = (t: string) => /^(\w+) /.exec(t)?.[1]?.toLowerCase();
  const out = titles.map((t, k) => (k > 0 && verb(t) === verb(titles[k - 1]) ? t.replace(/^\w+ /, '') : t));
  return out.length <= 1 ? out.join('') : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

/** Insertions at the same offset, merged into one edit (their texts in order): two are not "overlapping". */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = e.span.start === e.span.end ? out.find((o) => o.span.start === e.span.start && o.span.end === e.span.end) : undefined;
    if (same) same.newText += e.newText;
    else out.push({ span: { ...e.span }, newText: e.newText });
  }
  return out;
}

function push(out: Fix[], title: string, edits: TextEdit[] | undefined, preferred = false): void {
  if (edits?.length) out.push({ title, edits, ...(preferred && !out.some((x) => x.preferred) ? { preferred: true } : {}) });
}

function specialFixes(c: Ctx): void {
  const { f, i, w } = c;
  const r = i.resource;
  const special = ruleById(f.ruleId)?.specialFix;
  if (special === 'managed-password' && MANAGED_PASSWORD_TYPES.has(r.type)) {
    const e = r.properties && entryPath(r.properties, 'MasterUserPassword');
    if (e && inside(f, e) && own(c, e) && once(r, 'MasterUserPassword')) {
      const title = w.managedPasswordTitle?.(r) ?? 'Use ManageMasterUserPassword: true';
      attempt(c, 'managedPassword', () => ({ title, edits: w.managedPassword(i, e), preferred: true }));
    }
  }
  if (special === 'deletion-policy') {
    const policy: 'Snapshot' | 'Retain' = SNAPSHOT_TYPES.has(r.type) ? 'Snapshot' : 'Retain';
    const title = w.deletionPolicyTitle?.(policy) ?? `Add DeletionPolicy and UpdateReplacePolicy: ${policy}`;
    attempt(c, 'deletionPolicy', () => ({ title, edits: w.deletionPolicy(i, policy), preferred: true }));
  }
}

const fixableDocs = new WeakMap<ModelDocument, boolean>();

/**
 * Whether fixes can be written at all (once per document): not in a file that does not parse (a
 * template with a syntax error, TypeScript the parser had to repair), nor with a lone CR (a line
 * break to the editor and YAML, not to a shell or TypeScript: line arithmetic would disagree).
 */
function fixable(doc: ModelDocument, text: string, w: FormWriter): boolean {
  let ok = fixableDocs.get(doc);
  if (ok === undefined) {
    ok = !doc.problems.some((p) => p.severity === 'error') && (w.writable?.(doc) ?? true) && !/\r(?!\n)/.test(text);
    fixableDocs.set(doc, ok);
  }
  return ok;
}

/**
 * The quick fixes of one finding (empty when none can be written safely). Never throws: a writer
 * that throws or writes a wrong edit loses only its own fix, and `report` is told which.
 * A file that does not read cleanly (a syntax error) gets no fix: none could promise to leave it readable,
 * and the parser's recovery may place the finding in another construct than the author meant.
 */
export function fixesFor(f: Finding, doc: ModelDocument, text: string, report?: FixErrorReporter, replaces?: ReplacesCheck): Fix[] {
  const w = writerFor(doc, text);
  if (!w || !fixable(doc, text, w)) return [];
  let resource: Resource | undefined;
  try {
    resource = resourceOf(f, doc);
  } catch (e) {
    report?.(`quick fixes (${f.ruleId}): ${(e as Error)?.stack ?? String(e)}`);
  }
  const out: Fix[] = [];
  const region = regionOf(text, f, resource);
  const shared = resource ? w.shared?.({ doc, text, resource }) ?? false : false;
  if (resource && !shared) {
    const c: Ctx = { f, i: { doc, text, resource }, w, region, out, report, replaces };
    specialFixes(c);
    settingFixes(c);
  }
  // A suppression goes on the line above the finding's statement, or joins the comment already there.
  const from = w.statementStart?.(text, region.start) ?? region.start;
  const above = from > 0 ? lineStart(text, from - (text[from - 1] === '\n' && text[from - 2] === '\r' ? 2 : 1)) : 0;
  const sup: Ctx = { f, i: { doc, text, resource: resource ?? ({ id: '(no resource)' } as Resource) }, w, region: { start: above, end: region.end }, out, report };
  const where = w.metadataSuppression && resource && !shared ? `for ${resource.id} (Metadata)` : 'here (comment)';
  attempt(sup, 'suppress', () => ({ title: `Suppress ${f.ruleId} ${where}`, edits: shared ? commentSuppression(text, f.ruleId, f.span.start, form(doc)?.comment ?? '#') : w.suppress(doc, text, f.ruleId, f.span.start, resource) }));
  return out;
}
/** Applies a fix's edits to a text (edits must not overlap). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

