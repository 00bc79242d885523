/**
 * One name per setting and form (issue 17): a finding's message and its setting fix's title name the
 * setting the same way (src/core/names.ts), on CloudFormation, AWS CLI and CDK (L1 and L2) files.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cdkStack } from '../../bench/inputs/cdk';
import { shellScript } from '../../bench/inputs/shell';
import { analyze, readDocument, type Finding } from '../../src/core/engine';
import { RULES, ruleById } from '../../src/core/rules';
import type { Resource } from '../../src/core/model';
import { displayName } from '../../src/core/names';
import { CFN_SAMPLES, fixtureFiles } from '../fixture';
import { groups, ROOT, rstAsShell } from '../snapshot/corpus';
import { analyzeAs } from './helpers';

const L1 = `import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as memorydb from 'aws-cdk-lib/aws-memorydb';
import * as dax from 'aws-cdk-lib/aws-dax';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as neptune from 'aws-cdk-lib/aws-neptune';
import * as dsql from 'aws-cdk-lib/aws-dsql';
import * as dms from 'aws-cdk-lib/aws-dms';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as cassandra from 'aws-cdk-lib/aws-cassandra';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
export class S extends cdk.Stack {
  constructor(scope: any) {
    super(scope, 'S');
    new rds.CfnDBCluster(this, 'C', { engine: 'aurora-postgresql', backupRetentionPeriod: 40, storageEncrypted: false, deletionProtection: false, enableIamDatabaseAuthentication: false, publiclyAccessible: true });
    new rds.CfnDBInstance(this, 'I', { engine: 'postgres', dbInstanceClass: 'db.m6g.large', backupRetentionPeriod: 3, storageEncrypted: false, multiAz: false, storageType: 'gp2', enablePerformanceInsights: false, deletionProtection: false, publiclyAccessible: true });
    new rds.CfnDBInstance(this, 'J', { engine: 'postgres', dbInstanceClass: 'db.m6g.large', backupRetentionPeriod: 0, storageType: 'standard', allocatedStorage: 100 });
    new rds.CfnDBProxy(this, 'P', { dbProxyName: 'p', engineFamily: 'POSTGRESQL', roleArn: 'r', vpcSubnetIds: ['a'], auth: [], requireTls: false });
    new dynamodb.CfnTable(this, 'T', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }], billingMode: 'PAY_PER_REQUEST', pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false } });
    new dax.CfnCluster(this, 'X', { nodeType: 'dax.r5.large', replicationFactor: 3, iamRoleArn: 'r', sseSpecification: { sseEnabled: false } });
    new elasticache.CfnReplicationGroup(this, 'R', { replicationGroupDescription: 'r', engine: 'redis', cacheNodeType: 'cache.r7g.large', atRestEncryptionEnabled: false, transitEncryptionEnabled: false, multiAzEnabled: false, automaticFailoverEnabled: false, snapshotRetentionLimit: 0 });
    new elasticache.CfnReplicationGroup(this, 'R2', { replicationGroupDescription: 'r', engine: 'redis', cacheNodeType: 'cache.r7g.large', authToken: 'a-long-token-value-1234567', transitEncryptionEnabled: false });
    new memorydb.CfnCluster(this, 'M', { clusterName: 'm', nodeType: 'db.r6g.large', aclName: 'open-access', tlsEnabled: false });
    new docdb.CfnDBCluster(this, 'D', { storageEncrypted: false, backupRetentionPeriod: 40, deletionProtection: false });
    new neptune.CfnDBCluster(this, 'N', { storageEncrypted: false, backupRetentionPeriod: 40, deletionProtection: false, iamAuthEnabled: false });
    new opensearch.CfnDomain(this, 'O', { encryptionAtRestOptions: { enabled: false }, nodeToNodeEncryptionOptions: { enabled: false }, domainEndpointOptions: { enforceHttps: false } });
    new redshift.CfnCluster(this, 'Z', { clusterType: 'single-node', nodeType: 'ra3.large', dbName: 'd', masterUsername: 'u', encrypted: false, publiclyAccessible: true });
    new cassandra.CfnTable(this, 'K', { keyspaceName: 'k', partitionKeyColumns: [{ columnName: 'id', columnType: 'text' }], pointInTimeRecoveryEnabled: false });
    new dms.CfnReplicationInstance(this, 'Q', { replicationInstanceClass: 'dms.t3.medium', publiclyAccessible: true, multiAz: false });
    new dsql.CfnCluster(this, 'Y', { deletionProtectionEnabled: false });
  }
}
`;

interface Input { name: string; text: string }

/** Settings whose fixes no corpus file exercises: a value out of range, a key without encryption, failover without a replica. */
const FIXES_YAML = `Resources:
  Cl:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      BacktrackWindow: 300000
      ServerlessV2ScalingConfiguration:
        MinCapacity: 0.2
        MaxCapacity: 300
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      KmsKeyId: alias/db
  Rg:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: r
      NumCacheClusters: 9
  One:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: r
      MultiAZEnabled: true
      AutomaticFailoverEnabled: false
  Single:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: r
      AutomaticFailoverEnabled: true
`;

function inputs(): Input[] {
  const out: Input[] = fixtureFiles(CFN_SAMPLES, /\.(ya?ml|json)$/).map((p) => ({ name: p, text: fs.readFileSync(p, 'utf8') }));
  for (const g of groups()) {
    for (const rel of g.files) {
      const raw = fs.readFileSync(path.join(ROOT, rel), 'utf8');
      out.push(rel.endsWith('.rst') ? { name: `${rel}.sh`, text: rstAsShell(raw) } : { name: rel, text: raw });
    }
  }
  out.push({ name: 'stack.ts', text: cdkStack(150) }, { name: 'deploy.sh', text: shellScript(150) }, { name: 'l1.ts', text: L1 }, { name: 'fixes.yaml', text: FIXES_YAML });
  return out;
}

const FIXED_RULES = new Set(RULES.filter((r) => r.settingFixes?.length).map((r) => r.id));

/** The names of the setting fixes' properties on this finding's resource. */
function namesOf(f: Finding, r: Resource): string[] {
  return (ruleById(f.ruleId)?.settingFixes ?? []).filter((s) => s.types.includes(r.type) && (!s.forms || s.forms.includes(r.form))).map((s) => displayName(r, s.path));
}

/** Whether a fix title names the setting: `Set X to`, `Add X:`, `Remove X`, `Use/Add --x`/`--no-x`, or a CDK prop written out (`Add backup: { retention: ... }`). */
function titleNames(title: string, name: string, form: Resource['form']): boolean {
  if (new RegExp(`^(Set|Add|Remove|Use) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |:|$)`).test(title)) return true;
  if (form === 'aws-cli' && title.replace('--no-', '--').split(/[ ,]/)[1] === name) return true;
  if (form === 'cdk' && title.startsWith('Add ')) {
    const keys = name.split('.');
    return new RegExp(`^Add ${keys.join(': \\{ ')}:`).test(title);
  }
  return false;
}

describe('one name per setting: messages and fix titles agree', function () {
  this.timeout(120000);
  it('on every finding with a setting fix, in every form (corpus, samples, bench files, L1 CDK constructs)', () => {
    const checked = new Map<string, Set<string>>();
    let fixes = 0;
    for (const { name, text } of inputs()) {
      const a = analyze(text, { fileName: name, production: 'always' });
      if (a.kind === 'none' || !a.findings.some((f) => FIXED_RULES.has(f.ruleId))) continue;
      const doc = readDocument(text, name)!;
      for (const f of a.findings) {
        if (!FIXED_RULES.has(f.ruleId)) continue;
        const r = doc.resources.find((x) => x.id === f.resource && x.span.start <= f.span.start && f.span.end <= x.span.end);
        if (!r) continue;
        const names = namesOf(f, r);
        for (const fix of f.fixes.filter((x) => !x.title.startsWith('Suppress'))) {
          const n = names.find((x) => titleNames(fix.title, x, r.form));
          assert.ok(n, `${name}: ${f.ruleId} fix "${fix.title}" names none of ${names.join(', ')}`);
          assert.ok(f.message.includes(n) || f.message.includes(n.split('.').join(': { ')), `${name}: ${f.ruleId} message "${f.message}" does not name ${n} as its fix "${fix.title}" does`);
          fixes++;
          const forms = checked.get(f.ruleId) ?? new Set();
          checked.set(f.ruleId, forms.add(r.form));
        }
      }
    }
    assert.ok(fixes > 100, `${fixes} setting fixes checked`);
    // Every rule with a setting fix was checked in at least one form, and the three forms each somewhere.
    // ADB061 reports at AuthToken, where its TransitEncryptionEnabled fix is not offered.
    const missing = [...FIXED_RULES].filter((id) => !checked.has(id) && id !== 'ADB061');
    assert.deepEqual(missing, [], 'rules with a setting fix that no input exercised');
    const forms = new Set([...checked.values()].flatMap((s) => [...s]));
    assert.deepEqual([...forms].sort(), ['aws-cli', 'cdk', 'cloudformation', 'terraform']);
  });

  it('ADB001 on rds.CfnDBCluster: the message and the fix both say backupRetentionPeriod', () => {
    const text = `import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.CfnDBCluster(this, 'C', { engine: 'aurora-postgresql', backupRetentionPeriod: 40 });\n`;
    const f = analyzeAs(text, 'stack.ts').findings.filter((x) => x.ruleId === 'ADB001');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^backupRetentionPeriod 40 /);
    assert.deepEqual(f[0].fixes.map((x) => x.title).filter((t) => !t.startsWith('Suppress')), ['Set backupRetentionPeriod to 35', 'Set backupRetentionPeriod to 7']);
  });

  it('names L2 props from the CDK reader (nested ones dotted) and CLI flags from the CLI reader', () => {
    const l2 = readDocument("import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseCluster(this, 'C', {});\nnew rds.DatabaseInstance(this, 'I', {});\nnew rds.DatabaseProxy(this, 'P', {});\n", 'x.ts')!.resources;
    assert.equal(displayName(l2[0], 'BackupRetentionPeriod'), 'backup.retention');
    assert.equal(displayName(l2[0], 'KmsKeyId'), 'storageEncryptionKey');
    assert.equal(displayName(l2[1], 'BackupRetentionPeriod'), 'backupRetention');
    assert.equal(displayName(l2[1], 'MultiAZ'), 'multiAz');
    // No L2 prop sets it: said in words, no prop invented.
    assert.equal(displayName(l2[2], 'BackupRetentionPeriod'), 'BackupRetentionPeriod (no DatabaseProxy prop sets it)');
    const cli = readDocument('aws rds create-db-cluster --db-cluster-identifier c --engine aurora-postgresql\naws dynamodb restore-table-to-point-in-time --source-table-name a --target-table-name b\n', 'x.sh')!.resources;
    assert.equal(displayName(cli[0], 'PerformanceInsightsEnabled'), '--enable-performance-insights');
    assert.equal(displayName(cli[1], 'SSESpecification'), '--sse-specification-override');
    assert.equal(displayName(cli[1], 'SSESpecification.SSEEnabled'), '--sse-specification-override Enabled');
  });

  it('findings carry their property path, and an anchor fix answers that property (not the message text)', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: r\n      Engine: redis\n      CacheNodeType: cache.r7g.large\n      NumCacheClusters: 2\n`;
    const fs = analyzeAs(text, 'cache.yaml', { production: 'always' }).findings.filter((x) => x.ruleId === 'ADB060' || x.ruleId === 'ADB065');
    const paths = fs.map((x) => x.path).sort();
    assert.deepEqual(paths, ['AtRestEncryptionEnabled', 'AutomaticFailoverEnabled', 'MultiAZEnabled', 'TransitEncryptionEnabled']);
    for (const x of fs) {
      const titles = x.fixes.map((y) => y.title).filter((t) => !t.startsWith('Suppress'));
      // Multi-AZ needs automatic failover: its fix adds both (the group has a replica, so no node is added).
      assert.deepEqual(titles, [x.path === 'MultiAZEnabled' ? 'Add MultiAZEnabled: true and AutomaticFailoverEnabled: true' : `Add ${x.path}: true`], `${x.ruleId} ${x.path}`);
    }
  });
});
