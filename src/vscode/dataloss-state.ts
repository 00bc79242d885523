/**
 * The editor's data-loss guard, its pure half (no vscode import, tested without an editor):
 * - HeadCache: the HEAD text of each file, read once (asynchronously, through a function the host
 *   brings: the git extension's `repository.show`) and kept until the repository's HEAD commit changes;
 * - the CodeLens title and the list it opens, from the core's replacementSummary;
 * - the guard's status for a file, in words.
 */
import type { ReplacementSummary } from '../core/dataloss';
import { errorText } from '../core/log';

/** The text of a file in HEAD, or why there is none (not committed, could not be read). */
export type HeadText = { kind: 'text'; text: string } | { kind: 'none'; reason: string };

/** Where a file's HEAD is: its repository's root and the HEAD commit. */
export interface HeadRef {
  root: string;
  commit: string;
}

interface Entry {
  ref: HeadRef;
  value?: HeadText;
}

/**
 * HEAD texts per file. `get` answers from the cache when the file was read at the same HEAD commit,
 * otherwise starts one read and answers undefined (the analysis runs without a base meanwhile);
 * `arrived(file)` is called when the text lands. A read that lands after HEAD moved is dropped.
 */
export class HeadCache {
  /** How many reads were started (tests: once per file and HEAD). */
  reads = 0;
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly read: (file: string, ref: HeadRef) => Promise<HeadText>,
    private readonly arrived: (file: string) => void,
  ) {}

  get(file: string, ref: HeadRef): HeadText | undefined {
    const e = this.entries.get(file);
    if (e && e.ref.commit === ref.commit && e.ref.root === ref.root) return e.value;
    const entry: Entry = { ref: { ...ref } };
    this.entries.set(file, entry);
    this.reads++;
    void Promise.resolve()
      .then(() => this.read(file, ref))
      .then((v): HeadText => v, (err: unknown): HeadText => ({ kind: 'none', reason: `HEAD could not be read (${errorText(err)})` }))
      .then((v) => {
        if (this.entries.get(file) !== entry) return;
        entry.value = v;
        this.arrived(file);
      });
    return undefined;
  }

  /** What is cached for the file (at `commit`, when given), without reading (undefined: nothing, or still reading). */
  peek(file: string, commit?: string): HeadText | undefined {
    const e = this.entries.get(file);
    return e && (commit === undefined || e.ref.commit === commit) ? e.value : undefined;
  }

  /** Whether a read of the file is under way. */
  reading(file: string): boolean {
    const e = this.entries.get(file);
    return !!e && !e.value;
  }

  /**
   * A repository's HEAD is now `commit` (undefined: no commit): its files read at another commit are
   * dropped. Returns them (the host analyses them again, which reads their new HEAD text).
   */
  headChanged(root: string, commit: string | undefined): string[] {
    const dropped: string[] = [];
    for (const [file, e] of this.entries) {
      if (e.ref.root === root && e.ref.commit !== commit) {
        this.entries.delete(file);
        dropped.push(file);
      }
    }
    return dropped;
  }

  forget(file: string): void {
    this.entries.delete(file);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Reads a git error as "the file is not in HEAD" (untracked, new, ignored): no base, and no complaint. */
export function notInHead(message: string): boolean {
  // The Git extension says "Could not show object." for a path `git show` does not find at the ref.
  return /could not show object|exists on disk, but not in|does not exist in|path not known|invalid object name/i.test(message);
}

// ---- CodeLens ------------------------------------------------------------------------------------

const SHOWN = 4;

const list = (names: string[]) => names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? ', …' : '');

/** "replaced by changes to: StorageEncrypted, KmsKeyId, … · data kept on replace: no" */
export function lensTitle(s: ReplacementSummary): string {
  const cond = s.conditionalProperties.map((c) => c.name);
  const what = s.replacingProperties.length
    ? `replaced by changes to: ${list(s.replacingProperties)}${cond.length && s.replacingProperties.length < SHOWN ? ` (may be: ${list(cond.slice(0, SHOWN - s.replacingProperties.length))})` : ''}`
    : cond.length ? `may be replaced by changes to: ${list(cond)}` : 'no property change replaces it';
  const kept = s.dataKeptOnReplace ? `yes${s.policy ? ` (UpdateReplacePolicy ${s.policy})` : ''}` : 'no';
  return `${what} · data kept on replace: ${kept}`;
}

const TEMPLATE_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
export const UPDATE_REPLACE_POLICY_URL = `${TEMPLATE_REFERENCE}/aws-attribute-updatereplacepolicy.html`;
export const UPDATE_BEHAVIORS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement';

/** The CloudFormation reference page of a resource type (AWS::RDS::DBInstance → aws-resource-rds-dbinstance.html). */
export function resourceReferenceUrl(type: string): string | undefined {
  const m = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
  return m ? `${TEMPLATE_REFERENCE}/aws-resource-${m[1].toLowerCase()}-${m[2].toLowerCase()}.html` : undefined;
}

/** One row of the list a CodeLens opens: a heading (`separator`) or an item with the page it opens. */
export interface LensItem {
  label: string;
  description?: string;
  detail?: string;
  url?: string;
  separator?: boolean;
}

/** The list a CodeLens opens: the replacing properties, the conditional ones with AWS's condition, the data, the guard's status. */
export function lensItems(s: ReplacementSummary, status: string): LensItem[] {
  const ref = resourceReferenceUrl(s.type);
  const out: LensItem[] = [];
  if (s.replacingProperties.length) {
    out.push({ label: `Changing these replaces the ${s.label} ${s.logicalId} (a new, empty ${s.label})`, separator: true });
    for (const p of s.replacingProperties) out.push({ label: p, description: 'Update requires: Replacement', detail: ref ?? UPDATE_BEHAVIORS_URL, url: ref ?? UPDATE_BEHAVIORS_URL });
  }
  if (s.conditionalProperties.length) {
    out.push({ label: 'Replaces it only under a condition AWS documents', separator: true });
    for (const c of s.conditionalProperties) out.push({ label: c.name, description: `replaces on ${c.when}`, detail: c.url, url: c.url });
  }
  out.push({ label: 'Its data on a replacement', separator: true });
  out.push({ label: `data kept on replace: ${s.dataKeptOnReplace ? 'yes' : 'no'}`, description: s.policy ? `UpdateReplacePolicy ${s.policy}` : undefined, detail: s.dataNote, url: UPDATE_REPLACE_POLICY_URL });
  out.push({ label: 'Data-loss guard', separator: true });
  out.push({ label: status, detail: UPDATE_BEHAVIORS_URL, url: UPDATE_BEHAVIORS_URL });
  return out;
}

// ---- the guard's status --------------------------------------------------------------------------

/** Why the guard does not compare a file, or that it does. */
export type GuardState =
  | { state: 'off-setting' }
  | { state: 'off-git'; why: string }
  | { state: 'no-repository' }
  | { state: 'no-commit' }
  | { state: 'reading' }
  | { state: 'no-base'; reason: string }
  | { state: 'base'; commit: string; analysis?: 'compared' | 'unreadable' | 'other-kind' | 'syntax-error' };

export function statusText(s: GuardState): string {
  switch (s.state) {
    case 'off-setting': return 'Data-loss guard off (setting awsDbArchitect.dataLossGuard.enabled)';
    case 'off-git': return `Data-loss guard off: ${s.why}`;
    case 'no-repository': return 'Data-loss guard: nothing to compare with (the file is not in a git repository)';
    case 'no-commit': return 'Data-loss guard: nothing to compare with (the repository has no commit yet)';
    case 'reading': return 'Data-loss guard: reading the file in HEAD…';
    case 'no-base': return `Data-loss guard: nothing to compare with (${s.reason})`;
    case 'base': {
      const at = `HEAD ${s.commit.slice(0, 7)}`;
      switch (s.analysis) {
        case 'compared': return `Data-loss guard: compared with ${at}`;
        case 'syntax-error': return `Data-loss guard: not compared with ${at} while the file has a syntax error`;
        case 'other-kind': return `Data-loss guard: not compared (the file in ${at} is another kind of file)`;
        case 'unreadable': return `Data-loss guard: not compared (the file in ${at} does not read as a template or CDK file)`;
        default: return `Data-loss guard: comparing with ${at}…`;
      }
    }
  }
}
