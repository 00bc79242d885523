/**
 * How the data-loss guard identifies a resource across two versions of a file, per form: a
 * template's logical ID; a CDK construct's path as the source writes it (enclosing class, scope
 * argument, id). A construct whose id is not a string literal has no identity here (its logical ID
 * cannot be known), so it is never reported as removed or renamed.
 */
import { constructInfo } from '../forms/cdk/info';
import type { ModelDocument, Resource } from '../model';
import type { Fix } from '../rules/types';
import type { Span } from '../text';

export interface Identity {
  /** Equal keys: the same logical ID. */
  key: string;
  /** A rename is looked for within one group (the class a CDK construct is created in). */
  group: string;
  /** The id as written (a template's logical ID key, a CDK construct's id literal). */
  idSpan?: Span;
  /** A CDK construct's scope argument. */
  scope?: string;
}

export function identityOf(r: Resource): Identity | undefined {
  if (r.form === 'cloudformation') return { key: r.id, group: '', idSpan: r.anchor };
  if (r.form !== 'cdk') return undefined;
  const info = constructInfo(r);
  if (!info?.idSpan || info.scope === undefined) return undefined;
  const group = info.container ?? '';
  return { key: `${group}\u0000${info.scope}\u0000${r.id}`, group, idSpan: info.idSpan, scope: info.scope };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The fix that gives a renamed resource its old id back: one edit of the id as written, keeping
 * its quotes. A template's logical ID that something else in the file names (Ref, GetAtt,
 * DependsOn, Sub) gets none: renaming the key alone would leave those dangling.
 */
export function renameFix(next: ModelDocument, r: Resource, oldId: string, id: Identity): Fix | undefined {
  const span = id.idSpan;
  if (!span || !/^[A-Za-z0-9_-]+$/.test(oldId)) return undefined;
  const written = next.text.slice(span.start, span.end);
  const q = /^["'`]/.test(written) ? written[0] : '';
  if (written !== `${q}${r.id}${q}`) return undefined;
  if (r.form === 'cloudformation') {
    const uses = next.text.match(new RegExp(`(?<![A-Za-z0-9])${escape(r.id)}(?![A-Za-z0-9])`, 'g'))?.length ?? 0;
    if (uses !== 1) return undefined;
  }
  const what = r.form === 'cdk' ? 'construct id' : 'logical ID';
  return { title: `Restore the ${what} ${oldId} (keeps the deployed database)`, edits: [{ span, newText: `${q}${oldId}${q}` }], preferred: true };
}

/**
 * Properties whose value in the synthesized template the source does not show: an L2 construct's
 * `credentials` / `masterUser` give MasterUsername as a reference to a generated or given secret
 * (`{{resolve:secretsmanager:…}}`), whose text does not change with the user name written here. The
 * guard says nothing about them rather than guess.
 */
export function unknowable(r: Resource, path: string): boolean {
  if (r.form !== 'cdk') return false;
  const info = constructInfo(r);
  return !!info && !info.l1 && path === 'MasterUsername';
}
