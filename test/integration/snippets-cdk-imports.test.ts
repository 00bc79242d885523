/**
 * Integration: a CDK snippet accepted in files that import aws-cdk-lib in different ways (none,
 * namespaces under other aliases, `{ aws_rds }`, names one by one, `import x = require`, double
 * quotes without semicolons) gives a file that the TypeScript compiler API type-checks against
 * aws-cdk-lib (strict, noUnusedLocals: no missing and no unused import), and on which our linter
 * reports no finding at all in production mode. (The edits themselves are test/unit/cdk-snippets.test.ts.)
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { analyze } from '../../src/core/engine';
import { repoPath } from '../fixture';
import { accept } from '../snippets/cdk-fit';

/** A file with `|` where the prefix is typed, and the snippet accepted there. */
/** `unread`: the CDK reader reads ES imports only (`import x = require` is not read as CDK, so nothing to lint). */
const CASES: { name: string; prefix: string; file: string; expect: RegExp[]; unread?: true }[] = [
  {
    name: 'constructs-only',
    prefix: 'adb-cdk-dynamodb-table',
    file: "import { Construct } from 'constructs';\n\nexport class Orders extends Construct {\n  constructor(scope: Construct, id: string) {\n    super(scope, id);\n    |\n  }\n}\n",
    expect: [/^import \* as cdk from 'aws-cdk-lib';\nimport \* as dynamodb from 'aws-cdk-lib\/aws-dynamodb';$/m],
  },
  {
    name: 'other-alias',
    prefix: 'adb-cdk-rds-instance',
    file: "import * as core from 'aws-cdk-lib';\nimport * as r from 'aws-cdk-lib/aws-rds';\nimport { Construct } from 'constructs';\n\nexport class Db extends core.Stack {\n  constructor(scope: Construct, id: string, props: { vpc: import('aws-cdk-lib/aws-ec2').IVpc }) {\n    super(scope, id);\n    |\n  }\n}\n",
    expect: [/new r\.DatabaseInstance/, /core\.RemovalPolicy\.SNAPSHOT/, /vpc: props\.vpc,/, /^import \* as ec2 from 'aws-cdk-lib\/aws-ec2';$/m],
  },
  {
    name: 'root-list',
    prefix: 'adb-cdk-aurora-cluster',
    file: "import { Stack, StackProps, aws_ec2 as ec2, aws_rds } from 'aws-cdk-lib';\nimport { Construct } from 'constructs';\n\nexport class Db extends Stack {\n  constructor(scope: Construct, id: string, props?: StackProps) {\n    super(scope, id, props);\n    const vpc = new ec2.Vpc(this, 'Vpc');\n    |\n  }\n}\n",
    expect: [/new aws_rds\.DatabaseCluster/, /^import \{ Stack, StackProps, aws_ec2 as ec2, aws_rds, Duration, RemovalPolicy \} from 'aws-cdk-lib';$/m],
  },
  {
    name: 'by-name',
    prefix: 'adb-cdk-aurora-serverless-v2',
    file: "import { App, Stack } from 'aws-cdk-lib';\nimport { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\nimport { Vpc } from 'aws-cdk-lib/aws-ec2';\n\nexport class Db extends Stack {\n  cluster?: DatabaseCluster;\n  constructor(scope: App, id: string) {\n    super(scope, id);\n    const vpc = new Vpc(this, 'Vpc');\n    |\n  }\n}\n",
    expect: [/new DatabaseCluster\(this/, /^import \{ Vpc, SubnetType \} from 'aws-cdk-lib\/aws-ec2';$/m, /^import \{ App, Stack, Duration, RemovalPolicy \} from 'aws-cdk-lib';$/m],
  },
  {
    name: 'import-equals',
    prefix: 'adb-cdk-docdb-cluster',
    file: "import cdk = require('aws-cdk-lib');\nimport ec2 = require('aws-cdk-lib/aws-ec2');\n\nexport class Docs extends cdk.Stack {\n  constructor(scope: cdk.App, id: string, readonly vpc: ec2.IVpc) {\n    super(scope, id);\n    |\n  }\n}\n",
    expect: [/^import docdb = require\('aws-cdk-lib\/aws-docdb'\);$/m, /new docdb\.DatabaseCluster/],
    unread: true,
  },
  {
    name: 'double-quotes-no-semicolons',
    prefix: 'adb-cdk-rds-proxy',
    file: 'import { Stack, StackProps } from "aws-cdk-lib"\nimport type { IVpc } from "aws-cdk-lib/aws-ec2"\nimport type { DatabaseInstance } from "aws-cdk-lib/aws-rds"\nimport { Construct } from "constructs"\n\ninterface ProxyProps extends StackProps {\n  vpc: IVpc\n  ordersDb: DatabaseInstance\n}\n\nexport class Proxy extends Stack {\n  constructor(scope: Construct, id: string, props: ProxyProps) {\n    super(scope, id, props)\n    |\n  }\n}\n',
    expect: [/^import \* as ec2 from "aws-cdk-lib\/aws-ec2"\nimport \* as rds from "aws-cdk-lib\/aws-rds"$/m, /fromInstance\(props\.ordersDb\)/, /^import \{ Stack, StackProps, Duration \} from "aws-cdk-lib"$/m],
  },
];

describe('integration: CDK snippets fitted to a file compile against aws-cdk-lib, with no unused import, and lint clean', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cdk-imports-'));
    fs.symlinkSync(repoPath('node_modules'), path.join(dir, 'node_modules'), 'dir');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every case type-checks (strict, noUnusedLocals) and our linter reports nothing in production mode', () => {
    const files: string[] = [];
    const texts = new Map<string, { text: string; unread?: true }>();
    /** The snippet's own constants (`const database = …`) are the user's to use next: their TS6133 is expected. */
    const ownLocals: string[] = [];
    for (const c of CASES) {
      const { result, inserted } = accept(c.file, c.prefix);
      for (const m of inserted.matchAll(/^const (\w+) =/gm)) ownLocals.push(`${c.name}.ts TS6133 '${m[1]}' is declared but its value is never read.`);
      for (const re of c.expect) assert.match(result, re, `${c.name}:\n${result}`);
      const file = path.join(dir, `${c.name}.ts`);
      fs.writeFileSync(file, result);
      files.push(file);
      texts.set(file, { text: result, unread: c.unread });
    }
    // Control: the same program sees an unused import and a missing one.
    const control = path.join(dir, 'control.ts');
    fs.writeFileSync(control, "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\nexport const d = cdk.Duration.days(1);\nexport const t = dynamodb.AttributeType.STRING;\n");
    const program = ts.createProgram([...files, control], {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10,
      strict: true, noUnusedLocals: true, skipLibCheck: true, noEmit: true, types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : ''} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    const controlCodes = diagnostics.filter((d) => d.startsWith('control.ts')).map((d) => /TS(\d+)/.exec(d)![1]).sort();
    assert.deepEqual(controlCodes, ['2304', '6133'], `the control is not flagged as expected: ${diagnostics.join('\n')}`);
    assert.deepEqual(diagnostics.filter((d) => !d.startsWith('control.ts') && !ownLocals.includes(d.replace(/:\d+ /, ' '))), []);
    assert.ok(ownLocals.length >= 3);
    for (const [file, { text, unread }] of texts) {
      const a = analyze(text, { fileName: path.basename(file), production: 'always' });
      assert.deepEqual([...a.internalErrors, ...a.problems.map((p) => p.message), ...a.findings.map((f) => `${f.ruleId} ${f.message}`)], [], path.basename(file));
      if (!unread) assert.ok((a.doc?.resources.length ?? 0) > 0, `${path.basename(file)}: the CDK reader read no resource`);
    }
    // Control: the linter reads these files (unencrypted storage is flagged in the aliased one).
    const aliased = texts.get(path.join(dir, 'other-alias.ts'))!.text.replace('storageEncrypted: true', 'storageEncrypted: false');
    assert.ok(analyze(aliased, { fileName: 'other-alias.ts', production: 'always' }).findings.some((f) => f.ruleId === 'ADB004'), 'the linter does not read the fitted snippet');
  });
});
