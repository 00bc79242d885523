/**
 * The data-loss guard on real edits: a git repository in a temporary folder with committed templates
 * and CDK stacks; each edit is written to the working tree and checked with `lint --base HEAD` (and
 * `diff OLD NEW`), then undone.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { main } from '../../src/cli';
import { REPO } from './helpers';
import { dedent } from './helpers';

const GUARD = /^ADB14[0-4]$/;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TEMPLATE = dedent(`
  AWSTemplateFormatVersion: '2010-09-09'
  Parameters:
    DbName:
      Type: String
      Default: orders
    Env:
      Type: String
      Default: dev
      AllowedValues: [dev, prod]
  Conditions:
    IsProd: !Equals [!Ref Env, prod]
  Resources:
    Db:
      Type: AWS::RDS::DBInstance
      Properties:
        DBInstanceIdentifier: orders-db
        Engine: postgres
        EngineVersion: '16.3'
        DBInstanceClass: db.t3.micro
        AllocatedStorage: 20
        BackupRetentionPeriod: 7
        MultiAZ: false
        StorageEncrypted: false
        DBSubnetGroupName: private
        DBName: !Ref DbName
        Port: 5432
        MasterUsername: admin
        ManageMasterUserPassword: true
        Tags:
          - Key: team
            Value: orders
    Cluster:
      Type: AWS::RDS::DBCluster
      Properties:
        Engine: aurora-postgresql
        MasterUsername: admin
        ManageMasterUserPassword: true
    Docs:
      Type: AWS::DocDB::DBCluster
      UpdateReplacePolicy: Snapshot
      DeletionPolicy: Snapshot
      Properties:
        EngineVersion: '4.0.0'
        MasterUsername: admin
        MasterUserPassword: '{{resolve:secretsmanager:docs}}'
    Orders:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: orders
        BillingMode: PAY_PER_REQUEST
        AttributeDefinitions:
          - AttributeName: pk
            AttributeType: S
        KeySchema:
          - AttributeName: pk
            KeyType: HASH
`);

const STACK = dedent(`
  import * as cdk from 'aws-cdk-lib';
  import * as rds from 'aws-cdk-lib/aws-rds';
  import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

  export class DataStack extends cdk.Stack {
    constructor(scope: cdk.App, id: string, props: { engine: rds.IInstanceEngine; vpc: any }) {
      super(scope, id);
      const { engine, vpc } = props;
      new dynamodb.Table(this, 'Orders', {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      });
      new rds.DatabaseInstance(this, 'Db', {
        engine,
        vpc,
        storageEncrypted: false,
        removalPolicy: cdk.RemovalPolicy.DESTROY,
      });
    }
  }
`);

/** The template as JSON (the same values), for the YAML to JSON conversion. */
const TEMPLATE_JSON = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Parameters: { DbName: { Type: 'String', Default: 'orders' }, Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  Resources: {
    Db: {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        DBInstanceIdentifier: 'orders-db', Engine: 'postgres', EngineVersion: '16.3', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, BackupRetentionPeriod: 7,
        MultiAZ: false, StorageEncrypted: false, DBSubnetGroupName: 'private', DBName: { Ref: 'DbName' }, Port: 5432, MasterUsername: 'admin', ManageMasterUserPassword: true,
        Tags: [{ Key: 'team', Value: 'orders' }],
      },
    },
    Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', MasterUsername: 'admin', ManageMasterUserPassword: true } },
    Docs: {
      Type: 'AWS::DocDB::DBCluster', UpdateReplacePolicy: 'Snapshot', DeletionPolicy: 'Snapshot',
      Properties: { EngineVersion: '4.0.0', MasterUsername: 'admin', MasterUserPassword: '{{resolve:secretsmanager:docs}}' },
    },
    Orders: {
      Type: 'AWS::DynamoDB::Table',
      Properties: { TableName: 'orders', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] },
    },
  },
}, null, 2);

describe('data-loss guard on a git repository: lint --base HEAD', function () {
  this.timeout(120000);
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const files = { 'infra/template.yaml': TEMPLATE, 'infra/db.template': TEMPLATE, 'lib/data-stack.ts': STACK };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-dataloss-'));
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    git('config', 'commit.gpgsign', 'false');
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    git('add', '.');
    git('commit', '-qm', 'deployed');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => git('checkout', '-q', '--', '.'));

  /** Writes `text` over `file`, runs lint --base HEAD on it, and returns the guard's findings as `ID text`. */
  async function check(file: string, text: string): Promise<string[]> {
    const abs = path.join(dir, file);
    fs.writeFileSync(abs, text);
    const r = await run(['lint', '--base', 'HEAD', '--format', 'json', abs]);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
    assert.equal(r.err, '');
    const doc = JSON.parse(r.out) as { files: { base?: string; findings: { ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[] };
    assert.equal(doc.files[0].base, 'compared');
    const lines = text.split('\n');
    return doc.files[0].findings.filter((f) => GUARD.test(f.ruleId)).map((f) => {
      const { start, end } = f.range;
      return `${f.ruleId} ${start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character)}`;
    });
  }
  const yaml = (from: string, to: string) => {
    assert.ok(TEMPLATE.includes(from), from);
    return TEMPLATE.replace(from, to);
  };
  const ts = (from: string, to: string) => {
    assert.ok(STACK.includes(from), from);
    return STACK.replace(from, to);
  };
  const T = 'infra/template.yaml';

  it('replacing properties of an RDS DB instance: error on the changed value', async () => {
    assert.deepEqual(await check(T, yaml('StorageEncrypted: false', 'StorageEncrypted: true')), ['ADB140 true']);
    assert.deepEqual(await check(T, yaml('DBInstanceIdentifier: orders-db', 'DBInstanceIdentifier: orders-db-2')), ['ADB140 orders-db-2']);
    assert.deepEqual(await check(T, yaml('DBSubnetGroupName: private', 'DBSubnetGroupName: isolated')), ['ADB140 isolated']);
    assert.deepEqual(await check(T, yaml('MasterUsername: admin\n      ManageMasterUserPassword: true\n      Tags', 'MasterUsername: root\n      ManageMasterUserPassword: true\n      Tags')), ['ADB140 root']);
    assert.deepEqual(await check(T, yaml('Port: 5432', 'Port: 5433')), ['ADB140 5433']);
    assert.deepEqual(await check(T, yaml('      Port: 5432\n', '      Port: 5432\n      KmsKeyId: alias/orders\n')), ['ADB140 alias/orders']);
  });

  it('Aurora cluster given an explicit StorageEncrypted: false; DocumentDB EngineVersion (kept by its Snapshot policy); DynamoDB KeySchema and TableName', async () => {
    assert.deepEqual(await check(T, yaml('      Engine: aurora-postgresql\n', '      Engine: aurora-postgresql\n      StorageEncrypted: false\n')), ['ADB140 false']);
    assert.deepEqual(await check(T, yaml("EngineVersion: '4.0.0'", "EngineVersion: '5.0.0'")), ["ADB141 '5.0.0'"]);
    assert.deepEqual(await check(T, yaml('TableName: orders', 'TableName: orders-v2')), ['ADB140 orders-v2']);
    const keys = await check(T, yaml('        - AttributeName: pk\n          KeyType: HASH', '        - AttributeName: id\n          KeyType: HASH'));
    assert.deepEqual(keys.map((k) => k.split(' ')[0]), ['ADB140']);
  });

  it('no finding for in-place updates', async () => {
    let t = yaml('AllocatedStorage: 20', 'AllocatedStorage: 100');
    t = t.replace('BackupRetentionPeriod: 7', 'BackupRetentionPeriod: 14').replace('MultiAZ: false', 'MultiAZ: true');
    t = t.replace("EngineVersion: '16.3'", "EngineVersion: '16.4'").replace('Value: orders', 'Value: sales');
    t = t.replace('      Port: 5432\n', '      Port: 5432\n      DeletionProtection: true\n      EnablePerformanceInsights: true\n');
    assert.deepEqual(await check(T, t), []);
  });

  it('no finding for reformatting, reordered keys, comments, or a YAML to JSON conversion', async () => {
    const reindented = TEMPLATE.split('\n').map((l) => l.replace(/^( +)/, '  $1')).join('\n');
    assert.deepEqual(await check(T, `# deployed by the pipeline\n${reindented}`), []);
    assert.deepEqual(await check(T, yaml('      Port: 5432\n      MasterUsername: admin\n', '      MasterUsername: admin  # owner\n      Port: "5432"\n')), []);
    assert.deepEqual(await check('infra/db.template', TEMPLATE_JSON), []);
    assert.deepEqual(await check('infra/db.template', TEMPLATE_JSON.replace('"Port": 5432', '"Port": 5433')), ['ADB140 5433']);
  });

  it('parameters and conditions: no guess on an unchanged Ref; "may replace" only where a branch replaces', async () => {
    assert.deepEqual(await check(T, yaml('DBName: !Ref DbName', 'DBName: orders')), [], 'the literal the parameter defaults to');
    assert.deepEqual(await check(T, yaml('StorageEncrypted: false', 'StorageEncrypted: !If [IsProd, true, false]')), ['ADB142 !If [IsProd, true, false]']);
    assert.deepEqual(await check(T, yaml('    Default: orders\n', '    Default: sales\n')), ['ADB142 !Ref DbName']);
  });

  it('removed and renamed databases', async () => {
    const without = TEMPLATE.slice(0, TEMPLATE.indexOf('  Orders:'));
    assert.deepEqual(await check(T, without), ['ADB143 Resources']);
    assert.deepEqual(await check(T, TEMPLATE.replace('  Orders:', '  OrdersTable:')), ['ADB143 OrdersTable']);
    const r = await run(['lint', '--base', 'HEAD', path.join(dir, T)]);
    assert.match(r.out, /OrdersTable is Orders renamed \(same type and settings\)/);
    const noDb = TEMPLATE.replace(/ {2}Db:\n[\s\S]*?(?= {2}Cluster:)/, '');
    assert.deepEqual(await check(T, noDb), ['ADB144 Resources'], 'an RDS DB instance defaults to a Snapshot on deletion');
  });

  it('CDK: a changed construct id or scope, replacing props, removalPolicy', async () => {
    const S = 'lib/data-stack.ts';
    assert.deepEqual(await check(S, ts("'Orders'", "'OrdersTable'")), ["ADB144 'OrdersTable'"], 'Table: RETAIN by default');
    assert.deepEqual(await check(S, ts("new rds.DatabaseInstance(this, 'Db'", "new rds.DatabaseInstance(this, 'Database'")), ["ADB143 'Database'"]);
    assert.deepEqual(await check(S, ts('storageEncrypted: false', 'storageEncrypted: true')), ['ADB140 true']);
    assert.deepEqual(await check(S, ts('storageEncrypted: false,\n      removalPolicy: cdk.RemovalPolicy.DESTROY', 'storageEncrypted: true,\n      removalPolicy: cdk.RemovalPolicy.SNAPSHOT')), ['ADB141 true']);
    assert.deepEqual((await check(S, ts("name: 'pk'", "name: 'id'"))).map((x) => x.split(' ')[0]), ['ADB141']);
    assert.deepEqual(await check(S, ts('engine,\n', 'engine, // same engine\n      multiAz: true,\n')), []);
  });

  it('a file new since the ref is not compared; a bad ref is an error (exit 2)', async () => {
    fs.writeFileSync(path.join(dir, 'infra/new.yaml'), TEMPLATE);
    const r = await run(['lint', '--base', 'HEAD', '--format', 'json', path.join(dir, 'infra/new.yaml')]);
    assert.ok(!JSON.parse(r.out).files[0].findings.some((f: { ruleId: string }) => GUARD.test(f.ruleId)));
    fs.rmSync(path.join(dir, 'infra/new.yaml'));
    const bad = await run(['lint', '--base', 'no-such-branch', path.join(dir, T)]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--base no-such-branch: no such commit, branch or tag/);
  });

  it('the pre-commit hook definition runs: --only keeps the guard\'s rules, exit 1 on a replacement, 0 on an in-place update', async () => {
    const hooks = YAML.parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
    const hook = hooks.find((h) => h.id === 'aws-db-architect-dataloss')!;
    const args = hook.entry.split(/\s+/).slice(hook.entry.split(/\s+/).indexOf('aws-db-architect') + 1);
    fs.writeFileSync(path.join(dir, T), yaml('Port: 5432', 'Port: 5433'));
    const r = await run([...args, path.join(dir, T)]);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual([...r.out.matchAll(/ (ADB\d{3}) /g)].map((m) => m[1]), ['ADB140']);
    fs.writeFileSync(path.join(dir, T), yaml('AllocatedStorage: 20', 'AllocatedStorage: 30'));
    assert.equal((await run([...args, path.join(dir, T)])).code, 0);
  });

  it('diff OLD NEW: only the guard\'s findings; exit 1 on a replacement, 0 on an in-place update, 2 when nothing can be compared', async () => {
    const old = path.join(dir, 'old.yaml');
    const next = path.join(dir, 'next.yaml');
    fs.writeFileSync(old, TEMPLATE);
    fs.writeFileSync(next, yaml('StorageEncrypted: false', 'StorageEncrypted: true'));
    const r = await run(['diff', old, next]);
    assert.equal(r.code, 1);
    assert.match(r.out, /next\.yaml:\d+:\d+: error ADB140 Changing StorageEncrypted from false to true replaces DB instance Db/);
    assert.ok(!/ADB0\d\d/.test(r.out), 'no other rule');
    fs.writeFileSync(next, yaml('AllocatedStorage: 20', 'AllocatedStorage: 40'));
    assert.equal((await run(['diff', old, next])).code, 0);
    fs.writeFileSync(path.join(dir, 'next.json'), TEMPLATE_JSON);
    assert.equal((await run(['diff', old, path.join(dir, 'next.json')])).code, 0, 'YAML to JSON');
    const sarif = await run(['diff', old, path.join(dir, 'infra/template.yaml'), '--format', 'sarif']);
    assert.equal(JSON.parse(sarif.out).runs[0].results.length, 0);
    fs.writeFileSync(next, 'not: a template\n');
    const none = await run(['diff', old, next]);
    assert.equal(none.code, 2);
    assert.match(none.err, /nothing compared/);
    for (const f of [old, next, path.join(dir, 'next.json')]) fs.rmSync(f);
  });
});
