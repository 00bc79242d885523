/**
 * AWS CLI fixes in shell scripts (and Markdown shell blocks): flip `--x`/`--no-x`, replace a flag's
 * value keeping its quotes, append a flag at the end of the command, remove a flag (its whole
 * line when it stands alone on a continuation line), `--manage-master-user-password` instead of a
 * literal `--master-user-password`, and `# aws-db-architect-ignore` comments.
 */
import { displayName } from '../../names';
import { serviceModel } from '../../cli-model/model';
import type { MapEntry, Resource, ScalarValue } from '../../model';
import { commentSuppression } from '../../fixes/comment';
import { lineEnd, lineStart } from '../../fixes/text';
import type { FormWriter } from '../../fixes/types';


const quoteOf = (s: string) => (s.startsWith("'") || s.startsWith('"') ? s[0] : '');

/** The flag and value text of a CLI argument: the flag the CLI reader maps onto the property (src/core/names.ts). */
function flagText(r: Resource, path: string, v: ScalarValue): string | undefined {
  const name = displayName(r, path);
  if (!/^--[a-z0-9-]+$/.test(name)) return undefined;
  const f = name.slice(2);
  if (typeof v === 'boolean') return v ? `--${f}` : `--no-${f}`;
  return `--${f} ${v}`;
}

/**
 * Whether the shell text from `start` to `at` ends outside any quote, `$(`, `${`, backquote and comment,
 * so text appended at `at` is read as new words of the command.
 */
function plainAt(text: string, start: number, at: number): boolean {
  let q = '';
  // The closers still owed: `)` for each open `$(`, `}` for each open `${`.
  const owed: string[] = [];
  for (let k = start; k < at; k++) {
    const c = text[k];
    if (q === "'") {
      if (c === "'") q = '';
    } else if (c === '\\') {
      k++;
    } else if (q === '"') {
      if (c === '"') q = '';
      // Inside double quotes a backquote or `$(` still opens a command substitution: not worth following.
      else if (c === '`' || (c === '$' && text[k + 1] === '(')) return false;
      else if (c === '$' && text[k + 1] === '{') {
        const close = text.indexOf('}', k + 2);
        if (close < 0 || close >= at) return false;
        k = close;
      }
    } else if (c === "'" || c === '"' || c === '`') {
      if (c === '`') return false;
      q = c;
    } else if (c === '$' && (text[k + 1] === '(' || text[k + 1] === '{')) {
      owed.push(text[k + 1] === '(' ? ')' : '}');
      k++;
    } else if (owed.length && c === owed[owed.length - 1]) {
      owed.pop();
    } else if (c === '#' && (k === start || /\s/.test(text[k - 1]))) {
      return false;
    } else if (c === '<' && text[k + 1] === '<') {
      return false;
    }
  }
  return q === '' && owed.length === 0;
}

/** Whether the backslashes ending just before `end` are an odd run (the last one escapes what follows). */
function oddBackslashesBefore(text: string, end: number): boolean {
  let n = 0;
  while (end - 1 - n >= 0 && text[end - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** The start of the command holding `at`: back over lines continued by a trailing backslash. */
export function commandStart(text: string, at: number): number {
  let ls = lineStart(text, at);
  while (ls > 0) {
    const prev = lineStart(text, ls - (text[ls - 1] === '\n' && text[ls - 2] === '\r' ? 2 : 1));
    const line = text.slice(prev, ls);
    // A Markdown fence ending in a backslash does not continue into the block.
    // Only a `\` right before the line break continues (bash: `\ ` at the end is an escaped blank).
    const cont = /\\\r?\n?$/.exec(line);
    if (!cont || !oddBackslashesBefore(line, cont.index + 1) || /^\s*(```|~~~)/.test(line)) break;
    ls = prev;
  }
  return ls;
}

/** Whether the command's operation takes the flag, per the CLI's service model (true when the model cannot say). */
function hasFlag(r: Resource, flag: string): boolean {
  const { service, operation } = r.origin ?? {};
  const op = service && operation ? serviceModel(service)?.ops[operation] : undefined;
  return !op || flag in op.a;
}

/** The end of an argument (its value, or the flag itself for booleans). */
const argEnd = (e: MapEntry) => Math.max(e.keySpan.end, e.value.end);

export const shellWriter: FormWriter = {
  name: 'shell',
  title: (i, path, v, add) => {
    const name = displayName(i.resource, path);
    return `${add ? 'Add' : 'Use'} ${typeof v === 'boolean' ? (v ? name : name.replace(/^--/, '--no-')) : `${name} ${v}`}`;
  },
  managedPasswordTitle: () => 'Use --manage-master-user-password',
  statementStart: (text, at) => commandStart(text, at),
  setValue({ text }, e, value) {
    const key = text.slice(e.keySpan.start, e.keySpan.end);
    if (typeof value === 'boolean' && /^--/.test(key)) {
      const base = key.replace(/^--(no-)?/, '').replace(/=.*$/, '');
      const separate = e.value.start >= e.keySpan.end && /^\s+\S/.test(text.slice(e.keySpan.end, e.value.end));
      if (separate) return [{ span: { start: e.value.start, end: e.value.end }, newText: String(value) }];
      return [{ span: { start: e.keySpan.start, end: argEnd(e) }, newText: `--${value ? '' : 'no-'}${base}` }];
    }
    if (e.value.start < e.keySpan.end) return undefined;
    const cur = text.slice(e.value.start, e.value.end);
    const q = quoteOf(cur);
    return [{ span: { start: e.value.start, end: e.value.end }, newText: `${q}${value}${q}` }];
  },
  insert({ text, resource }, path, value) {
    const arg = flagText(resource, path, value);
    if (!arg || !hasFlag(resource, arg.split(' ')[0].slice(2))) return undefined;
    let at = resource.span.end;
    while (at > resource.span.start && /\s/.test(text[at - 1])) at--;
    // A `\` before a space or tab is an escaped blank (the last word), not a continuation: the flag goes after it.
    if (text[at - 1] === '\\' && /[ \t]/.test(text[at] ?? '') && oddBackslashesBefore(text, at)) at++;
    // A command ending in a `\` (the file or block ends mid-continuation): the flag goes before it.
    else if (text[at - 1] === '\\' && (at < 2 || text[at - 2] !== '\\')) {
      // ...unless the text ends right there (a `\` with no line after it is read differently).
      if (!/[\r\n]/.test(text.slice(at, at + 2))) return undefined;
      at--;
      while (at > resource.span.start && /[ \t]/.test(text[at - 1])) at--;
    }
    // Appended inside an open quote or a comment, the flag would be text, not an argument.
    if (!plainAt(text, resource.span.start, at)) return undefined;
    // Glued to what follows (`>`, `|`, `;`), the flag's value would join it (`1>file`).
    const after = at < text.length && !/\s/.test(text[at]) ? ' ' : '';
    return [{ span: { start: at, end: at }, newText: ` ${arg}${after}` }];
  },
  remove({ text }, e) {
    const end = argEnd(e);
    const ls = lineStart(text, e.keySpan.start);
    const le = lineEnd(text, end);
    // `  --flag value \` alone on a continuation line: drop the line.
    if (text.slice(ls, e.keySpan.start).trim() === '' && /^\s*\\$/.test(text.slice(end, le)) && ls > 0) {
      return [{ span: { start: ls, end: Math.min(text.length, le + (text[le] === '\r' ? 2 : 1)) }, newText: '' }];
    }
    let start = e.keySpan.start;
    while (start > ls && /[ \t]/.test(text[start - 1])) start--;
    return [{ span: { start, end }, newText: '' }];
  },
  managedPassword(i, e) {
    return [{ span: { start: e.keySpan.start, end: argEnd(e) }, newText: '--manage-master-user-password' }];
  },
  deletionPolicy() {
    return undefined;
  },
  suppress(doc, text, ruleId, at, resource) {
    // A comment right above the command covers its resource; one inside a `\` continuation or a
    // quoted multi-line value would cut the command or change the value, so it always goes above.
    if (resource) return commentSuppression(text, ruleId, at, '#', commandStart(text, resource.span.start));
    // A finding about no resource is suppressed only by a comment right above its own line: offered
    // when that line starts the command, since anywhere else the comment would land inside it.
    const ls = lineStart(text, at);
    if (commandStart(text, at) !== ls || !/^\s*aws\s/.test(text.slice(ls, ls + 200))) return undefined;
    return commentSuppression(text, ruleId, at, '#', ls);
  },
};

