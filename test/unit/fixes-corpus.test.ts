/**
 * Every quick fix offered on real and generated files: applying it keeps the file readable in its
 * form and removes one finding of its rule (suppressions included). Real CloudFormation templates
 * (test/fixtures/cloudformation-samples), and the bench's generated CDK stack and AWS CLI script.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cdkStack } from '../../bench/inputs/cdk';
import { shellScript } from '../../bench/inputs/shell';
import { analyze } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import { CFN_SAMPLES, FIXTURES, fixtureFiles } from '../fixture';

function files(): { name: string; text: string }[] {
  const out = fixtureFiles(CFN_SAMPLES, /\.(ya?ml|json)$/).map((p) => ({ name: path.relative(FIXTURES, p), text: fs.readFileSync(p, 'utf8') }));
  out.push({ name: 'stack.ts', text: cdkStack(150) }, { name: 'deploy.sh', text: shellScript(150) });
  return out;
}

describe('every quick fix on the corpus and the bench files', () => {
  for (const { name, text } of files()) {
    it(name, () => {
      const a = analyze(text, { fileName: name, production: 'always' });
      let applied = 0;
      for (const f of a.findings) {
        const before = a.findings.filter((g) => g.ruleId === f.ruleId).length;
        for (const fix of f.fixes) {
          const out = applyFix(text, fix);
          const b = analyze(out, { fileName: name, production: 'always' });
          assert.equal(b.kind, a.kind, `${f.ruleId} "${fix.title}" changed how ${name} is read`);
          assert.deepEqual(b.problems.filter((p) => p.severity === 'error').map((p) => p.message), [], `${f.ruleId} "${fix.title}" broke ${name}`);
          const after = b.findings.filter((g) => g.ruleId === f.ruleId).length;
          assert.ok(after < before, `${f.ruleId} "${fix.title}" left ${after} of ${before} findings in ${name}`);
          applied++;
        }
      }
      assert.ok(applied > 0 || a.findings.length === 0, `${name}: findings without fixes`);
    });
  }
});
