/**
 * Suppressions users of neighbouring tools already write: inline comments
 * (`# aws-db-architect-ignore ADB012`), and resource Metadata in our own, cfn-lint's, cfn_nag's,
 * cdk-nag's and checkov's forms, whose rule IDs are mapped to ours through the peer table.
 */
import type { MapEntry, Node, Resource, Suppression } from './model';
import { get, getPath } from './model';
import { peerToAdb } from './peers';

const MARK = 'aws-db-architect-ignore';
const ID = /\bADB\d{3}\b/g;

/**
 * Inline comments: `<prefix> aws-db-architect-ignore ADB001 ADB002` applies to its own line when
 * it follows code, and to the next line when it stands alone. No IDs means every rule.
 * `aws-db-architect-ignore-file` applies to the whole file.
 */
export function collectInlineSuppressions(text: string, prefix: '#' | '//'): Suppression[] {
  const out: Suppression[] = [];
  if (!text.includes(MARK)) return out;
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) {
    const t = lines[line];
    const at = t.indexOf(MARK);
    if (at < 0) continue;
    const commentAt = t.lastIndexOf(prefix, at);
    if (commentAt < 0) continue;
    const rest = t.slice(at + MARK.length);
    const wholeFile = rest.startsWith('-file');
    const ids = rest.match(ID);
    const ruleIds = ids && ids.length ? new Set(ids) : 'all';
    if (wholeFile) {
      out.push({ ruleIds });
      continue;
    }
    const standalone = t.slice(0, commentAt).trim() === '';
    out.push({ ruleIds, line: standalone ? line + 1 : line });
  }
  return out;
}

/** Rule IDs a resource's Metadata suppresses (ours and mapped peer IDs). */
export function metadataSuppressions(resource: Resource): Set<string> {
  const ids = new Set<string>();
  const meta: MapEntry | undefined = resource.attributes.get('Metadata');
  if (!meta) return ids;
  const m = meta.value;
  const add = (raw: string) => {
    if (/^ADB\d{3}$/.test(raw)) ids.add(raw);
    for (const id of peerToAdb(raw)) ids.add(id);
  };
  for (const s of strings(getPath(m, 'aws-db-architect.ignore'))) add(s);
  for (const s of strings(getPath(m, 'cfn-lint.config.ignore_checks'))) add(s);
  // cfn-guard (AWS Guard Rules Registry): `Metadata.guard.SuppressedRules: [RULE_NAME]`.
  for (const s of strings(getPath(m, 'guard.SuppressedRules'))) add(s);
  for (const tool of ['cfn_nag', 'cdk_nag']) {
    const list = getPath(m, `${tool}.rules_to_suppress`);
    if (list?.kind === 'list') for (const it of list.items) for (const s of strings(get(it, 'id'))) add(s);
  }
  const skip = getPath(m, 'checkov.skip');
  if (skip?.kind === 'list') for (const it of skip.items) for (const s of strings(get(it, 'id'))) add(s);
  return ids;
}

function strings(n: Node | undefined): string[] {
  if (!n) return [];
  if (n.kind === 'scalar' && typeof n.value === 'string') return [n.value];
  if (n.kind === 'list') return n.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
  return [];
}

/** Whether an inline suppression covers a rule on a line. */
export function inlineCovers(s: Suppression, ruleId: string, line: number): boolean {
  if (s.line !== undefined && s.line !== line) return false;
  return s.ruleIds === 'all' || s.ruleIds.has(ruleId);
}
