/** The data-loss guard (ADB140–ADB144): an edited file against its base version. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import { replacementSummary } from '../../src/core/dataloss';
import { readDocument } from '../../src/core/engine';
import { hoverAt } from '../../src/core/hover';
import { dedent } from './helpers';
import { prng } from './parse-yaml-gen';

const GUARD = ['ADB140', 'ADB141', 'ADB142', 'ADB143', 'ADB144'];

/** The guard's findings of `next` against `base`: `ID text-at-the-finding`. */
function guard(base: string, next: string, fileName = 'template.yaml', baseName?: string): string[] {
  const a = analyze(next, { fileName, only: GUARD, base: { text: base, fileName: baseName } });
  assert.deepEqual(a.internalErrors, []);
  assert.equal(a.base?.status, 'compared', `base not compared: ${a.base?.status}`);
  return a.findings.map((f) => `${f.ruleId} ${next.slice(f.span.start, f.span.end)}`);
}

function messages(base: string, next: string, fileName = 'template.yaml'): string[] {
  return analyze(next, { fileName, only: GUARD, base: { text: base } }).findings.map((f) => `${f.ruleId} ${f.message}`);
}

const RDS = dedent(`
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
        Engine: postgres
        EngineVersion: '16.3'
        DBInstanceClass: db.t3.micro
        AllocatedStorage: 20
        BackupRetentionPeriod: 7
        MultiAZ: false
        StorageEncrypted: false
        DBName: !Ref DbName
        Port: 5432
        MasterUsername: admin
        ManageMasterUserPassword: true
        Tags:
          - Key: team
            Value: a
`);

const edit = (from: string, to: string, text = RDS) => {
  assert.ok(text.includes(from), `test text has ${from}`);
  return text.replace(from, to);
};

describe('data-loss guard: replacing properties (CloudFormation)', () => {
  it('ADB140 on the changed value of a replacing property, without UpdateReplacePolicy', () => {
    assert.deepEqual(guard(RDS, edit('StorageEncrypted: false', 'StorageEncrypted: true')), ['ADB140 true']);
    assert.deepEqual(guard(RDS, edit('Port: 5432', 'Port: 3306')), ['ADB140 3306']);
    assert.deepEqual(guard(RDS, edit('MasterUsername: admin', 'MasterUsername: root')), ['ADB140 root']);
    const [m] = messages(RDS, edit('StorageEncrypted: false', 'StorageEncrypted: true'));
    assert.match(m, /^ADB140 Changing StorageEncrypted from false to true replaces DB instance Db: CloudFormation creates a new, empty DB instance and deletes the old one with its automated backups; no UpdateReplacePolicy/);
  });

  it('added or removed replacing property: on the new value, or on the logical ID when removed', () => {
    assert.deepEqual(guard(RDS, edit('      Port: 5432\n', '      Port: 5432\n      KmsKeyId: alias/db\n')), ['ADB140 alias/db']);
    assert.deepEqual(guard(RDS, edit('      Port: 5432\n', '')), ['ADB140 Db']);
    assert.match(messages(RDS, edit('      Port: 5432\n', ''))[0], /^ADB140 Removing Port replaces DB instance Db/);
  });

  it('ADB141 (warning) when UpdateReplacePolicy keeps a snapshot or the old database, naming the policy', () => {
    const withPolicy = edit('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    UpdateReplacePolicy: Snapshot\n');
    assert.deepEqual(guard(withPolicy, edit('Port: 5432', 'Port: 3306', withPolicy)), ['ADB141 3306']);
    assert.match(messages(withPolicy, edit('Port: 5432', 'Port: 3306', withPolicy))[0], /UpdateReplacePolicy: Snapshot keeps a final snapshot/);
    const retain = edit('Snapshot', 'Retain', withPolicy);
    assert.match(messages(retain, edit('Port: 5432', 'Port: 3306', retain))[0], /^ADB141 .*UpdateReplacePolicy: Retain keeps the old one, outside the stack/);
  });

  it('an Aurora cluster that gets an explicit StorageEncrypted: false is replaced (it never had the property)', () => {
    const base = dedent(`
      Resources:
        Cluster:
          Type: AWS::RDS::DBCluster
          Properties:
            Engine: aurora-postgresql
            MasterUsername: admin
    `);
    const next = base.replace('      Engine: aurora-postgresql\n', '      Engine: aurora-postgresql\n      StorageEncrypted: false\n');
    assert.deepEqual(guard(base, next), ['ADB140 false']);
    assert.match(messages(base, next)[0], /^ADB140 Adding StorageEncrypted \(false\) replaces DB cluster Cluster/);
  });

  it('DocumentDB EngineVersion, DynamoDB KeySchema and TableName replace', () => {
    const docdb = dedent(`
      Resources:
        Docs:
          Type: AWS::DocDB::DBCluster
          Properties:
            EngineVersion: '4.0.0'
            MasterUsername: admin
    `);
    assert.deepEqual(guard(docdb, docdb.replace("'4.0.0'", "'5.0.0'")), ["ADB140 '5.0.0'"]);
    const table = dedent(`
      Resources:
        Orders:
          Type: AWS::DynamoDB::Table
          DeletionPolicy: Retain
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
    const keys = guard(table, table.replace('        - AttributeName: pk\n          KeyType: HASH', '        - AttributeName: id\n          KeyType: HASH'));
    assert.deepEqual(keys.map((k) => k.split(' ')[0]), ['ADB140']);
    assert.deepEqual(guard(table, table.replace('TableName: orders', 'TableName: orders-v2')), ['ADB140 orders-v2']);
  });

  it('no finding for in-place updates: AllocatedStorage up, BackupRetentionPeriod, MultiAZ, EngineVersion minor, tags, a new property that does not replace', () => {
    let next = edit('AllocatedStorage: 20', 'AllocatedStorage: 50');
    next = edit('BackupRetentionPeriod: 7', 'BackupRetentionPeriod: 14', next);
    next = edit('MultiAZ: false', 'MultiAZ: true', next);
    next = edit("EngineVersion: '16.3'", "EngineVersion: '16.4'", next);
    next = edit('Value: a', 'Value: b', next);
    next = edit('      Port: 5432\n', '      Port: 5432\n      DeletionProtection: true\n      EnablePerformanceInsights: true\n', next);
    assert.deepEqual(guard(RDS, next), []);
  });

  it('no finding for reformatting, reordered keys, comments, or YAML converted to JSON', () => {
    const reordered = edit('      Port: 5432\n      MasterUsername: admin\n', '      MasterUsername: admin   # the owner\n      Port: "5432"\n');
    assert.deepEqual(guard(RDS, `# a comment\n${reordered}`), []);
    const json = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { DbName: { Type: 'String', Default: 'orders' }, Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        Db: {
          Type: 'AWS::RDS::DBInstance',
          Properties: {
            StorageEncrypted: false, Engine: 'postgres', EngineVersion: '16.3', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, BackupRetentionPeriod: 7,
            MultiAZ: false, DBName: { Ref: 'DbName' }, Port: 5432, MasterUsername: 'admin', ManageMasterUserPassword: true, Tags: [{ Key: 'team', Value: 'a' }],
          },
        },
      },
    }, null, 2);
    assert.deepEqual(guard(RDS, json, 'template.json', 'template.yaml'), []);
    assert.deepEqual(guard(RDS, json.replace('"Port": 5432', '"Port": 3306'), 'template.json', 'template.yaml'), ['ADB140 3306']);
  });
});

describe('data-loss guard: values that cannot be known', () => {
  it('a Ref to a parameter whose Default did not change: no finding; a changed Default: may replace', () => {
    assert.deepEqual(guard(RDS, edit('Port: 5432', 'Port: 5432 ')), []);
    const changed = edit('    Default: orders\n', '    Default: sales\n');
    assert.deepEqual(guard(RDS, changed), ['ADB142 !Ref DbName']);
    assert.match(messages(RDS, changed)[0], /now defaults to "sales" \(was "orders"\)/);
    // The literal replaced by a parameter defaulting to it: the same value.
    const base = edit('DBName: !Ref DbName', 'DBName: orders');
    assert.deepEqual(guard(base, RDS), []);
  });

  it('Fn::If: "may replace" only when a branch replaces, naming the branch', () => {
    const iffy = edit('StorageEncrypted: false', 'StorageEncrypted: !If [IsProd, true, false]');
    assert.deepEqual(guard(RDS, iffy), ['ADB142 !If [IsProd, true, false]']);
    assert.match(messages(RDS, iffy)[0], /it takes true when condition IsProd is true/);
    assert.deepEqual(guard(iffy, iffy.replace('# none', '')), [], 'unchanged Fn::If: no finding');
    assert.deepEqual(guard(RDS, edit('StorageEncrypted: false', 'StorageEncrypted: !If [IsProd, false, false]')), [], 'no branch changes it');
  });

  it('a new value that cannot be known (GetAtt) may replace; an unchanged one does not', () => {
    const withKey = edit('      Port: 5432\n', '      Port: 5432\n      KmsKeyId: !GetAtt KeyA.Arn\n');
    assert.deepEqual(guard(withKey, withKey.replace('KeyA.Arn', 'KeyB.Arn')), ['ADB142 !GetAtt KeyB.Arn']);
    assert.deepEqual(guard(withKey, withKey), []);
  });
});

describe('data-loss guard: conditional replacements (documented conditions only)', () => {
  const RG = dedent(`
    Resources:
      Cache:
        Type: AWS::ElastiCache::ReplicationGroup
        Properties:
          ReplicationGroupDescription: cache
          Engine: valkey
          NumNodeGroups: 2
          TransitEncryptionEnabled: true
  `);
  it('ElastiCache: adding an AuthToken replaces, changing it does not', () => {
    const added = RG.replace('TransitEncryptionEnabled: true\n', 'TransitEncryptionEnabled: true\n      AuthToken: a-long-enough-token\n');
    assert.deepEqual(guard(RG, added), ['ADB140 a-long-enough-token']);
    assert.deepEqual(guard(added, added.replace('a-long-enough-token', 'another-long-token')), []);
  });
  it('NumNodeGroups replaces unless UpdatePolicy UseOnlineResharding is true', () => {
    assert.deepEqual(guard(RG, RG.replace('NumNodeGroups: 2', 'NumNodeGroups: 3')), ['ADB140 3']);
    const online = RG.replace('    Properties:\n', '    UpdatePolicy:\n      UseOnlineResharding: true\n    Properties:\n');
    assert.deepEqual(guard(online, online.replace('NumNodeGroups: 2', 'NumNodeGroups: 3')), []);
  });
  it('OpenSearch EngineVersion replaces unless UpdatePolicy EnableVersionUpgrade is true', () => {
    const os = dedent(`
      Resources:
        Search:
          Type: AWS::OpenSearchService::Domain
          Properties:
            EngineVersion: OpenSearch_2.11
    `);
    assert.deepEqual(guard(os, os.replace('2.11', '2.13')), ['ADB140 OpenSearch_2.13']);
    const upgrade = os.replace('    Properties:\n', '    UpdatePolicy:\n      EnableVersionUpgrade: true\n    Properties:\n');
    assert.deepEqual(guard(upgrade, upgrade.replace('2.11', '2.13')), []);
  });
  it('RDS conditional properties without a documented condition (Engine, AvailabilityZone) give none; DBSnapshotIdentifier removed replaces', () => {
    assert.deepEqual(guard(RDS, edit('Engine: postgres', 'Engine: postgres\n      AvailabilityZone: us-east-1a')), []);
    const snap = edit('      Port: 5432\n', '      Port: 5432\n      DBSnapshotIdentifier: snap-1\n');
    assert.deepEqual(guard(snap, snap.replace('      DBSnapshotIdentifier: snap-1\n', '')), ['ADB140 Db']);
    assert.match(messages(snap, snap.replace('snap-1', 'snap-2'))[0], /restores a new DB instance from that snapshot/);
  });
});

describe('data-loss guard: removed and renamed resources', () => {
  const TABLE = dedent(`
    Resources:
      Orders:
        Type: AWS::DynamoDB::Table
        Properties:
          BillingMode: PAY_PER_REQUEST
          AttributeDefinitions:
            - AttributeName: pk
              AttributeType: S
          KeySchema:
            - AttributeName: pk
              KeyType: HASH
      Topic:
        Type: AWS::SNS::Topic
  `);
  it('ADB143 when a database is removed without DeletionPolicy, on the Resources key', () => {
    const next = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n';
    assert.deepEqual(guard(TABLE, next), ['ADB143 Resources']);
    assert.match(messages(TABLE, next)[0], /^ADB143 The DynamoDB table Orders was removed: CloudFormation deletes the deployed DynamoDB table, and its data is lost/);
  });
  it('ADB144 when DeletionPolicy keeps it (Retain; an RDS DB instance\'s default Snapshot)', () => {
    const retained = TABLE.replace('    Type: AWS::DynamoDB::Table\n', '    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n');
    assert.deepEqual(guard(retained, 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n'), ['ADB144 Resources']);
    assert.match(messages(RDS, 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n')[0], /^ADB144 .*default DeletionPolicy for it \(Snapshot\)/);
  });
  it('a renamed logical ID is a deletion with a fix that restores the old ID', () => {
    const next = TABLE.replace('  Orders:', '  OrdersTable:');
    assert.deepEqual(guard(TABLE, next), ['ADB143 OrdersTable']);
    const a = analyze(next, { fileName: 'template.yaml', only: ['ADB143'], base: { text: TABLE } });
    const fix = a.findings[0].fixes.find((f) => f.title.startsWith('Restore the logical ID Orders'));
    assert.ok(fix?.preferred);
    assert.equal(applyFix(next, fix!), TABLE);
    // A rename with other settings changed too is a removal plus a new resource.
    const other = next.replace('AttributeName: pk\n          AttributeType: S', 'AttributeName: id\n          AttributeType: N').replace('AttributeName: pk\n          KeyType', 'AttributeName: id\n          KeyType').replace('PAY_PER_REQUEST', 'PROVISIONED');
    assert.deepEqual(guard(TABLE, other), ['ADB143 Resources']);
  });
  it('a renamed ID that something else references gets no fix (the references would dangle)', () => {
    const next = TABLE.replace('  Orders:', '  OrdersTable:') + 'Outputs:\n  Name:\n    Value: !Ref OrdersTable\n';
    const a = analyze(next, { fileName: 'template.yaml', only: ['ADB143'], base: { text: TABLE } });
    assert.equal(a.findings.length, 1);
    assert.ok(!a.findings[0].fixes.some((f) => f.title.startsWith('Restore')));
  });
  it('Aurora member instances come and go without a finding', () => {
    const base = dedent(`
      Resources:
        Reader:
          Type: AWS::RDS::DBInstance
          Properties:
            DBClusterIdentifier: !Ref Cluster
            Engine: aurora-postgresql
            DBInstanceClass: db.r6g.large
    `);
    assert.deepEqual(guard(base, 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n'), []);
  });
  it('suppressible like every rule (Metadata on the resource)', () => {
    const next = edit('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    Metadata:\n      aws-db-architect:\n        ignore: [ADB140]\n').replace('Port: 5432', 'Port: 3306');
    assert.deepEqual(guard(RDS, next), []);
  });
});

describe('data-loss guard: CDK', () => {
  const IMPORTS = "import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\nimport * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n";
  const STACK = IMPORTS + dedent(`
    export class DbStack extends cdk.Stack {
      constructor(scope: cdk.App, id: string) {
        super(scope, id);
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
  const cdkGuard = (next: string) => guard(STACK, next, 'lib/db-stack.ts');
  it('a changed construct id is a deletion (table: the CDK default RETAIN keeps it), with a fix', () => {
    const next = STACK.replace("'Orders'", "'OrdersTable'");
    assert.deepEqual(cdkGuard(next), ["ADB144 'OrdersTable'"]);
    const a = analyze(next, { fileName: 'lib/db-stack.ts', only: ['ADB144'], base: { text: STACK } });
    assert.match(a.findings[0].message, /The construct id changed from 'Orders' to 'OrdersTable'/);
    assert.equal(applyFix(next, a.findings[0].fixes.find((f) => f.title.startsWith('Restore'))!), STACK);
  });
  it('a moved construct (new scope) changes its logical ID; DESTROY loses the data', () => {
    const next = STACK.replace("new rds.DatabaseInstance(this, 'Db'", "new rds.DatabaseInstance(nested, 'Db'");
    assert.deepEqual(cdkGuard(next), ["ADB143 'Db'"]);
  });
  it('changed props that map to replacing properties; removalPolicy counts', () => {
    assert.deepEqual(cdkGuard(STACK.replace('storageEncrypted: false', 'storageEncrypted: true')), ['ADB140 true']);
    assert.deepEqual(cdkGuard(STACK.replace("name: 'pk'", "name: 'id'")).map((s) => s.split(' ')[0]), ['ADB141'], 'partitionKey: KeySchema; the table keeps RETAIN');
    const snap = STACK.replace('cdk.RemovalPolicy.DESTROY', 'cdk.RemovalPolicy.SNAPSHOT');
    assert.deepEqual(guard(snap, snap.replace('storageEncrypted: false', 'storageEncrypted: true'), 'lib/db-stack.ts'), ['ADB141 true']);
  });
  it('no finding for the user name of L2 credentials (the template holds a secret reference, not the name)', () => {
    const withCreds = STACK.replace('storageEncrypted: false,', "storageEncrypted: false,\n      credentials: rds.Credentials.fromGeneratedSecret('admin'),");
    assert.deepEqual(guard(withCreds, withCreds.replace("'admin'", "'root'"), 'lib/db-stack.ts'), []);
  });

  it('no finding for an unchanged stack, a comment, or a non-replacing prop', () => {
    assert.deepEqual(cdkGuard(STACK), []);
    assert.deepEqual(cdkGuard(STACK.replace('engine,', 'engine, // the engine\n      multiAz: true,')), []);
  });
});

describe('data-loss guard: half-typed text', () => {
  it('a file with a syntax error is not compared (its recovery could drop resources), and says so', () => {
    const broken = RDS.replace('  Db:\n', '  Db:\n   bad: [\n');
    const a = analyze(broken, { fileName: 'template.yaml', only: GUARD, base: { text: RDS } });
    assert.equal(a.base?.status, 'syntax-error');
    assert.deepEqual(a.findings, []);
    const b = analyze(RDS, { fileName: 'template.yaml', only: GUARD, base: { text: broken } });
    assert.equal(b.base?.status, 'unreadable');
  });
});

describe('data-loss guard: our own quick fixes', () => {
  it('a fix that changes a replacing property of a deployed database says so and is not preferred', () => {
    const a = analyze(RDS, { fileName: 'template.yaml', only: ['ADB004'], base: { text: RDS } });
    const fix = a.findings[0]?.fixes.find((f) => f.title.startsWith('Set StorageEncrypted'));
    assert.ok(fix, 'ADB004 offers its fix');
    assert.equal(fix!.title, 'Set StorageEncrypted to true (replaces the deployed database)');
    assert.ok(!fix!.preferred);
    const fresh = analyze(RDS, { fileName: 'template.yaml', only: ['ADB004'] });
    const plain = fresh.findings[0].fixes.find((f) => f.title.startsWith('Set StorageEncrypted'));
    assert.equal(plain?.title, 'Set StorageEncrypted to true');
    assert.ok(plain?.preferred);
  });
});

describe('hovers say what a change of a property does', () => {
  it('a replacing property, a documented conditional one, and none for an in-place one (template and CDK)', () => {
    const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Port: 5432\n      AllocatedStorage: 20\n      DBSnapshotIdentifier: snap\n';
    assert.match(hoverAt(t, t.indexOf('Port') + 1, 't.yaml') ?? '', /Changing it replaces the DB instance.*UpdateReplacePolicy/s);
    assert.match(hoverAt(t, t.indexOf('DBSnapshotIdentifier') + 1, 't.yaml') ?? '', /A change can replace the DB instance\*\*: on a different or a removed DBSnapshotIdentifier/);
    assert.doesNotMatch(hoverAt(t, t.indexOf('AllocatedStorage') + 1, 't.yaml') ?? '', /replace the DB instance/);
    const c = "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nnew dynamodb.Table(this, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, tableName: 'orders' });\n";
    assert.match(hoverAt(c, c.indexOf('tableName') + 2, 'stack.ts') ?? '', /Changing it replaces the DynamoDB table/);
  });
});

describe('replacementSummary (the CodeLens)', () => {
  it('lists the replacing properties (written first) and whether the data survives', () => {
    const doc = readDocument(RDS, 'template.yaml')!;
    const [s] = replacementSummary(doc);
    assert.equal(s.logicalId, 'Db');
    assert.equal(s.range.start.line, RDS.split('\n').findIndex((l) => l.startsWith('  Db:')));
    assert.deepEqual(s.replacingProperties.slice(0, 4), ['DBName', 'MasterUsername', 'Port', 'StorageEncrypted']);
    assert.ok(s.replacingProperties.includes('KmsKeyId'));
    assert.equal(s.dataKeptOnReplace, false);
    assert.equal(s.policy, undefined);
    assert.ok(s.conditionalProperties.some((c) => c.name === 'DBSnapshotIdentifier' && c.url.startsWith('https://docs.aws.amazon.com/')));
    const kept = replacementSummary(readDocument(edit('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    UpdateReplacePolicy: Snapshot\n'), 'template.yaml')!)[0];
    assert.equal(kept.dataKeptOnReplace, true);
    assert.equal(kept.policy, 'Snapshot');
  });
});

describe('data-loss guard: robustness', () => {
  it('never throws and reports no internal error on 250 random edits (lines dropped, duplicated, moved, characters changed)', () => {
    const rand = prng(14);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const texts: [string, string][] = [[RDS, 'template.yaml'], [RDS.replace('Port: 5432', 'Port: !If [IsProd, 5432, !Ref AWS::NoValue]'), 'template.yaml']];
    for (let i = 0; i < 250; i++) {
      const [base, name] = pick(texts);
      const lines = base.split('\n');
      const k = Math.floor(rand() * lines.length);
      const op = Math.floor(rand() * 4);
      if (op === 0) lines.splice(k, 1);
      else if (op === 1) lines.splice(k, 0, lines[k]);
      else if (op === 2) lines.splice(Math.floor(rand() * lines.length), 0, ...lines.splice(k, 1));
      else lines[k] = lines[k].slice(0, Math.floor(rand() * lines[k].length)) + pick(['x', ':', '!', ' ', '-', '[', '1']) + lines[k].slice(Math.floor(rand() * lines[k].length));
      const next = lines.join('\n');
      for (const [a, b] of [[base, next], [next, base]]) {
        const r = analyze(b, { fileName: name, only: GUARD, base: { text: a } });
        assert.deepEqual(r.internalErrors, [], `edit ${i}:\n${b}`);
      }
    }
  });
});

describe('data-loss guard: CDK constructs that leave the file or their class', () => {
  const head = "import * as cdk from 'aws-cdk-lib';\nimport * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n";
  const table = "new dynamodb.Table(this, 'Orders', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, removalPolicy: cdk.RemovalPolicy.DESTROY });";
  const base = `${head}export class A extends cdk.Stack {\n  constructor(s: cdk.App) {\n    super(s, 'A');\n    ${table}\n  }\n}\n`;
  it('a construct removed from the file: deleted unless another file creates it with the same path (said so)', () => {
    const next = `${head}export class A extends cdk.Stack {\n  constructor(s: cdk.App) {\n    super(s, 'A');\n  }\n}\n`;
    const m = messages(base, next, 'lib/a.ts');
    assert.equal(m.length, 1);
    assert.match(m[0], /^ADB143 The construct Table 'Orders' \(DynamoDB table\) was removed from this file: unless another file now creates it in the same scope with the same id, CloudFormation deletes/);
  });
  it('a construct moved to another class is a move (its logical ID changes), not a removal', () => {
    const next = `${head}export class A extends cdk.Stack {\n  constructor(s: cdk.App) {\n    super(s, 'A');\n  }\n}\nexport class B extends cdk.Stack {\n  constructor(s: cdk.App) {\n    super(s, 'B');\n    ${table}\n  }\n}\n`;
    const m = messages(base, next, 'lib/a.ts');
    assert.equal(m.length, 1);
    assert.match(m[0], /^ADB143 The construct 'Orders' moved from A \(scope this\) to B \(scope this\)/);
  });
});
