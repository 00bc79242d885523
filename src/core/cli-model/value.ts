/**
 * Parameter values as the AWS CLI builds them from shorthand (`Key=Value,...`) or JSON, with the
 * source span of every key and value; and their translation into model nodes.
 */
import type { MapNode, Node } from '../model';
import type { Span } from '../text';

export interface PEntry {
  key: string;
  keySpan: Span;
  value: PValue;
}

export type PValue =
  /** `sh`: a shorthand or plain-word scalar, converted by the model's type as the CLI does. */
  | { k: 'str'; v: string; span: Span; sh?: boolean; quote?: '"' | "'" }
  | { k: 'num'; v: number; int: boolean; span: Span }
  | { k: 'bool'; v: boolean; span: Span }
  | { k: 'null'; span: Span }
  | { k: 'list'; items: PValue[]; span: Span }
  | { k: 'obj'; entries: PEntry[]; span: Span }
  | { k: 'unknown'; reason: string; span: Span };

/** A syntax error in a value, at a span of the source. */
export interface ValueError {
  message: string;
  span: Span;
}

/** The model node of a value (scalars typed as written; shorthand scalars typed later by the translator). */
export function toNode(v: PValue): Node {
  switch (v.k) {
    case 'str':
      return { kind: 'scalar', value: v.v, start: v.span.start, end: v.span.end, ...(v.quote ? { quote: v.quote } : {}) };
    case 'num':
    case 'bool':
      return { kind: 'scalar', value: v.v, start: v.span.start, end: v.span.end };
    case 'null':
      return { kind: 'scalar', value: null, start: v.span.start, end: v.span.end };
    case 'list':
      return { kind: 'list', items: v.items.map(toNode), start: v.span.start, end: v.span.end };
    case 'obj': {
      const m: MapNode = { kind: 'map', entries: [], start: v.span.start, end: v.span.end };
      for (const e of v.entries) m.entries.push({ key: e.key, keySpan: e.keySpan, value: toNode(e.value) });
      return m;
    }
    case 'unknown':
      return { kind: 'unknown', reason: v.reason, start: v.span.start, end: v.span.end };
  }
}
