/**
 * Proof of the CDK snippets: filled with their defaults, each becomes the body of its own Stack in
 * one program that tsc type-checks against aws-cdk-lib (strict) and one node process synthesizes
 * (`new App(); ...; app.synth()`); every stack yields a template with the snippet's resources.
 * Our linter (with the imports) reports no error or warning, in auto and in production mode.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cdkProgram, CONTEXT_TYPES, contextNeeds } from '../snippets/cdk-app';
import { filled, lintProblems, loadSnippets } from '../snippets/harness';

const FILE = 'snippets/cdk.code-snippets';
const ROOT = path.resolve(__dirname, '../..');
/** CloudFormation namespace of each module alias of adb-cdk-imports. */
const NAMESPACE: Record<string, string> = {
  rds: 'RDS', dynamodb: 'DynamoDB', dax: 'DAX', elasticache: 'ElastiCache', memorydb: 'MemoryDB', docdb: 'DocDB', neptune: 'Neptune', cassandra: 'Cassandra',
  timestream: 'Timestream', opensearch: 'OpenSearchService', dms: 'DMS', dsql: 'DSQL', redshift: 'Redshift', iam: 'IAM', secretsmanager: 'SecretsManager', ec2: 'EC2',
};

describe('snippets: CDK TypeScript', function () {
  this.timeout(170_000);
  const snippets = loadSnippets(FILE);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cdk-snippets-'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('covers the database services with L2 constructs where aws-cdk-lib has them', () => {
    const text = snippets.map((s) => s.body.join('\n')).join('\n');
    for (const c of ['rds.DatabaseInstance(', 'rds.DatabaseCluster(', 'rds.DatabaseProxy(', 'rds.DatabaseInstanceReadReplica(', 'dynamodb.TableV2(', 'docdb.DatabaseCluster(', 'opensearch.Domain(', 'dax.CfnCluster(', 'elasticache.CfnReplicationGroup(', 'elasticache.CfnCacheCluster(', 'memorydb.CfnCluster(', 'neptune.CfnDBCluster(', 'cassandra.CfnTable(', 'timestream.CfnInfluxDBInstance(', 'dms.CfnReplicationInstance(', 'dsql.CfnCluster(', 'redshift.CfnCluster(', 'rds.CfnGlobalCluster(']) {
      assert.ok(text.includes(c), `no snippet uses ${c}`);
    }
  });

  it('every snippet compiles with tsc against aws-cdk-lib and synthesizes', () => {
    const out = path.join(dir, 'cdk.out');
    fs.writeFileSync(path.join(dir, 'app.ts'), cdkProgram(snippets, out));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, skipLibCheck: true, outDir: 'js', types: [] },
      files: ['app.ts'],
    }));
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);
    const synth = spawnSync(process.execPath, [path.join(dir, 'js/app.js')], { encoding: 'utf8', cwd: dir });
    assert.equal(synth.status, 0, `synth:\n${synth.stderr}`);
    for (const s of snippets.filter((x) => x.prefix !== 'adb-cdk-imports')) {
      const template = JSON.parse(fs.readFileSync(path.join(out, `${s.prefix}.template.json`), 'utf8')) as { Resources: Record<string, { Type: string }> };
      const types = Object.values(template.Resources).map((r) => r.Type);
      // Every construct the snippet creates shows up as a resource of its service.
      const modules = [...filled(s).matchAll(/new (\w+)\.\w+\(this/g)].map((m) => m[1]);
      assert.ok(modules.length, `${s.prefix} creates no construct`);
      for (const m of modules) assert.ok(types.some((t) => t.startsWith(`AWS::${NAMESPACE[m]}::`)), `${s.prefix}: no AWS::${NAMESPACE[m]}:: resource synthesized`);
    }
  });

  it('our linter reports no error or warning (auto and production mode)', () => {
    const imports = filled(snippets.find((s) => s.prefix === 'adb-cdk-imports')!);
    const problems: string[] = [];
    for (const s of snippets.filter((x) => x.prefix !== 'adb-cdk-imports')) {
      const body = filled(s);
      const params = ['vpc: ec2.IVpc', ...contextNeeds(body).map((v) => `${v}: ${CONTEXT_TYPES[v]}`)].join(', ');
      const text = `${imports}\n\nexport class S extends cdk.Stack {\n  constructor(scope: Construct, id: string, ${params}) {\n    super(scope, id);\n${body}\n  }\n}\n`;
      for (const mode of ['auto', 'always'] as const) for (const p of lintProblems(text, `${s.prefix}.ts`, mode)) problems.push(`${s.prefix} (${mode}): ${p}`);
    }
    assert.deepEqual(problems, []);
    // Control: the same wrapper with encryption turned off must be flagged (the CDK reader reads these files).
    const db = snippets.find((x) => x.prefix === 'adb-cdk-rds-instance')!;
    const bad = `${imports}\nexport class S extends cdk.Stack {\n  constructor(scope: Construct, id: string, vpc: ec2.IVpc) {\n    super(scope, id);\n${filled(db).replace('storageEncrypted: true', 'storageEncrypted: false')}\n  }\n}\n`;
    assert.ok(lintProblems(bad, 'control.ts', 'auto').some((p) => p.startsWith('ADB004')), 'the linter does not read the CDK snippets');
  });
});
