/** Builds one resource of the model from a construct: properties by CloudFormation path, attributes, defaults. */
import type { MapEntry, MapNode, Node, Resource, ScalarValue } from '../../model';
import { entryPath } from '../../model';
import type { Span } from '../../text';
import { markSynthesized } from './info';

export class ResourceBuilder {
  readonly props: MapNode;
  readonly attributes = new Map<string, MapEntry>();
  readonly tsKeys = new Map<string, string>();
  /** The span of each top-level TS prop's value expression, by TS prop name (for fixes). */
  readonly tsValues = new Map<string, Span>();
  /** A spread or a non-literal props argument: absent props may be set elsewhere. */
  partial = false;

  constructor(readonly anchor: Span, propsSpan: Span | undefined) {
    this.props = { kind: 'map', entries: [], ...(propsSpan ?? anchor) };
  }

  /** Sets a property at a dotted CloudFormation path; `keySpan` is the TS prop name. */
  set(path: string, keySpan: Span, value: Node, tsKey?: string): void {
    const keys = path.split('.');
    let map = this.props;
    for (let i = 0; i < keys.length - 1; i++) {
      let e = map.entries.find((x) => x.key === keys[i]);
      if (!e || e.value.kind !== 'map') {
        const m: MapNode = { kind: 'map', entries: [], start: value.start, end: value.end };
        if (e) e.value = m;
        else map.entries.push((e = { key: keys[i], keySpan, value: m }));
      }
      map = e.value as MapNode;
    }
    const last = keys[keys.length - 1];
    const existing = map.entries.find((x) => x.key === last);
    if (existing) Object.assign(existing, { keySpan, value });
    else map.entries.push({ key: last, keySpan, value });
    if (tsKey) this.tsKeys.set(path, tsKey);
  }

  has(path: string): boolean {
    return !!entryPath(this.props, path);
  }

  /** The CDK's default for an absent prop, as a value at the construct's anchor (not when the props are partial). */
  default(path: string, value: ScalarValue | Node): void {
    if (this.has(path) || this.partial) return;
    const node: Node = value !== null && typeof value === 'object' ? value : { kind: 'scalar', value, ...this.anchor };
    this.set(path, this.anchor, markSynthesized(node));
  }

  /** A resource attribute (DeletionPolicy) from the source, or the CDK's default. */
  attribute(name: string, value: string, span?: Span): void {
    const node: Node = { kind: 'scalar', value, ...(span ?? this.anchor) };
    if (!span) markSynthesized(node);
    this.attributes.set(name, { key: name, keySpan: span ?? this.anchor, value: node });
  }

  build(id: string, type: string, span: Span, construct: string): Resource {
    return {
      id, type, anchor: this.anchor, span, properties: this.props, attributes: this.attributes,
      complete: !this.partial, form: 'cdk', origin: { construct },
    };
  }
}
