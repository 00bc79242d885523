/**
 * The one way tests find files they read: paths inside this repository only. A missing or empty
 * fixture file, or a folder with no matching file, throws, so a test that loops over a folder
 * fails instead of passing on nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const REPO = path.resolve(__dirname, '..');
/** Committed test data (vendored files carry their LICENSE/NOTICE and a SOURCES.md). */
export const FIXTURES = path.join(REPO, 'test', 'fixtures');

function inside(base: string, rel: string): string {
  const p = path.resolve(base, rel);
  const r = path.relative(REPO, p);
  if (path.isAbsolute(rel) || r === '..' || r.startsWith(`..${path.sep}`) || path.isAbsolute(r)) {
    throw new Error(`test fixture ${rel} is outside the repository: tests read only files inside it`);
  }
  return p;
}

/** The absolute path of a file or folder under `base` (the repo root); throws when missing or empty. */
export function repoPath(rel: string, base = REPO): string {
  const p = inside(base, rel);
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    throw new Error(`test fixture ${path.relative(REPO, p)} is missing`);
  }
  if (st.isDirectory() ? fs.readdirSync(p).length === 0 : st.size === 0) {
    throw new Error(`test fixture ${path.relative(REPO, p)} is empty`);
  }
  return p;
}

/** The absolute path of `test/fixtures/<rel>`; throws when missing or empty. */
export function fixture(rel: string): string {
  return repoPath(rel, FIXTURES);
}

/** The text of `test/fixtures/<rel>`; throws when missing or empty. */
export function fixtureText(rel: string): string {
  return fs.readFileSync(fixture(rel), 'utf8');
}

/**
 * Every file under `test/fixtures/<rel>` (recursively, sorted) whose name matches `re`, as
 * absolute paths; throws when the folder is missing or holds no such file. `base` changes the
 * folder `rel` is taken from (the repo root for `examples/`, say).
 */
export function fixtureFiles(rel: string, re: RegExp, base = FIXTURES): string[] {
  const dir = repoPath(rel, base);
  if (!fs.statSync(dir).isDirectory()) throw new Error(`test fixture ${path.relative(REPO, dir)} is not a folder`);
  const out = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => re.test(path.basename(f)) && fs.statSync(f).isFile())
    .sort();
  if (!out.length) throw new Error(`test fixture folder ${path.relative(REPO, dir)} has no file matching ${re}`);
  for (const f of out) if (fs.statSync(f).size === 0) throw new Error(`test fixture ${path.relative(REPO, f)} is empty`);
  return out;
}

/** The vendored AWS CloudFormation sample templates (aws-cloudformation-templates, Apache-2.0). */
export const CFN_SAMPLES = 'cloudformation-samples';
