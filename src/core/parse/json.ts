/** JSON templates through jsonc-parser: tolerant, fast, with offsets on every node. */
import * as jsonc from 'jsonc-parser';
import type { MapNode, Node, ReadProblem } from '../model';
import type { TemplateRead } from './cloudformation';

export function readJson(text: string): TemplateRead {
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems: ReadProblem[] = errors.slice(0, 20).map((e) => ({
    message: `JSON syntax error: ${jsonc.printParseErrorCode(e.error)}`,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    severity: 'error',
    code: 'parse-error',
  }));
  const root = tree ? convert(tree) : undefined;
  return { root: root?.kind === 'map' ? root : undefined, problems };
}

function convert(n: jsonc.Node): Node {
  // Plain properties rather than a spread of a span object: this runs once per JSON node.
  const start = n.offset;
  const end = n.offset + n.length;
  switch (n.type) {
    case 'object': {
      const node: MapNode = { kind: 'map', entries: [], start, end };
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || typeof k.value !== 'string') continue;
        node.entries.push({
          key: k.value,
          keySpan: { start: k.offset, end: k.offset + k.length },
          value: v ? convert(v) : { kind: 'scalar', value: null, start: k.offset + k.length, end: k.offset + k.length },
        });
      }
      return node;
    }
    case 'array':
      return { kind: 'list', items: (n.children ?? []).map(convert), start, end };
    case 'string':
      return { kind: 'scalar', value: n.value as string, quote: '"', start, end };
    default:
      return { kind: 'scalar', value: n.value as number | boolean | null, start, end };
  }
}
