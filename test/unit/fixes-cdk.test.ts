/** Quick fixes in CDK TypeScript: the whole text before and after, and the finding gone on re-lint. */
import assert from 'node:assert/strict';
import { applyFix } from '../../src/core/fixes';
import { cdkWriter } from '../../src/core/forms/cdk/fix';
import { readDocument } from '../../src/core/engine';
import { analyzeAs, applyNamedFix, dedent, firesOn } from './helpers';

const FILE = 'lib/db-stack.ts';

const fix = (text: string, ruleId: string, title: RegExp, production: 'never' | 'always' = 'never') => applyNamedFix(text, FILE, ruleId, title, production);
const fires = (text: string, ruleId: string, production: 'never' | 'always' = 'never') => firesOn(text, FILE, ruleId, production);

const STACK = dedent(`
  import * as cdk from 'aws-cdk-lib';
  import * as rds from 'aws-cdk-lib/aws-rds';

  export class DbStack extends cdk.Stack {
    constructor(scope: cdk.App, id: string) {
      super(scope, id);
      new rds.DatabaseInstance(this, 'Db', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),
        vpc,
        storageType: rds.StorageType.GP2,
        backupRetention: cdk.Duration.days(40),
        publiclyAccessible: true,
        credentials: rds.Credentials.fromPassword('dbadmin', cdk.SecretValue.unsafePlainText('hunter2hunter2')),
        removalPolicy: cdk.RemovalPolicy.DESTROY,
      });
    }
  }
`);

const withLine = (from: string, to: string) => {
  assert.ok(STACK.includes(from), from);
  return STACK.replace(from, to);
};

describe('quick fixes: CDK', () => {
  it('enum member GP2 -> GP3', () => {
    const out = fix(STACK, 'ADB008', /storageType/);
    assert.equal(out, withLine('rds.StorageType.GP2', 'rds.StorageType.GP3'));
    assert.ok(!fires(out, 'ADB008'));
  });
  it('clamps Duration.days(40) to 35', () => {
    const out = fix(STACK, 'ADB001', /35/);
    assert.equal(out, withLine('cdk.Duration.days(40)', 'cdk.Duration.days(35)'));
    assert.ok(!fires(out, 'ADB001'));
  });
  it('publiclyAccessible: set false, or remove the prop line', () => {
    assert.equal(fix(STACK, 'ADB006', /Set publiclyAccessible to false/), withLine('publiclyAccessible: true', 'publiclyAccessible: false'));
    const out = fix(STACK, 'ADB006', /Remove publiclyAccessible/);
    assert.equal(out, withLine('      publiclyAccessible: true,\n', ''));
    assert.ok(!fires(out, 'ADB006'));
  });
  it('literal password -> Credentials.fromGeneratedSecret, keeping the user name', () => {
    const out = fix(STACK, 'ADB012', /generated secret/);
    assert.equal(out, withLine("rds.Credentials.fromPassword('dbadmin', cdk.SecretValue.unsafePlainText('hunter2hunter2'))", "rds.Credentials.fromGeneratedSecret('dbadmin')"));
    assert.ok(!fires(out, 'ADB012'));
  });
  it('inserts a missing prop as the last member, with the indentation and trailing comma of the file', () => {
    const out = fix(STACK, 'ADB004', /storageEncrypted/);
    assert.equal(out, withLine('      removalPolicy: cdk.RemovalPolicy.DESTROY,\n', '      removalPolicy: cdk.RemovalPolicy.DESTROY,\n      storageEncrypted: true,\n'));
    assert.ok(!fires(out, 'ADB004'));
  });
  it('inserts into a one-line props object without a trailing comma', () => {
    const t = "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nnew dynamodb.Table(this, 'T', { partitionKey: pk });\n";
    const out = fix(t, 'ADB050', /pointInTimeRecoverySpecification/);
    assert.equal(out, "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nnew dynamodb.Table(this, 'T', { partitionKey: pk, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });\n");
    assert.ok(!fires(out, 'ADB050'));
  });
  it('L1 props: camelCase names of the CloudFormation props (DAX SSE, Redis transit encryption)', () => {
    const t = dedent(`
      import * as dax from 'aws-cdk-lib/aws-dax';
      import * as elasticache from 'aws-cdk-lib/aws-elasticache';
      new dax.CfnCluster(this, 'D', {
        iamRoleArn: role,
        nodeType: 'dax.r5.large',
        replicationFactor: 3
      });
      new elasticache.CfnReplicationGroup(this, 'R', { replicationGroupDescription: 'r', engine: 'redis', atRestEncryptionEnabled: true, transitEncryptionEnabled: false });
    `);
    const sse = fix(t, 'ADB057', /sseSpecification/);
    assert.equal(sse, t.replace("  replicationFactor: 3\n", "  replicationFactor: 3,\n  sseSpecification: { sseEnabled: true }\n"));
    assert.ok(!fires(sse, 'ADB057'));
    const tls = fix(t, 'ADB060', /transitEncryptionEnabled to true/);
    assert.equal(tls, t.replace('transitEncryptionEnabled: false', 'transitEncryptionEnabled: true'));
    assert.ok(!fires(tls, 'ADB060'));
  });
  it('the CDK default gp2 (no storageType written) is fixed by adding the prop', () => {
    const t = "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', {\n  engine,\n});\n";
    const out = fix(t, 'ADB008', /storageType/);
    assert.equal(out, "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', {\n  engine,\n  storageType: rds.StorageType.GP3,\n});\n");
    assert.ok(!fires(out, 'ADB008'));
  });
  it('a Duration fix is offered only when the file has a name for Duration (never an unbound cdk.)', () => {
    const body = "new DatabaseInstance(this, 'Db', {\n  engine,\n});\n";
    const bare = "import { Stack } from 'aws-cdk-lib';\nimport { DatabaseInstance } from 'aws-cdk-lib/aws-rds';\n" + body;
    const titles = analyzeAs(bare, FILE, { production: 'always' }).findings.filter((f) => f.ruleId === 'ADB003').flatMap((f) => f.fixes.map((x) => x.title));
    assert.ok(titles.length > 0 && titles.every((x) => !/Duration/.test(x)), titles.join(', '));
    const named = bare.replace('{ Stack }', '{ Duration, Stack }');
    const out = fix(named, 'ADB003', /backupRetention/, 'always');
    assert.equal(out, named.replace('  engine,\n', '  engine,\n  backupRetention: Duration.days(7),\n'));
    assert.ok(!fires(out, 'ADB003', 'always'));
  });
  it('suppress here: a // comment above the line, merged with one already there', () => {
    const once = fix(STACK, 'ADB006', /Suppress ADB006/);
    assert.equal(once, withLine('      publiclyAccessible: true,\n', '      // aws-db-architect-ignore ADB006\n      publiclyAccessible: true,\n'));
    assert.ok(!fires(once, 'ADB006'));
    const anchor = fix(once, 'ADB004', /Suppress ADB004/);
    assert.equal(anchor, once.replace("    new rds.DatabaseInstance(this, 'Db', {\n", "    // aws-db-architect-ignore ADB004\n    new rds.DatabaseInstance(this, 'Db', {\n"));
    const merged = fix(anchor, 'ADB013', /Suppress ADB013/);
    assert.equal(merged, anchor.replace('// aws-db-architect-ignore ADB004\n', '// aws-db-architect-ignore ADB004 ADB013\n'));
    assert.ok(!fires(merged, 'ADB004') && !fires(merged, 'ADB013'));
  });
  it('removalPolicy: DESTROY -> SNAPSHOT in place, or added with an import of RemovalPolicy when the file has none', () => {
    // ADB016 is CloudFormation-only; the writer is what a CDK form of it would use.
    const edit = (t: string) => {
      const doc = readDocument(t, FILE)!;
      const edits = cdkWriter.deletionPolicy({ doc, text: t, resource: doc.resources[0] }, 'Snapshot');
      assert.ok(edits);
      return applyFix(t, { title: 'x', edits });
    };
    assert.equal(edit(STACK), withLine('cdk.RemovalPolicy.DESTROY', 'cdk.RemovalPolicy.SNAPSHOT'));
    const t = "import { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\nnew DatabaseCluster(this, 'C', {\n  engine,\n});\n";
    assert.equal(edit(t), "import { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\nimport { RemovalPolicy } from 'aws-cdk-lib';\nnew DatabaseCluster(this, 'C', {\n  engine,\n  removalPolicy: RemovalPolicy.SNAPSHOT,\n});\n");
    const doc = readDocument(edit(t), FILE)!;
    const dp = doc.resources[0].attributes.get('DeletionPolicy')!.value;
    assert.equal(dp.kind === 'scalar' ? dp.value : undefined, 'Snapshot');
  });
});
