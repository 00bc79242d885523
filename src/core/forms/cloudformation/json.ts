/** JSON templates through jsonc-parser: tolerant, fast, with offsets on every node. */
import * as jsonc from 'jsonc-parser';
import type { MapNode, Node, ReadProblem } from '../../model';
import type { TemplateRead } from './reader';
import { jsonTooDeep } from '../../parse/nesting';
import { MAX_NESTING, parseProblem, tooDeep } from '../../parse/problems';

/** At most this many syntax errors are reported: after the first few, the rest mostly follow from them. */
const MAX_PROBLEMS = 5;

/** By jsonc-parser's error name (its ParseErrorCode is a const enum, out of reach with isolatedModules). */
const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character: not a JSON value.',
  InvalidNumberFormat: 'a number is not written as JSON allows.',
  PropertyNameExpected: 'a property name (in double quotes) is expected here.',
  ValueExpected: 'a value is expected here.',
  ColonExpected: 'a colon is expected after the property name.',
  CommaExpected: 'a comma is missing between two items.',
  CloseBraceExpected: 'a } is missing: an object is not closed.',
  CloseBracketExpected: 'a ] is missing: a list is not closed.',
  EndOfFileExpected: 'text after the end of the JSON value.',
  InvalidCommentToken: 'comments are not allowed in JSON.',
  UnexpectedEndOfComment: 'a comment is not closed.',
  UnexpectedEndOfString: 'a string is not closed (no closing ").',
  UnexpectedEndOfNumber: 'a number ends too early.',
  InvalidUnicode: 'an invalid \\u escape in a string.',
  InvalidEscapeCharacter: 'an invalid escape in a string (write \\\\ for a backslash).',
  InvalidCharacter: 'a control character (a tab or line break?) inside a string.',
};

export function readJson(text: string): TemplateRead {
  // jsonc-parser recurses per level: bound the depth before it runs.
  const deep = jsonTooDeep(text, MAX_NESTING);
  if (deep >= 0) return { problems: [tooDeep(text, deep)] };
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems: ReadProblem[] = [];
  let lastEnd = -1;
  for (const e of errors) {
    if (problems.length >= MAX_PROBLEMS) break;
    // An error at the same place as the one before follows from it (e.g. "value expected" then "comma expected").
    if (e.offset <= lastEnd) continue;
    lastEnd = e.offset + Math.max(1, e.length);
    problems.push(parseProblem(text, e.offset, lastEnd, WORDS[jsonc.printParseErrorCode(e.error)] ?? `JSON syntax error: ${jsonc.printParseErrorCode(e.error)}`));
  }
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
