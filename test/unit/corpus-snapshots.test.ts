/**
 * The real-world corpus as a permanent test (issue 12): the findings of every vendored public
 * template, CDK app and AWS CLI example document must equal the reviewed snapshot in
 * test/snapshot/corpus/. A change in findings fails with a readable diff: if every change is
 * intended, run `npm run snapshots`, read the diff and commit it. An internal error fails outright.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { diff, groups, lintGroup, snapshotPath, type Snapshot } from '../snapshot/corpus';

describe('real-world corpus snapshot', function () {
  this.timeout(60000);
  const all = groups();

  it('holds at least 60 templates from 12 repositories, 15 CDK apps and 500 CLI example commands', () => {
    const cfn = all.filter((g) => g.name.startsWith('cloudformation__'));
    const cdk = all.filter((g) => g.name.startsWith('cdk__')).flatMap((g) => g.files);
    const rst = all.filter((g) => g.name.startsWith('aws-cli-examples__')).flatMap((g) => g.files);
    assert.ok(cfn.length >= 12, `${cfn.length} repositories`);
    assert.ok(cfn.flatMap((g) => g.files).length >= 60, 'templates');
    assert.ok(cdk.length >= 15, `${cdk.length} CDK files`);
    assert.ok(rst.length >= 300, `${rst.length} CLI example documents`);
  });

  for (const g of all) {
    it(g.name, () => {
      const { snapshot, internalErrors } = lintGroup(g);
      assert.deepEqual(internalErrors, [], 'internal errors (a rule threw)');
      const file = snapshotPath(g);
      assert.ok(fs.existsSync(file), `no snapshot ${file}: run npm run snapshots`);
      const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
      const d = diff(before, snapshot);
      if (d) assert.fail(`findings changed on the real-world corpus (${g.name}); if every change is intended, run \`npm run snapshots\` and commit the diff:\n${d}`);
    });
  }
});
