/**
 * Peer tools' suppression comments in Terraform, mapped to our rule IDs through the peer table (peers.ts):
 * - checkov: `#checkov:skip=CKV_AWS_16:reason` anywhere inside a resource block skips that check on the resource;
 * - Trivy / tfsec: `#trivy:ignore:AVD-AWS-0080` / `#tfsec:ignore:aws-rds-encrypt-instance-storage-data` on the
 *   line before a resource applies to the whole resource; before an argument (or after it, on its line) to that line.
 * Resource-wide ones go into the resource's `Metadata` (`aws-db-architect.ignore`, read by suppress.ts with the
 * peer mapping); line ones are inline suppressions. An ID we do not map silences nothing.
 */
import type { MapNode, Node, Resource, Suppression } from '../../model';
import { peerToAdb } from '../../peers';

const CHECKOV = /(?:#|\/\/)\s*checkov:skip=([A-Za-z0-9_]+)/g;
const TRIVY = /(?:#|\/\/)\s*(?:trivy|tfsec):ignore:([A-Za-z0-9_-]+)/g;

export function peerSuppressions(text: string, resources: Resource[]): Suppression[] {
  if (!/checkov:skip=|(?:trivy|tfsec):ignore:/.test(text)) return [];
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
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    const offset = starts[i];
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
