/**
 * Suppressions on a construct, written into the resource's Metadata in the shapes the engine
 * already reads (`aws-db-architect.ignore`, `cdk_nag.rules_to_suppress`), so a construct-level
 * comment or a cdk-nag `NagSuppressions` call is honoured exactly like template Metadata.
 */
import type { ListNode, MapEntry, MapNode, Node, Resource } from '../../model';
import type { Span } from '../../text';

const str = (value: string, span: Span): Node => ({ kind: 'scalar', value, ...span });

function child(map: MapNode, key: string, make: () => Node, span: Span): Node {
  let e = map.entries.find((x) => x.key === key);
  if (!e) map.entries.push((e = { key, keySpan: span, value: make() }));
  return e.value;
}

/** Adds our rule IDs (`ours`) and cdk-nag rule IDs (`nag`) to a resource's Metadata. */
export function suppressionMetadata(r: Resource, ours: { id: string; span: Span }[], nag: { id: string; span: Span }[]): void {
  let meta: MapEntry | undefined = r.attributes.get('Metadata');
  if (!meta || meta.value.kind !== 'map') {
    meta = { key: 'Metadata', keySpan: r.anchor, value: { kind: 'map', entries: [], ...r.anchor } };
    r.attributes.set('Metadata', meta);
  }
  const root = meta.value as MapNode;
  const emptyMap = (): MapNode => ({ kind: 'map', entries: [], ...r.anchor });
  const emptyList = (): ListNode => ({ kind: 'list', items: [], ...r.anchor });
  if (ours.length) {
    const m = child(root, 'aws-db-architect', emptyMap, r.anchor) as MapNode;
    const l = child(m, 'ignore', emptyList, r.anchor) as ListNode;
    for (const x of ours) l.items.push(str(x.id, x.span));
  }
  if (nag.length) {
    const m = child(root, 'cdk_nag', emptyMap, r.anchor) as MapNode;
    const l = child(m, 'rules_to_suppress', emptyList, r.anchor) as ListNode;
    for (const x of nag) l.items.push({ kind: 'map', entries: [{ key: 'id', keySpan: x.span, value: str(x.id, x.span) }], ...x.span });
  }
}
