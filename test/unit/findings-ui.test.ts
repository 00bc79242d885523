/** Issue 18, editor side (pure parts): rule links land on the rule, summaries of piled-up findings, unknown rule IDs, fix all. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze } from '../../src/core/engine';
import { changedRegion, fixAll } from '../../src/core/fixes/fix-all';
import { applyFix } from '../../src/core/fixes';
import { RULES } from '../../src/core/rules';
import { rulesMarkdown } from '../../scripts/docs';
import { diagnosticsOf, specFor, SUMMARY_MIN } from '../../src/vscode/diagnostic-list';
import { ruleDocLines, ruleFragment, unknownRuleIds, unknownRulesMessage } from '../../src/vscode/rule-docs';
import type { AnalyzeResponse } from '../../src/vscode/worker-protocol';
import { dedent, repoPath } from './helpers';

const response = (text: string, fileName: string, production: 'always' | 'never' = 'always'): AnalyzeResponse => {
  const a = analyze(text, { fileName, production });
  return { id: 1, kind: a.kind, findings: a.findings, problems: a.problems, internalErrors: [] };
};

describe('rule documentation links', () => {
  const md = rulesMarkdown();
  const lines = ruleDocLines(md);
  it('find every rule\'s heading in docs/rules.md, after its stable anchor', () => {
    const text = md.split('\n');
    for (const r of RULES) {
      const line = lines.get(r.id);
      assert.ok(line !== undefined, `${r.id} has no heading`);
      assert.equal(text[line], `## ${r.id}`);
      assert.equal(text[line - 2], `<a id="${r.id.toLowerCase()}"></a>`);
      assert.equal(ruleFragment(lines, r.id), `L${line + 1}`);
    }
    assert.equal(lines.size, RULES.length);
  });
  it('the shipped docs/rules.md is the one the lines are read from', () => {
    assert.deepEqual([...ruleDocLines(fs.readFileSync(repoPath('docs/rules.md'), 'utf8'))], [...lines]);
  });
  it('fall back to the anchor when the file could not be read', () => {
    assert.equal(ruleFragment(undefined, 'ADB004'), 'adb004');
  });
  it('warn about unknown rule IDs in the setting, with the nearest one', () => {
    const known = new Set(lines.keys());
    assert.deepEqual(unknownRuleIds({ ADB004: 'off', ADB999: 'off', ADB01: 'error', adb007: 'info' }, known), ['ADB999', 'ADB01', 'adb007']);
    assert.deepEqual(unknownRuleIds(undefined, known), []);
    const m = unknownRulesMessage(['ADB01', 'adb007'], known);
    assert.match(m, /"ADB01" \(did you mean ADB001\?\), "adb007" \(write it as ADB007\)\. They are ignored/);
  });
});

describe('findings piled on one range become one summary diagnostic', () => {
  const sh = 'aws rds create-db-instance --db-instance-identifier orders --db-instance-class db.m7g.large --engine postgres\n';
  it('one line names each rule; the details are related information; every finding stays reachable', () => {
    const r = response(sh, 'x.sh');
    const onAnchor = r.findings.filter((f) => f.range.start.character === r.findings[0].range.start.character && f.resource === 'orders');
    assert.ok(onAnchor.length >= SUMMARY_MIN, `${onAnchor.length} findings on the command`);
    const ds = diagnosticsOf(r);
    const summaries = ds.filter((d) => d.findings.length > 1);
    assert.equal(summaries.length, 1);
    const s = summaries[0];
    assert.match(s.message, new RegExp(`^${onAnchor.length} findings on orders: `));
    assert.equal(s.severity, 'warning');
    assert.match(s.code, /^ADB\d{3} \+\d+$/);
    for (const f of onAnchor) {
      assert.ok(s.message.includes(`(${f.ruleId})`), f.ruleId);
      assert.ok(s.related.some((x) => x.message === `${f.ruleId}: ${f.message}`), f.ruleId);
    }
    // Nothing is lost: every finding is shown by exactly one diagnostic.
    assert.equal(ds.flatMap((d) => d.findings).length, r.findings.length);
    assert.equal(specFor(ds, { range: s.range, message: s.message }), s);
  });
  it('two findings on one range stay two diagnostics, and findings on values are never grouped', () => {
    const text = dedent(`
      Resources:
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            StorageEncrypted: false
            PubliclyAccessible: true
            StorageType: gp2
            EnableIAMDatabaseAuthentication: true
            MultiAZ: true
            DeletionProtection: true
            EnablePerformanceInsights: true
    `);
    const r = response(text, 't.yaml', 'never');
    const ds = diagnosticsOf(r);
    assert.ok(ds.every((d) => d.findings.length === 1), ds.map((d) => d.message).join('\n'));
    assert.equal(ds.length, r.findings.length);
  });
});

describe('fix all in this file', () => {
  const cases: [string, string][] = [
    ['examples/templates/orders-database-prod.yaml', 'template'],
    ['examples/scripts/create-orders-db.sh', 'script'],
    ['examples/cdk-app/lib/orders-stack.ts', 'CDK'],
  ];
  for (const [file, what] of cases) {
    it(`applies the preferred fixes of a ${what}: those findings are gone, the file still reads, nothing else breaks`, function () {
      this.timeout(60000);
      const text = fs.readFileSync(repoPath(file), 'utf8');
      const opts = { fileName: file, production: 'auto' as const };
      const before = analyze(text, opts);
      const r = fixAll(text, opts);
      assert.ok(r.applied.length >= 5, `${r.applied.length} fixes applied`);
      const after = analyze(r.text, opts);
      assert.deepEqual(after.problems.filter((p) => p.severity === 'error'), []);
      assert.equal(after.kind, before.kind);
      for (const a of r.applied) {
        assert.ok(!after.findings.some((f) => f.ruleId === a.ruleId && f.resource === a.resource && f.fixes.some((x) => x.title === a.title)), `${a.ruleId} ${a.title} still offered`);
      }
      // Only preferred fixes: no suppression comment, no design change.
      assert.ok(r.applied.every((a) => !a.title.startsWith('Suppress')));
      // Fewer findings, and no new rule fires.
      assert.ok(after.findings.length < before.findings.length);
      const was = new Set(before.findings.map((f) => f.ruleId));
      assert.deepEqual(after.findings.filter((f) => !was.has(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`), []);
      // Idempotent: nothing left to apply.
      assert.deepEqual(fixAll(r.text, opts).applied, []);
      // One edit turns the old text into the new one.
      const region = changedRegion(text, r.text)!;
      assert.equal(applyFix(text, { title: 'all', edits: [region] }), r.text);
    });
  }
  it('leaves alone what has no preferred fix (a node to add, a value from a parameter)', () => {
    const text = dedent(`
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: c
            AutomaticFailoverEnabled: true
    `);
    const r = fixAll(text, { fileName: 'c.yaml' });
    assert.ok(!r.applied.some((a) => a.ruleId === 'ADB028'));
    assert.ok(analyze(r.text, { fileName: 'c.yaml' }).findings.some((f) => f.ruleId === 'ADB028'));
  });
  it('changedRegion is the smallest single edit', () => {
    assert.deepEqual(changedRegion('abcdef', 'abXYef'), { span: { start: 2, end: 4 }, newText: 'XY' });
    assert.deepEqual(changedRegion('aaa', 'aaaa'), { span: { start: 3, end: 3 }, newText: 'a' });
    assert.equal(changedRegion('same', 'same'), undefined);
  });
});
