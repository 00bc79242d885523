/**
 * The knowledge base stays dated and fresh: every fact carries the date it was last verified
 * against its AWS sources, no fact may be older than 12 months by the real clock, and the audit
 * trail names every fact an audit re-checked.
 */
import { strict as assert } from 'node:assert';
import { FACTS } from '../../src/knowledge';
import { AUDITS, FIRST_CHECK } from '../../src/knowledge/audit';
import { MAX_AGE_MONTHS, monthsBefore, staleFacts } from '../../src/knowledge/freshness';
import { FactSchema, type FactInput } from '../../src/knowledge/schema';
import { factLine, factMarkdown } from '../../src/core/hover/render';

const today = new Date();
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('knowledge base: verified dates', () => {
  it('every fact has a verified ISO date that is not in the future', () => {
    for (const f of FACTS) {
      const parsed = FactSchema.safeParse(f);
      assert.ok(parsed.success, `${f.id}: ${parsed.success ? '' : parsed.error.message}`);
      assert.match(f.verified, /^\d{4}-\d{2}-\d{2}$/, f.id);
      assert.ok(f.verified <= iso(today), `${f.id} is verified on ${f.verified}, after today (${iso(today)})`);
    }
  });

  it('the schema rejects a fact without verified, or with a date that is not a calendar date', () => {
    const base = FACTS[0];
    const { verified: _drop, ...without } = base;
    void _drop;
    assert.equal(FactSchema.safeParse(without).success, false);
    for (const bad of ['2026-13-01', '2026-02-30', '25/11/2026', '2026-11', '']) assert.equal(FactSchema.safeParse({ ...base, verified: bad }).success, false, bad);
    assert.equal(FactSchema.safeParse({ ...base, verified: '2028-02-29' }).success, true);
  });

  it(`no fact was last verified more than ${MAX_AGE_MONTHS} months ago (real clock)`, () => {
    const stale = staleFacts(FACTS, today);
    assert.deepEqual(stale.map((f) => f.id), [],
      `${stale.length} fact(s) last verified before ${monthsBefore(today, MAX_AGE_MONTHS)}: re-verify them against their AWS sources, update them if AWS changed, set verified to the check date and record it in src/knowledge/audit.ts:\n${stale.map((f) => `  ${f.id} (verified ${f.verified}): ${f.sources[0]}`).join('\n')}`);
  });

  it('staleFacts finds exactly the facts older than the cut-off', () => {
    const mk = (id: string, verified: string) => ({ ...FACTS[0], id, verified }) as FactInput;
    const facts = [mk('a.new', '2026-12-04'), mk('a.edge', '2025-12-04'), mk('a.old', '2025-12-03'), mk('a.older', '2024-01-01')];
    assert.deepEqual(staleFacts(facts, new Date('2026-12-04T10:00:00Z')).map((f) => f.id), ['a.older', 'a.old']);
    assert.equal(monthsBefore(new Date('2028-02-29T00:00:00Z'), 12), '2027-02-28');
    assert.equal(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1), '2026-02-28');
  });

  it('hovers show the month a fact was verified', () => {
    const f = FACTS.find((x) => x.id === 'rds.backup-retention')!;
    assert.ok(factMarkdown(f).includes(`verified ${f.verified.slice(0, 7)}`));
    assert.ok(factLine(f).includes(`verified ${f.verified.slice(0, 7)}`));
    assert.ok(factMarkdown({ ...f, verified: '2031-07-09' }).includes('verified 2031-07'));
  });
});

describe('knowledge base: canonical sources', () => {
  // Translated pages kept because the English page did not show the statement when the fact was checked (see the fact's commit).
  const TRANSLATED_KEPT = new Set(['aurora.encryption-at-rest', 'aurora-dsql.encryption']);
  it('cites no SDK mirror or China-Region copy, and a translated page only where the English one did not show the statement', () => {
    for (const f of FACTS) {
      for (const u of f.sources) {
        assert.doesNotMatch(u, /sdk-for-[a-z]+\/|\/sdkfornet|docs\.amazonaws\.cn|rproxy\./, `${f.id} cites a mirror: ${u}`);
        if (/\/[a-z]{2}_[a-z]{2}\/|repost\.aws\/[a-z]{2}\//.test(u)) assert.ok(TRANSLATED_KEPT.has(f.id), `${f.id} cites a translated page: ${u}`);
      }
    }
  });
});

describe('knowledge base: audit trail', () => {
  const dates = AUDITS.map((a) => a.date);
  const ids = new Set(FACTS.map((f) => f.id));

  it('audits have distinct dates, and every verified date is an audit', () => {
    assert.equal(new Set(dates).size, dates.length);
    for (const f of FACTS) assert.ok(dates.includes(f.verified), `${f.id} is verified on ${f.verified}, which no audit in src/knowledge/audit.ts records`);
  });

  it('an audit names only existing facts, and every fact carrying its date (except the first check)', () => {
    for (const a of AUDITS) {
      for (const e of a.entries) {
        assert.ok(ids.has(e.fact), `audit ${a.date} names unknown fact ${e.fact}`);
        assert.ok(e.sources.length > 0 && e.sources.every((u) => /^https:\/\//.test(u)), `audit ${a.date} ${e.fact}: sources`);
        if (e.outcome === 'changed') assert.ok(e.before, `audit ${a.date} ${e.fact}: a change says what it was before`);
      }
      for (const u of a.unconfirmed) {
        for (const id of u.facts) assert.ok(ids.has(id), `audit ${a.date} (unconfirmed) names unknown fact ${id}`);
        assert.ok(u.sources.length > 0, `audit ${a.date} (unconfirmed ${u.subject}): the pages read`);
        // Left unchanged means not re-dated either.
        for (const id of u.facts) assert.notEqual(FACTS.find((f) => f.id === id)!.verified, a.date, `${id} could not be confirmed on ${a.date} but carries that date`);
      }
      if (a.date === FIRST_CHECK) continue;
      const named = new Set(a.entries.filter((e) => e.outcome !== 'sources').map((e) => e.fact));
      for (const e of a.entries.filter((x) => x.outcome === 'sources')) for (const u of e.sources) assert.ok(FACTS.find((f) => f.id === e.fact)!.sources.includes(u), `the audit of ${a.date} says ${e.fact} now cites ${u}, which it does not`);
      for (const f of FACTS.filter((x) => x.verified === a.date)) assert.ok(named.has(f.id), `${f.id} is verified on ${a.date} but the audit of that date does not say what was checked`);
      for (const id of named) assert.ok(FACTS.find((f) => f.id === id)!.verified >= a.date, `the audit of ${a.date} names ${id}, whose verified date is older than ${a.date}`);
    }
  });
});
