/**
 * Peer tools' suppression comments in Terraform, mapped to our rule IDs through the peer table (peers.ts):
 * - checkov: `#checkov:skip=CKV_AWS_16:reason` anywhere inside a resource block skips that check on the resource;
 * - Trivy / tfsec: `#trivy:ignore:AVD-AWS-0080` / `#tfsec:ignore:aws-rds-encrypt-instance-storage-data` on the
 *   line before a resource applies to the whole resource; before an argument (or after it, on its line) to that line.
 * - tflint: `# tflint-ignore: aws_db_instance_invalid_type, other_rule` (or `//`, a `# reason` after it) covers its own
 *   line and the next, as tflint's annotations do; `all` covers every rule of ours there. `# tflint-ignore-file: ...`
 *   before the first block covers the whole file; in a `.tf.json` file, a top-level `"//": "tflint-ignore-file: ..."`.
 * Resource-wide ones go into the resource's `Metadata` (`aws-db-architect.ignore`, read by suppress.ts with the
 * peer mapping); line ones are inline suppressions. An ID we do not map silences nothing.
 */
import type { MapNode, Node, Resource, Suppression } from '../../model';
import { peerToAdb } from '../../peers';

const CHECKOV = /(?:#|\/\/)\s*checkov:skip=([A-Za-z0-9_]+)/g;
const TRIVY = /(?:#|\/\/)\s*(?:trivy|tfsec):ignore:([A-Za-z0-9_-]+)/g;
/** `# tflint-ignore: a, b # reason`: group 1 `-file` or empty, group 2 the rule names (up to a trailing comment). */
const TFLINT = /(?:#|\/\/)\s*tflint-ignore(-file)?:([^#/\r\n]*)/;

/** Our rule IDs for tflint rule names (`all`: every rule); undefined when none of the names is mapped. */
export function tflintRules(names: string): Set<string> | 'all' | undefined {
  // tflint 0.48+ separates names with commas; before, one name and free text after a space: the first word of each part.
  const list = names.split(',').map((p) => p.trim().split(/\s+/)[0]).filter((n) => /^[A-Za-z0-9_]+$/.test(n));
  if (list.includes('all')) return 'all';
  const ids = new Set(list.flatMap((n) => peerToAdb(n)));
  return ids.size ? ids : undefined;
}

/** `.tf.json`: tflint reads `tflint-ignore-file` in a top-level `"//"` comment property (no line annotations in JSON). */
function tflintJsonFile(text: string): Suppression[] {
  if (!text.includes('tflint-ignore-file')) return [];
  let top: unknown;
  try {
    top = JSON.parse(text);
  } catch {
    return [];
  }
  const comment = top && typeof top === 'object' && !Array.isArray(top) ? (top as Record<string, unknown>)['//'] : undefined;
  const m = typeof comment === 'string' ? /^tflint-ignore-file:([^#/]*)/.exec(comment) : null;
  const ids = m ? tflintRules(m[1]) : undefined;
  return ids ? [{ ruleIds: ids }] : [];
}

export function peerSuppressions(text: string, resources: Resource[], fileName = ''): Suppression[] {
  if (/\.json$/i.test(fileName)) return tflintJsonFile(text);
  if (!/checkov:skip=|(?:trivy|tfsec):ignore:|tflint-ignore/.test(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byResource = new Map<Resource, Set<string>>();
  const add = (r: Resource, id: string) => {
    const s = byResource.get(r) ?? new Set<string>();
    s.add(id);
    byResource.set(r, s);
  };
  const out: Suppression[] = [];
  /** Only comments and blank lines so far: a `tflint-ignore-file` here is at the top of the file. */
  let top = true;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    const offset = starts[i];
    const tfl = TFLINT.exec(t);
    const ids = tfl && tflintRules(tfl[2]);
    if (tfl && ids) {
      if (tfl[1]) {
        if (top && /^\s*(#|\/\/)/.test(t)) out.push({ ruleIds: ids });
      } else {
        out.push({ ruleIds: ids, line: i }, { ruleIds: ids, line: i + 1 });
      }
    }
    if (!/^\s*(#|\/\/|$)/.test(t)) top = false;
    for (const m of t.matchAll(CHECKOV)) {
      const pos = offset + (m.index ?? 0);
      for (const r of resources) if (r.span.start <= pos && pos < r.span.end) add(r, m[1]);
    }
    for (const m of t.matchAll(TRIVY)) {
      const ids = peerToAdb(m[1]);
      if (!ids.length) continue;
      const standalone = t.slice(0, m.index).trim() === '';
      if (!standalone) {
        out.push({ ruleIds: new Set(ids), line: i });
        continue;
      }
      // The next line that is not a comment or blank: a resource's first line makes it resource-wide.
      let next = i + 1;
      while (next < lines.length && /^\s*(#|\/\/|$)/.test(lines[next])) next++;
      const owners = resources.filter((r) => lineOf(r.span.start) === next);
      if (owners.length) for (const r of owners) add(r, m[1]);
      else out.push({ ruleIds: new Set(ids), line: next });
    }
  }
  for (const [r, ids] of byResource) {
    const span = { start: r.anchor.start, end: r.anchor.end };
    const items: Node[] = [...ids].map((id) => ({ kind: 'scalar', value: id, start: span.start, end: span.end }) as Node);
    const list: Node = { kind: 'list', items, start: span.start, end: span.end };
    const inner: MapNode = { kind: 'map', entries: [{ key: 'ignore', keySpan: span, value: list }], start: span.start, end: span.end };
    const meta: MapNode = { kind: 'map', entries: [{ key: 'aws-db-architect', keySpan: span, value: inner }], start: span.start, end: span.end };
    // Resources of one Terraform block share their attributes map; a new map keeps the others' apart.
    r.attributes = new Map(r.attributes);
    r.attributes.set('Metadata', { key: 'Metadata', keySpan: span, value: meta });
  }
  return out;
}
