/**
 * Escaping for text that goes into Mermaid source. Everything a template author controls
 * (logical IDs, types, property names) passes through here, so a template cannot close a label,
 * start a new statement (`click`, `style`, `%%{init}%%` directives), or smuggle markup or links.
 * Pure: no DOM, no mermaid.
 */

/** Longest label text kept (longer text ends in an ellipsis) so one name cannot swamp the layout. */
export const MAX_LABEL = 48;

/**
 * Characters Mermaid gives meaning to, even inside a quoted label, written as Mermaid entity
 * codes (`#35;` is `#`): Mermaid turns `#name;` into `&name;` and the browser shows the character.
 * `:` stays as it is, so types read `RDS::DBInstance` in the exported source: inside quotes it
 * starts nothing (the worst it can do is trim the `;` of a later entity code on a line that also
 * says "style", which shows that code as text).
 */
const ENTITY: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '%': '#37;',
  '$': '#36;',
  '`': '#96;',
  '\\': '#92;',
  '|': '#124;',
  '{': '#123;',
  '}': '#125;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  ';': '#59;',
};

/** Shortens text to `max` characters (counting code points), marking the cut with an ellipsis. */
export function truncate(text: string, max = MAX_LABEL): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Escapes one line of label text for use inside a double-quoted Mermaid label (`["..."]`).
 * Control characters and line breaks become spaces; the text is truncated first, so the cut never
 * falls inside an entity code.
 */
export function escapeLabel(text: string, max = MAX_LABEL): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  let out = '';
  for (const ch of truncate(flat, max)) out += ENTITY[ch] ?? ch;
  return out;
}

/**
 * Edge labels are drawn by Mermaid as plain SVG text without decoding entity codes (node labels
 * are decoded, edge labels are not: `#40;` would show as `&#40;`). So an edge label holds no entity
 * code: the few characters that could end the label or start something Mermaid reads anywhere in
 * the source are written as look-alike characters instead, everything else as it is. Inside the
 * quotes of `|"..."|` Mermaid's lexer ends the text only at `"`; outside the lexer, Mermaid reads
 * `#name;` (entity codes), `%%{` (directives) and, in other renderers with HTML labels, markup and
 * a leading backtick (Markdown strings): `"`, `#`, `%`, `&`, `<`, `>` and `` ` `` are replaced.
 */
const EDGE_LOOKALIKE: Record<string, string> = {
  '"': "'",
  '#': '\uff03',
  '%': '\uff05',
  '&': '\uff06',
  '<': '\u2039',
  '>': '\u203a',
  '`': '\u02cb',
};

/** Escapes one line of text for a quoted Mermaid edge label (`-->|"..."|`): no entity codes (see above). */
export function escapeEdgeLabel(text: string, max = MAX_LABEL): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  let out = '';
  for (const ch of truncate(flat, max)) out += EDGE_LOOKALIKE[ch] ?? ch;
  return out;
}

/** A label of several lines (joined with Mermaid's `<br/>`), each line escaped. */
export function multiline(lines: string[], max = MAX_LABEL): string {
  return lines.filter((l) => l.length > 0).map((l) => escapeLabel(l, max)).join('<br/>');
}

/** True when `id` can be used as a Mermaid node id as is (we still generate our own ids). */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(id) && !/^(end|click|style|class|classDef|subgraph|graph|flowchart|linkStyle|call|href)$/i.test(id);
}
