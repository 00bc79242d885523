/** Quick fixes in AWS CLI scripts: the whole text before and after, and the finding gone on re-lint. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import { applyNamedFix, firesOn } from './helpers';

const FILE = 'scripts/create-db.sh';

const fix = (text: string, ruleId: string, title: RegExp, production: 'never' | 'always' = 'never') => applyNamedFix(text, FILE, ruleId, title, production);
const fires = (text: string, ruleId: string, production: 'never' | 'always' = 'never') => firesOn(text, FILE, ruleId, production);

const SCRIPT = `#!/bin/bash
set -euo pipefail
aws rds create-db-instance \\
  --db-instance-identifier orders \\
  --engine postgres \\
  --db-instance-class db.t3.micro \\
  --allocated-storage 20 \\
  --storage-type gp2 \\
  --backup-retention-period 40 \\
  --master-username dbadmin \\
  --master-user-password 'hunter2hunter2' \\
  --publicly-accessible \\
  --no-storage-encrypted
`;

const withText = (from: string, to: string) => {
  assert.ok(SCRIPT.includes(from), from);
  return SCRIPT.replace(from, to);
};

describe('quick fixes: AWS CLI', () => {
  it('replaces a flag value (gp2 -> gp3, retention clamped)', () => {
    const gp3 = fix(SCRIPT, 'ADB008', /--storage-type gp3/);
    assert.equal(gp3, withText('--storage-type gp2', '--storage-type gp3'));
    assert.ok(!fires(gp3, 'ADB008'));
    const days = fix(SCRIPT, 'ADB001', /35/);
    assert.equal(days, withText('--backup-retention-period 40', '--backup-retention-period 35'));
    assert.ok(!fires(days, 'ADB001'));
  });
  it('flips --no-storage-encrypted and --publicly-accessible', () => {
    const enc = fix(SCRIPT, 'ADB004', /--storage-encrypted/);
    assert.equal(enc, withText('--no-storage-encrypted', '--storage-encrypted'));
    assert.ok(!fires(enc, 'ADB004'));
    const pub = fix(SCRIPT, 'ADB006', /--no-publicly-accessible/);
    assert.equal(pub, withText('--publicly-accessible \\', '--no-publicly-accessible \\'));
    assert.ok(!fires(pub, 'ADB006'));
  });
  it('removes a flag on its own continuation line', () => {
    const out = fix(SCRIPT, 'ADB006', /Remove/);
    assert.equal(out, withText('  --publicly-accessible \\\n', ''));
    assert.ok(!fires(out, 'ADB006'));
  });
  it('--master-user-password x -> --manage-master-user-password', () => {
    const out = fix(SCRIPT, 'ADB012', /--manage-master-user-password/);
    assert.equal(out, withText("--master-user-password 'hunter2hunter2'", '--manage-master-user-password'));
    assert.ok(!fires(out, 'ADB012'));
  });
  it('appends a missing flag at the end of the command', () => {
    const out = fix(SCRIPT, 'ADB015', /--deletion-protection/, 'always');
    assert.equal(out, withText('--no-storage-encrypted\n', '--no-storage-encrypted --deletion-protection\n'));
    assert.ok(!fires(out, 'ADB015', 'always'));
  });
  it('suppress here: a # comment above the command when the finding is inside a continuation', () => {
    const out = fix(SCRIPT, 'ADB008', /Suppress ADB008/);
    assert.equal(out, withText('aws rds create-db-instance', '# aws-db-architect-ignore ADB008\naws rds create-db-instance'));
    assert.ok(!fires(out, 'ADB008'));
    assert.ok(fires(out, 'ADB001'), 'only the named rule is silenced');
    const one = 'aws rds modify-db-instance --db-instance-identifier x --publicly-accessible\n';
    const sup = fix(one, 'ADB006', /Suppress ADB006/);
    assert.equal(sup, `# aws-db-architect-ignore ADB006\n${one}`);
    assert.ok(!fires(sup, 'ADB006'));
  });
  it('works in a bash block of a Markdown file', () => {
    const md = "# Setup\n\n```bash\naws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro --allocated-storage 20 --storage-type gp2\n```\n";
    const fs = analyze(md, { fileName: 'README.md' }).findings.filter((f) => f.ruleId === 'ADB008');
    const x = fs.flatMap((f) => f.fixes).find((y) => /gp3/.test(y.title));
    assert.ok(x);
    const out = applyFix(md, x);
    assert.equal(out, md.replace('--storage-type gp2', '--storage-type gp3'));
    assert.ok(!firesOn(out, 'README.md', 'ADB008'));
  });
});
