/**
 * Integration: the CloudFormation snippets (YAML and the JSON generated from it), filled with
 * their defaults and wrapped into a template when they are one resource, validate with cfn-lint
 * (run ONCE over all files, against the CloudFormation resource schemas) without an error.
 * (The pure checks of the snippets are in test/unit/snippets-cfn.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asTemplate, loadSnippets } from '../snippets/harness';
import { requireCfnLint } from './tools';

interface CfnLintMatch {
  Level: string;
  Message: string;
  Rule: { Id: string };
  Filename: string;
  Location: { Start: { LineNumber: number } };
}

describe('integration: CloudFormation snippets pass cfn-lint', function () {
  this.timeout(170_000);
  let dir: string;
  const files: string[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cfn-snippets-'));
    for (const [file, ext] of [['snippets/cloudformation-yaml.code-snippets', 'yaml'], ['snippets/cloudformation-json.code-snippets', 'json']] as const) {
      for (const s of loadSnippets(file)) {
        const out = path.join(dir, `${s.prefix}.${ext}`);
        fs.writeFileSync(out, asTemplate(s, ext === 'json'));
        files.push(out);
      }
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('cfn-lint (CloudFormation resource schemas) reports no error on any snippet', () => {
    requireCfnLint();
    assert.ok(files.length >= 60, `${files.length} snippet templates`);
    // Control: a template the schemas reject, in the same run, must give errors.
    const control = path.join(dir, 'control-invalid.yaml');
    fs.writeFileSync(control, `${'AWSTemplateFormatVersion: "2010-09-09"'}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: seven\n      NoSuchProperty: 1\n`);
    const r = spawnSync('cfn-lint', ['--format', 'json', '--', ...files, control], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.stdout, `cfn-lint did not run: ${r.error ?? r.stderr}`);
    const matches = JSON.parse(r.stdout) as CfnLintMatch[];
    assert.ok(matches.some((m) => m.Level === 'Error' && m.Filename.endsWith('control-invalid.yaml')), 'cfn-lint accepted an invalid template');
    const errors = matches.filter((m) => m.Level === 'Error' && !m.Filename.endsWith('control-invalid.yaml')).map((m) => `${path.basename(m.Filename)}:${m.Location.Start.LineNumber} ${m.Rule.Id} ${m.Message}`);
    assert.deepEqual(errors, []);
  });
});
