/** JSON parameter values (`--tags '[{"Key":"a","Value":"b"}]'`) with the span of every key and value. */
import { parseTree, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import type { Span } from '../text';
import type { PValue, ValueError } from './value';
import { jsonTooDeep } from '../parse/nesting';
import { MAX_NESTING } from '../parse/problems';

/**
 * Parses a JSON value strictly (as the CLI's json.loads does: no comments, no trailing commas).
 * `span(a, b)` maps value indexes to the source.
 */
export function parseJsonValue(s: string, span: (a: number, b: number) => Span): { value?: PValue; error?: ValueError } {
  // jsonc-parser and the conversion recurse per level: a value nested deeper is not judged (no value, no error).
  if (jsonTooDeep(s, MAX_NESTING) >= 0) return {};
  try {
    JSON.parse(s);
  } catch (e) {
    const errors: ParseError[] = [];
    parseTree(s, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const at = first ? first.offset : Math.max(0, s.length - 1);
    const why = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : (e as Error).message;
    return { error: { message: `invalid JSON (${why})`, span: span(Math.min(at, Math.max(0, s.length - 1)), Math.min(s.length, at + Math.max(1, first?.length ?? 1))) } };
  }
  const tree = parseTree(s, [], { disallowComments: true });
  if (!tree) return { error: { message: 'invalid JSON', span: span(0, s.length) } };
  return { value: convert(tree, s, span) };
}

function convert(n: JNode, s: string, span: (a: number, b: number) => Span): PValue {
  const sp = span(n.offset, n.offset + Math.max(1, n.length));
  switch (n.type) {
    case 'object':
      return {
        k: 'obj',
        span: sp,
        entries: (n.children ?? []).map((p) => {
          const [k, v] = p.children ?? [];
          return { key: String(k.value), keySpan: span(k.offset, k.offset + k.length), value: v ? convert(v, s, span) : { k: 'null', span: sp } };
        }),
      };
    case 'array':
      return { k: 'list', items: (n.children ?? []).map((c) => convert(c, s, span)), span: sp };
    case 'string':
      return { k: 'str', v: String(n.value), span: sp };
    case 'number': {
      const raw = s.slice(n.offset, n.offset + n.length);
      return { k: 'num', v: Number(n.value), int: /^-?\d+$/.test(raw), span: sp };
    }
    case 'boolean':
      return { k: 'bool', v: Boolean(n.value), span: sp };
    default:
      return { k: 'null', span: sp };
  }
}
