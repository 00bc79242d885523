#!/usr/bin/env node
/**
 * The repository stands alone: nothing in src/, test/, bench/, scripts/, .ci/, package.json or the
 * mocha config may read outside it. Fails (exit 1, one line per place) on
 *   - a path into a sibling `shared` folder (dot-dot, slash, shared),
 *   - an absolute path into a work, home or temporary folder (a slash, then one of OUTSIDE_ROOTS
 *     below, then a slash), in a string or a comment,
 *   - in code, a relative path whose leading dot-dot steps climb above the repository root from
 *     the file's folder.
 * System tools (`/usr/bin/chromium`) and `/dev/null` are allowed. Vendored third-party data
 * (test/fixtures/, test/corpus/) is data, not code: it is not scanned.
 *
 * Usage: node scripts/check-self-contained.mjs [ROOT]   (ROOT defaults to the repository)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What is scanned, relative to the root. */
export const SCANNED = ['src', 'test', 'bench', 'scripts', '.ci', 'package.json', '.mocharc.json', '.mocharc.js', '.mocharc.cjs', '.mocharc.yml', '.mocharc.yaml'];
/** Never scanned: generated output, installed packages and vendored data. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'bench/out', 'test/fixtures', 'test/corpus', '.e2e', '.tools']);
const BINARY = /\.(png|jpe?g|gif|ico|webp|vsix|zip|gz|tgz|woff2?|ttf|pdf|wasm)$/i;

// Built from pieces so this file does not flag itself.
const SHARED = new RegExp(['\\.\\.', '[\\\\/]', 'shared', '(?![\\w-])'].join(''));
const OUTSIDE_ROOTS = ['work', 'home', 'root', 'tmp', 'mnt', 'opt', 'srv', 'var', 'Users'];
const ABSOLUTE = new RegExp(`(^|[\\s'"\`(=,:])/(${OUTSIDE_ROOTS.join('|')})/`);
const CLIMB = /(['"`])((?:\.\.\/)+)/g;
const CODE = /\.(m|c)?(t|j)sx?$/;

/** Every file to scan under `root`, as paths relative to it (forward slashes). */
function filesUnder(root) {
  const out = [];
  const visit = (rel) => {
    if (SKIPPED.has(rel) || rel.split('/').some((p) => p === 'node_modules')) return;
    const abs = path.join(root, rel);
    let st;
    try {
      st = fs.statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(abs).sort()) visit(`${rel}/${e}`);
    else if (st.isFile() && !BINARY.test(rel)) out.push(rel);
  };
  for (const top of SCANNED) visit(top);
  return out;
}

/**
 * The places under `root` that read (or name) something outside the repository:
 * `{ file, line, text, why }`, file relative to the root.
 */
export function findViolations(root) {
  const found = [];
  for (const file of filesUnder(root)) {
    const buf = fs.readFileSync(path.join(root, file));
    if (buf.includes(0)) continue;
    const depth = file.split('/').length - 1;
    buf.toString('utf8').split('\n').forEach((text, i) => {
      const at = (why) => found.push({ file, line: i + 1, text: text.trim().slice(0, 160), why });
      if (SHARED.test(text)) at('reads a shared folder beside the repository');
      const abs = ABSOLUTE.exec(text);
      if (abs) at(`absolute path outside the repository (/${abs[2]}/…)`);
      if (CODE.test(file)) for (const m of text.matchAll(CLIMB)) {
        const ups = m[2].length / 3;
        if (ups > depth) at(`relative path climbs ${ups} folders from ${path.posix.dirname(file)}/, above the repository root`);
      }
    });
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const found = findViolations(root);
  for (const v of found) console.error(`${v.file}:${v.line}: ${v.why}: ${v.text}`);
  if (found.length) {
    console.error(`check-self-contained: ${found.length} place(s) read outside the repository; vendor the data under test/fixtures/ (with its licence and a SOURCES.md) and read it through test/fixture.ts`);
    process.exit(1);
  }
  console.log(`check-self-contained: ${filesUnder(root).length} files read nothing outside the repository`);
}
