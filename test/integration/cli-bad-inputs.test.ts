/**
 * Integration: every bad input the CLI can be handed, run as users run it (`node dist/cli.js`, a process of its
 * own): each ends within 10 s (a generous bound: this checks that it ends, not its speed) with an
 * exit code of at most 2 and one clear message, on stderr or as the file's one finding. Run
 * `npm run compile` first (dist/ is what is tested).
 */
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const LIMIT_MS = 10_000;

interface Case {
  name: string;
  /** Arguments after `node <cli>`; `{dir}` is the case's temporary folder. */
  args: string[];
  code: number;
  /** Where the one message is: stderr, or the one finding line of the report. */
  stderr?: RegExp;
  finding?: RegExp;
  /** On stderr (the tool could not analyse it) or as the file's one finding (a bounded reader says why). */
  either?: RegExp;
  /** Prepares the folder before the run. */
  setup?: (dir: string) => void;
  /** Standard input. */
  input?: string;
  /** A usage error: the message is the first line, the usage follows. */
  usage?: boolean;
  /** The CLI to run, when not dist/cli.js (an install folder). */
  cli?: (dir: string) => string;
  spawn?: SpawnSyncOptions;
}

const write = (dir: string, name: string, text: string | Buffer) => fs.writeFileSync(path.join(dir, name), text);
const DB = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 40\n';

/** An install folder: dist/ copied without data/ (and without the files named in `without`). */
function install(dir: string, without: string[] = []): string {
  const dist = path.join(dir, 'app', 'dist');
  fs.mkdirSync(dist, { recursive: true });
  for (const f of fs.readdirSync(DIST)) if (f.endsWith('.js') && !without.includes(f)) fs.copyFileSync(path.join(DIST, f), path.join(dist, f));
  // The data files beside dist/, but for those `without` names (data/<folder>): one thing missing at a time.
  const data = path.join(DIST, '..', 'data');
  for (const f of fs.readdirSync(data)) if (!without.includes(`data/${f}`)) fs.cpSync(path.join(data, f), path.join(dir, 'app', 'data', f), { recursive: true });
  return path.join(dist, 'cli.js');
}

/** Root reads any file: the no-permission case runs as `nobody` then. */
const asNobody: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const CASES: Case[] = [
  { name: 'lint: a FIFO', args: ['lint', '{dir}/pipe.yaml'], code: 2, stderr: /pipe\.yaml: a FIFO \(named pipe\), not a regular file: not read$/, setup: (d) => spawnSync('mkfifo', [path.join(d, 'pipe.yaml')]) },
  { name: 'diagram: a FIFO', args: ['diagram', '{dir}/pipe.yaml'], code: 2, stderr: /pipe\.yaml: a FIFO \(named pipe\), not a regular file: not read$/, setup: (d) => spawnSync('mkfifo', [path.join(d, 'pipe.yaml')]) },
  { name: 'lint: a character device (/dev/zero)', args: ['lint', '/dev/zero'], code: 2, stderr: /\/dev\/zero: a character device, not a regular file: not read$/ },
  { name: 'diagram: a character device (/dev/zero)', args: ['diagram', '/dev/zero'], code: 2, stderr: /\/dev\/zero: a character device, not a regular file: not read$/ },
  {
    name: 'lint: a folder with a symbolic link back to itself', args: ['lint', '{dir}/tree'], code: 0, stderr: /tree\/sub\/up: skipped: a symbolic link loop/,
    setup: (d) => {
      fs.mkdirSync(path.join(d, 'tree', 'sub'), { recursive: true });
      fs.symlinkSync('..', path.join(d, 'tree', 'sub', 'up'));
    },
  },
  {
    name: 'lint: a symbolic link cycle named on the command line', args: ['lint', '{dir}/a.yaml'], code: 2, stderr: /a\.yaml: too many levels of symbolic links \(a symbolic link loop\)$/,
    setup: (d) => {
      fs.symlinkSync('b.yaml', path.join(d, 'a.yaml'));
      fs.symlinkSync('a.yaml', path.join(d, 'b.yaml'));
    },
  },
  {
    name: 'lint: no read permission', args: ['lint', '{dir}/locked.yaml'], code: 2, stderr: /locked\.yaml: permission denied \(no read permission\)$/, spawn: asNobody,
    setup: (d) => {
      write(d, 'locked.yaml', DB);
      fs.chmodSync(path.join(d, 'locked.yaml'), 0o000);
      fs.chmodSync(d, 0o755);
    },
  },
  { name: 'lint: 20 MB of YAML', args: ['lint', '{dir}/big.yaml'], code: 0, finding: /big\.yaml:1:1: info ADB000 file is 20\.0 MB, above the 5\.0 MB limit: not analysed/, setup: (d) => write(d, 'big.yaml', 'a: ' + 'x'.repeat(20 * 1024 * 1024 - 4) + '\n') },
  { name: 'lint: a binary file', args: ['lint', '{dir}/bin.yaml'], code: 0, finding: /bin\.yaml:1:1: info ADB000 binary file: not analysed/, setup: (d) => write(d, 'bin.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff, 0])) },
  {
    name: 'lint: a YAML alias bomb', args: ['lint', '{dir}/bomb.yaml'], code: 1, finding: /bomb\.yaml:\d+:\d+: error ADB000 .*alias bomb/,
    setup: (d) => {
      const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      lines.push('Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Tags: *j');
      write(d, 'bomb.yaml', lines.join('\n') + '\n');
    },
  },
  { name: 'lint: JSON nested 10,000 deep', args: ['lint', '{dir}/deep.json'], code: -1, either: /deep\.json(:\d+:\d+: error ADB000 .*nest|: could not analyse this file)/i, setup: (d) => write(d, 'deep.json', '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"Db":' + '{"a":'.repeat(10000) + '1' + '}'.repeat(10000) + '}}') },
  { name: 'lint: shell $( nested 1,700 deep', args: ['lint', '{dir}/deep.sh'], code: -1, either: /deep\.sh(:\d+:\d+: (error|warning) ADB000 .*nest|: could not analyse this file)/i, setup: (d) => write(d, 'deep.sh', 'echo ' + '$('.repeat(1700) + 'x' + ')'.repeat(1700) + '\n') },
  {
    name: 'lint: CDK nested 800 deep', args: ['lint', '{dir}/deep.ts'], code: -1, either: /deep\.ts(:\d+:\d+: (error ADB000 .*nest|\w+ ADB\d{3} .*[Pp]ublic)|: could not analyse this file)/,
    setup: (d) => write(d, 'deep.ts', "import * as rds from 'aws-cdk-lib/aws-rds';\nconst x = " + '['.repeat(800) + "new rds.DatabaseInstance(this, 'Db', { publiclyAccessible: true })" + ']'.repeat(800) + ';\n'),
  },
  {
    name: 'lint: the AWS CLI model is missing (an install folder without data/aws-cli-model/)', args: ['lint', '{dir}/s.sh'], code: 2,
    stderr: /^aws-db-architect: The AWS CLI model \(data\/aws-cli-model\/index\.json\) is missing \(looked in .*\/app\/data\/aws-cli-model.*\): ADB100–ADB111 \(the AWS CLI command checks\), AWS CLI completion and AWS CLI hover are off\.$/,
    setup: (d) => write(d, 's.sh', 'aws rds describe-db-instancez\n'), cli: (d) => install(d, ['data/aws-cli-model']),
  },
  {
    name: 'lint: the TypeScript bundle is missing (an install folder without dist/typescript.js)', args: ['lint', '{dir}/stack.ts'], code: 2,
    stderr: /^aws-db-architect: CDK analysis is off: the TypeScript compiler bundle \(dist\/typescript\.js\) could not be loaded \(Cannot find module '\.\/typescript\.js'\)/,
    setup: (d) => write(d, 'stack.ts', "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { publiclyAccessible: true });\n"), cli: (d) => install(d, ['typescript.js']),
  },
  {
    // Too many resources to draw one by one: a summary by type, and a note saying so (issue 18).
    name: 'diagram: a template too large to draw resource by resource', args: ['diagram', '{dir}/huge.yaml'], code: 0, stderr: /huge\.yaml: Summary by resource type: 2,101 resources are more than are drawn one by one \(100\)\..*--focus LOGICAL_ID/,
    setup: (d) => {
      const lines = ['Resources:', '  Cluster:', '    Type: AWS::RDS::DBCluster'];
      for (let i = 0; i < 2100; i++) lines.push(`  Db${i}:`, '    Type: AWS::RDS::DBInstance', '    Properties:', '      DBClusterIdentifier: !Ref Cluster');
      write(d, 'huge.yaml', lines.join('\n') + '\n');
    },
  },
  { name: 'lint -: standard input', args: ['lint', '-'], input: DB, code: 1, finding: /^-:6:30: error ADB001 BackupRetentionPeriod 40/ },
  { name: 'lint -- : a path that starts with a dash', args: ['lint', '--', '{dir}/-dash.sh'], code: 0, setup: (d) => write(d, '-dash.sh', 'echo hello\n') },
  { name: 'lint: an unknown option points to --', args: ['lint', '-dash.sh'], code: 2, usage: true, stderr: /unknown option -dash\.sh \(a path that starts with a dash goes after --\)/ },
];

describe('CLI: bad inputs end quickly with a clear message', function () {
  this.timeout(LIMIT_MS * 3);
  let base: string;
  before(() => {
    assert.ok(fs.existsSync(path.join(DIST, 'cli.js')), 'dist/cli.js is missing: run npm run compile');
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-bad-cli-'));
    fs.chmodSync(base, 0o755);
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  for (const c of CASES) {
    it(c.name, () => {
      const dir = fs.mkdtempSync(path.join(base, 'case-'));
      fs.chmodSync(dir, 0o755);
      c.setup?.(dir);
      const cli = c.cli ? c.cli(dir) : path.join(DIST, 'cli.js');
      const args = c.args.map((a) => a.replace('{dir}', dir));
      const started = Date.now();
      const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGKILL', input: c.input ?? '', cwd: dir, maxBuffer: 64 << 20, ...c.spawn });
      const ms = Date.now() - started;
      assert.equal(r.signal, null, `did not end within ${LIMIT_MS / 1000} s (killed)`);
      assert.ok(ms < LIMIT_MS, `took ${ms} ms`);
      const stdout = String(r.stdout);
      const stderr = String(r.stderr).split('\n').filter(Boolean);
      if (c.code >= 0) assert.equal(r.status, c.code, `exit ${r.status}\n${stdout}\n${stderr.join('\n')}`);
      else assert.ok(r.status === 1 || r.status === 2, `exit ${r.status}\n${stdout}\n${stderr.join('\n')}`);
      assert.doesNotMatch(stdout + stderr.join('\n'), /\n\s+at /, 'no stack trace');
      const findings = args[0] === 'lint' ? stdout.split('\n').filter((l) => /: (error|warning|info) ADB\d{3} /.test(l)) : [];
      if (c.either) {
        const messages = [...stderr, ...findings.filter((l) => / ADB000 /.test(l))];
        // Read after all (a finding on what it says), or one message on why not.
        if (messages.length === 0) assert.ok(findings.some((l) => c.either!.test(l)), stdout);
        else {
          assert.equal(messages.length, 1, `one message:\n${stdout}\n${stderr.join('\n')}`);
          assert.match(messages[0], c.either);
        }
      } else if (c.stderr) {
        if (c.usage) assert.match(stderr[1], /^usage: /);
        else assert.equal(stderr.length, 1, `one message on stderr:\n${stderr.join('\n')}`);
        assert.match(stderr[0], c.stderr);
        assert.deepEqual(findings, [], 'and no finding');
      } else if (c.finding) {
        assert.deepEqual(stderr, [], 'nothing on stderr');
        assert.ok(findings.filter((l) => / ADB000 /.test(l)).length <= 1, `at most one ADB000:\n${stdout}`);
        assert.ok(findings.some((l) => c.finding!.test(l)), stdout);
      } else {
        assert.deepEqual(stderr, []);
      }
    });
  }
});
