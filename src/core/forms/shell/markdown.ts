/**
 * Shell in Markdown and shell files: which texts hold shell, and the spans of the fenced
 * `bash`/`sh`/`shell`/`zsh` blocks of a Markdown file (offsets into the whole file, so findings
 * point into the Markdown itself).
 */
import type { Span } from '../../text';
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
    FENCE.lastIndex = c ? c.index + c[0].length : text.length;
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
