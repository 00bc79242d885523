/**
 * Quick fixes that must never write into the wrong place (issue 16) and writers isolated from each
 * other (issue 17): whole texts before and after, the finding gone on re-lint, nothing offered
 * where no edit can be right.
 */
import assert from 'node:assert/strict';
import { analyze, type Finding } from '../../src/core/engine';
import { applyFix, editDefect } from '../../src/core/fixes';
import { yamlWriter } from '../../src/core/forms/cloudformation/fix-yaml';
import { applyNamedFix, dedent, firesOn } from './helpers';

/** The findings of a rule, asserting the file was read as `kind` and no rule or writer crashed. */
function findings(text: string, fileName: string, ruleId: string, kind: string, production: 'never' | 'always' = 'always'): Finding[] {
  const a = analyze(text, { fileName, production });
  assert.equal(a.kind, kind, `${fileName} read as ${a.kind}`);
  assert.deepEqual(a.internalErrors, []);
  const fs = a.findings.filter((f) => f.ruleId === ruleId);
  assert.ok(fs.length, `${ruleId} fires`);
  return fs;
}
const titles = (fs: Finding[]) => fs.flatMap((f) => f.fixes.map((x) => x.title));
/** Every offered fix is a well-formed edit set (start <= end, inside the text, no overlap). */
function wellFormed(text: string, fs: Finding[]): void {
  for (const x of fs.flatMap((f) => f.fixes)) assert.equal(editDefect(text, x.edits, { start: 0, end: text.length }), undefined, x.title);
}

describe('quick fixes: never into the next resource (YAML add-property)', () => {
  const NEXT = '  Other:\n    Type: AWS::S3::Bucket\n';
  const db = (last: string, after: string) => `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n${last}${after}${NEXT}`;

  it('a section-banner comment deeper than the next resource name follows the last value', () => {
    const t = db('      StorageEncrypted: true\n', '    # ---- replicas ----\n');
    const out = applyNamedFix(t, 't.yaml', 'ADB007', /Add MultiAZ: true/, 'always');
    assert.equal(out, db('      StorageEncrypted: true\n      MultiAZ: true\n', '    # ---- replicas ----\n'));
    assert.ok(!firesOn(out, 't.yaml', 'ADB007', 'always'));
  });
  it('the last value is empty, then a comment', () => {
    const t = db('      DBName:\n', '        # set per stage\n');
    const out = applyNamedFix(t, 't.yaml', 'ADB004', /Add StorageEncrypted: true/, 'always');
    assert.equal(out, db('      DBName:\n      StorageEncrypted: true\n', '        # set per stage\n'));
    assert.ok(!firesOn(out, 't.yaml', 'ADB004', 'always'));
  });
  it('the last value is a list followed by comments at three depths', () => {
    const t = db('      VPCSecurityGroups:\n        - sg-1\n', '          # a\n    # b\n# c\n');
    const out = applyNamedFix(t, 't.yaml', 'ADB015', /Add DeletionProtection: true/, 'always');
    assert.equal(out, db('      VPCSecurityGroups:\n        - sg-1\n      DeletionProtection: true\n', '          # a\n    # b\n# c\n'));
  });
  it('a value whose node takes the comment lines after it keeps its line break', () => {
    const t = db("      MasterUsername: admin\n      MasterUserPassword: 'hunter2hunter2'\n", '   # ---- note ----\n      MultiAZ: true\n');
    const out = applyNamedFix(t, 't.yaml', 'ADB012', /ManageMasterUserPassword/, 'always');
    assert.equal(out, t.replace("MasterUserPassword: 'hunter2hunter2'", 'ManageMasterUserPassword: true'));
    assert.ok(!firesOn(out, 't.yaml', 'ADB012', 'always'));
  });
});

describe('quick fixes: no final newline', () => {
  const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n  Orders:\n    Type: AWS::DynamoDB::Table';
  it('DeletionPolicy goes on its own line', () => {
    const table = findings(t, 't.yaml', 'ADB016', 'cloudformation').find((f) => f.resource === 'Orders')!;
    const mine = applyFix(t, table.fixes.find((x) => /DeletionPolicy/.test(x.title))!);
    assert.equal(mine, `${t}\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n`);
    assert.equal(analyze(mine, { fileName: 't.yaml', production: 'always' }).findings.filter((f) => f.ruleId === 'ADB016' && f.resource === 'Orders').length, 0);
  });
  it('an empty DeletionPolicy ending the file gets its value after a space', () => {
    const u = 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    DeletionPolicy:';
    const out = applyNamedFix(u, 't.yaml', 'ADB016', /DeletionPolicy/, 'always');
    assert.equal(out, 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    UpdateReplacePolicy: Snapshot\n    DeletionPolicy: Snapshot');
    assert.ok(!firesOn(out, 't.yaml', 'ADB016', 'always'));
  });
  it('Metadata suppression goes on its own line', () => {
    const f = findings(t, 't.yaml', 'ADB050', 'cloudformation')[0];
    const out = applyFix(t, f.fixes.find((x) => /Suppress ADB050 for Orders/.test(x.title))!);
    assert.equal(out, `${t}\n    Metadata:\n      aws-db-architect:\n        ignore:\n          - ADB050\n`);
    assert.ok(!firesOn(out, 't.yaml', 'ADB050', 'always'));
  });
  it('an ignore list ending the file gets the new ID on its own line', () => {
    const u = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Metadata:\n      aws-db-architect:\n        ignore:\n          - ADB016';
    const out = applyNamedFix(u, 't.yaml', 'ADB004', /Suppress ADB004/, 'always');
    assert.equal(out, `${u}\n          - ADB004\n`);
    assert.ok(!firesOn(out, 't.yaml', 'ADB004', 'always'));
  });
});

describe('quick fixes: aliases and anchors (YAML)', () => {
  const t = dedent(`
    Resources:
      Shared:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: postgres
          MasterUsername: admin
          MasterUserPassword: &pw hunter2hunter2
      Db:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: postgres
          MasterUsername: admin
          MasterUserPassword: *pw
          PubliclyAccessible: true
  `);
  it('no fix rewrites an aliased value or the anchor it points at; edits stay in order', () => {
    const fs = findings(t, 't.yaml', 'ADB012', 'cloudformation');
    wellFormed(t, fs);
    assert.ok(!titles(fs).some((x) => /ManageMasterUserPassword/.test(x)), titles(fs).join(', '));
    // Suppressing stays possible, as a comment on the finding's line (Metadata would change the anchor's resource too).
    assert.ok(titles(fs).some((x) => /^Suppress ADB012/.test(x)));
  });
  it('an aliased DeletionPolicy is not rewritten (its value is the anchor in another resource)', () => {
    const u = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: &x admin\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    DeletionPolicy: *x\n';
    const a = analyze(u, { fileName: 't.yaml', production: 'always' });
    assert.deepEqual(a.internalErrors, []);
    const fs = a.findings.filter((f) => f.ruleId === 'ADB016' && f.resource === 'Cluster');
    assert.ok(fs.length, 'ADB016 on Cluster');
    assert.ok(!titles(fs).some((x) => /DeletionPolicy/.test(x)), titles(fs).join(', '));
  });
  it('a resource whose anchor is aliased elsewhere gets no edit inside it, only a comment', () => {
    const fs = findings(t, 't.yaml', 'ADB006', 'cloudformation').filter((f) => f.resource === 'Db');
    assert.deepEqual(titles(fs).sort(), ['Remove PubliclyAccessible', 'Set PubliclyAccessible to false', 'Suppress ADB006 for Db (Metadata)']);
    const shared = findings(t, 't.yaml', 'ADB004', 'cloudformation').find((f) => f.resource === 'Shared')!;
    assert.deepEqual(shared.fixes.map((x) => x.title), ['Suppress ADB004 here (comment)']);
    const out = applyFix(t, shared.fixes[0]);
    assert.equal(out.replace(/^ *# aws-db-architect-ignore ADB004\n/m, ''), t);
    assert.equal(analyze(out, { fileName: 't.yaml', production: 'always' }).findings.filter((f) => f.ruleId === 'ADB004' && f.resource === 'Shared').length, 0);
  });
});

describe('quick fixes: Properties written as !If', () => {
  const t = dedent(`
    Conditions:
      IsProd: !Equals [!Ref AWS::AccountId, "123456789012"]
    Resources:
      Db:
        Type: AWS::RDS::DBInstance
        Properties: !If
          - IsProd
          - Engine: postgres
            MultiAZ: true
          - Engine: postgres
  `);
  it('offers no property to add at resource level', () => {
    const a = analyze(t, { fileName: 't.yaml', production: 'always' });
    const adds = a.findings.flatMap((f) => f.fixes).filter((x) => /^Add (?!DeletionPolicy)/.test(x.title));
    assert.deepEqual(adds.map((x) => x.title), []);
    // Suppressing is still offered.
    assert.ok(a.findings.length && a.findings.every((f) => f.fixes.some((x) => /^Suppress/.test(x.title))));
  });
});

describe('quick fixes: CDK props ending in a block comment', () => {
  it('offers no added prop when a block comment sits before the closing brace (the last member may already end in a comma)', () => {
    const t = "import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';\nimport { Stack } from 'aws-cdk-lib';\nexport class S extends Stack {\n  constructor() {\n    super();\n    new Table(this, 'items', {\n      partitionKey: { name: 'id', type: AttributeType.STRING },\n      /* the key, '@aws-sdk/*' */\n    });\n  }\n}\n";
    const fs = findings(t, 'stack.ts', 'ADB050', 'cdk');
    assert.ok(fs.length, 'ADB050 fires');
    assert.ok(!titles(fs).some((x) => /^Add /.test(x)), titles(fs).join(', '));
  });
});

describe('quick fixes: AWS CLI edge cases', () => {
  it('no flag appended inside an unclosed $( that a stray } does not close', () => {
    const t = 'aws rds create-db-cluster $(}--db-cluster-identifier c1 --engine aurora-mysql --master-username admin --manage-master-user-password\n';
    const fs = findings(t, 'x.sh', 'ADB003', 'aws-cli');
    assert.ok(!titles(fs).some((x) => /^Add /.test(x)), titles(fs).join(', '));
  });
  it('no flag appended after a backquote opened inside double quotes (bash reads the rest as a command substitution)', () => {
    const t = 'aws rds create-db-cluster "x`y" --db-cluster-identifier c1 --engine aurora-mysql --master-username admin --manage-master-user-password\n';
    const fs = findings(t, 'x.sh', 'ADB003', 'aws-cli');
    assert.ok(!titles(fs).some((x) => /^Add /.test(x)), titles(fs).join(', '));
  });
  it('a flag is still appended after "${NAME}" inside double quotes', () => {
    const t = 'aws rds create-db-cluster --db-cluster-identifier "${NAME}" --engine aurora-mysql --master-username admin --manage-master-user-password\n';
    const out = applyNamedFix(t, 'x.sh', 'ADB003', /^Add --backup-retention-period 7/, 'always');
    assert.equal(out, t.replace('\n', ' --backup-retention-period 7\n'));
  });
  it('a line ending in `\\ ` (an escaped blank, not a continuation): the flag goes after it and the next line is untouched', () => {
    const t = 'aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro \\ \necho done\n';
    const out = applyNamedFix(t, 'x.sh', 'ADB004', /^Add --storage-encrypted/, 'always');
    assert.equal(out, 'aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro \\  --storage-encrypted\necho done\n');
    assert.ok(!firesOn(out, 'x.sh', 'ADB004', 'always'));
  });
  it('"suppress here" above a command after a line ending in `\\ ` goes above that command, not the one before', () => {
    const t = 'echo a \\ \naws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro\n';
    const out = applyNamedFix(t, 'x.sh', 'ADB004', /^Suppress ADB004/, 'always');
    assert.equal(out, 'echo a \\ \n# aws-db-architect-ignore ADB004\naws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro\n');
  });
  it('no flag appended inside an unterminated quote', () => {
    const t = "aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro --tags 'Key=a,Value=b\n";
    const fs = findings(t, 'x.sh', 'ADB004', 'aws-cli');
    assert.ok(!titles(fs).some((x) => /^Add /.test(x)), titles(fs).join(', '));
  });
  it('no flag the operation does not take (restore-db-instance-to-point-in-time has no --enable-performance-insights)', () => {
    const t = 'aws rds restore-db-instance-to-point-in-time --source-db-instance-automated-backups-arn arn:aws:rds:us-west-2:123456789012:auto-backup:ab-x --target-db-instance-identifier b --restore-time 2020-12-08T18:45:00.000Z\n';
    // A restore takes what it does not set from its source: no "not set" finding, so no fix to offer at all.
    assert.ok(!firesOn(t, 'x.sh', 'ADB014', 'always'));
    // The same fix on create-db-instance, which takes the flag.
    const c = 'aws rds create-db-instance --db-instance-identifier b --engine postgres --db-instance-class db.r6g.large\n';
    assert.equal(applyNamedFix(c, 'x.sh', 'ADB014', /Add --enable-performance-insights/, 'always'), c.replace('\n', ' --enable-performance-insights\n'));
  });
  it('a command ending in a continuation: the flag goes before the backslash', () => {
    const t = 'aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro \\\n\necho done\n';
    const out = applyNamedFix(t, 'x.sh', 'ADB003', /--backup-retention-period 7/, 'always');
    assert.equal(out, t.replace('db.t3.micro \\', 'db.t3.micro --backup-retention-period 7 \\'));
    assert.ok(!firesOn(out, 'x.sh', 'ADB003', 'always'));
  });
  it('a finding inside a multi-line quoted value: the comment goes above the command, or is not offered', () => {
    const t = "aws dynamodb create-table \\\n  --table-name t \\\n  --key-schema AttributeName=pk,KeyType=HASH \\\n  --local-secondary-indexes '[\n    {\"IndexName\": \"i\", \"Bogus\": 1}\n  ]'\n";
    const a = analyze(t, { fileName: 'x.sh', production: 'always' });
    assert.equal(a.kind, 'aws-cli');
    assert.ok(a.findings.length);
    for (const f of a.findings) {
      for (const x of f.fixes.filter((y) => /^Suppress/.test(y.title))) assert.equal(applyFix(t, x), `# aws-db-architect-ignore ${f.ruleId}\n${t}`, `${f.ruleId}`);
    }
  });
  it('Markdown: a fence line ending in a backslash is not part of the command', () => {
    const t = '# Runbook\n\n```bash\\\naws rds create-db-cluster --db-cluster-identifier c1 --engine aurora-mysql\n```\n';
    const out = applyNamedFix(t, 'README.md', 'ADB003', /Suppress ADB003/, 'always');
    assert.equal(out, t.replace('\naws rds', '\n# aws-db-architect-ignore ADB003\naws rds'));
    assert.ok(!firesOn(out, 'README.md', 'ADB003', 'always'));
  });
  it('a flag appended before a redirection is not glued to it', () => {
    const t = 'aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro>out.json\n';
    const out = applyNamedFix(t, 'x.sh', 'ADB003', /--backup-retention-period 7/, 'always');
    assert.equal(out, 'aws rds create-db-instance --db-instance-identifier x --engine mysql --db-instance-class db.t3.micro --backup-retention-period 7 >out.json\n');
    assert.ok(!firesOn(out, 'x.sh', 'ADB003', 'always'));
  });
  it('suppressing a finding inside a continued command never puts a comment line inside it', () => {
    const t = 'aws dynamodb create-table \\\n  --table-name t \\\n  --billing-mode ON_DEMAND \\\n  --key-schema AttributeName=pk,KeyType=HASH\n';
    const a = analyze(t, { fileName: 'x.sh', production: 'always' });
    assert.equal(a.kind, 'aws-cli');
    for (const f of a.findings) {
      for (const x of f.fixes.filter((y) => /^Suppress/.test(y.title))) {
        const out = applyFix(t, x);
        assert.equal(out, `# aws-db-architect-ignore ${f.ruleId}\n${t}`, `${f.ruleId}: ${x.title}`);
      }
    }
    // The model check on --billing-mode has no resource, so no comment can silence only it: none is offered.
    const model = a.findings.filter((f) => !f.resource);
    assert.ok(model.length, 'a finding without a resource');
    for (const f of model) assert.ok(!f.fixes.some((x) => /^Suppress/.test(x.title)), f.ruleId);
  });
});

describe('quick fixes: CDK', () => {
  const head = "import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n";
  it('a prop written twice: the value that counts (the last) is set; no Remove fix with reversed edits', () => {
    const t = `${head}new rds.DatabaseInstance(stack, 'Db', {\n  engine: rds.DatabaseInstanceEngine.POSTGRES,\n  publiclyAccessible: true,\n  vpc,\n  publiclyAccessible: true,\n});\n`;
    const fs = findings(t, 'stack.ts', 'ADB006', 'cdk');
    wellFormed(t, fs);
    assert.deepEqual(titles(fs), ['Set publiclyAccessible to false', 'Suppress ADB006 here (comment)']);
    const out = applyFix(t, fs[0].fixes[0]);
    assert.equal(out, t.replace('vpc,\n  publiclyAccessible: true', 'vpc,\n  publiclyAccessible: false'));
    assert.ok(!firesOn(out, 'stack.ts', 'ADB006', 'always'));
  });
  it('a file with a syntax error gets no fix (the parser repaired it; edits could land in another construct)', () => {
    const t = `${head}new rds.DatabaseInstance(stack, 'Db', {\n  engine: rds.DatabaseInstanceEngine.POSTGRES,\n  publiclyAccessible: true,\n  vpc,\n`;
    assert.deepEqual(titles(findings(t, 'stack.ts', 'ADB006', 'cdk')), []);
    // The same construct, closed: the fixes are back.
    assert.deepEqual(titles(findings(`${t}});\n`, 'stack.ts', 'ADB006', 'cdk')), ['Set publiclyAccessible to false', 'Remove publiclyAccessible', 'Suppress ADB006 here (comment)']);
  });
});

describe('quick fixes: CloudFormation details', () => {
  it('ADB014 on a DB cluster adds PerformanceInsightsEnabled (its name on AWS::RDS::DBCluster)', () => {
    const t = 'Resources:\n  C:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: postgres\n      DBClusterInstanceClass: db.r6gd.large\n';
    const out = applyNamedFix(t, 't.yaml', 'ADB014', /PerformanceInsights/, 'always');
    assert.equal(out, `${t}      PerformanceInsightsEnabled: true\n`);
    assert.ok(!firesOn(out, 't.yaml', 'ADB014', 'always'));
  });
  it('a logical ID written twice: no fix writes into the other copy', () => {
    const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n';
    const a = analyze(t, { fileName: 't.yaml', production: 'always' });
    for (const f of a.findings) {
      const r = a.doc!.resources.find((x) => x.id === f.resource && x.span.start <= f.span.start && f.span.end <= x.span.end);
      for (const x of f.fixes) for (const e of x.edits) assert.ok(!r || (e.span.start >= t.lastIndexOf('\n', r.span.start) && e.span.end <= r.span.end + 1), `${f.ruleId} ${x.title} at ${e.span.start}`);
    }
  });
});

describe('quick fixes: a writer that throws loses only its own fix', () => {
  it('the other fixes and Suppress stay, and the error names the writer', () => {
    const t = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageType: gp2\n';
    const insert = yamlWriter.insert;
    yamlWriter.insert = () => {
      throw new Error('boom');
    };
    try {
      const a = analyze(t, { fileName: 't.yaml', production: 'always' });
      const enc = a.findings.find((f) => f.ruleId === 'ADB004')!;
      assert.deepEqual(enc.fixes.map((x) => x.title), ['Suppress ADB004 for Db (Metadata)']);
      const gp = a.findings.find((f) => f.ruleId === 'ADB008')!;
      assert.ok(gp.fixes.some((x) => x.title === 'Set StorageType to gp3'));
      assert.ok(a.internalErrors.length > 0);
      assert.ok(a.internalErrors.every((e) => e.startsWith('fix writer yaml.insert (') && e.includes('boom')), a.internalErrors[0]);
      assert.ok(a.internalErrors.some((e) => e.startsWith('fix writer yaml.insert (ADB004 on Db)')));
    } finally {
      yamlWriter.insert = insert;
    }
    assert.deepEqual(analyze(t, { fileName: 't.yaml', production: 'always' }).internalErrors, []);
  });
});
