/**
 * The data-loss guard on public code (test/corpus): a template converted to JSON with its keys in
 * reverse order, and a CDK file with comments and blank lines added, are the same deployment, so the
 * guard must say nothing; the same file as its own base neither.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, readDocument } from '../../src/core/engine';
import type { Node } from '../../src/core/model';
import { REPO } from './helpers';

const GUARD = ['ADB140', 'ADB141', 'ADB142', 'ADB143', 'ADB144'];

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (ext.test(n) && !n.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A model node as plain JSON data, map keys in reverse order (the last of a repeated key wins, as in CloudFormation). */
function plain(n: Node): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'list') return n.items.map(plain);
  if (n.kind === 'unknown') throw new Error('unknown node in a template');
  const last = new Map<string, Node>();
  for (const e of n.entries) last.set(e.key, e.value);
  return Object.fromEntries([...last.entries()].reverse().map(([k, v]) => [k, plain(v)]));
}

describe('data-loss guard on the corpus: no finding for the same deployment written differently', function () {
  this.timeout(120000);

  it('every CloudFormation template against itself converted to JSON with reversed keys', () => {
    let compared = 0;
    for (const file of filesUnder(path.join(REPO, 'test', 'corpus', 'cloudformation'), /\.(ya?ml|json|template)$/i)) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = readDocument(text, file);
      if (!doc || doc.kind !== 'cloudformation' || !doc.root || doc.problems.some((p) => p.severity === 'error')) continue;
      const json = JSON.stringify(plain(doc.root), null, 2);
      const a = analyze(json, { fileName: 'converted.json', only: GUARD, base: { text, fileName: file } });
      assert.deepEqual(a.internalErrors, [], file);
      assert.equal(a.base?.status, 'compared', file);
      assert.deepEqual(a.findings.map((f) => `${f.ruleId} ${f.message}`), [], path.relative(REPO, file));
      const self = analyze(text, { fileName: file, only: GUARD, base: { text } });
      assert.deepEqual(self.findings, [], file);
      compared++;
    }
    assert.ok(compared >= 60, `${compared} templates compared`);
  });

  it('every CDK file against itself with comments and blank lines added', () => {
    let compared = 0;
    for (const file of filesUnder(path.join(REPO, 'test', 'corpus', 'cdk'), /\.ts$/)) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = readDocument(text, file);
      if (!doc || doc.kind !== 'cdk') continue;
      const next = `// reviewed\n${text.replace(/;\n/g, ';\n\n').replace(/\{\n/g, '{ // block\n')}`;
      const a = analyze(next, { fileName: file, only: GUARD, base: { text, fileName: file } });
      assert.deepEqual(a.internalErrors, [], file);
      assert.deepEqual(a.findings.map((f) => `${f.ruleId} ${f.message}`), [], path.relative(REPO, file));
      compared++;
    }
    assert.ok(compared >= 20, `${compared} CDK files compared`);
  });
});
