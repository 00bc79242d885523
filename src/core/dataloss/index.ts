/**
 * The data-loss guard (issue 14): which edits make CloudFormation replace or delete a database.
 *
 * - `compareDocuments(base, doc)`: the changes between a base version (git HEAD, a ref) and the edited
 *   document; the engine runs it when `AnalyzeOptions.base` is given, and ADB140–ADB144 report them.
 * - `replacementSummary(doc)`: per stateful database resource, which properties replace it and whether
 *   its data survives a replacement (the editor's CodeLens).
 * - `readBase(text, fileName, read)`: the base text read into the model, cached (the last few texts).
 * Pure: no vscode, no fs, no git; the hosts bring the base text.
 */
import type { ModelDocument, Resource } from '../model';
import { entry } from '../model';
import { displayName } from '../names';
import { LineIndex, type Range, type Span } from '../text';
import { compareDocuments, ownData, policyOf, type DataLossChange } from './compare';
import { conditionOf, conditionalPaths } from './conditions';
import { identityOf, unknowable } from './identity';
import { docInfo } from '../forms/cdk/info';
import { typeInfo } from './table';

export { compareDocuments, type DataLossChange } from './compare';
export { guardedTypes, typeInfo, TABLE_SOURCE } from './table';
export { CONDITIONS, EXTRA } from './conditions';

export interface ReplacementSummary {
  /** Logical ID (CloudFormation) or construct id (CDK). */
  logicalId: string;
  type: string;
  /** What the resource is (`DB instance`). */
  label: string;
  /** The resource's anchor: its logical ID key, the CDK construct class. */
  span: Span;
  range: Range;
  /** Properties whose change replaces the resource, in the file's form (written ones first). */
  replacingProperties: string[];
  /** Properties that replace it under a condition AWS documents, with the condition and its source. */
  conditionalProperties: { name: string; when: string; url: string }[];
  /** Whether the data survives a replacement (UpdateReplacePolicy Snapshot/Retain, or no data of its own). */
  dataKeptOnReplace: boolean;
  /** The UpdateReplacePolicy (CDK: removalPolicy) as written, when there is one. */
  policy?: string;
  /** Why the data is kept or lost, one sentence. */
  dataNote: string;
}

/** Per stateful database resource of a document: what replaces it and what becomes of its data. */
export function replacementSummary(doc: ModelDocument): ReplacementSummary[] {
  const lines = new LineIndex(doc.text);
  const out: ReplacementSummary[] = [];
  for (const r of doc.resources) {
    const info = typeInfo(r.type);
    if (!info || (r.form === 'cdk' && !identityOf(r))) continue;
    const own = ownData(r, info);
    const pol = policyOf(r, 'UpdateReplacePolicy');
    const named = (paths: string[]) => paths.filter((p) => !unknowable(r, p)).map((p) => ({ p, name: displayName(r, p) })).filter((x) => !/\(no .* sets it\)$/.test(x.name));
    const conditioned = conditionalPaths(r.type);
    const replacing = named(info.replaces.filter((p) => !conditioned.includes(p.split('.')[0])));
    const written = (p: string) => !!r.properties && !!entry(r.properties, p.split('.')[0]);
    replacing.sort((a, b) => Number(written(b.p)) - Number(written(a.p)));
    const value = r.attributes.get('UpdateReplacePolicy')?.value;
    out.push({
      logicalId: r.id, type: r.type, label: info.label, span: r.anchor, range: lines.range(r.anchor),
      replacingProperties: [...new Set(replacing.map((x) => x.name))],
      conditionalProperties: named(conditioned).map(({ p, name }) => ({ name, when: conditionOf(r.type, p)!.when, url: conditionOf(r.type, p)!.url })),
      dataKeptOnReplace: !!own || pol.state !== 'lost',
      ...(value ? { policy: value.kind === 'scalar' ? String(value.value) : 'unknown' } : {}),
      dataNote: own ?? pol.text,
    });
  }
  return out;
}

/**
 * Whether a document read without a syntax error (a template's parse errors, TypeScript the parser had
 * to repair): half-typed text is not compared, its recovery could drop resources or values.
 */
export function readsCleanly(doc: ModelDocument): boolean {
  return !doc.problems.some((p) => p.severity === 'error') && !(docInfo(doc)?.syntaxErrors ?? 0);
}

// ---- the base document, read once per text ---------------------------------------------------

const CACHE_SIZE = 8;
const cache = new Map<string, ModelDocument | null>();

/**
 * The base text read into the model (undefined when it is no template or CDK file, or cannot be read).
 * The last few (file name, text) pairs are kept, so a base that does not change is read once.
 */
export function readBase(text: string, fileName: string, read: (text: string, fileName: string) => ModelDocument | undefined): ModelDocument | undefined {
  const key = `${fileName}\u0000${text}`;
  if (cache.has(key)) {
    const hit = cache.get(key)!;
    cache.delete(key);
    cache.set(key, hit);
    return hit ?? undefined;
  }
  let doc: ModelDocument | undefined;
  try {
    doc = read(text, fileName);
  } catch {
    doc = undefined;
  }
  // A base that does not parse cleanly is not compared: its recovery could invent removals.
  if (doc && !readsCleanly(doc)) doc = undefined;
  cache.set(key, doc ?? null);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return doc;
}

/** The guard's view of one analysis: the changes, and whether a property of a deployed resource replaces it (for quick-fix titles). */
export interface GuardView {
  changes: DataLossChange[];
  /** 'replaces' / 'may replace' when changing `path` of `r` (a resource that exists in the base) replaces it. */
  replaces(r: Resource, path: string): 'replaces' | 'may replace' | undefined;
}

export function guardView(base: ModelDocument, doc: ModelDocument): GuardView {
  const changes = compareDocuments(base, doc);
  const deployed = new Set<string>();
  for (const r of base.resources) {
    const id = typeInfo(r.type) ? identityOf(r) : undefined;
    if (id) deployed.add(`${r.type}\u0000${id.key}`);
  }
  return {
    changes,
    replaces(r, path) {
      const info = typeInfo(r.type);
      const id = info && identityOf(r);
      if (!info || !id || !deployed.has(`${r.type}\u0000${id.key}`)) return undefined;
      const top = path.split('.')[0];
      if (conditionOf(r.type, top)) return 'may replace';
      return info.replaces.some((p) => p === path || p === top || p.startsWith(`${path}.`)) ? 'replaces' : undefined;
    },
  };
}

// ---- hovers: what a change of a property does --------------------------------------------------

const UPDATE_BEHAVIORS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement';

/**
 * Markdown for a property hover (`AWS::RDS::DBInstance.StorageEncrypted`, dotted for nested ones): what
 * changing it on a deployed database does, when it replaces the resource; undefined otherwise.
 */
export function replacementHover(target: string): string | undefined {
  const i = target.lastIndexOf('::');
  const dot = target.indexOf('.', i);
  if (dot < 0) return undefined;
  const type = target.slice(0, dot);
  const path = target.slice(dot + 1);
  const info = typeInfo(type);
  if (!info) return undefined;
  const top = path.split('.')[0];
  const cond = conditionOf(type, top);
  if (cond) return `**A change can replace the ${info.label}**: on ${cond.when}. The new ${info.label} starts empty. *Source:* [CloudFormation resource reference](${cond.url})`;
  if (!info.replaces.some((p) => p === path || p === top || path.startsWith(`${p}.`))) return undefined;
  const data = info.holds === 'data' ? ' Its data is lost unless UpdateReplacePolicy (CDK: removalPolicy) is Snapshot or Retain.' : '';
  return `**Changing it replaces the ${info.label}**: CloudFormation creates a new, empty ${info.label} and deletes the deployed one (adding or removing it too).${data} *Sources:* [update behaviors](${UPDATE_BEHAVIORS}) · CloudFormation resource specification (data/replacement)`;
}
