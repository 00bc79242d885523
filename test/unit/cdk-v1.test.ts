/** CDK v1 apps (`@aws-cdk/aws-rds`, end of support 2023-06-01): one information saying they are not analysed, nothing else. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import { analyze } from '../../src/core/engine';
import { diagnosticsOf } from '../../src/vscode/diagnostic-list';

const V1 = `import * as cdk from '@aws-cdk/core';
import * as rds from '@aws-cdk/aws-rds';
import * as ec2 from "@aws-cdk/aws-ec2";

export class DbStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc');
    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc,
      storageEncrypted: false,
      publiclyAccessible: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
  }
}
`;

describe('CDK v1 apps', () => {
  it('one information on the first v1 import (the package name), that says v1 is not analysed and past end of support; no other finding', () => {
    const a = analyze(V1, { fileName: 'lib/db-stack.ts' });
    assert.equal(a.kind, 'cdk');
    assert.deepEqual(a.findings, []);
    assert.equal(a.problems.length, 1);
    const p = a.problems[0];
    assert.equal(p.severity, 'info');
    assert.equal(V1.slice(p.span.start, p.span.end), '@aws-cdk/core');
    assert.match(p.message, /CDK v1 \(@aws-cdk\/core\) is not analysed/);
    assert.match(p.message, /end of support on 2023-06-01/);
    assert.match(p.message, /https:\/\/docs\.aws\.amazon\.com\/cdk\/v2\/guide\/migrating-v2\.html/);
    // The editor shows it as information under ADB000.
    const d = diagnosticsOf({ id: 1, kind: a.kind, findings: [], problems: a.problems, internalErrors: [] } as never);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['ADB000', 'info']]);
  });

  it('require() and a named import are v1 too; v2 apps with alpha packages and v2 files are read as before', () => {
    const req = "const rds = require('@aws-cdk/aws-rds');\nnew rds.DatabaseInstance(this, 'Db', { storageEncrypted: false });\n";
    const r = analyze(req, { fileName: 'x.ts' });
    assert.equal(r.problems.length, 1);
    assert.equal(req.slice(r.problems[0].span.start, r.problems[0].span.end), '@aws-cdk/aws-rds');
    const alpha = "import * as neptune from '@aws-cdk/aws-neptune-alpha';\nexport const x = 1;\n";
    assert.equal(analyze(alpha, { fileName: 'x.ts' }).kind, 'none');
    const v2 = "import * as rds from 'aws-cdk-lib/aws-rds';\nimport { Construct } from 'constructs';\n";
    assert.ok(analyze(v2, { fileName: 'x.ts' }).problems.every((p) => !p.notAnalysed));
    // Not TypeScript: not a CDK file.
    assert.equal(analyze(V1, { fileName: 'x.py' }).kind, 'none');
  });

  it('the CLI prints the information and counts the file as not analysed (exit 0)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cdkv1-'));
    try {
      const f = path.join(dir, 'db-stack.ts');
      fs.writeFileSync(f, V1);
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['lint', f], (s) => out.push(s), (s) => err.push(s));
      const text = out.join('\n') + err.join('\n');
      assert.equal(code, 0, err.join('\n'));
      assert.match(text, /db-stack\.ts:1:23: info ADB000 CDK v1 \(@aws-cdk\/core\) is not analysed/);
      assert.match(text, /1 file\(s\), 0 analysed: 0 error\(s\), 0 warning\(s\), 1 info\./);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
