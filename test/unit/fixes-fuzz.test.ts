/**
 * The short fuzz run (the long one is `npm run fuzz`): 2,000 cases from a fixed seed, generated
 * templates and mutated seed files in every form (test/fuzz), each checked by test/fuzz/check.ts:
 * analyze() does not throw, no rule or fix writer crashes, ranges lie inside the text, and every
 * quick fix offered (up to 3 per case) is well-formed, keeps the file readable, removes its
 * finding and leaves the other resources alone. A failure prints fast-check's minimized case.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseArb } from '../fuzz/arbitraries';
import { check } from '../fuzz/check';

describe('fuzz: readers, rules and quick fixes on generated and mutated files (short run)', function () {
  this.timeout(180_000);
  it('2,000 cases from seed 20261204 keep every property', () => {
    fc.assert(
      fc.property(caseArb({ maxDepth: 60, maxSeed: 10_000 }), (c) => {
        const r = check(c.text, c.name, { maxFixes: 3 });
        if (r.violations.length) throw new Error(`${c.name}: ${r.violations.map((v) => `[${v.kind}] ${v.detail}`).join('\n')}`);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
  it('a rename that brings the renamed property\'s own nested findings to light has removed its finding', () => {
    // ADB090 renames SSESpecificatio to SSESpecification; KMSMasterKeyId is then an unknown key of
    // the GlobalTable's SSESpecification (it belongs to each replica): a new finding, not a kept one.
    const text = JSON.stringify({
      Resources: { T: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }], Replicas: [{ Region: 'us-east-1' }], SSESpecificatio: { SSEEnabled: true, KMSMasterKeyId: 'x' } } } },
    });
    const r = check(text, 'g.json', { maxFixes: 50 });
    assert.ok(r.fixes > 0);
    assert.deepEqual(r.violations, []);
  });

  it('a Terraform block type renamed in place has removed its finding when the renamed block brings its own', () => {
    // ADB090 renames `content` to `comment`; the next resource, cut into the block, is then an unknown block type of `comment`.
    const text = 'resource "aws_keyspaces_table" "a" {\n  \n  content {\n\nresource "aws_keyspaces_table" "a" {\n  keyspace_name = "k"\n}\n  }\n}\n';
    const r = check(text, 'gen.tf', { maxFixes: 50 });
    assert.ok(r.fixes > 0);
    assert.deepEqual(r.violations, []);
  });
});
