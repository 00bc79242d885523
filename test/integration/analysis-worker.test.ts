/**
 * Integration: the analysis worker's failures, with real worker threads: a worker that exits,
 * throws, hangs or reports (AnalysisClient against small stand-in worker scripts), and the real
 * dist/worker.js answering an engine crash with its stack. The file's diagnostics then say "could
 * not analyse" (test/unit/no-silence.test.ts checks that half). Run `npm run compile` first.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnalysisClient } from '../../src/vscode/analysis-client';
import { hostLog, type Channel } from '../../src/vscode/host-log';

function channel(): Channel & { lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (s) => lines.push(`error ${s}`), warn: (s) => lines.push(`warn ${s}`), info: (s) => lines.push(`info ${s}`) };
}

const OK = "{ id: m.id, kind: 'none', findings: [], problems: [], internalErrors: [] }";

/** A dist folder whose worker.js is `body` (with `parentPort` in scope). */
function workerDir(body: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-worker-'));
  fs.writeFileSync(path.join(d, 'worker.js'), `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return d;
}

describe('no silence: the analysis worker', () => {
  const dirs: string[] = [];
  const clients: AnalysisClient[] = [];
  const client = (body: string, timeoutMs?: number) => {
    const d = workerDir(body);
    dirs.push(d);
    const ch = channel();
    const c = new AnalysisClient(d, hostLog(ch), timeoutMs);
    clients.push(c);
    return { c, ch };
  };
  after(() => {
    for (const c of clients) c.dispose();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a worker that exits answers with the reason and logs why it restarts', async () => {
    const { c, ch } = client('parentPort.on("message", () => process.exit(3));');
    const r = await c.analyze('x', { fileName: 'a.yaml' });
    assert.equal(r.error, 'the analysis worker stopped (exit code 3)');
    assert.ok(ch.lines.some((l) => /^error the analysis worker stopped \(exit code 3\); it restarts on the next analysis/.test(l)), ch.lines.join('\n'));
  });

  it('a worker that throws answers with the error and logs it with its stack', async () => {
    const { c, ch } = client('parentPort.on("message", () => { throw new Error("worker boom"); });');
    const r = await c.analyze('x', { fileName: 'a.yaml' });
    assert.match(r.error ?? '', /the analysis worker crashed \(worker boom\)/);
    assert.ok(ch.lines.some((l) => /^error the analysis worker crashed; it restarts on the next analysis: worker boom\n.*worker boom/s.test(l)), ch.lines.join('\n'));
    // The next analysis starts a new worker (which crashes again here, and says so again).
    const again = await c.analyze('y', { fileName: 'b.yaml' });
    assert.match(again.error ?? '', /worker boom/);
  });

  it('an analysis that hangs times out with a message; the analyses behind it still get answers', async () => {
    const { c, ch } = client(`parentPort.on("message", (m) => { if (m.text === "hang") for (;;) {} parentPort.postMessage(${OK}); });`, 2000);
    const [hung, next] = await Promise.all([c.analyze('hang', { fileName: 'big.yaml' }), c.analyze('fine', { fileName: 'small.yaml' })]);
    assert.equal(hung.error, 'the analysis took longer than 2 s and was stopped');
    assert.equal(next.error, undefined);
    assert.ok(ch.lines.some((l) => /^error an analysis of big\.yaml took longer than/.test(l)));
  });

  it('what the core reports in the worker reaches the output channel, a once-message once', async () => {
    const { c, ch } = client(`parentPort.on("message", (m) => {
      for (let i = 0; i < 2; i++) parentPort.postMessage({ type: 'log', level: 'error', message: 'The AWS CLI model is missing', detail: 'Error: x\\n    at y', once: 'model' });
      parentPort.postMessage({ type: 'log', level: 'error', message: 'a fix failed', detail: 'Error: z' });
      parentPort.postMessage(${OK});
    });`);
    await c.analyze('x', { fileName: 'a.sh' });
    await c.analyze('x', { fileName: 'b.sh' });
    assert.equal(ch.lines.filter((l) => l.includes('The AWS CLI model is missing')).length, 1);
    assert.ok(ch.lines.includes('error analysis worker: The AWS CLI model is missing\nError: x\n    at y'), ch.lines.join('\n'));
    assert.equal(ch.lines.filter((l) => l.includes('a fix failed')).length, 2);
  });

  it('the real worker bundle: an engine crash comes back as an error with its stack', async () => {
    const dist = path.resolve(__dirname, '../../dist');
    assert.ok(fs.existsSync(path.join(dist, 'worker.js')), 'dist/worker.js is missing: run npm run compile');
    const ch = channel();
    const c = new AnalysisClient(dist, hostLog(ch));
    clients.push(c);
    // Options that make the engine throw outside any reader or rule (`only` must be a list).
    const r = await c.analyze('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n', { fileName: 't.yaml', only: 5 as unknown as string[] });
    assert.match(r.error ?? '', /^the analysis failed \(TypeError: .*includes is not a function\)$/);
    assert.match(r.errorStack ?? '', /TypeError: .*\n\s+at /);
    const clean = await c.analyze('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n', { fileName: 't.yaml' });
    assert.equal(clean.error, undefined);
    assert.ok(clean.findings.length > 0);
  });
});

