/**
 * Issue 18, hovers: short (a resource type ≤ 12 lines of Markdown, a property ≤ 8, "More…" for the
 * rest), recommendations written as values, and no word meant for us ("seed", "study guide") in
 * any hover of the examples and fixtures or in any finding message of the real-world corpus.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hoverAt, hoverDetails, SHOW_DETAILS_COMMAND } from '../../src/core/hover';
import { cliHover } from '../../src/core/forms/shell/assist';
import { withMore } from './hover-reachability.test';

const ROOT = path.resolve(__dirname, '../..');
const OURS = /\bseed\b|study guide/i;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== 'cdk.out') out.push(...files(p)); }
    else if (/\.(ya?ml|json|template|ts|sh)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every hover of a file: on each line's first word and on the first word after `:`/space of its value. */
function hoversOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  if (text.length > 300_000) return [];
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const offsets = new Set<number>();
    for (const m of line.matchAll(/[A-Za-z-][\w:.-]*/g)) if (offsets.size < 6) offsets.add(lineStart + m.index! + 1);
    for (const o of offsets) {
      const h = file.endsWith('.sh') ? cliHover(text, file, o)?.markdown : hoverAt(text, o, file);
      if (h) out.push(h);
    }
    lineStart += line.length + 1;
  }
  return out;
}

const nonEmpty = (s: string) => s.split('\n').filter((l) => l.trim()).length;
/** The knowledge-base section of a hover (not a finding's), up to and with its "More…" line. */
const sections = (h: string) => h.split('\n\n---\n\n').filter((s) => !/^\*\*ADB\d{3}\*\*/.test(s));

describe('hovers are short (issue 18)', () => {
  const all = [...files(path.join(ROOT, 'examples')), ...files(path.join(ROOT, 'test/fixtures'))].flatMap((f) => hoversOf(f).map((h) => ({ f, h })));

  it('the examples and fixtures give hovers to check', () => assert.ok(all.length > 50, `${all.length} hovers`));

  it('a resource-type hover has at most 12 lines, a property hover at most 8, each with More…', () => {
    const long: string[] = [];
    for (const { f, h } of all) {
      for (const s of sections(h)) {
        const isType = /^\*\*(AWS::[\w:]+|aws [a-z-]+(?: [a-z-]+)?|[\w.]+\*\* \(CDK\))\*\*/.test(s) || /^\*\*[\w.]+\*\* \(CDK\)/.test(s) || /^\*\*AWS::[\w:]+\*\*:/.test(s);
        const max = isType ? 12 : 8;
        if (nonEmpty(s) > max) long.push(`${path.relative(ROOT, f)}: ${nonEmpty(s)} > ${max}: ${s.slice(0, 80)}`);
      }
    }
    assert.deepEqual(long, []);
  });

  it('the resource-type hover of AWS::RDS::DBInstance: ≤ 12 lines, its limits one click away', () => {
    const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n';
    const h = hoverAt(t, t.indexOf('AWS::RDS') + 2, 't.yaml')!;
    assert.ok(nonEmpty(h) <= 12, `${nonEmpty(h)} lines`);
    assert.ok(h.includes(`](command:${SHOW_DETAILS_COMMAND}?`));
    assert.ok(nonEmpty(withMore(h)!) > 30, 'More… opens the full text');
    const limits = h.split('\n').filter((l) => l.startsWith('- '));
    assert.ok(limits.length >= 2 && limits.length <= 4, `${limits.length} key limits`);
    assert.equal(new Set(limits.map((l) => /^- \*\*(\w+)\*\*/.exec(l)?.[1])).size, limits.length, `one line per property: ${limits.join(' | ')}`);
  });

  it('a property hover writes recommendations as values and keeps what a change does', () => {
    const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 3\n      DBName: app\n';
    const h = hoverAt(t, t.indexOf('BackupRetentionPeriod') + 2, 't.yaml')!;
    assert.ok(nonEmpty(h) <= 8, h);
    assert.match(h, /\*\*Limits:\*\* 0–35 days; 7 or more recommended for production/);
    assert.doesNotMatch(h, /Range/);
    const name = hoverAt(t, t.indexOf('DBName') + 2, 't.yaml')!;
    assert.match(name, /Changing it replaces the/, 'the data-loss guard\'s line stays');
  });

  it('an AWS CLI flag with facts: one section, the model\'s type in its title, at most 8 lines in all', () => {
    const t = 'aws rds create-db-instance --backup-retention-period 40\n';
    const h = cliHover(t, 'x.sh', t.indexOf('--backup') + 3)!.markdown;
    assert.equal(sections(h).length, 1, h);
    assert.match(h, /^\*\*--backup-retention-period\*\* · integer \(`aws rds create-db-instance`\)/);
    assert.ok(nonEmpty(h) <= 8, `${nonEmpty(h)} lines`);
  });

  it('no "seed" or "study guide" in any hover, nor in the full texts behind More…', () => {
    const bad = all.filter(({ h }) => OURS.test(withMore(h)!)).map(({ f, h }) => `${path.relative(ROOT, f)}: ${OURS.exec(withMore(h)!)![0]} in ${h.slice(0, 60)}`);
    assert.deepEqual(bad.slice(0, 5), []);
  });

  it('no "seed" or "study guide" in a finding message of the real-world corpus snapshots', () => {
    const dir = path.join(ROOT, 'test/snapshot/corpus');
    const found = fs.readdirSync(dir).filter((f) => OURS.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    assert.ok(fs.readdirSync(dir).length > 5);
    assert.deepEqual(found, []);
  });

  it('"More…" renders what its link names, and the editor registers the same command', () => {
    assert.ok(fs.readFileSync(path.join(ROOT, 'src/vscode/hover-details.ts'), 'utf8').includes(`SHOW_HOVER_DETAILS_COMMAND = '${SHOW_DETAILS_COMMAND}'`));
    assert.equal(hoverDetails({ title: 'x', ids: ['no.such-fact'] }), undefined);
    assert.match(hoverDetails({ title: 'x', type: 'AWS::RDS::DBInstance' })!, /Limits/);
  });
});
