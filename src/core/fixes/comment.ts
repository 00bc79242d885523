/** "Suppress here" as a comment on its own line above the finding's line (merged into one already there). */
import type { TextEdit } from '../rules/types';
import { eol, indentAt, lineStart } from './text';
import type { FormWriter } from './types';

const MARK = 'aws-db-architect-ignore';

export function commentSuppression(text: string, ruleId: string, at: number, prefix: '#' | '//', lineAt?: number): TextEdit[] {
  const start = lineStart(text, lineAt ?? at);
  // A standalone ignore comment right above: add the ID to it rather than stacking comments.
  if (start > 0) {
    const prevStart = lineStart(text, start - 1);
    const prev = text.slice(prevStart, start).replace(/[\r\n]+$/, '');
    const m = new RegExp(`^\\s*${prefix === '#' ? '#' : '//'}\\s*${MARK}(?!-file)((?:\\s+ADB\\d{3})+)\\s*$`).exec(prev);
    if (m) return [{ span: { start: prevStart + prev.length, end: prevStart + prev.length }, newText: ` ${ruleId}` }];
  }
  return [{ span: { start, end: start }, newText: `${indentAt(text, start)}${prefix} ${MARK} ${ruleId}${eol(text)}` }];
}

/** The writer of a form without its own: "suppress here" comments only, no setting fixes. */
export function commentWriter(prefix: '#' | '//'): FormWriter {
  const none = () => undefined;
  return {
    name: `comment ${prefix}`,
    setValue: none, insert: none, remove: none, managedPassword: none, deletionPolicy: none,
    suppress: (doc, text, ruleId, at) => commentSuppression(text, ruleId, at, prefix),
  };
}
