import { strict as assert } from 'node:assert';
import { main } from '../../src/cli';
import { limitRecords, limitsMarkdown } from '../../src/cli/limits';
import { FACTS } from '../../src/knowledge';
import { FactSchema, SERVICES } from '../../src/knowledge/schema';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => { out.push(s); }, (s) => { err.push(s); });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aws-db-architect limits', () => {
  it('prints every fact as JSON with service, subject, value, sources and seed', async () => {
    const r = await run(['limits', '--format', 'json']);
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as Record<string, unknown>[];
    assert.equal(list.length, FACTS.length);
    for (const f of list) {
      assert.ok((SERVICES as readonly string[]).includes(f.service as string), `service of ${f.id}`);
      assert.equal(typeof f.subject, 'string');
      assert.equal(typeof f.value, 'string');
      assert.ok(Array.isArray(f.sources) && (f.sources as string[]).length > 0 && (f.sources as string[]).every((u) => /^https:\/\//.test(u)), `sources of ${f.id}`);
      assert.ok(f.seed === null || typeof f.seed === 'string', `seed of ${f.id}`);
      assert.match(f.verified as string, /^\d{4}-\d{2}-\d{2}$/, `verified of ${f.id}`);
    }
    // The record carries what the knowledge base says, field for field.
    const first = FACTS[0];
    const rec = list.find((x) => x.id === first.id)!;
    assert.equal(rec.value, first.value);
    assert.deepEqual(rec.sources, first.sources);
    assert.equal(rec.verified, first.verified);
  });

  it('filters by service (and accepts the CLI namespace as an alias)', async () => {
    const r = await run(['limits', 'rds', '--format=json']);
    const list = JSON.parse(r.out) as { service: string }[];
    assert.equal(list.length, FACTS.filter((f) => f.service === 'rds').length);
    assert.ok(list.length > 0 && list.every((f) => f.service === 'rds'));
    const dsql = JSON.parse((await run(['limits', 'dsql', '--format', 'json'])).out) as { service: string }[];
    assert.deepEqual([...new Set(dsql.map((f) => f.service))], FACTS.some((f) => f.service === 'aurora-dsql') ? ['aurora-dsql'] : []);
  });

  it('prints text grouped by service with the sources', async () => {
    const r = await run(['limits', 'rds']);
    assert.equal(r.code, 0);
    const f = FACTS.find((x) => x.service === 'rds')!;
    assert.match(r.out, /^rds \(\d+ facts?\)/);
    assert.ok(r.out.includes(`${f.subject}: ${f.value}`));
    assert.ok(r.out.includes(`source: ${f.sources[0]}`));
    assert.ok(r.out.includes(`    verified: ${f.verified}`));
    assert.equal((r.out.match(/^ {4}verified: \d{4}-\d{2}-\d{2}$/gm) ?? []).length, FACTS.filter((x) => x.service === 'rds').length);
  });

  it('exits 2 on an unknown service or format', async () => {
    assert.equal((await run(['limits', 'mongodb'])).code, 2);
    assert.equal((await run(['limits', '--format', 'xml'])).code, 2);
    assert.equal((await run(['limits', 'rds', 'aurora'])).code, 2);
    assert.equal((await run(['limits', '--verbose'])).code, 2);
  });

  it('the knowledge base validates against the schema, and docs/limits.md lists every fact and source', () => {
    for (const f of FACTS) FactSchema.parse(f);
    const doc = limitsMarkdown();
    for (const r of limitRecords()) {
      assert.ok(doc.includes(r.subject.replace(/\|/g, '\\|')), `docs/limits.md misses ${r.id}`);
      for (const u of r.sources) assert.ok(doc.includes(`](${u})`), `docs/limits.md misses a source of ${r.id}`);
      assert.ok(doc.includes(`| ${r.verified} |`), `docs/limits.md misses the verified date of ${r.id}`);
    }
    assert.ok(doc.includes('## Audit trail'));
  });
});
