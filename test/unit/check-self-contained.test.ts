/**
 * scripts/check-self-contained.mjs (run by `npm run lint`): it fails on each kind of path that
 * reads outside the repository, planted in a throwaway tree, and passes on the repository itself.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, repoPath } from '../fixture';

const SCRIPT = repoPath('scripts/check-self-contained.mjs');
// The planted paths are built from pieces so this file does not trip the check it tests.
const DOTDOT = '..';
const SHARED = `${DOTDOT}/shared`;
const WORK = `/${'work'}/`;

function run(root: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-self-contained-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('check-self-contained (lint step)', () => {
  const clean = {
    'package.json': '{ "scripts": { "lint": "eslint src test" } }\n',
    'src/core/a.ts': "import { b } from '../b';\nexport const DATA = '../../data/x.json';\n",
    'test/unit/a.test.ts': "const SAMPLE = path.join(__dirname, '../fixtures/x.yaml');\nconst CHROMIUM = '/usr/bin/chromium';\nconst NULL = '/dev/null';\n",
    // Vendored data is not code: a path inside it is not a read.
    [`test/fixtures/vendor/${'README'}.md`]: `see ${WORK}x\n`,
  };
  const temps: string[] = [];
  after(() => {
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });
  const planted = (files: Record<string, string>) => {
    const root = tree({ ...clean, ...files });
    temps.push(root);
    return run(root);
  };

  it('passes on a tree that reads only inside itself', () => {
    const r = planted({});
    assert.equal(r.status, 0, r.out);
  });

  // Every kind of violation planted in one tree, checked in one run: each is named by file and line.
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a sibling shared folder', { 'test/unit/b.test.ts': `const C = path.resolve(REPO, '${SHARED}/corpus');\n` }, /test\/unit\/b\.test\.ts:1: reads a shared folder/],
    ['an absolute work path', { 'bench/lib/c.ts': `const SEED = '${WORK}seeds/x.txt';\n` }, /bench\/lib\/c\.ts:1: absolute path outside the repository/],
    ['a home folder in package.json', { 'package.json': `{ "scripts": { "bench": "tsx /${'home'}/me/bench.ts" } }\n` }, /package\.json:1: absolute path outside/],
    ['a temp path in .ci', { '.ci/run': `cp out /${'tmp'}/x\n` }, /\.ci\/run:1: absolute path outside/],
    ['a relative path that climbs above the root', { 'test/browser/d.test.ts': `const C = path.resolve(__dirname, '${DOTDOT}/${DOTDOT}/${DOTDOT}/elsewhere/x');\n` }, /test\/browser\/d\.test\.ts:1: relative path climbs 3 folders/],
    ['a script in scripts/', { 'scripts/e.mjs': `\n\nimport x from '${DOTDOT}/${DOTDOT}/other/x.mjs';\n` }, /scripts\/e\.mjs:3: relative path climbs 2/],
  ];
  it('fails on each kind of read outside the repository, naming the file and line', () => {
    const r = planted(Object.assign({}, ...cases.map((c) => c[1])));
    assert.equal(r.status, 1, r.out);
    for (const [what, , expected] of cases) assert.match(r.out, expected, what);
    assert.match(r.out, /6 place\(s\) read outside the repository/);
  });

  it('passes on this repository', () => {
    const r = run(REPO);
    assert.equal(r.status, 0, r.out);
  });
});
