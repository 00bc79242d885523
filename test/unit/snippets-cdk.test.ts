/**
 * Proof of the CDK snippets: they cover the database services, and our linter (with the imports)
 * reports no error or warning, in auto and in production mode. That each compiles with tsc and
 * synthesizes is an integration test (test/integration/snippets-cdk-synth.test.ts).
 */
import { strict as assert } from 'node:assert';
import { CONTEXT_TYPES, contextNeeds } from '../snippets/cdk-app';
import { filled, lintProblems, loadSnippets } from '../snippets/harness';

const FILE = 'snippets/cdk.code-snippets';

describe('snippets: CDK TypeScript', function () {
  this.timeout(170_000);
  const snippets = loadSnippets(FILE);

  it('covers the database services with L2 constructs where aws-cdk-lib has them', () => {
    const text = snippets.map((s) => s.body.join('\n')).join('\n');
    for (const c of ['rds.DatabaseInstance(', 'rds.DatabaseCluster(', 'rds.DatabaseProxy(', 'rds.DatabaseInstanceReadReplica(', 'dynamodb.TableV2(', 'docdb.DatabaseCluster(', 'opensearch.Domain(', 'dax.CfnCluster(', 'elasticache.CfnReplicationGroup(', 'elasticache.CfnCacheCluster(', 'memorydb.CfnCluster(', 'neptune.CfnDBCluster(', 'cassandra.CfnTable(', 'timestream.CfnInfluxDBInstance(', 'dms.CfnReplicationInstance(', 'dsql.CfnCluster(', 'redshift.CfnCluster(', 'rds.CfnGlobalCluster(']) {
      assert.ok(text.includes(c), `no snippet uses ${c}`);
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
