/**
 * The snippet manifest: package.json contributes every generated snippet file for its language,
 * each file parses, every prefix is unique across all files and starts with `adb-`, and every
 * snippet has a description and a body. (The files being current is checked with the other
 * generated files in docs.test.ts.)
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { SNIPPET_FILES, SNIPPET_LANGUAGES, SNIPPETS_SERVED } from '../../snippets/build';
import { CDK_SNIPPETS_FILE, CDK_SNIPPET_LANGUAGES } from '../../src/vscode/ids';
import { fillDefaults } from '../snippets/expand';

interface Contribution {
  language: string;
  path: string;
}

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: { snippets?: Contribution[] } };

describe('snippets: manifest', () => {
  const contributed = pkg.contributes.snippets ?? [];

  it('package.json contributes every snippet file, for its languages, and nothing else', () => {
    const want = Object.entries(SNIPPET_LANGUAGES).flatMap(([file, langs]) => langs.map((language) => `${language} ${file}`)).sort();
    const have = contributed.map((c) => `${c.language} ${c.path.replace(/^\.\//, '')}`).sort();
    assert.deepEqual(have, want);
    for (const c of contributed) assert.ok(fs.existsSync(c.path), `${c.path} is missing: run npm run docs`);
    assert.deepEqual(Object.keys(SNIPPET_FILES).sort(), [...Object.keys(SNIPPET_LANGUAGES), ...Object.keys(SNIPPETS_SERVED)].sort());
  });

  it('the CDK snippets are served by the completion provider (with imports), not contributed: no snippet shows twice', () => {
    assert.deepEqual(SNIPPETS_SERVED, { [CDK_SNIPPETS_FILE]: CDK_SNIPPET_LANGUAGES });
    for (const file of Object.keys(SNIPPETS_SERVED)) assert.ok(!contributed.some((c) => c.path.replace(/^\.\//, '') === file), `${file} is also contributed`);
    // The .vsix ships it (the provider reads it at run time).
    assert.match(fs.readFileSync('.vscodeignore', 'utf8'), /^!snippets\/\*\.code-snippets$/m);
  });

  it('every file parses; prefixes are unique, start with adb-; every snippet has a description and a body that fills', () => {
    const seen = new Map<string, string>();
    for (const file of Object.keys(SNIPPET_FILES)) {
      const obj = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>;
      assert.ok(Object.keys(obj).length > 0, `${file} is empty`);
      for (const [name, s] of Object.entries(obj)) {
        assert.equal(typeof s.prefix, 'string', `${file} ${name}`);
        assert.match(s.prefix, /^adb-[a-z0-9-]+$/, `${file}: prefix ${s.prefix}`);
        assert.ok(!seen.has(s.prefix), `prefix ${s.prefix} in ${file} and ${seen.get(s.prefix)}`);
        seen.set(s.prefix, file);
        assert.ok(s.description && s.description.length > 10, `${s.prefix} has no description`);
        assert.ok(Array.isArray(s.body) && s.body.length > 0 && s.body.every((l) => typeof l === 'string'), `${s.prefix} body`);
        assert.doesNotThrow(() => fillDefaults(s.body.join('\n')), `${s.prefix} is not valid snippet syntax`);
      }
    }
  });
});
