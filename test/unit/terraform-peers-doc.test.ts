/**
 * docs/terraform.md's comparison with checkov and Trivy agrees with the suppression table (src/core/peers.ts):
 * a row that names our rule without "not mapped" is mapped to exactly the rules it shows, and a "not covered"
 * or "not mapped" row is mapped to nothing.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { peerToAdb } from '../../src/core/peers';
import { REPO } from './helpers';

describe('docs/terraform.md: checkov and Trivy rows agree with the peer table', () => {
  const md = fs.readFileSync(path.join(REPO, 'docs', 'terraform.md'), 'utf8');
  const rows = md.split('\n').map((l) => /^\| `((?:CKV2?_AWS_|AVD-AWS-)\d+)` \|.*\| ([^|]*) \|$/.exec(l)).filter((m): m is RegExpExecArray => !!m);

  it('lists every checkov and Trivy database check once (96 and 28)', () => {
    const ids = rows.map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.filter((i) => i.startsWith('CKV')).length, 96);
    assert.equal(ids.filter((i) => i.startsWith('AVD')).length, 28);
  });

  it('each row\'s mapping is the peer table\'s', () => {
    for (const [, id, cell] of rows) {
      const mapped = peerToAdb(id);
      const doc = !cell.startsWith('not covered') && !cell.includes('not mapped');
      assert.equal(mapped.length > 0, doc, `${id}: table says ${JSON.stringify(cell)}, peers map ${mapped.join(',') || 'nothing'}`);
      for (const adb of mapped) assert.ok(cell.includes(adb), `${id} maps to ${adb}, not shown in ${JSON.stringify(cell)}`);
    }
  });
});
