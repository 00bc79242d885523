/**
 * Read problems in words a person understands: the `yaml` package's and jsonc-parser's error
 * codes become one sentence with the line number ("line 12: a key is not lined up with the keys
 * before it"), and every span is kept inside the text. Also the nesting bound shared by the readers.
 */
import type { ReadProblem } from '../model';
import type { Span } from '../text';

/**
 * Deepest nesting of maps and lists the readers build (a template rarely goes past 30). Deeper
 * text is not read: walking it would exhaust the stack, in our code or in the libraries'.
 */
export const MAX_NESTING = 500;

/** Aliases may expand a document to this many nodes at most; more is an alias bomb. */
export const MAX_EXPANDED = 200_000;

/** A span clamped into [0, length], never empty unless the text is. */
export function clampSpan(start: number, end: number, length: number): Span {
  const s = Math.max(0, Math.min(start, length));
  let e = Math.max(s, Math.min(end, length));
  if (e === s && s < length) e = s + 1;
  return { start: s, end: e };
}

/** 1-based line number of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseProblem(text: string, start: number, end: number, words: string, code: ReadProblem['code'] = 'parse-error'): ReadProblem {
  const span = clampSpan(start, end, text.length);
  return { message: `line ${lineOf(text, span.start)}: ${words}`, span, severity: 'error', code };
}

export function tooDeep(text: string, at: number): ReadProblem {
  return parseProblem(text, at, at + 1, `nesting deeper than ${MAX_NESTING} levels: the file is not analysed.`, 'parse-error');
}

/** The `yaml` package's error message as a sentence (the package's own words stay as a last resort). */
export function yamlWords(code: string, message: string): string {
  const m = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const rules: [RegExp, string | ((r: RegExpExecArray) => string)][] = [
    [/Missing closing "quote/, 'a double-quoted value is not closed (no closing ").'],
    [/Missing closing 'quote/, "a single-quoted value is not closed (no closing ')."],
    [/All mapping items must start at the same column/, 'a key is not lined up with the keys before it (indented deeper or shallower than its siblings).'],
    [/All sequence items must start at the same column/, 'a list item (-) is not lined up with the items before it.'],
    [/Implicit keys (of flow sequence pairs )?need to be on a single line/, 'a line is neither "key: value" nor a list item (a missing colon, or a line indented too deep?).'],
    [/Implicit map keys need to be followed by map values/, 'a key has no colon after it.'],
    [/Nested mappings are not allowed in compact mappings/, 'a "key: value" starts inside another value on the same line (quote the value if the colon belongs to it).'],
    [/A block sequence may not be used as an implicit map key/, 'a list starts where a key is expected.'],
    [/Tabs are not allowed as indentation/, 'a tab is used for indentation: YAML indents with spaces only.'],
    [/Flow (sequence|map|mapping) in block collection must be sufficiently indented/, 'a [ ] or { } collection is not closed.'],
    [/Flow end indicator should be more indented than parent/, 'a closing bracket is indented less than its key.'],
    [/Missing , (or : )?between (.*) items/, 'a comma is missing between two items of a [ ] or { } collection.'],
    [/Missing space after : in/, 'a colon inside { } needs a space after it.'],
    [/Unexpected , in/, 'a comma is out of place in a [ ] or { } collection.'],
    [/Unexpected empty item in/, 'an empty item (two commas in a row?) in a [ ] or { } collection.'],
    [/Unexpected (\S+) at node end/, 'unexpected text after a value (a line indented wrongly, or a quote or bracket not closed?).'],
    [/Unexpected (flow-map-end|flow-seq-end|\]|\}|map-value-ind)/, 'a closing bracket or colon that matches nothing.'],
    [/Invalid escape sequence (.*)/, (r) => `invalid escape ${r[1]} in a double-quoted value (write \\\\ for a backslash, or use single quotes).`],
    [/Plain value cannot start with (?:reserved character )?(.*)/, (r) => `a value cannot start with ${r[1]}: put it in quotes.`],
    [/Block scalar/, 'a | or > text block is indented wrongly.'],
    [/Source contains multiple documents|Unexpected doc-end|document/i, 'the file holds several YAML documents (a second "---"?): a template is one document.'],
    [/Unresolved tag: (.*)/, (r) => `unknown tag ${r[1]}.`],
    [/Comments must be separated from other tokens by white space/, 'a # comment needs a space before it.'],
    [/Tags and anchors must be separated/, 'a tag (!Name) or anchor (&name) needs a space after it.'],
    [/A node can have at most one (anchor|tag)/, (r) => `a value has more than one ${r[1]}.`],
    [/Alias|alias|Anchor/, 'an alias (*name) refers to no anchor (&name) before it.'],
    [/Directive|directive|%/, 'a % directive that a template cannot have.'],
    [/Sequence item without - indicator/, 'a list item without its "-".'],
    [/Map keys must be unique/, 'the same key twice in one mapping.'],
  ];
  for (const [re, words] of rules) {
    const r = re.exec(m);
    if (r) return typeof words === 'string' ? words : words(r);
  }
  return `YAML syntax error (${code}): ${m}`;
}
