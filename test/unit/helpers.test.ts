/**
 * The test helpers cannot pass by accident: `firesOn` ("the finding is gone") and `applyNamedFix`
 * fail when the text was not read as the expected form, when a rule crashed or when the text no
 * longer parses; the fixture helper fails on a missing or empty fixture.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES } from '../../src/core/rules';
import { fixture, fixtureFiles, fixtureText, repoPath } from '../fixture';
import { firesOn, formOf, resource } from './helpers';

const UNENCRYPTED = resource('AWS::RDS::DBInstance', 'Engine: postgres\nStorageEncrypted: false\n');

describe('test helpers', () => {
  it('firesOn: true when the rule fires, false when it does not', () => {
    assert.equal(firesOn(UNENCRYPTED, 't.yaml', 'ADB004'), true);
    assert.equal(firesOn(UNENCRYPTED.replace('false', 'true'), 't.yaml', 'ADB004'), false);
  });

  it('firesOn: throws when the text is not read as the form its name (or the caller) says', () => {
    assert.throws(() => firesOn(UNENCRYPTED, 'stack.ts', 'ADB004'), /read as none, not cdk/);
    assert.throws(() => firesOn('just: some yaml\n', 't.yaml', 'ADB004'), /read as none, not cloudformation/);
    assert.throws(() => firesOn(UNENCRYPTED, 't.yaml', 'ADB004', 'never', 'aws-cli'), /read as cloudformation, not aws-cli/);
    assert.throws(() => formOf('notes.txt'), /no form/);
  });

  it('firesOn: throws when a rule crashed, naming it', () => {
    const rule = RULES.find((r) => r.id === 'ADB004')!;
    const check = rule.check;
    rule.check = () => {
      throw new Error('planted');
    };
    try {
      assert.throws(() => firesOn(UNENCRYPTED, 't.yaml', 'ADB006'), /a rule crashed[\s\S]*ADB004: Error: planted/);
    } finally {
      rule.check = check;
    }
  });

  it('firesOn: throws when the text has read errors', () => {
    const broken = `${UNENCRYPTED}  Other:\n    Type: [unclosed\n`;
    assert.throws(() => firesOn(broken, 't.yaml', 'ADB004'), /read errors/);
  });

  describe('fixtures', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(repoPath('test/fixtures'), '.tmp-helpers-'));
      fs.mkdirSync(path.join(dir, 'empty-folder'));
      fs.writeFileSync(path.join(dir, 'empty.yaml'), '');
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const rel = (p: string) => path.join(path.basename(dir), p);

    it('a missing, empty or outside fixture throws', () => {
      assert.throws(() => fixture(rel('missing.yaml')), /is missing/);
      assert.throws(() => fixtureText(rel('empty.yaml')), /is empty/);
      assert.throws(() => fixtureFiles(rel('empty-folder'), /\.yaml$/), /is empty/);
      assert.throws(() => fixtureFiles(rel('missing-folder'), /\.yaml$/), /is missing/);
      assert.throws(() => fixtureFiles(path.basename(dir), /\.json$/), /has no file matching/);
      assert.throws(() => fixtureFiles(path.basename(dir), /\.yaml$/), /empty\.yaml is empty/);
      assert.throws(() => repoPath('../outside'), /outside the repository/);
      assert.throws(() => fixture(os.tmpdir()), /outside the repository/);
    });

    it('lists the vendored samples', () => {
      const files = fixtureFiles('cloudformation-samples', /\.ya?ml$/);
      assert.ok(files.length >= 10, `${files.length}`);
      assert.ok(files.every((f) => f.startsWith(repoPath('test/fixtures/cloudformation-samples'))));
      for (const legal of ['LICENSE.txt', 'NOTICE.txt', 'SOURCES.md']) assert.ok(fixtureText(`cloudformation-samples/${legal}`).length > 100, legal);
    });
  });
});
