import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aws-db-architect lint', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cli-'));
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageEncrypted: true\n      BackupRetentionPeriod: 40\n    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n');
    fs.writeFileSync(path.join(dir, 'good.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n    Properties:\n      Engine: mysql\n      StorageEncrypted: true\n      BackupRetentionPeriod: 7\n');
    fs.writeFileSync(path.join(dir, 'notes.yaml'), 'name: not a template\nitems: [1, 2]\n');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'x.yaml'), 'AWSTemplateFormatVersion: x\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 99\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON document with 0-based ranges on the offending value, and exits 1', async () => {
    const r = await run(['lint', path.join(dir, 'bad.yaml'), '--format', 'json']);
    assert.equal(r.code, 1);
    const doc = JSON.parse(r.out);
    assert.equal(doc.files.length, 1);
    assert.equal(doc.files[0].kind, 'cloudformation');
    const f = doc.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'ADB001');
    assert.deepEqual(f.range, { start: { line: 7, character: 29 }, end: { line: 7, character: 31 } });
    assert.equal(f.resource, 'Db');
    assert.equal(f.severity, 'error');
  });

  it('exits 0 on a clean file and walks folders, skipping node_modules', async () => {
    assert.equal((await run(['lint', path.join(dir, 'good.yaml')])).code, 0);
    const r = await run(['lint', dir, '--format', 'json']);
    const paths = JSON.parse(r.out).files.map((f: { path: string }) => path.basename(f.path)).sort();
    assert.deepEqual(paths, ['bad.yaml', 'good.yaml', 'notes.yaml']);
    assert.equal(JSON.parse(r.out).files.find((f: { path: string }) => f.path.endsWith('notes.yaml')).kind, 'none');
  });

  it('turns a rule off or changes its severity', async () => {
    assert.equal((await run(['lint', path.join(dir, 'bad.yaml'), '--rule', 'ADB001=off'])).code, 0);
    const r = await run(['lint', path.join(dir, 'bad.yaml'), '--rule', 'ADB001=info', '--format', 'json']);
    assert.equal(r.code, 0);
    const f = JSON.parse(r.out).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'ADB001');
    assert.equal(f.severity, 'info');
  });

  it('writes SARIF 2.1.0 with 1-based regions', async () => {
    const r = await run(['lint', path.join(dir, 'bad.yaml'), '--format', 'sarif']);
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const res = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'ADB001');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 8, startColumn: 30, endLine: 8, endColumn: 32 });
    assert.ok(s.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'ADB001'));
  });

  it('exits 2 on a usage error or a missing path, and still lints the rest', async () => {
    assert.equal((await run(['lint'])).code, 2);
    assert.equal((await run(['lint', 'x.yaml', '--format', 'xml'])).code, 2);
    assert.equal((await run(['lint', 'x.yaml', '--rule', 'ADB999=off'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    const r = await run(['lint', path.join(dir, 'missing.yaml'), path.join(dir, 'bad.yaml'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.yaml: no such file/);
    assert.equal(JSON.parse(r.out).files.length, 1);
  });
});

describe('bad input', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-bad-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lintOne = async (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    const r = await run(['lint', p, '--format', 'json']);
    return { ...r, file: JSON.parse(r.out).files[0] };
  };

  it('malformed YAML: a finding at the parser position, no stack trace', async () => {
    const r = await lintOne('broken.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {\n      Engine: [mysql\n');
    assert.equal(r.code, 1);
    const f = r.file.findings[0];
    assert.equal(f.ruleId, 'ADB000');
    assert.match(f.message, /^line 6: a \[ \] or \{ \} collection is not closed/);
    assert.ok(f.range.start.line >= 4, JSON.stringify(f.range));
    assert.doesNotMatch(r.out + r.err, /\n\s+at /);
  });

  it('malformed JSON: a finding at the parser position', async () => {
    const r = await lintOne('broken.json', '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Db": { "Type": "AWS::RDS::DBInstance", }\n  }\n}\n');
    assert.equal(r.file.findings[0].ruleId, 'ADB000');
    assert.match(r.file.findings[0].message, /^line 4: a property name \(in double quotes\) is expected here/);
    assert.equal(r.file.findings[0].range.start.line, 3);
  });

  it('YAML alias bomb: refused without expansion', async () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    lines.push('Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Tags: *j');
    const started = Date.now();
    const r = await lintOne('bomb.yaml', lines.join('\n') + '\n');
    assert.ok(Date.now() - started < 2000);
    assert.match(r.file.findings[0].message, /alias bomb/);
  });

  it('binary, empty and oversized files: clear messages, exit 0', async () => {
    const bin = await lintOne('x.yaml', Buffer.from([0x41, 0x00, 0x42, 0xff]));
    assert.match(bin.file.findings[0].message, /binary/);
    assert.equal(bin.code, 0);
    const empty = await lintOne('empty.yaml', '');
    assert.deepEqual(empty.file.findings, []);
    assert.equal(empty.file.kind, 'none');
    const big = await lintOne('big.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n' + '#'.repeat(20 * 1024 * 1024));
    assert.match(big.file.findings[0].message, /above the 5\.0 MB limit/);
    assert.equal(big.code, 0);
  });
});
