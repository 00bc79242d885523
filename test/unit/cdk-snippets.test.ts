/**
 * The CDK snippet completion (src/core/forms/cdk/snippets.ts): each snippet's body follows the
 * file's imports and the items add only the missing imports, in the file's quote and semicolon
 * style, after the last import; a name the snippet expects (`vpc`) that is not in scope becomes a
 * tab stop to fill. That the results compile against aws-cdk-lib with no unused or missing import
 * is test/integration/snippets-cdk-imports.test.ts.
 */
import { strict as assert } from 'node:assert';
import ts from 'typescript';
import { cdkSnippetCompletions, snippetWord } from '../../src/core/forms/cdk/snippets';
import { accept, CDK_SNIPPETS as SNIPPETS } from '../snippets/cdk-fit';

const head = (s: string, lines: number) => s.split('\n').slice(0, lines).join('\n');

describe('CDK snippets: fitted to the file\'s imports', () => {
  it('a file with no import: the three modules the snippet uses, at the top, as cdk init writes them; vpc becomes a tab stop to fill', () => {
    const { item, result, inserted } = accept('|');
    assert.deepEqual(item.edits, [{ offset: 0, text: "import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n\n" }]);
    assert.equal(head(result, 4), "import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n");
    assert.match(inserted, /^const database = new rds\.DatabaseInstance\(this, 'Database', \{$/m);
    assert.match(inserted, /removalPolicy: cdk\.RemovalPolicy\.SNAPSHOT,/);
    // No `vpc` in scope: a placeholder that is a tab stop and does not compile until filled.
    assert.match(item.body, /vpc: \$\{6:\/\* your VPC \*\/\},/);
    assert.deepEqual(item.unfilled, ['vpc']);
    const syntax = ts.transpileModule(result, { reportDiagnostics: true }).diagnostics ?? [];
    assert.ok(syntax.some((d) => /Expression expected/.test(ts.flattenDiagnosticMessageText(d.messageText, '\n'))), 'the unfilled VPC placeholder compiles');
  });

  it('import * as rds / * as cdk: reused; only ec2 is added, after the last import', () => {
    const file = "import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nimport { Construct } from 'constructs';\n\nexport class S extends cdk.Stack {\n  constructor(scope: Construct, id: string, vpc: any) {\n    super(scope, id);\n    |\n  }\n}\n";
    const { item, inserted } = accept(file);
    assert.deepEqual(item.edits, [{ offset: file.indexOf('\n\nexport') + 1, text: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n" }]);
    assert.match(inserted, /new rds\.DatabaseInstance/);
    // `vpc` is a parameter in scope: the tab stop keeps it.
    assert.match(item.body, /vpc: \$\{6:vpc\},/);
    assert.deepEqual(item.unfilled, []);
  });

  it('a different alias (import * as r): the body says r.', () => {
    const { item, inserted } = accept("import * as r from 'aws-cdk-lib/aws-rds';\nimport * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n|");
    assert.deepEqual(item.edits, []);
    assert.match(inserted, /new r\.DatabaseInstance\(/);
    assert.match(inserted, /engine: r\.DatabaseInstanceEngine\.mysql\(\{ version: r\.MysqlEngineVersion\.VER_8_4_5 \}\)/);
    assert.doesNotMatch(inserted, /\brds\./);
  });

  it('import { aws_rds as rds } from aws-cdk-lib: the missing modules join that list, and Duration/RemovalPolicy by name', () => {
    const file = "import { aws_rds as rds } from 'aws-cdk-lib';\n|";
    const { item, inserted } = accept(file);
    assert.deepEqual(item.edits, [{ offset: file.indexOf(' }'), text: ', aws_ec2 as ec2, Duration, RemovalPolicy' }]);
    assert.match(inserted, /backupRetention: Duration\.days\(7\),/);
    assert.match(inserted, /removalPolicy: RemovalPolicy\.SNAPSHOT,/);
    assert.match(inserted, /ec2\.InstanceType\.of/);
  });

  it('import { aws_rds } from aws-cdk-lib (no alias): the body says aws_rds. and ec2 joins as aws_ec2', () => {
    const { item, inserted } = accept("import { aws_rds } from 'aws-cdk-lib';\n|");
    assert.deepEqual(item.edits.map((e) => e.text), [', aws_ec2, Duration, RemovalPolicy']);
    assert.match(inserted, /new aws_rds\.DatabaseInstance\(/);
    assert.match(inserted, /aws_ec2\.InstanceType\.of\(aws_ec2\.InstanceClass\.R6G, aws_ec2\.InstanceSize\.LARGE\)/);
    assert.doesNotMatch(inserted, /\b(rds|ec2|cdk)\./);
  });

  it('a multi-line list of modules (the adb-cdk-imports style): one specifier a line, trailing comma kept', () => {
    const file = "import * as cdk from 'aws-cdk-lib';\nimport {\n  aws_ec2 as ec2,\n  aws_s3 as s3,\n} from 'aws-cdk-lib';\n|";
    const { item } = accept(file);
    assert.deepEqual(item.edits, [{ offset: file.indexOf('s3,') + 3, text: '\n  aws_rds as rds,' }]);
    const noComma = "import {\n  aws_ec2 as ec2\n} from 'aws-cdk-lib'\n|";
    const r = accept(noComma);
    assert.deepEqual(r.item.edits, [{ offset: noComma.indexOf('ec2\n') + 3, text: ',\n  aws_rds as rds,\n  Duration,\n  RemovalPolicy' }]);
  });

  it('named imports of the module (import { DatabaseCluster } from aws-rds): the body uses the names; the missing ones join that import', () => {
    const file = "import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';\nimport { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n|";
    const { item, inserted } = accept(file, 'adb-cdk-aurora-cluster');
    assert.deepEqual(item.edits, [{ offset: file.indexOf(" } from 'aws-cdk-lib/aws-rds'"), text: ', DatabaseClusterEngine, AuroraPostgresEngineVersion, ClusterInstance, Credentials' }]);
    assert.match(inserted, /new DatabaseCluster\(this, 'AuroraCluster', \{/);
    assert.match(inserted, /writer: ClusterInstance\.provisioned\('writer'/);
    assert.match(inserted, /retention: Duration\.days\(7\)/);
    assert.match(inserted, /ec2\.SubnetType\.PRIVATE_WITH_EGRESS/);
    assert.doesNotMatch(inserted, /\b(rds|cdk)\./);
  });

  it('a name the module would bring is already taken in the file: the namespace is imported instead', () => {
    const file = "import { DatabaseCluster } from 'aws-cdk-lib/aws-rds';\nimport * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst Credentials = 1;\n|";
    const { item, inserted } = accept(file, 'adb-cdk-aurora-cluster');
    assert.deepEqual(item.added, ["import * as rds from 'aws-cdk-lib/aws-rds';"]);
    assert.match(inserted, /rds\.Credentials\.fromGeneratedSecret/);
  });

  it('import * as cdk versus import { Duration, RemovalPolicy } from aws-cdk-lib', () => {
    const ns = accept("import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n|");
    assert.deepEqual(ns.item.edits, []);
    assert.match(ns.inserted, /cdk\.Duration\.days\(7\)/);
    const named = accept("import { Duration, RemovalPolicy as RP } from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n|");
    assert.deepEqual(named.item.edits, []);
    assert.match(named.inserted, /backupRetention: Duration\.days\(7\),/);
    assert.match(named.inserted, /removalPolicy: RP\.SNAPSHOT,/);
    const some = accept("import { Duration, Stack } from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n|");
    assert.deepEqual(some.item.edits.map((e) => e.text), [', RemovalPolicy']);
  });

  it('CommonJS require and import = require: reused, and new modules are required the same way', () => {
    const file = "const cdk = require('aws-cdk-lib');\nconst { aws_rds: rds } = require('aws-cdk-lib');\n|";
    const { item, inserted } = accept(file);
    assert.deepEqual(item.edits, [{ offset: file.indexOf(' }'), text: ', aws_ec2: ec2' }]);
    assert.match(inserted, /new rds\.DatabaseInstance/);
    const plain = "const cdk = require('aws-cdk-lib');\n\n|";
    assert.deepEqual(accept(plain).item.edits, [{ offset: plain.indexOf('\n') + 1, text: "const ec2 = require('aws-cdk-lib/aws-ec2');\nconst rds = require('aws-cdk-lib/aws-rds');\n" }]);
    const eq = accept("import cdk = require('aws-cdk-lib');\nimport rds = require('aws-cdk-lib/aws-rds');\n|");
    assert.deepEqual(eq.item.added, ["import ec2 = require('aws-cdk-lib/aws-ec2');"]);
  });

  it('the file\'s quote and semicolon style: double quotes, no semicolons; a type-only import binds nothing', () => {
    const file = 'import { Stack } from "aws-cdk-lib"\nimport type { IVpc } from "aws-cdk-lib/aws-ec2"\n\nexport class S extends Stack {\n  constructor(scope: any, vpc: IVpc) {\n    super(scope, "S")\n    |\n  }\n}\n';
    const { item } = accept(file);
    assert.deepEqual(item.edits, [
      { offset: file.indexOf(' } from "aws-cdk-lib"'), text: ', Duration, RemovalPolicy' },
      { offset: file.indexOf('\n\nexport') + 1, text: 'import * as ec2 from "aws-cdk-lib/aws-ec2"\nimport * as rds from "aws-cdk-lib/aws-rds"\n' },
    ]);
    // No import: the file's strings and statements tell the style.
    const bare = accept('const name = "x"\n|');
    assert.equal(bare.item.edits[0].text.split('\n')[0], 'import * as cdk from "aws-cdk-lib"');
  });

  it('after a shebang; the last import line keeps its trailing comment', () => {
    const shebang = accept('#!/usr/bin/env node\n|');
    assert.equal(shebang.item.edits[0].offset, '#!/usr/bin/env node\n'.length);
    const file = "import * as cdk from 'aws-cdk-lib'; // the core\n|";
    assert.deepEqual(accept(file).item.edits[0], { offset: file.indexOf('\n') + 1, text: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n" });
  });

  it('a module name inside a string is not a module (\'dax.amazonaws.com\'); iam and dax are imported, dynamodb is not', () => {
    const { item } = accept("import * as cdk from 'aws-cdk-lib';\n|", 'adb-cdk-dax-cluster');
    assert.deepEqual(item.edits.map((e) => e.text), ["import * as dax from 'aws-cdk-lib/aws-dax';\nimport * as iam from 'aws-cdk-lib/aws-iam';\n"]);
    assert.match(item.body, /new iam\.ServicePrincipal\('dax\.amazonaws\.com'\)/);
  });
});

describe('CDK snippets: the names they expect (vpc, database, cluster, table)', () => {
  const stack = (params: string, extra = '') => `import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n${extra}\nexport class S extends cdk.Stack {\n  constructor(${params}) {\n    super(scope, id);\n    |\n  }\n}\n`;

  it('a local declared before the offset keeps the default; one declared after it does not count', () => {
    assert.match(accept(stack('scope: any, id: string').replace('    |', '    const vpc = new ec2.Vpc(this, "V");\n    |')).item.body, /vpc: \$\{6:vpc\},/);
    assert.match(accept(stack('scope: any, id: string').replace('    |', '    |\n    const vpc = new ec2.Vpc(this, "V");')).item.body, /vpc: \$\{6:\/\* your VPC \*\/\},/);
  });

  it('not in scope: the names that look like it are offered as choices (this.vpc, props.vpc, sharedVpc)', () => {
    const props = accept(stack('scope: any, id: string, props: Props', 'interface Props extends cdk.StackProps { vpc: ec2.IVpc; other?: ec2.IVpc }'));
    assert.match(props.item.body, /vpc: \$\{6\|props\.vpc\|\},/);
    const member = accept(stack('scope: any, id: string, private readonly sharedVpc: ec2.IVpc').replace('export class S extends cdk.Stack {', 'export class S extends cdk.Stack {\n  readonly vpc: ec2.IVpc;'));
    assert.match(member.item.body, /vpc: \$\{6\|this\.vpc,sharedVpc,this\.sharedVpc\|\},/);
    // A mirrored occurrence follows the first one's choice.
    const influx = accept(stack('scope: any, id: string, appVpc: ec2.IVpc'), 'adb-cdk-timestream-influxdb');
    assert.match(influx.item.body, /\{ vpc: \$\{5\|appVpc\|\}, allowAllOutbound: false \}/);
    assert.match(influx.item.body, /vpcSubnetIds: \$5\.privateSubnets/);
    assert.match(influx.inserted, /vpcSubnetIds: appVpc\.privateSubnets/);
  });

  it('database, cluster and table the same way; names the snippet declares itself are left alone', () => {
    const proxy = accept(stack('scope: any, id: string, vpc: ec2.IVpc, ordersDatabase: rds.DatabaseInstance'), 'adb-cdk-rds-proxy');
    assert.match(proxy.inserted, /rds\.ProxyTarget\.fromInstance\(ordersDatabase\)/);
    assert.match(proxy.inserted, /secrets: \[ordersDatabase\.secret!\]/);
    const global = accept(stack('scope: any, id: string'), 'adb-cdk-aurora-global');
    assert.deepEqual(global.item.unfilled, ['cluster']);
    const cluster = accept(stack('scope: any, id: string, vpc: ec2.IVpc'), 'adb-cdk-aurora-cluster');
    assert.match(cluster.item.body, /^const \$\{1:cluster\} = new rds\.DatabaseCluster/);
    assert.deepEqual(cluster.item.unfilled, []);
  });
});

describe('CDK snippets: the completion list', () => {
  it('offers every adb-cdk- snippet but the imports one (each brings its own imports), once', () => {
    const got = cdkSnippetCompletions('adb-', 4, SNIPPETS);
    assert.ok(got);
    const prefixes = got.items.map((i) => i.prefix);
    assert.deepEqual(prefixes, SNIPPETS.map((s) => s.prefix).filter((p) => p !== 'adb-cdk-imports'));
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.ok(prefixes.length >= 20);
  });

  it('only where the text typed can start a prefix', () => {
    assert.deepEqual(snippetWord('  adb-cdk-rds', 13), { start: 2, word: 'adb-cdk-rds' });
    assert.deepEqual(snippetWord('x = a', 5), { start: 4, word: 'a' });
    assert.equal(snippetWord('foo.adb', 7), undefined);
    assert.equal(snippetWord("'adb-cdk", 8), undefined);
    assert.equal(snippetWord('const total', 11), undefined);
    assert.equal(snippetWord('a - b', 5), undefined);
    assert.equal(cdkSnippetCompletions('x = ', 4, SNIPPETS), undefined);
    assert.ok(cdkSnippetCompletions('x = ', 4, SNIPPETS, true), 'Ctrl+Space on an empty word offers them');
    // `a` and `ad` while typing: nothing yet, ask again; from `adb` on (or on Ctrl+Space) the items.
    assert.deepEqual(cdkSnippetCompletions('x = ad', 6, SNIPPETS), { start: 4, items: [], incomplete: true });
    assert.ok((cdkSnippetCompletions('x = ad', 6, SNIPPETS, true)?.items.length ?? 0) > 20);
    assert.ok((cdkSnippetCompletions('x = adb', 7, SNIPPETS)?.items.length ?? 0) > 20);
  });

  it('a file that does not parse still gets the snippets (the compiler recovers)', () => {
    const got = cdkSnippetCompletions("import * as rds from 'aws-cdk-lib/aws-rds'\nclass { (((\nadb-cdk-", "import * as rds from 'aws-cdk-lib/aws-rds'\nclass { (((\nadb-cdk-".length, SNIPPETS);
    assert.ok(got?.items.find((i) => i.prefix === 'adb-cdk-rds-instance')?.body.includes('new rds.DatabaseInstance'));
  });
});
