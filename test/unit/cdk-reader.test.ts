/** The CDK reader: aws-cdk-lib constructs in the shared model, with spans in the TypeScript source and the CDK's defaults. */
import assert from 'node:assert/strict';
import { readDocument } from '../../src/core/engine';
import { getPath, type ModelDocument, type Node, type Resource } from '../../src/core/model';
import { isSynthesized } from '../../src/core/forms/cdk/info';
import { analyzeAs, dedent } from './helpers';

function read(body: string, imports = "import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n"): { doc: ModelDocument; text: string } {
  const text = imports + dedent(body);
  const doc = readDocument(text, 'lib/stack.ts');
  assert.ok(doc, 'read');
  return { doc, text };
}

/** The source text a property's value points at, and whether it is a CDK default. */
function at(text: string, r: Resource, path: string): { text: string; value: unknown; synthesized: boolean; kind: string } | undefined {
  const n: Node | undefined = getPath(r.properties, path);
  if (!n) return undefined;
  return { text: text.slice(n.start, n.end), value: n.kind === 'scalar' ? n.value : undefined, synthesized: isSynthesized(n), kind: n.kind };
}

describe('CDK reader', () => {
  it('takes only TypeScript that imports aws-cdk-lib', () => {
    assert.equal(readDocument("import * as fs from 'fs';\nnew Foo(this, 'x', {});\n", 'a.ts'), undefined);
    assert.equal(readDocument("import * as rds from 'aws-cdk-lib/aws-rds';\n", 'a.d.ts'), undefined);
    assert.equal(readDocument("import * as rds from 'aws-cdk-lib/aws-rds';\n", 'a.ts')?.kind, 'cdk');
  });

  it('translates an L2 DatabaseInstance: CloudFormation names, value spans, Duration, enums, anchor', () => {
    const { doc, text } = read(`
      new rds.DatabaseInstance(this, 'OrdersDb', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),
        storageType: rds.StorageType.IO1,
        multiAz: true,
        backupRetention: cdk.Duration.days(14),
        publiclyAccessible: false,
      });
    `);
    const r = doc.resources[0];
    assert.equal(r.type, 'AWS::RDS::DBInstance');
    assert.equal(r.id, 'OrdersDb');
    assert.equal(r.form, 'cdk');
    assert.equal(r.complete, true);
    assert.equal(text.slice(r.anchor.start, r.anchor.end), 'DatabaseInstance');
    assert.deepEqual(at(text, r, 'Engine'), { text: 'rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 })', value: 'postgres', synthesized: false, kind: 'scalar' });
    assert.equal(at(text, r, 'EngineVersion')?.value, '16.3');
    assert.deepEqual(at(text, r, 'StorageType'), { text: 'rds.StorageType.IO1', value: 'io1', synthesized: false, kind: 'scalar' });
    assert.equal(at(text, r, 'MultiAZ')?.value, true);
    assert.deepEqual(at(text, r, 'BackupRetentionPeriod'), { text: 'cdk.Duration.days(14)', value: 14, synthesized: false, kind: 'scalar' });
    assert.equal(at(text, r, 'PubliclyAccessible')?.value, false);
  });

  it('applies the CDK defaults of an absent prop at the anchor (gp2, copyTagsToSnapshot, removal policy SNAPSHOT)', () => {
    const { doc, text } = read(`
      new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.MYSQL });
    `);
    const r = doc.resources[0];
    assert.deepEqual(at(text, r, 'StorageType'), { text: 'DatabaseInstance', value: 'gp2', synthesized: true, kind: 'scalar' });
    assert.equal(at(text, r, 'CopyTagsToSnapshot')?.value, true);
    assert.equal(at(text, r, 'BackupRetentionPeriod')?.value, 1);
    assert.equal(at(text, r, 'PubliclyAccessible')?.value, false);
    assert.equal(at(text, r, 'StorageEncrypted'), undefined, 'storageEncrypted defaults to unset (false) without a key');
    assert.equal(at(text, r, 'MasterUserPassword')?.kind, 'unknown', 'generated secret');
    const dp = r.attributes.get('DeletionPolicy')!.value;
    assert.equal(dp.kind === 'scalar' ? dp.value : undefined, 'Snapshot');
  });

  it('reads every import style', () => {
    const styles = [
      "import * as rds from 'aws-cdk-lib/aws-rds';\n", "import { aws_rds as rds } from 'aws-cdk-lib';\n",
      "import * as cdk from 'aws-cdk-lib';\nconst rds = cdk.aws_rds;\n",
    ];
    for (const imp of styles.slice(0, 2)) {
      const { doc } = read("new rds.DatabaseCluster(this, 'C', { storageEncrypted: false });\n", imp);
      assert.equal(doc.resources[0]?.type, 'AWS::RDS::DBCluster', imp);
    }
    const named = read("new DatabaseCluster(this, 'C', { storageEncrypted: false });\n", "import { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\n");
    assert.equal(named.doc.resources[0]?.type, 'AWS::RDS::DBCluster');
    const dotted = read("new cdk.aws_rds.DatabaseCluster(this, 'C', { storageEncrypted: false });\n", "import * as cdk from 'aws-cdk-lib';\n");
    assert.equal(dotted.doc.resources[0]?.type, 'AWS::RDS::DBCluster');
    // A local alias is a variable: not resolved (no guessing).
    assert.equal(read("new rds.DatabaseCluster(this, 'C', {});\n", styles[2]).doc.resources.length, 0);
    // TypeScript's import-equals and CommonJS require (found in public CDK v2 apps).
    for (const imp of ["import rds = require('aws-cdk-lib/aws-rds');\n", "const rds = require('aws-cdk-lib/aws-rds');\n"]) {
      const { doc } = read("new rds.DatabaseCluster(this, 'C', { storageEncrypted: false });\n", imp);
      assert.equal(doc.resources[0]?.type, 'AWS::RDS::DBCluster', imp);
    }
    const req = read("new DatabaseCluster(this, 'C', {});\nnew Tbl(this, 'T', { partitionKey: { name: 'pk', type: AttributeType.STRING } });\n", "const { DatabaseCluster } = require('aws-cdk-lib/aws-rds');\nconst { Table: Tbl, AttributeType } = require('aws-cdk-lib/aws-dynamodb');\n");
    assert.deepEqual(req.doc.resources.map((r) => r.type), ['AWS::RDS::DBCluster', 'AWS::DynamoDB::Table']);
    const core = read("new cdk.aws_rds.DatabaseCluster(this, 'C', {});\n", "import cdk = require('aws-cdk-lib');\n");
    assert.equal(core.doc.resources[0]?.type, 'AWS::RDS::DBCluster');
    // A require of another library, or a `let` that may be reassigned, is not read.
    assert.equal(readDocument("const rds = require('./my-rds');\nnew rds.DatabaseCluster(this, 'C', {});\n", 'a.ts'), undefined);
    assert.equal(read("new rds.DatabaseCluster(this, 'C', {});\n", "import * as cdk from 'aws-cdk-lib';\nlet rds = require('aws-cdk-lib/aws-rds');\n").doc.resources.length, 0);
  });

  it('maps L1 Cfn* props generically, with the CDK\'s own spellings (multiAz -> MultiAZ, sseSpecification.sseEnabled)', () => {
    const { doc, text } = read(`
      new dax.CfnCluster(this, 'Dax', { replicationFactor: 1, sseSpecification: { sseEnabled: false }, iamRoleArn: role.roleArn });
      new rds.CfnDBInstance(this, 'L1', { multiAz: false, dbInstanceClass: 'db.r6g.large', performanceInsightsKmsKeyId: 'k' });
    `, "import * as dax from 'aws-cdk-lib/aws-dax';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n");
    const [d, l1] = doc.resources;
    assert.equal(d.type, 'AWS::DAX::Cluster');
    assert.deepEqual(at(text, d, 'SSESpecification.SSEEnabled'), { text: 'false', value: false, synthesized: false, kind: 'scalar' });
    assert.equal(at(text, d, 'IAMRoleARN')?.kind, 'unknown');
    assert.equal(l1.type, 'AWS::RDS::DBInstance');
    assert.equal(at(text, l1, 'MultiAZ')?.value, false);
    assert.equal(at(text, l1, 'DBInstanceClass')?.value, 'db.r6g.large');
    assert.equal(at(text, l1, 'PerformanceInsightsKMSKeyId')?.value, 'k');
    assert.equal(at(text, l1, 'StorageType'), undefined, 'no L2 defaults on L1 classes');
  });

  it('treats variables, calls and spreads as unknown, and a spread makes the construct partial', () => {
    const { doc } = read(`
      new rds.DatabaseInstance(this, 'A', { storageEncrypted: encrypted, backupRetention: cdk.Duration.days(days) });
      new rds.DatabaseInstance(this, 'B', { ...common, multiAz: true });
      new rds.DatabaseInstance(this, 'C', props);
    `);
    const [a, b, c] = doc.resources;
    assert.equal(getPath(a.properties, 'StorageEncrypted')?.kind, 'unknown');
    assert.equal(getPath(a.properties, 'BackupRetentionPeriod')?.kind, 'unknown');
    assert.equal(b.complete, false);
    assert.equal(getPath(b.properties, 'StorageType'), undefined, 'no default when a spread may set it');
    assert.equal(c.complete, false);
  });

  it('reads credentials: a literal password through SecretValue.unsafePlainText, a generated secret as unknown', () => {
    const { doc, text } = read(`
      new rds.DatabaseInstance(this, 'A', { credentials: rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('hunter2')) });
      new rds.DatabaseInstance(this, 'B', { credentials: rds.Credentials.fromGeneratedSecret('admin') });
    `);
    const [a, b] = doc.resources;
    assert.deepEqual(at(text, a, 'MasterUserPassword'), { text: "'hunter2'", value: 'hunter2', synthesized: false, kind: 'scalar' });
    assert.equal(at(text, a, 'MasterUsername')?.value, 'admin');
    assert.equal(at(text, b, 'MasterUserPassword')?.kind, 'unknown');
  });

  it('reads removal policies (prop and applyRemovalPolicy) and the RETAIN-implies-deletion-protection default', () => {
    const { doc, text } = read(`
      new rds.DatabaseCluster(this, 'A', { removalPolicy: cdk.RemovalPolicy.RETAIN });
      const b = new rds.CfnDBCluster(this, 'B', {});
      b.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
    `);
    const [a, b] = doc.resources;
    const pol = (r: Resource) => { const v = r.attributes.get('DeletionPolicy')!.value; return v.kind === 'scalar' ? v.value : v.kind; };
    assert.equal(pol(a), 'Retain');
    assert.equal(at(text, a, 'DeletionProtection')?.value, true);
    assert.equal(pol(b), 'Delete');
  });

  it('translates DynamoDB Table / TableV2, DocumentDB and OpenSearch L2 props and defaults', () => {
    const { doc, text } = read(`
      new dynamodb.Table(this, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, pointInTimeRecovery: true });
      new dynamodb.TableV2(this, 'G', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
      new docdb.DatabaseCluster(this, 'D', { masterUser: { username: 'u' }, instanceType: it, vpc });
      new os.Domain(this, 'S', { version: v, nodeToNodeEncryption: false, encryptionAtRest: { enabled: true } });
    `, "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nimport * as docdb from 'aws-cdk-lib/aws-docdb';\nimport * as os from 'aws-cdk-lib/aws-opensearchservice';\n");
    const [t, g, d, s] = doc.resources;
    assert.deepEqual(at(text, t, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'), { text: 'true', value: true, synthesized: false, kind: 'scalar' });
    assert.equal(at(text, t, 'BillingMode')?.value, 'PROVISIONED');
    assert.equal(at(text, t, 'ProvisionedThroughput.ReadCapacityUnits')?.value, 5);
    assert.equal(g.type, 'AWS::DynamoDB::GlobalTable');
    assert.equal(at(text, g, 'BillingMode')?.value, 'PAY_PER_REQUEST');
    assert.equal(d.type, 'AWS::DocDB::DBCluster');
    assert.deepEqual(at(text, d, 'StorageEncrypted'), { text: 'DatabaseCluster', value: true, synthesized: true, kind: 'scalar' });
    assert.equal(s.type, 'AWS::OpenSearchService::Domain');
    assert.equal(at(text, s, 'NodeToNodeEncryptionOptions.Enabled')?.value, false);
    assert.equal(at(text, s, 'EncryptionAtRestOptions.Enabled')?.value, true);
  });

  it('reads the legacy aws-elasticsearch Domain L2 as AWS::Elasticsearch::Domain (it used to be skipped without a word)', () => {
    const { doc, text } = read(`
      new es.Domain(this, 'E', { version: es.ElasticsearchVersion.V7_10, enforceHttps: true, capacity: { dataNodeInstanceType: 'r5.large.elasticsearch' } });
    `, "import * as es from 'aws-cdk-lib/aws-elasticsearch';\n");
    const [e] = doc.resources;
    assert.equal(e.type, 'AWS::Elasticsearch::Domain');
    assert.equal(at(text, e, 'ElasticsearchVersion')?.value, '7.10');
    assert.equal(at(text, e, 'DomainEndpointOptions.EnforceHTTPS')?.value, true);
    assert.equal(at(text, e, 'ElasticsearchClusterConfig.InstanceType')?.value, 'r5.large.elasticsearch');
    assert.equal(at(text, e, 'EncryptionAtRestOptions.Enabled'), undefined);
    const pol = e.attributes.get('DeletionPolicy')!.value;
    assert.equal(pol.kind === 'scalar' ? pol.value : pol.kind, 'Retain');
    // ADB076 then judges it as it judges the OpenSearch Domain: encryption at rest and node-to-node encryption unset.
    const found = analyzeAs(text, 'lib/search-stack.ts').findings.filter((f) => f.ruleId === 'ADB076').map((f) => f.message.split(' ')[0]);
    assert.deepEqual(found.sort(), ['encryptionAtRest.enabled', 'nodeToNodeEncryption']);
  });

  it('finds production hints in construct ids and tags', () => {
    const { doc } = read(`
      const app = new cdk.App();
      new DbStack(app, 'orders-prod');
      cdk.Tags.of(app).add('Environment', 'production');
      new DbStack(app, 'Orders', { stackName: 'orders-prd' });
      new DbStack(app, 'Products', { stackName: 'products-dev' });
    `);
    assert.deepEqual(doc.productionHints.map((h) => h.word), ['orders-prod', 'production', 'orders-prd']);
  });
});
