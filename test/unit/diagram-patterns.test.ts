/** The pattern catalogue: coverage of the study guide, facts that exist, safe Mermaid, usable fallback snippets, the CLI. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli';
import { diagramTemplate } from '../../src/core/diagram';
import { readDocument } from '../../src/core/engine';
import { FACTS } from '../../src/knowledge/index';
import { PATTERNS } from '../../src/knowledge/patterns';
import { chooseSnippet, snippetsOf } from '../../src/knowledge/patterns/snippet-match';
import { CDK_SNIPPETS_FILE, CDK_SNIPPET_LANGUAGES } from '../../src/vscode/ids';
import { patternViews } from '../../src/knowledge/patterns/view';
import { parseToWebview } from '../../src/protocol/validate';
import { CFN_SAMPLES, fixture } from '../fixture';

/** A snippet body with every placeholder replaced by its default (first choice), as VS Code inserts it untouched. */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  let out = body.replace(/\$\{(\d+)\|([^|]*?)(?:,[^|]*)?\|\}/g, (_m, n: string, first: string) => (defaults.set(n, first), first));
  for (let i = 0; i < 3; i++) out = out.replace(/\$\{(\d+):([^{}]*)\}/g, (_m, n: string, d: string) => (defaults.set(n, d), d));
  out = out.replace(/\$\{(\d+)\}/g, (_m, n: string) => defaults.get(n) ?? '');
  return out.replace(/\$0/g, '');
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => { out += s + '\n'; }, (s) => { err += s + '\n'; });
  return { code, out, err };
}

describe('diagram: pattern catalogue', () => {
  it('has at least 14 entries with unique ids, covering the study guide\'s six patterns and five scenarios', () => {
    assert.ok(PATTERNS.length >= 14, `${PATTERNS.length} entries`);
    assert.equal(new Set(PATTERNS.map((p) => p.id)).size, PATTERNS.length);
    const origins = PATTERNS.map((p) => p.origin).filter(Boolean).sort();
    assert.deepEqual(origins, ['Pattern 1', 'Pattern 2', 'Pattern 3', 'Pattern 4', 'Pattern 5', 'Pattern 6', 'Scenario 1', 'Scenario 2', 'Scenario 3', 'Scenario 4', 'Scenario 5']);
    for (const id of ['aurora-global-failover', 'dsql-multi-region', 'dynamodb-global-tables', 'multi-az-vs-read-replicas', 'caching-lazy-loading', 'caching-write-through']) {
      assert.ok(PATTERNS.some((p) => p.id === id), id);
    }
  });

  it('references only facts that exist in the knowledge base, and every entry has key limits with sources', () => {
    const ids = new Set(FACTS.map((f) => f.id));
    for (const p of PATTERNS) {
      const missing = p.facts.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `${p.id} references unknown facts`);
      assert.ok(p.facts.length >= 2, `${p.id} has ${p.facts.length} limits`);
      assert.ok(p.sources.length >= 1 && p.sources.every((s) => s.startsWith('https://docs.aws.amazon.com/')), p.id);
    }
    for (const v of patternViews()) assert.ok(v.limits.every((l) => l.sources.length > 0 && l.sources.every((s) => /^https:\/\//.test(s))), v.id);
  });

  it('writes every diagram as plain Mermaid: a known diagram type, no click, link, directive or HTML', () => {
    for (const p of PATTERNS) {
      assert.match(p.mermaid, /^(flowchart (LR|TB)|sequenceDiagram)\n/, p.id);
      assert.doesNotMatch(p.mermaid, /\bclick\b|\bhref\b|%%\{|<[a-z/]|javascript:/i, p.id);
      assert.ok(p.summary.length > 40 && p.whenToChoose.length >= 2, p.id);
    }
  });

  it('describes Aurora DSQL as AWS does: serverless PostgreSQL-compatible, peered clusters plus a witness Region', () => {
    const dsql = PATTERNS.find((p) => p.id === 'dsql-multi-region')!;
    assert.match(dsql.summary, /serverless/i);
    assert.match(dsql.summary, /PostgreSQL-compatible/);
    assert.match(dsql.summary, /witness Region/);
    assert.doesNotMatch(dsql.summary, /MySQL/);
    assert.match(dsql.mermaid, /witness/i);
    assert.match(dsql.note ?? '', /seed|study notes/i);
  });

  it('passes the protocol check as the webview receives it', () => {
    const msg = { type: 'patterns', entries: patternViews() };
    assert.deepEqual(parseToWebview(JSON.parse(JSON.stringify(msg))), msg);
    assert.equal(parseToWebview({ type: 'patterns', entries: [{ id: 'x' }] }), undefined);
  });
});

describe('diagram: fallback snippets', () => {
  for (const p of PATTERNS) {
    it(`${p.id}: its own ${p.snippet.label} template is well formed`, () => {
      const body = expandSnippet(p.snippet.fallback);
      assert.doesNotMatch(body, /\$\{|\$\d/, 'placeholders left');
      if (p.snippet.language === 'yaml') {
        const template = `Resources:\n${body.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}`;
        const doc = readDocument(template, 'fallback.yaml');
        assert.equal(doc?.kind, 'cloudformation');
        assert.deepEqual(doc!.problems.filter((x) => x.severity === 'error'), []);
        assert.ok(doc!.resources.length >= 1);
        for (const r of doc!.resources) assert.match(r.type, /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
        // The diagram view draws what the snippet creates.
        assert.ok(diagramTemplate(template, 'fallback.yaml').graph.nodes.length >= 1);
      } else {
        assert.match(body, /new \w+\.Cfn\w+\(this, '/);
        assert.equal((body.match(/\(/g) ?? []).length, (body.match(/\)/g) ?? []).length);
      }
    });
  }
});

describe('aws-db-architect patterns / diagram', () => {
  it('patterns --format json: an array of {id, title, summary, mermaid}', async () => {
    const r = await cli('patterns', '--format', 'json');
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as { id: string; title: string; summary: string; mermaid: string }[];
    assert.equal(list.length, PATTERNS.length);
    for (const p of list) for (const k of ['id', 'title', 'summary', 'mermaid'] as const) assert.equal(typeof p[k], 'string', k);
  });

  it('patterns (text) lists every entry; a wrong format is a usage error', async () => {
    const r = await cli('patterns');
    assert.equal(r.code, 0);
    for (const p of PATTERNS) assert.ok(r.out.includes(`${p.id}: ${p.title}`), p.id);
    assert.equal((await cli('patterns', '--format', 'xml')).code, 2);
  });

  it('diagram TEMPLATE prints the Mermaid of the template; a missing file exits 2', async () => {
    const r = await cli('diagram', fixture(`${CFN_SAMPLES}/RDS/RDS_MySQL_With_Read_Replica.yaml`));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^flowchart LR\n/);
    assert.match(r.out, /-->\|"replica of"\|/);
    assert.equal((await cli('diagram', '/nonexistent/t.yaml')).code, 2);
    assert.equal((await cli('diagram')).code, 2);
  });
});

describe('diagram: snippet choice for the insert button', () => {
  const p = PATTERNS.find((x) => x.id === 'multi-tier-rds')!;
  const s = (prefix: string, description: string, languages = ['yaml']) => ({ prefix, description, body: `body of ${prefix}`, languages });

  it('takes the whole-stack snippet of the study-guide pattern first, then the prefixes, then its own template', () => {
    assert.deepEqual(chooseSnippet(p, [s(p.snippet.prefixes[0], 'RDS instance'), s('adb-yaml-pattern-x', 'Pattern 1: multi-tier stack')]), { body: 'body of adb-yaml-pattern-x', prefix: 'adb-yaml-pattern-x' });
    assert.deepEqual(chooseSnippet(p, [s(p.snippet.prefixes[0], 'RDS instance'), s('adb-yaml-pattern-y', 'Pattern 12: other')]), { body: `body of ${p.snippet.prefixes[0]}`, prefix: p.snippet.prefixes[0] });
    assert.deepEqual(chooseSnippet(p, [s(p.snippet.prefixes[0], 'RDS instance', ['json'])]), { body: p.snippet.fallback });
  });

  it('reads VS Code snippet files: string or array bodies and prefixes, scope, junk skipped', () => {
    const got = snippetsOf({ a: { prefix: ['x', 'y'], body: ['l1', 'l2'], description: 'd', scope: 'yaml,json' }, b: { prefix: 'z', body: 'one' }, c: 42, d: { body: [] } }, 'yaml');
    assert.deepEqual(got.map((g) => [g.prefix, g.body, g.languages.join('+')]), [['x', 'l1\nl2', 'yaml+yaml+json'], ['y', 'l1\nl2', 'yaml+yaml+json'], ['z', 'one', 'yaml']]);
  });
});

describe('diagram: the shipped snippets the insert button uses', () => {
  const root = path.resolve(__dirname, '../..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  // The contributed snippet files and the CDK snippets the completion provider serves (patterns-snippets.ts reads both).
  const files = [...pkg.contributes.snippets, ...CDK_SNIPPET_LANGUAGES.map((language) => ({ language, path: CDK_SNIPPETS_FILE }))];
  const shipped = files.flatMap((c) => snippetsOf(JSON.parse(fs.readFileSync(path.join(root, c.path), 'utf8')), c.language));

  it('finds a shipped snippet for every entry; the study guide\'s patterns insert their whole stack', () => {
    for (const p of PATTERNS) {
      const chosen = chooseSnippet(p, shipped);
      assert.ok(chosen.prefix, `${p.id}: none of ${p.snippet.prefixes.join(', ')} is shipped for ${p.snippet.language}`);
      if (p.snippet.seedPattern) assert.match(shipped.find((s) => s.prefix === chosen.prefix)!.description, new RegExp(`^Pattern ${p.snippet.seedPattern}\\b`), p.id);
    }
  });
});
