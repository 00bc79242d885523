/**
 * Integration: the CDK snippets, filled with their defaults, each become the body of its own Stack
 * in one program that tsc type-checks against aws-cdk-lib (strict) and one node process
 * synthesizes (`new App(); ...; app.synth()`); every stack yields a template with the snippet's
 * resources. (The pure checks of the snippets are in test/unit/snippets-cdk.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, repoPath } from '../fixture';
import { cdkProgram } from '../snippets/cdk-app';
import { filled, loadSnippets } from '../snippets/harness';

const FILE = 'snippets/cdk.code-snippets';
/** CloudFormation namespace of each module alias of adb-cdk-imports. */
const NAMESPACE: Record<string, string> = {
  rds: 'RDS', dynamodb: 'DynamoDB', dax: 'DAX', elasticache: 'ElastiCache', memorydb: 'MemoryDB', docdb: 'DocDB', neptune: 'Neptune', cassandra: 'Cassandra',
  timestream: 'Timestream', opensearch: 'OpenSearchService', dms: 'DMS', dsql: 'DSQL', redshift: 'Redshift', iam: 'IAM', secretsmanager: 'SecretsManager', ec2: 'EC2',
};

describe('integration: CDK snippets compile (tsc) and synthesize (aws-cdk-lib)', function () {
  this.timeout(170_000);
  const snippets = loadSnippets(FILE);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cdk-snippets-'));
    fs.symlinkSync(repoPath('node_modules'), path.join(dir, 'node_modules'), 'dir');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every snippet compiles with tsc against aws-cdk-lib and synthesizes', () => {
    const out = path.join(dir, 'cdk.out');
    fs.writeFileSync(path.join(dir, 'app.ts'), cdkProgram(snippets, out));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, skipLibCheck: true, outDir: 'js', types: [] },
      files: ['app.ts'],
    }));
    const tsc = spawnSync(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
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
});
