/**
 * A file's text at a git ref, for `lint --base REF` (the data-loss guard): `git show REF:./NAME` run
 * in the file's folder, so the path is the file's own whatever the repository root. The only place
 * the tool runs git (the core never does; the editor asks VS Code's git extension).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export type BaseText =
  | { ok: true; text: string }
  /** The file is not in the ref (a new file): nothing to compare. */
  | { ok: false; missing: true }
  | { ok: false; error: string };

export interface Git {
  /** Runs git with `args` in `cwd`; returns stdout, throws with stderr on a non-zero exit. */
  run(args: string[], cwd: string, maxBytes: number): Buffer;
}

export const nodeGit: Git = {
  run: (args, cwd, maxBytes) => execFileSync('git', args, { cwd, maxBuffer: maxBytes + 1024, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }),
};

const stderrOf = (e: unknown): string => {
  const err = e as { stderr?: Buffer | string; code?: string; message?: string };
  if (err?.code === 'ENOENT') return 'git is not installed (or not on PATH)';
  const s = err?.stderr ? err.stderr.toString().trim() : '';
  return s || err?.message || String(e);
};

/** Checks that `ref` names a commit in the repository holding `dir`; returns why not, or undefined. */
export function checkRef(ref: string, dir: string, git: Git = nodeGit): string | undefined {
  if (ref.startsWith('-')) return `--base ${ref}: a ref cannot start with a dash`;
  try {
    git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], dir, 1 << 16);
    return undefined;
  } catch (e) {
    const why = stderrOf(e);
    if (/not a git repository/i.test(why)) return `--base ${ref}: ${dir} is not in a git repository`;
    if (/not installed/.test(why)) return `--base ${ref}: ${why}`;
    return `--base ${ref}: no such commit, branch or tag in the repository of ${dir}`;
  }
}

/** The text of `file` at `ref` (UTF-8, no byte-order mark), or why not. Never throws. */
export function textAt(ref: string, file: string, maxBytes: number, git: Git = nodeGit): BaseText {
  const dir = path.dirname(path.resolve(file));
  const name = path.basename(file);
  try {
    const bytes = git.run(['show', '--end-of-options', `${ref}:./${name}`], dir, maxBytes);
    if (bytes.length > maxBytes) return { ok: false, error: `its version at ${ref} is above the size limit` };
    return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (e) {
    const why = stderrOf(e);
    if (/does not exist in|exists on disk, but not in|path '.*' does not exist/i.test(why)) return { ok: false, missing: true };
    if ((e as { code?: string }).code === 'ENOBUFS') return { ok: false, error: `its version at ${ref} is above the size limit` };
    return { ok: false, error: `cannot read its version at ${ref}: ${why.split('\n')[0]}` };
  }
}
