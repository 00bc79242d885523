/**
 * Shell in Markdown and shell files: which texts hold shell, and the spans of the fenced
 * `bash`/`sh`/`shell`/`zsh` blocks of a Markdown file (offsets into the whole file, so findings
 * point into the Markdown itself). A fence with no language label is read only for its AWS CLI
 * command lines (`aws <service> <operation>`, after an optional `$ ` prompt, with their
 * continuation lines): the rest of such a block (JSON, YAML, command output, other languages) is
 * not shell and is not read.
 */
import type { Span } from '../../text';
import { modelIndex } from '../../cli-model/model';
import { parseShell, type ShellParse } from './parse';

const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'zsh', 'shellscript']);
const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+-]*)[^\n]*$/gm;

/** Spans of the bodies of shell fenced blocks (the lines between the fences). */
export function markdownShellBlocks(text: string): Span[] {
  const out: Span[] = [];
  FENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FENCE.exec(text))) {
    const fence = m[2];
    const lang = m[3].toLowerCase();
    const bodyStart = Math.min(text.length, m.index + m[0].length + 1);
    // The closing fence: same character, at least as long, nothing else on the line.
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'gm');
    close.lastIndex = bodyStart;
    const c = close.exec(text);
    const bodyEnd = c ? c.index : text.length;
    if (SHELL_LANGS.has(lang)) out.push({ start: bodyStart, end: bodyEnd });
    else if (lang === '' && !m[0].slice(m[1].length + fence.length).trim()) out.push(...awsCommandLines(text, bodyStart, bodyEnd));
    FENCE.lastIndex = c ? c.index + c[0].length : text.length;
  }
  return out;
}

/** `aws` (after an optional `$ ` prompt), global flags, then a service and an operation word. */
const AWS_LINE = /^[ \t]*(\$[ \t]+)?aws[ \t]+(?:--?[A-Za-z][\w-]*(?:[ \t]+[^\s-][^\s]*)?[ \t]+)*([a-z][a-z0-9-]*)[ \t]+([a-z][a-z0-9-]*)(?=[ \t]|\\?\r?$)/;

/** Is `name` a top-level command of the AWS CLI (any lowercase word when the model is missing)? */
function isService(name: string): boolean {
  const index = modelIndex();
  return index ? index.services.includes(name) : true;
}

/**
 * The AWS CLI commands of an unlabelled fenced block: each line that starts an `aws <service>
 * <operation>` command (a `$ ` prompt before it is left out), up to the end of its last line:
 * lines ending with a backslash, or inside an open quote, continue it. Other lines are not read.
 */
function awsCommandLines(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    let eol = text.indexOf('\n', i);
    if (eol < 0 || eol > to) eol = to;
    const m = AWS_LINE.exec(text.slice(i, eol));
    if (!m || !isService(m[2])) {
      i = eol + 1;
      continue;
    }
    const start = i + m[0].indexOf('aws', m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
    // Follow the command over continuation lines and quotes left open at a line's end.
    let quote = '';
    let k = start;
    let end = eol;
    for (; k < to; k++) {
      const c = text[k];
      if (c === '\n') {
        end = k;
        if (!quote && text[k - 1] !== '\\' && !(text[k - 1] === '\r' && text[k - 2] === '\\')) break;
        continue;
      }
      if (quote === "'") {
        if (c === "'") quote = '';
      } else if (c === '\\' && k + 1 < to && text[k + 1] !== '\n' && text[k + 1] !== '\r') k++;
      else if (quote === '"') {
        if (c === '"') quote = '';
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '#' && /\s/.test(text[k - 1])) {
        // A comment runs to the end of the line: its quotes and backslashes do not count.
        const e = text.indexOf('\n', k);
        k = (e < 0 || e > to ? to : e) - 1;
      }
    }
    if (k >= to) end = to;
    if (text[end - 1] === '\r') end--;
    out.push({ start, end });
    i = Math.min(to, end) + 1;
    if (i <= eol) i = eol + 1;
  }
  return out;
}

const ext = (f: string) => (/\.([A-Za-z0-9]+)$/.exec(f)?.[1] ?? '').toLowerCase();

/** Is this a shell script: `.sh`/`.bash`/`.zsh`, or a shebang naming sh, bash or zsh? */
export function isShellFile(fileName: string, text: string): boolean {
  const e = ext(fileName);
  if (e === 'sh' || e === 'bash' || e === 'zsh') return true;
  return /^#![^\n]*\b(ba|z|k|da)?sh\b/.test(text.slice(0, 200));
}

export function isMarkdownFile(fileName: string): boolean {
  const e = ext(fileName);
  return e === 'md' || e === 'markdown';
}

/** Parses the shell of a file: the whole text of a script, the shell blocks of Markdown. */
export function parseShellOf(fileName: string, text: string): ShellParse & { blocks: Span[] } {
  if (isMarkdownFile(fileName)) {
    const blocks = markdownShellBlocks(text);
    const out: ShellParse & { blocks: Span[] } = { commands: [], comments: [], problems: [], blocks };
    for (const b of blocks) {
      const p = parseShell(text, b.start, b.end);
      out.commands.push(...p.commands);
      out.comments.push(...p.comments);
      out.problems.push(...p.problems);
    }
    return out;
  }
  return { ...parseShell(text), blocks: [{ start: 0, end: text.length }] };
}
