/**
 * Failures never turn into silence: each failure path (a rule that throws, a reader that throws, a
 * fix writer that throws, a missing or corrupt AWS CLI model, a missing TypeScript bundle, a
 * worker that fails) is injected, and the test checks what the user sees: the analysis result,
 * the editor's diagnostics (diagnostic-list.ts, the pure half of the editor adapter), the log
 * (the core's reporter) and the CLI's output and exit code.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import { setTypeScriptLoader } from '../../src/core/forms/cdk/typescript';
import { modelIndex, setModelSource } from '../../src/core/cli-model/model';
import { analyze } from '../../src/core/engine';
import { yamlWriter } from '../../src/core/forms/cloudformation/fix-yaml';
import { setReporter, type LogLevel, type Reporter } from '../../src/core/log';
import { readYamlFast } from '../../src/core/forms/cloudformation/yaml-fast';
import { Scanner } from '../../src/core/forms/cloudformation/yaml-scan';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/types';
import { expandPaths, lintFile } from '../../src/cli/lint';
import type { InputFs } from '../../src/cli/input';
import { diagnosticsOf, logLinesOf } from '../../src/vscode/diagnostic-list';
import type { AnalyzeResponse } from '../../src/vscode/worker-protocol';

interface Said {
  level: LogLevel;
  message: string;
  error?: unknown;
}

/** Collects what the core reports while a test runs. */
function capture(): { said: Said[]; restore: () => void } {
  const said: Said[] = [];
  const r: Reporter = { log: (level, message, error) => said.push({ level, message, error }) };
  const prev = setReporter(r);
  return { said, restore: () => setReporter(prev) };
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err };
}

const response = (a: ReturnType<typeof analyze>): AnalyzeResponse => ({ id: 1, kind: a.kind, findings: a.findings, problems: a.problems, internalErrors: a.internalErrors });

const TEMPLATE = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      BackupRetentionPeriod: 40\n      StorageType: gp2\n';
const CDK = "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { publiclyAccessible: true });\n";
const SCRIPT = 'aws rds describe-db-instancez\n';

let dir: string;
before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-silence-'))));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('no silence: a rule that throws', () => {
  let rule: Rule;
  let check: Rule['check'];
  beforeEach(() => {
    rule = RULES.find((r) => r.id === 'ADB001')!;
    check = rule.check;
    rule.check = () => {
      throw new TypeError('boom in the rule');
    };
  });
  afterEach(() => (rule.check = check));

  it('is named in the analysis with its stack; the other rules still report', () => {
    const a = analyze(TEMPLATE, { fileName: 't.yaml' });
    assert.equal(a.internalErrors.length, 1);
    assert.match(a.internalErrors[0], /^ADB001: TypeError: boom in the rule\n\s+at /);
    assert.ok(a.findings.some((f) => f.ruleId === 'ADB008'), 'other findings are kept');
  });

  it('editor: one warning at line 0 names the rule, the findings stay, the log gets the stack', () => {
    const r = response(analyze(TEMPLATE, { fileName: 't.yaml' }));
    const ds = diagnosticsOf(r);
    const named = ds.filter((d) => /ADB001/.test(d.message) && d.code === 'ADB000');
    assert.equal(named.length, 1);
    assert.equal(named[0].severity, 'warning');
    assert.deepEqual(named[0].range.start, { line: 0, character: 0 });
    assert.match(named[0].message, /rule ADB001 failed on this file.*See Output ▸ AWS DB Architect\./);
    assert.ok(ds.some((d) => d.code === 'ADB008'), 'the other findings are shown');
    const log = logLinesOf(r, '/w/t.yaml');
    assert.equal(log.length, 1);
    assert.match(log[0].message, /rule ADB001 failed on \/w\/t\.yaml: TypeError: boom in the rule/);
    assert.match(log[0].detail ?? '', /\s+at /);
  });

  it('CLI: the rule is named in an ADB000 error and the exit code is 2', async () => {
    const r = await cli(['lint', file('rule.yaml', TEMPLATE), '--format', 'json']);
    assert.equal(r.code, 2);
    const findings = JSON.parse(r.out).files[0].findings as { ruleId: string; message: string }[];
    const crash = findings.filter((f) => f.ruleId === 'ADB000');
    assert.equal(crash.length, 1);
    assert.match(crash[0].message, /rule ADB001 failed on this file \(TypeError: boom in the rule\)/);
    assert.ok(findings.some((f) => f.ruleId === 'ADB008'));
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /^aws-db-architect: .*rule\.yaml: rule ADB001 failed on this file/);
  });

  it('CLI text output: the failure on stderr only, the other findings on stdout', async () => {
    const r = await cli(['lint', file('rule2.yaml', TEMPLATE)]);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /rule2\.yaml: rule ADB001 failed on this file \(TypeError: boom in the rule\)/);
    assert.doesNotMatch(r.out, /ADB001|ADB000/);
    assert.match(r.out, /ADB008/);
    assert.match(r.out, /1 file\(s\), 0 analysed, 1 not fully analysed/);
  });
});

describe('no silence: a very large number of findings', () => {
  it('150,000 findings of one rule come through the engine and the CLI (no stack overflow from a spread)', () => {
    const rule = RULES.find((r) => r.id === 'ADB001')!;
    const check = rule.check;
    const n = 150_000;
    const text = TEMPLATE + '#' + ' '.repeat(n) + '\n';
    rule.check = (ctx) => {
      for (let i = 0; i < n; i++) ctx.report({ at: { start: i, end: i + 1 }, message: 'x' });
    };
    try {
      // The CLI's path (the engine's included): one run.
      const r = lintFile(file('many.yaml', text), { production: 'auto', rules: {}, maxBytes: 5 << 20 });
      assert.equal(r.incomplete, undefined, JSON.stringify(r.findings.filter((f) => f.ruleId === 'ADB000')));
      assert.equal(r.findings.filter((f) => f.ruleId === 'ADB001').length, n);
    } finally {
      rule.check = check;
    }
  });
});

describe('no silence: a reader that throws (the CDK reader, through a broken compiler)', () => {
  const brokenCompiler = () => ({ createSourceFile: () => { throw new Error('reader bug'); }, ScriptTarget: {}, ScriptKind: {} }) as unknown as typeof import('typescript');
  beforeEach(() => setTypeScriptLoader(brokenCompiler));
  afterEach(() => setTypeScriptLoader(undefined));

  it('is a CDK file that could not be analysed, not "not CDK"', () => {
    const a = analyze(CDK, { fileName: 'stack.ts' });
    assert.equal(a.kind, 'cdk');
    assert.equal(a.problems.length, 1);
    assert.equal(a.problems[0].code, 'internal');
    assert.match(a.problems[0].message, /the CDK reader failed \(reader bug\)/);
    assert.match(a.internalErrors[0], /^reader cdk: Error: reader bug\n\s+at /);
  });

  it('editor: one diagnostic at the top says it could not analyse the file; the log has the stack', () => {
    const r = response(analyze(CDK, { fileName: 'stack.ts' }));
    const ds = diagnosticsOf(r);
    assert.equal(ds.length, 1);
    assert.match(ds[0].message, /^AWS DB Architect could not analyse this file: the CDK reader failed \(reader bug\).*\. See Output ▸ AWS DB Architect\.$/);
    const log = logLinesOf(r, 'stack.ts');
    assert.match(log[0].message, /could not read stack\.ts: Error: reader bug/);
    assert.match(log[0].detail ?? '', /\s+at /);
  });

  it('CLI: one ADB000 error and exit 2', async () => {
    const r = await cli(['lint', file('stack.ts', CDK), '--format', 'json']);
    assert.equal(r.code, 2);
    const f = JSON.parse(r.out).files[0];
    assert.equal(f.kind, 'cdk');
    assert.equal(f.incomplete, true);
    assert.equal(f.findings.length, 1);
    assert.match(f.findings[0].message, /^could not analyse this file: the CDK reader failed \(reader bug\)/);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /stack\.ts: could not analyse this file: the CDK reader failed \(reader bug\)/);
  });

  it('deep nesting is said on the file, not an exception', () => {
    const deep = '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"X":' + '{"a":'.repeat(20000) + '1' + '}'.repeat(20000) + '}}';
    const a = analyze(deep, { fileName: 'deep.json' });
    assert.equal(a.problems.length, 1, 'the user is told');
    assert.match(a.problems[0].message, /nest|reader failed/i);
  });
});

describe('no silence: the TypeScript bundle is missing', () => {
  beforeEach(() => setTypeScriptLoader(() => {
    throw Object.assign(new Error("Cannot find module './typescript.js'"), { code: 'MODULE_NOT_FOUND' });
  }));
  afterEach(() => setTypeScriptLoader(undefined));

  it('each CDK file says CDK analysis is off; the log says it once per session', () => {
    const { said, restore } = capture();
    try {
      const a = analyze(CDK, { fileName: 'a.ts' });
      const b = analyze(CDK, { fileName: 'b.ts' });
      for (const x of [a, b]) {
        assert.equal(x.kind, 'cdk');
        assert.equal(x.problems[0].code, 'unavailable');
        assert.match(x.problems[0].message, /TypeScript compiler bundle \(dist\/typescript\.js\) could not be loaded \(Cannot find module '\.\/typescript\.js'\), so CDK files are not analysed/);
      }
      assert.equal(said.length, 1);
      assert.match(said[0].message, /^CDK analysis is off: /);
      const ds = diagnosticsOf(response(a));
      assert.equal(ds.length, 1);
      assert.match(ds[0].message, /^AWS DB Architect could not fully analyse this file: the TypeScript compiler bundle/);
    } finally {
      restore();
    }
  });

  it('CLI: the message once on stderr for two files, exit 2', async () => {
    const r = await cli(['lint', file('one.ts', CDK), file('two.ts', CDK)]);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0], /^aws-db-architect: CDK analysis is off: the TypeScript compiler bundle/);
    assert.match(r.out, /2 file\(s\), 0 analysed, 2 not fully analysed/);
  });
});

describe('no silence: a fix writer that throws', () => {
  const original = yamlWriter.setValue;
  afterEach(() => (yamlWriter.setValue = original));

  it('keeps "Suppress" and the other fixes; the failure is in the analysis and the editor logs it', () => {
    const before = analyze(TEMPLATE, { fileName: 't.yaml' }).findings.find((x) => x.ruleId === 'ADB001')!;
    assert.ok(before.fixes.some((x) => /^Set /.test(x.title)), 'the setting fix exists when the writer works');
    yamlWriter.setValue = () => {
      throw new Error('writer bug');
    };
    const a = analyze(TEMPLATE, { fileName: 't.yaml' });
    const f = a.findings.find((x) => x.ruleId === 'ADB001')!;
    assert.ok(f.fixes.some((x) => x.title === 'Suppress ADB001 for Db (Metadata)'), f.fixes.map((x) => x.title).join(', '));
    assert.ok(!f.fixes.some((x) => /^Set /.test(x.title)));
    const failed = a.internalErrors.filter((e) => /writer bug/.test(e));
    assert.ok(failed.length >= 1, a.internalErrors.join('\n'));
    const r = response(a);
    // Not a rule crash: the findings are all there, so no diagnostic; the log says it.
    assert.ok(!diagnosticsOf(r).some((d) => /failed/.test(d.message)));
    const log = logLinesOf(r, 't.yaml').filter((l) => /writer bug/.test(l.message));
    assert.ok(log.length >= 1);
    assert.match(log[0].message, /^a quick fix failed in t\.yaml, so it is not offered: fix writer yaml\.setValue \(ADB001 on Db\): Error: writer bug$/);
    assert.match(log[0].detail ?? '', /\s+at /);
  });
});

describe('no silence: the fast YAML reader fails', () => {
  it('a bug in it is logged (the yaml package still reads the file), a planned give-up is not', () => {
    const proto = Scanner.prototype as unknown as { docMarker: (i: number) => boolean };
    const docMarker = proto.docMarker;
    const { said, restore } = capture();
    try {
      assert.ok(readYamlFast('Resources:\n  A: 1\n'), 'reads when all is well');
      assert.equal(readYamlFast('a: &x 1\n? b\n: 2\n'), undefined, 'gives up on a complex key (left to the package)');
      assert.equal(said.length, 0);
      proto.docMarker = () => {
        throw new TypeError('fast reader bug');
      };
      assert.equal(readYamlFast('Resources:\n  A: 1\n'), undefined);
      assert.equal(said.length, 1);
      assert.equal(said[0].level, 'warn');
      assert.match(said[0].message, /the fast YAML reader failed \(a bug\), so the slower yaml package read the file/);
      assert.match(String(said[0].error), /fast reader bug/);
      assert.ok(analyze(TEMPLATE, { fileName: 't.yaml' }).findings.some((f) => f.ruleId === 'ADB001'), 'the analysis still answers');
    } finally {
      proto.docMarker = docMarker;
      restore();
    }
  });
});

describe('no silence: the AWS CLI model is missing or corrupt', () => {
  afterEach(() => setModelSource(undefined));

  it('missing: the script says its commands are not checked; the folders are searched once; said once', () => {
    let calls = 0;
    setModelSource(() => {
      calls++;
      return undefined;
    });
    const { said, restore } = capture();
    try {
      for (let i = 0; i < 3; i++) {
        const a = analyze(SCRIPT, { fileName: 's.sh' });
        assert.equal(a.kind, 'aws-cli');
        const p = a.problems.filter((x) => x.code === 'unavailable');
        assert.equal(p.length, 1);
        assert.match(p[0].message, /^the AWS CLI model \(data\/aws-cli-model\/index\.json\) is missing, so these AWS CLI commands are not checked: ADB100–ADB111/);
      }
      for (let i = 0; i < 5; i++) assert.equal(modelIndex(), undefined);
      assert.equal(calls, 1, 'the failure is cached: no new search on every call');
      assert.equal(said.length, 1);
      assert.match(said[0].message, /^The AWS CLI model .* is missing: ADB100–ADB111 \(the AWS CLI command checks\), AWS CLI completion and AWS CLI hover are off\.$/);
    } finally {
      restore();
    }
  });

  it('corrupt JSON and a wrong index say so', () => {
    setModelSource(() => {
      throw new SyntaxError('Unexpected token } in JSON at position 12');
    });
    const { said, restore } = capture();
    try {
      const a = analyze(SCRIPT, { fileName: 's.sh' });
      assert.match(a.problems[0].message, /data\/aws-cli-model\/index\.json cannot be read \(SyntaxError: Unexpected token/);
      setModelSource(() => ({ services: 'rds' }));
      const b = analyze(SCRIPT, { fileName: 's.sh' });
      assert.match(b.problems[0].message, /index\.json\) is corrupt/);
      assert.equal(said.length, 2);
    } finally {
      restore();
    }
  });

  it('a script without aws commands is not bothered', () => {
    setModelSource(() => undefined);
    const a = analyze('echo hello\n', { fileName: 's.sh' });
    assert.deepEqual(a.problems, []);
  });

  it('CLI: exit 2 and the message once, for two scripts', async () => {
    setModelSource(() => undefined);
    const r = await cli(['lint', file('a.sh', SCRIPT), file('b.sh', SCRIPT)]);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0], /^aws-db-architect: The AWS CLI model \(data\/aws-cli-model\/index\.json\) is missing: ADB100–ADB111/);
  });

  it('the real model loads again afterwards', () => {
    setModelSource(undefined);
    assert.ok(modelIndex()?.services.includes('rds'));
  });
});

describe('no silence: the editor side of a failed analysis', () => {
  it('an engine crash, a worker crash or a timeout shows one diagnostic at the top, never "clean"', () => {
    for (const error of ['the analysis failed (RangeError: Maximum call stack size exceeded)', 'the analysis worker stopped (exit code 1)', 'the analysis took longer than 60 s and was stopped']) {
      const r: AnalyzeResponse = { id: 1, kind: 'none', findings: [], problems: [], internalErrors: [], error, errorStack: 'RangeError: x\n    at f (a.js:1:1)' };
      const ds = diagnosticsOf(r);
      assert.equal(ds.length, 1);
      assert.deepEqual(ds[0].range.start, { line: 0, character: 0 });
      assert.equal(ds[0].message, `AWS DB Architect could not analyse this file: ${error}. See Output ▸ AWS DB Architect.`);
      const log = logLinesOf(r, 'x.yaml');
      assert.equal(log.length, 1);
      assert.equal(log[0].detail, 'RangeError: x\n    at f (a.js:1:1)');
    }
  });

  it('a clean analysis shows its findings and logs nothing', () => {
    const r = response(analyze(TEMPLATE, { fileName: 't.yaml' }));
    assert.ok(diagnosticsOf(r).every((d) => d.code !== 'ADB000'));
    assert.deepEqual(logLinesOf(r, 't.yaml'), []);
  });
});

describe('no silence: files the CLI cannot read', () => {
  const stat = fs.statSync(__filename);
  const denied = () => {
    throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
  };

  it('no read permission (injected: tests run as root): unreadable, said in words', () => {
    const io: InputFs = { ...fs, statSync: () => stat, openSync: denied };
    const r = lintFile('locked.yaml', { production: 'auto', rules: {}, maxBytes: 5 << 20 }, io);
    assert.equal(r.unreadable, 'permission denied (no read permission)');
    assert.deepEqual(r.findings, []);
  });

  it('the folder walk reports a file it cannot stat instead of skipping it', () => {
    const d = fs.mkdtempSync(path.join(dir, 'walk-'));
    fs.writeFileSync(path.join(d, 'a.yaml'), 'x: 1\n');
    fs.writeFileSync(path.join(d, 'b.yaml'), 'x: 1\n');
    const missing: string[] = [];
    const io = {
      ...fs,
      statSync: (p: string) => (p.endsWith('b.yaml') ? denied() : fs.statSync(p)),
      lstatSync: (p: string) => fs.lstatSync(p),
      readdirSync: (p: string) => fs.readdirSync(p),
      realpathSync: (p: string) => fs.realpathSync(p),
    };
    const files = expandPaths([d], (p, why) => missing.push(`${path.basename(p)}: ${why}`), undefined, io);
    assert.deepEqual(files.map((f) => path.basename(f)), ['a.yaml']);
    assert.deepEqual(missing, ['b.yaml: cannot read: permission denied (no read permission)']);
  });
});
