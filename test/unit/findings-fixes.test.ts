/** Issue 18: fixes that stay deployable (ADB027/028), the settings that go together, values the message names, and CLI-aware wording. */
import assert from 'node:assert/strict';
import { analyzeAs, applyNamedFix, dedent, firesOn, lint, resource } from './helpers';

const RG = 'AWS::ElastiCache::ReplicationGroup';
const fix = applyNamedFix;

describe('ElastiCache: Multi-AZ needs automatic failover, which needs a replica (ADB027, ADB028)', () => {
  it('ADB027 fires on MultiAZEnabled true with an explicit AutomaticFailoverEnabled false, on the Multi-AZ value', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: r\nNumCacheClusters: 2\nMultiAZEnabled: true\nAutomaticFailoverEnabled: false'), { ids: ['ADB027'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB027', 'error', 'true']]);
    assert.match(f[0].message, /^MultiAZEnabled is true but AutomaticFailoverEnabled is false: ElastiCache rejects Multi-AZ without automatic failover/);
  });
  it('ADB027 stays silent when failover is true, left out, or computed', () => {
    for (const af of ['AutomaticFailoverEnabled: true', '', 'AutomaticFailoverEnabled: !Ref Af']) {
      const extra = af.includes('Ref') ? 'Parameters:\n  Af:\n    Type: String\n' : '';
      assert.deepEqual(lint(resource(RG, `ReplicationGroupDescription: r\nNumCacheClusters: 2\nMultiAZEnabled: true\n${af}`, extra), { ids: ['ADB027'] }), [], af);
    }
  });
  it('ADB028 fires on automatic failover with one node (NumCacheClusters 1 or left out), not with a replica or shards', () => {
    const one = lint(resource(RG, 'ReplicationGroupDescription: r\nAutomaticFailoverEnabled: true\nNumCacheClusters: 1'), { ids: ['ADB028'] });
    assert.deepEqual(one.map((x) => [x.severity, x.at]), [['error', 'true']]);
    assert.match(one[0].message, /NumCacheClusters is 1.*ElastiCache rejects automatic failover without one/);
    assert.equal(lint(resource(RG, 'ReplicationGroupDescription: r\nAutomaticFailoverEnabled: true'), { ids: ['ADB028'] }).length, 1);
    for (const ok of ['NumCacheClusters: 2', 'NumNodeGroups: 3', 'ReplicasPerNodeGroup: 1', 'NumCacheClusters: !Ref N']) {
      const extra = ok.includes('Ref') ? 'Parameters:\n  N:\n    Type: Number\n' : '';
      assert.deepEqual(lint(resource(RG, `ReplicationGroupDescription: r\nAutomaticFailoverEnabled: true\n${ok}`, extra), { ids: ['ADB028'] }), [], ok);
    }
  });

  it('ADB065 "Add MultiAZEnabled" on a one-node group with failover off writes all three settings, and leaves nothing ElastiCache rejects', () => {
    const text = resource(RG, 'ReplicationGroupDescription: r\nEngine: valkey\nAutomaticFailoverEnabled: false');
    const f = analyzeAs(text, 'cache.yaml', { production: 'always' }).findings.find((x) => x.ruleId === 'ADB065' && x.path === 'MultiAZEnabled')!;
    const titles = f.fixes.map((x) => x.title);
    assert.ok(titles.includes('Add MultiAZEnabled: true, set AutomaticFailoverEnabled to true and add NumCacheClusters: 2'), titles.join(' | '));
    // It adds a node: offered, not preferred.
    assert.ok(!f.fixes.some((x) => x.preferred && x.title.startsWith('Add MultiAZEnabled')));
    const out = fix(text, 'cache.yaml', 'ADB065', /^Add MultiAZEnabled: true, set/, 'always');
    assert.match(out, /AutomaticFailoverEnabled: true/);
    assert.match(out, /MultiAZEnabled: true/);
    assert.match(out, /NumCacheClusters: 2/);
    for (const id of ['ADB027', 'ADB028']) assert.ok(!firesOn(out, 'cache.yaml', id, 'always'), `${id} after the fix:\n${out}`);
    assert.ok(!analyzeAs(out, 'cache.yaml', { production: 'always' }).findings.some((x) => x.ruleId === 'ADB065'));
  });
  it('offers no Multi-AZ fix where the node count cannot be read, and a preferred one where the group has a replica', () => {
    const computed = resource(RG, 'ReplicationGroupDescription: r\nNumCacheClusters: !Ref N', 'Parameters:\n  N:\n    Type: Number\n');
    const f = analyzeAs(computed, 'cache.yaml', { production: 'always' }).findings.filter((x) => x.ruleId === 'ADB065');
    assert.deepEqual(f.flatMap((x) => x.fixes.map((y) => y.title)).filter((t) => !t.startsWith('Suppress')), []);
    const two = resource(RG, 'ReplicationGroupDescription: r\nNumCacheClusters: 2');
    const g = analyzeAs(two, 'cache.yaml', { production: 'always' }).findings.find((x) => x.ruleId === 'ADB065' && x.path === 'MultiAZEnabled')!;
    assert.deepEqual(g.fixes.filter((x) => x.preferred).map((x) => x.title), ['Add MultiAZEnabled: true and AutomaticFailoverEnabled: true']);
  });
  it('a group with no Properties (or an empty JSON one) gets no combined fix: one edit cannot write two Properties blocks', () => {
    const yaml = 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nResources:\n  G:\n    Type: AWS::ElastiCache::ReplicationGroup\n';
    const json = JSON.stringify({ Resources: { G: { Type: RG, Properties: {} } } });
    for (const [text, name] of [[yaml, 'cache.yaml'], [json, 'cache.json']]) {
      const a = analyzeAs(text, name, { production: 'always' });
      assert.deepEqual(a.internalErrors ?? [], [], name);
      const combined = a.findings.filter((x) => x.ruleId === 'ADB065').flatMap((x) => x.fixes).filter((x) => / and /.test(x.title) && !x.title.startsWith('Suppress'));
      assert.deepEqual(combined.map((x) => x.title), [], name);
    }
  });
  it('the same, on an AWS CLI command: one edit adds both switches', () => {
    const sh = 'aws elasticache create-replication-group --replication-group-id r --replication-group-description d --num-cache-clusters 2 --no-automatic-failover-enabled --multi-az-enabled\n';
    const f = lint(sh, { fileName: 'c.sh', ids: ['ADB027'] });
    assert.match(f[0].message, /^--multi-az-enabled is given but --no-automatic-failover-enabled is given: .*Use --automatic-failover-enabled instead/);
    const out = fix(sh, 'c.sh', 'ADB027', /^Use --automatic-failover-enabled$/);
    assert.match(out, /--num-cache-clusters 2 --automatic-failover-enabled --multi-az-enabled/);
    assert.ok(!firesOn(out, 'c.sh', 'ADB027'));
  });
  it('ADB028 fixes: a replica (not preferred), or failover off together with Multi-AZ', () => {
    const text = resource(RG, 'ReplicationGroupDescription: r\nMultiAZEnabled: true\nAutomaticFailoverEnabled: true\nNumCacheClusters: 1');
    const a = fix(text, 'c.yaml', 'ADB028', /^Set NumCacheClusters to 2$/);
    assert.match(a, /NumCacheClusters: 2/);
    assert.ok(!firesOn(a, 'c.yaml', 'ADB028'));
    const b = fix(text, 'c.yaml', 'ADB028', /^Set AutomaticFailoverEnabled to false and MultiAZEnabled to false$/);
    assert.ok(!firesOn(b, 'c.yaml', 'ADB028') && !firesOn(b, 'c.yaml', 'ADB027'), b);
  });
});

describe('ADB029: an engine version of another engine', () => {
  it('reports a MySQL or Aurora MySQL version on a PostgreSQL engine, and a PostgreSQL number on MySQL; ADB017 stays silent on them', () => {
    const sh = dedent(`
      aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --engine-version 8.0.mysql_aurora.3.04.0
      aws rds create-db-cluster --db-cluster-identifier b --engine aurora-postgresql --engine-version 8.0
      aws rds create-db-instance --db-instance-identifier c --db-instance-class db.m7g.large --engine mysql --engine-version 16.4
    `);
    const f = lint(sh, { fileName: 'x.sh', ids: ['ADB017', 'ADB029'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB029', '8.0.mysql_aurora.3.04.0'], ['ADB029', '8.0'], ['ADB029', '16.4']]);
    assert.match(f[1].message, /^--engine-version 8\.0 does not match the engine Aurora PostgreSQL: it is a MySQL version number/);
    assert.ok(!f.some((x) => /Aurora PostgreSQL 8\.0/.test(x.message)));
  });
  it('accepts versions of the right engine, and leaves ADB017 to judge old ones', () => {
    const sh = dedent(`
      aws rds create-db-cluster --db-cluster-identifier a --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.04.0
      aws rds create-db-instance --db-instance-identifier c --db-instance-class db.m7g.large --engine postgres --engine-version 16.4
      aws rds create-db-instance --db-instance-identifier d --db-instance-class db.m7g.large --engine mariadb --engine-version 10.11
      aws rds create-db-instance --db-instance-identifier e --db-instance-class db.m7g.large --engine postgres --engine-version 9.6.1
    `);
    const f = lint(sh, { fileName: 'x.sh', ids: ['ADB017', 'ADB029'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB017', '9.6.1']]);
  });
});

describe('values the message names are offered as fixes', () => {
  it('ADB108: --billing-mode ON_DEMAND becomes PAY_PER_REQUEST (preferred), PROVISIONED offered too', () => {
    const sh = 'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode ON_DEMAND\n';
    const f = lint(sh, { fileName: 'x.sh', ids: ['ADB108'] });
    assert.match(f[0].message, /PAY_PER_REQUEST is the API's name for it/);
    assert.deepEqual(f[0].finding.fixes.filter((x) => !x.title.startsWith('Suppress')).map((x) => [x.title, !!x.preferred]), [['Change to PAY_PER_REQUEST', true], ['Change to PROVISIONED', false]]);
    const out = fix(sh, 'x.sh', 'ADB108', /^Change to PAY_PER_REQUEST$/);
    assert.match(out, /--billing-mode PAY_PER_REQUEST\n$/);
    assert.ok(!firesOn(out, 'x.sh', 'ADB108'));
  });
  it('ADB001: retention 40 becomes 35 (preferred) or 7, and the message names a value inside the range it gives', () => {
    const text = resource('AWS::RDS::DBInstance', 'Engine: postgres\nBackupRetentionPeriod: 40');
    const f = lint(text, { ids: ['ADB001'] });
    assert.equal(f[0].message, 'BackupRetentionPeriod 40 is outside 0–35 days: set 35 or less (7 or more for production).');
    assert.deepEqual(f[0].finding.fixes.filter((x) => !x.title.startsWith('Suppress')).map((x) => [x.title, !!x.preferred]), [['Set BackupRetentionPeriod to 35', true], ['Set BackupRetentionPeriod to 7', false]]);
    for (const t of [/to 35$/, /to 7$/]) assert.ok(!firesOn(fix(text, 't.yaml', 'ADB001', t), 't.yaml', 'ADB001'));
    const neg = lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-mysql\nBackupRetentionPeriod: 0'), { ids: ['ADB001'] });
    assert.match(neg[0].message, /outside 1–35 days for a DB cluster: set 1–35/);
  });
  it('ADB031, ADB035, ADB064 and ADB005 offer the value they name', () => {
    const cases: [string, string, string, RegExp, RegExp][] = [
      ['ADB031', 'AWS::RDS::DBCluster', 'Engine: aurora-mysql\nBacktrackWindow: 300000', /^Set BacktrackWindow to 259200$/, /BacktrackWindow: 259200/],
      ['ADB035', 'AWS::RDS::DBCluster', 'Engine: aurora-mysql\nServerlessV2ScalingConfiguration:\n  MinCapacity: 0.5\n  MaxCapacity: 300', /MaxCapacity to 256$/, /MaxCapacity: 256/],
      ['ADB035', 'AWS::RDS::DBCluster', 'Engine: aurora-mysql\nServerlessV2ScalingConfiguration:\n  MinCapacity: 0.2\n  MaxCapacity: 8', /MinCapacity to 0.5$/, /MinCapacity: 0.5/],
      ['ADB064', RG, 'ReplicationGroupDescription: r\nNumCacheClusters: 9', /^Set NumCacheClusters to 6$/, /NumCacheClusters: 6/],
      ['ADB005', 'AWS::RDS::DBInstance', 'Engine: postgres\nKmsKeyId: alias/db', /^Add StorageEncrypted: true$/, /StorageEncrypted: true/],
    ];
    for (const [id, type, props, title, after] of cases) {
      const text = resource(type, props);
      const out = fix(text, 't.yaml', id, title);
      assert.match(out, after, id);
      assert.ok(!firesOn(out, 't.yaml', id), `${id} still fires:\n${out}`);
    }
  });
});

describe('CLI switches are added or written the other way, never "set to true"', () => {
  it('an absent switch is added, a --no- switch is replaced', () => {
    const sh = 'aws rds create-db-instance --db-instance-identifier d --db-instance-class db.m7g.large --engine postgres --no-multi-az\n';
    const f = lint(sh, { fileName: 'x.sh', ids: ['ADB004', 'ADB007'], production: 'always' });
    assert.match(f.find((x) => x.ruleId === 'ADB004')!.message, /^--storage-encrypted is not set, so storage is unencrypted: add --storage-encrypted \(/);
    assert.match(f.find((x) => x.ruleId === 'ADB007')!.message, /^--no-multi-az is given on a production database: use --multi-az instead \(/);
    for (const x of f) assert.doesNotMatch(x.message, /set it to true/);
  });
  it('templates and CDK keep their own words', () => {
    const f = lint(resource('AWS::RDS::DBInstance', 'Engine: postgres\nStorageEncrypted: false'), { ids: ['ADB004'] });
    assert.match(f[0].message, /^StorageEncrypted is false: set it to true/);
  });
});

describe('CDK: a public cluster instance and RemovalPolicy.DESTROY on a production cluster', () => {
  const stack = (removal: string, pub: string) => dedent(`
    import * as cdk from 'aws-cdk-lib';
    import * as rds from 'aws-cdk-lib/aws-rds';
    export class ProdStack extends cdk.Stack {
      constructor(scope: any, id: string, vpc: any) {
        super(scope, id);
        new rds.DatabaseCluster(this, 'Db', {
          engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
          writer: rds.ClusterInstance.provisioned('writer', { publiclyAccessible: ${pub} }),
          readers: [rds.ClusterInstance.serverlessV2('reader')],
          vpc,
          removalPolicy: cdk.RemovalPolicy.${removal},
        });
      }
    }
  `);
  it('ADB006 fires on publiclyAccessible: true of a ClusterInstance, in its CDK name, and its fix sets false', () => {
    const f = lint(stack('SNAPSHOT', 'true'), { fileName: 'stack.ts', ids: ['ADB006'] });
    assert.deepEqual(f.map((x) => x.at), ['true']);
    assert.match(f[0].message, /^publiclyAccessible is true/);
    const out = fix(stack('SNAPSHOT', 'true'), 'stack.ts', 'ADB006', /^Set publiclyAccessible to false$/);
    assert.match(out, /provisioned\('writer', \{ publiclyAccessible: false \}\)/);
    assert.ok(!firesOn(out, 'stack.ts', 'ADB006'));
    assert.deepEqual(lint(stack('SNAPSHOT', 'false'), { fileName: 'stack.ts', ids: ['ADB006'] }), []);
  });
  it('ADB016 fires on RemovalPolicy.DESTROY in production only, on the value; its fix writes SNAPSHOT', () => {
    const f = lint(stack('DESTROY', 'false'), { fileName: 'stack.ts', ids: ['ADB016'], production: 'always' });
    assert.deepEqual(f.map((x) => [x.at, x.severity]), [['cdk.RemovalPolicy.DESTROY', 'warning']]);
    assert.match(f[0].message, /^removalPolicy DESTROY on a production DB cluster/);
    assert.deepEqual(lint(stack('DESTROY', 'false'), { fileName: 'stack.ts', ids: ['ADB016'], production: 'never' }), []);
    assert.deepEqual(lint(stack('SNAPSHOT', 'false'), { fileName: 'stack.ts', ids: ['ADB016'], production: 'always' }), []);
    const out = fix(stack('DESTROY', 'false'), 'stack.ts', 'ADB016', /RemovalPolicy\.SNAPSHOT/, 'always');
    assert.match(out, /removalPolicy: cdk\.RemovalPolicy\.SNAPSHOT,/);
    assert.ok(!firesOn(out, 'stack.ts', 'ADB016', 'always'));
  });
});
