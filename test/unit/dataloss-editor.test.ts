/**
 * The editor's data-loss guard, its pure half (src/vscode/dataloss-state.ts) and the worker protocol:
 * the HEAD text is read once per file and HEAD commit and dropped when HEAD moves; a read that lands
 * late is dropped; the CodeLens text and list come from replacementSummary; the worker passes the base
 * so ADB140 and the replacing fix titles reach the editor.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { HeadCache, lensItems, lensTitle, notInHead, resourceReferenceUrl, statusText, type HeadRef, type HeadText } from '../../src/vscode/dataloss-state';
import { handle } from '../../src/vscode/worker';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A HEAD provider whose reads the test resolves by hand. */
function provider() {
  const calls: { file: string; ref: HeadRef; resolve: (t: HeadText) => void; reject: (e: unknown) => void }[] = [];
  const read = (file: string, ref: HeadRef) => new Promise<HeadText>((resolve, reject) => calls.push({ file, ref, resolve, reject }));
  return { calls, read };
}

describe('data-loss guard in the editor: HEAD cache', () => {
  const A: HeadRef = { root: '/repo', commit: 'aaaaaaa1' };
  const B: HeadRef = { root: '/repo', commit: 'bbbbbbb2' };

  it('reads a file once per HEAD commit, answers undefined until the text lands, then calls arrived', async () => {
    const p = provider();
    const arrived: string[] = [];
    const c = new HeadCache(p.read, (f) => arrived.push(f));
    assert.equal(c.get('/repo/t.yaml', A), undefined);
    assert.equal(c.get('/repo/t.yaml', A), undefined);
    await tick();
    assert.equal(p.calls.length, 1);
    assert.ok(c.reading('/repo/t.yaml'));
    p.calls[0].resolve({ kind: 'text', text: 'old' });
    await tick();
    assert.deepEqual(arrived, ['/repo/t.yaml']);
    assert.deepEqual(c.get('/repo/t.yaml', A), { kind: 'text', text: 'old' });
    assert.deepEqual(c.get('/repo/t.yaml', { ...A }), { kind: 'text', text: 'old' });
    assert.equal(c.peek('/repo/t.yaml', B.commit), undefined, 'not the text at another commit');
    assert.equal(c.reads, 1);
  });

  it('drops the files of a repository whose HEAD moved, and reads them again at the new commit', async () => {
    const p = provider();
    const c = new HeadCache(p.read, () => {});
    c.get('/repo/a.yaml', A);
    c.get('/other/b.yaml', { root: '/other', commit: 'ccc' });
    await tick();
    p.calls[0].resolve({ kind: 'text', text: 'a1' });
    p.calls[1].resolve({ kind: 'text', text: 'b1' });
    await tick();
    assert.deepEqual(c.headChanged('/repo', A.commit), [], 'same commit: nothing dropped');
    assert.deepEqual(c.headChanged('/repo', B.commit), ['/repo/a.yaml']);
    assert.equal(c.peek('/repo/a.yaml'), undefined);
    assert.deepEqual(c.peek('/other/b.yaml'), { kind: 'text', text: 'b1' }, 'another repository keeps its text');
    assert.equal(c.get('/repo/a.yaml', B), undefined);
    await tick();
    assert.equal(p.calls.length, 3);
    assert.equal(p.calls[2].ref.commit, B.commit);
    p.calls[2].resolve({ kind: 'text', text: 'a2' });
    await tick();
    assert.deepEqual(c.get('/repo/a.yaml', B), { kind: 'text', text: 'a2' });
  });

  it('a get at another commit than the cached one reads again (HEAD seen moving before the event)', async () => {
    const p = provider();
    const c = new HeadCache(p.read, () => {});
    c.get('/repo/a.yaml', A);
    await tick();
    p.calls[0].resolve({ kind: 'text', text: 'a1' });
    await tick();
    assert.equal(c.get('/repo/a.yaml', B), undefined);
    await tick();
    assert.equal(p.calls.length, 2);
  });

  it('drops a read that lands after HEAD moved (no stale base, no arrived call)', async () => {
    const p = provider();
    const arrived: string[] = [];
    const c = new HeadCache(p.read, (f) => arrived.push(f));
    c.get('/repo/a.yaml', A);
    await tick();
    c.headChanged('/repo', B.commit);
    p.calls[0].resolve({ kind: 'text', text: 'stale' });
    await tick();
    assert.deepEqual(arrived, []);
    assert.equal(c.peek('/repo/a.yaml'), undefined);
  });

  it('a provider that throws or rejects gives "none" with the reason, never an exception', async () => {
    const c = new HeadCache(() => {
      throw new Error('boom');
    }, () => {});
    assert.equal(c.get('/repo/a.yaml', A), undefined);
    await tick();
    await tick();
    const v = c.peek('/repo/a.yaml');
    assert.equal(v?.kind, 'none');
    assert.match(v?.kind === 'none' ? v.reason : '', /boom/);
    const p = provider();
    const d = new HeadCache(p.read, () => {});
    d.get('/repo/b.yaml', A);
    await tick();
    p.calls[0].reject(new Error('Could not show object.'));
    await tick();
    await tick();
    assert.equal(d.peek('/repo/b.yaml')?.kind, 'none');
  });

  it('reads the Git extension\'s errors for a file that is not in HEAD as "not committed"', () => {
    assert.ok(notInHead('Could not show object.'));
    assert.ok(notInHead("fatal: path 'x.yaml' exists on disk, but not in 'HEAD'"));
    assert.ok(!notInHead('spawn git ENOENT'));
  });
});

describe('data-loss guard in the editor: CodeLens and status', () => {
  const text = fs.readFileSync('examples/templates/orders-database-prod.yaml', 'utf8');

  it('the worker passes the base: ADB140 on StorageEncrypted, the summary for the CodeLens, status compared', () => {
    const edited = text.replace('StorageEncrypted: false', 'StorageEncrypted: true');
    const r = handle({ id: 1, method: 'analyze', text: edited, options: { fileName: 't.yaml', base: { text } }, summary: true });
    assert.equal(r.base, 'compared');
    const f = r.findings.filter((x) => x.ruleId === 'ADB140');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(edited.split('\n')[f[0].range.start.line].trim(), 'StorageEncrypted: true');
    const db = r.summary?.find((s) => s.logicalId === 'OrdersDb');
    assert.ok(db && db.replacingProperties.includes('StorageEncrypted') && !db.dataKeptOnReplace);
    // Without a base: no guard finding and no status; without `summary`: no summary.
    const plain = handle({ id: 2, method: 'analyze', text: edited, options: { fileName: 't.yaml' } });
    assert.equal(plain.base, undefined);
    assert.equal(plain.summary, undefined);
    assert.ok(!plain.findings.some((x) => /^ADB14\d$/.test(x.ruleId)));
  });

  it('a fix that changes a replacing property of a deployed database says so once the base is passed', () => {
    const withBase = handle({ id: 1, method: 'analyze', text, options: { fileName: 't.yaml', base: { text } } });
    const without = handle({ id: 2, method: 'analyze', text, options: { fileName: 't.yaml' } });
    const titles = (r: typeof withBase) => r.findings.flatMap((f) => f.fixes.map((x) => x.title)).filter((t) => /StorageEncrypted/.test(t));
    assert.ok(titles(withBase).some((t) => /replaces/i.test(t)), titles(withBase).join(' | '));
    assert.ok(!titles(without).some((t) => /replaces/i.test(t)), titles(without).join(' | '));
  });

  it('"fix all" with the base does not apply a fix that replaces a deployed database; without it, it does', () => {
    const run = (base?: { text: string }) => handle({ id: 1, method: 'fixAll', text, options: { fileName: 't.yaml', ...(base ? { base } : {}) } }).fixAll?.text ?? '';
    const line = (t: string) => t.split('\n').find((l) => /^\s+StorageEncrypted:/.test(l))?.trim();
    assert.equal(line(run()), 'StorageEncrypted: true', 'without a base the preferred fix encrypts');
    assert.equal(line(run({ text })), 'StorageEncrypted: false', 'with the base it would replace OrdersDb: not applied');
  });

  it('the CodeLens line names the replacing properties (written first) and the data', () => {
    const r = handle({ id: 1, method: 'analyze', text, options: { fileName: 't.yaml' }, summary: true });
    const db = r.summary!.find((s) => s.logicalId === 'OrdersDb')!;
    const title = lensTitle(db);
    assert.match(title, /^replaced by changes to: MasterUsername, StorageEncrypted, .*, … · data kept on replace: no$/);
    const kept = lensTitle({ ...db, dataKeptOnReplace: true, policy: 'Snapshot' });
    assert.match(kept, /data kept on replace: yes \(UpdateReplacePolicy Snapshot\)$/);
    assert.equal(lensTitle({ ...db, replacingProperties: [], conditionalProperties: [] }), 'no property change replaces it · data kept on replace: no');
    const items = lensItems(db, 'Data-loss guard: compared with HEAD 1234567');
    const se = items.find((i) => i.label === 'StorageEncrypted');
    assert.equal(se?.url, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html');
    const snap = items.find((i) => i.label === 'DBSnapshotIdentifier');
    assert.match(snap?.url ?? '', /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.ok(items.some((i) => i.label === 'data kept on replace: no' && /updatereplacepolicy/.test(i.url ?? '')));
    assert.ok(items.every((i) => i.separator || i.url), 'every item opens a page');
  });

  it('reference URLs and status texts', () => {
    assert.equal(resourceReferenceUrl('AWS::DynamoDB::Table'), 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html');
    assert.equal(resourceReferenceUrl('Custom::Thing'), undefined);
    assert.match(statusText({ state: 'off-git', why: 'the built-in Git extension (vscode.git) is disabled' }), /^Data-loss guard off: the built-in Git/);
    assert.equal(statusText({ state: 'base', commit: '0123456789abcdef', analysis: 'compared' }), 'Data-loss guard: compared with HEAD 0123456');
    assert.match(statusText({ state: 'base', commit: '0123456789abcdef', analysis: 'syntax-error' }), /syntax error/);
    assert.match(statusText({ state: 'no-base', reason: 'the file is not committed: untracked or new' }), /not committed/);
  });
});
