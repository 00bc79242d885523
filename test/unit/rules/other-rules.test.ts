/** ADB070–ADB078: DocumentDB, Neptune, QLDB, Timestream, OpenSearch, Redshift and Keyspaces rules. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../../src/core/engine';
import { isOff, turnOn } from '../../../src/core/rules/other/phrases';
import { CFN_SAMPLES, fixtureFiles } from '../../fixture';
import { lint, resource } from '../helpers';

const DOCDB = 'AWS::DocDB::DBCluster';
const NEPTUNE = 'AWS::Neptune::DBCluster';

describe('ADB070 DocumentDB/Neptune storage encryption', () => {
  it('flags false on the value and a missing value on the logical ID', () => {
    const f = lint(resource(NEPTUNE, 'StorageEncrypted: false'), { ids: ['ADB070'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    const m = lint(resource(DOCDB, 'MasterUsername: admin'), { ids: ['ADB070'] });
    assert.equal(m.length, 1);
    assert.equal(m[0].at, 'Db');
    assert.match(m[0].message, /this DocumentDB cluster is unencrypted/);
  });
  it('accepts true and clusters restored from a snapshot', () => {
    assert.deepEqual(lint(resource(DOCDB, 'StorageEncrypted: true'), { ids: ['ADB070'] }), []);
    assert.deepEqual(lint(resource(NEPTUNE, 'SnapshotIdentifier: snap'), { ids: ['ADB070'] }), []);
  });
});

describe('ADB071 DocumentDB/Neptune backup retention', () => {
  it('flags 0 and 36 on the value', () => {
    for (const [type, v] of [[DOCDB, '0'], [NEPTUNE, '36']]) {
      const f = lint(resource(type, `BackupRetentionPeriod: ${v}`), { ids: ['ADB071'] });
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'error');
      assert.equal(f[0].at, v);
      assert.match(f[0].message, /outside 1–35 days/);
    }
  });
  it('accepts 1 to 35', () => {
    for (const v of [1, 7, 35]) assert.deepEqual(lint(resource(DOCDB, `BackupRetentionPeriod: ${v}`), { ids: ['ADB071'] }), []);
  });
});

describe('ADB072 DocumentDB/Neptune deletion protection in production', () => {
  it('flags false and missing in production', () => {
    const f = lint(resource(DOCDB, 'DeletionProtection: false'), { ids: ['ADB072'], production: 'always' });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    const m = lint(resource(DOCDB, 'StorageEncrypted: true'), { ids: ['ADB072'], production: 'always' });
    assert.equal(m.length, 1);
    assert.equal(m[0].at, 'Db');
    assert.match(m[0].message, /the API and CLI default is off/);
  });
  it('flags only an explicit false on Neptune, whose API reference states both defaults', () => {
    assert.deepEqual(lint(resource(NEPTUNE, 'StorageEncrypted: true'), { ids: ['ADB072'], production: 'always' }), []);
    assert.equal(lint(resource(NEPTUNE, 'DeletionProtection: false'), { ids: ['ADB072'], production: 'always' })[0].at, 'false');
  });
  it('is silent outside production and when true', () => {
    assert.deepEqual(lint(resource(DOCDB, 'DeletionProtection: false'), { ids: ['ADB072'], production: 'never' }), []);
    assert.deepEqual(lint(resource(NEPTUNE, 'DeletionProtection: true'), { ids: ['ADB072'], production: 'always' }), []);
  });
});

describe('ADB073 Neptune IAM authentication', () => {
  it('flags false on the value and missing on the logical ID', () => {
    const f = lint(resource(NEPTUNE, 'IamAuthEnabled: false'), { ids: ['ADB073'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    assert.equal(lint(resource(NEPTUNE, 'StorageEncrypted: true'), { ids: ['ADB073'] })[0].at, 'Db');
  });
  it('accepts true and ignores DocumentDB', () => {
    assert.deepEqual(lint(resource(NEPTUNE, 'IamAuthEnabled: true'), { ids: ['ADB073'] }), []);
    assert.deepEqual(lint(resource(DOCDB, 'StorageEncrypted: true'), { ids: ['ADB073'] }), []);
  });
});

describe('ADB074 QLDB end of support', () => {
  it('flags a ledger on its logical ID', () => {
    const f = lint(resource('AWS::QLDB::Ledger', 'PermissionsMode: STANDARD'), { ids: ['ADB074'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'Db');
    assert.match(f[0].message, /end of support on 31 July 2025.*Aurora PostgreSQL/);
  });
  it('is silent on Aurora PostgreSQL', () => {
    assert.deepEqual(lint(resource('AWS::RDS::DBCluster', 'Engine: aurora-postgresql'), { ids: ['ADB074'] }), []);
  });
});

describe('ADB075 Timestream for LiveAnalytics', () => {
  it('flags a LiveAnalytics table on its logical ID', () => {
    const f = lint(resource('AWS::Timestream::Table', 'DatabaseName: iot'), { ids: ['ADB075'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'Db');
    assert.match(f[0].message, /closed to new customers since 20 June 2025.*InfluxDBInstance/);
  });
  it('is silent on Timestream for InfluxDB', () => {
    assert.deepEqual(lint(resource('AWS::Timestream::InfluxDBInstance', 'Name: metrics'), { ids: ['ADB075'] }), []);
  });
});

describe('ADB076 OpenSearch encryption and HTTPS', () => {
  const secure = 'EncryptionAtRestOptions:\n  Enabled: true\nNodeToNodeEncryptionOptions:\n  Enabled: true\nDomainEndpointOptions:\n  EnforceHTTPS: true';
  it('flags each missing setting: on the domain, or on the block written without its key', () => {
    const f = lint(resource('AWS::OpenSearchService::Domain', 'DomainEndpointOptions:\n  TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07'), { ids: ['ADB076'] });
    assert.deepEqual(f.map((x) => x.at).sort(), ['Db', 'Db', 'DomainEndpointOptions']);
    assert.ok(f.every((x) => x.severity === 'warning'));
    assert.ok(f.some((x) => /EncryptionAtRestOptions.Enabled is not set/.test(x.message)));
  });
  it('flags false on the value, for the legacy Elasticsearch domain too', () => {
    const f = lint(resource('AWS::Elasticsearch::Domain', secure.replace('EnforceHTTPS: true', 'EnforceHTTPS: false')), { ids: ['ADB076'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'false');
    assert.match(f[0].message, /DomainEndpointOptions.EnforceHTTPS is false/);
  });
  it('accepts a domain with all three on', () => {
    assert.deepEqual(lint(resource('AWS::OpenSearchService::Domain', secure), { ids: ['ADB076'] }), []);
  });
  it('does not ask an Elasticsearch version for a setting it does not offer', () => {
    const https = 'DomainEndpointOptions:\n  EnforceHTTPS: true';
    // Elasticsearch 2.3: neither encryption at rest (5.1+) nor node-to-node encryption (6.0+).
    assert.deepEqual(lint(resource('AWS::Elasticsearch::Domain', `ElasticsearchVersion: "2.3"\n${https}`), { ids: ['ADB076'] }), []);
    // Elasticsearch 5.6: encryption at rest only.
    const f = lint(resource('AWS::OpenSearchService::Domain', `EngineVersion: Elasticsearch_5.6\n${https}`), { ids: ['ADB076'] });
    assert.deepEqual(f.map((x) => /EncryptionAtRestOptions/.test(x.message)), [true]);
    // OpenSearch and Elasticsearch 7.10 get all three.
    assert.equal(lint(resource('AWS::OpenSearchService::Domain', `EngineVersion: OpenSearch_2.11\n${https}`), { ids: ['ADB076'] }).length, 2);
    assert.equal(lint(resource('AWS::OpenSearchService::Domain', `EngineVersion: Elasticsearch_7.10\n${https}`), { ids: ['ADB076'] }).length, 2);
  });
});

describe('ADB077 Redshift encryption and public access', () => {
  it('flags Encrypted false and PubliclyAccessible true on their values', () => {
    const f = lint(resource('AWS::Redshift::Cluster', 'Encrypted: false\nPubliclyAccessible: true'), { ids: ['ADB077'] });
    assert.deepEqual(f.map((x) => [x.at, x.severity]), [['false', 'warning'], ['true', 'warning']]);
    assert.match(f[0].message, /encrypts clusters by default/);
    assert.match(f[1].message, /PubliclyAccessible is true/);
  });
  it('accepts a cluster without Encrypted (encrypted by default)', () => {
    assert.deepEqual(lint(resource('AWS::Redshift::Cluster', 'NodeType: ra3.xlplus\nPubliclyAccessible: false'), { ids: ['ADB077'] }), []);
  });
});

describe('ADB078 Keyspaces point-in-time recovery', () => {
  it('flags false and missing', () => {
    const f = lint(resource('AWS::Cassandra::Table', 'KeyspaceName: ks\nPointInTimeRecoveryEnabled: false'), { ids: ['ADB078'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    assert.equal(lint(resource('AWS::Cassandra::Table', 'KeyspaceName: ks'), { ids: ['ADB078'] })[0].at, 'Db');
  });
  it('accepts true', () => {
    assert.deepEqual(lint(resource('AWS::Cassandra::Table', 'KeyspaceName: ks\nPointInTimeRecoveryEnabled: true'), { ids: ['ADB078'] }), []);
  });
});

describe('message phrases follow the form of the resource', () => {
  const cli = readDocument('aws docdb create-db-cluster --db-cluster-identifier c --engine docdb --no-storage-encrypted\n', 'x.sh')!.resources[0];
  const l2 = readDocument("import * as docdb from 'aws-cdk-lib/aws-docdb';\nnew docdb.DatabaseCluster(this, 'C', { storageEncrypted: false });\n", 'x.ts')!.resources[0];
  const cfn = readDocument(resource('AWS::DocDB::DBCluster', 'StorageEncrypted: false'), 'x.yaml')!.resources[0];
  it('names the CLI negative flag, the CDK prop and the template property', () => {
    assert.equal(isOff(cli, 'StorageEncrypted'), '--no-storage-encrypted is given');
    assert.equal(turnOn(cli, 'StorageEncrypted'), 'use --storage-encrypted instead');
    assert.equal(turnOn(cli, 'StorageEncrypted', false), 'add --storage-encrypted');
    assert.equal(isOff(l2, 'StorageEncrypted'), 'storageEncrypted is false');
    assert.equal(turnOn(l2, 'StorageEncrypted'), 'set storageEncrypted: true');
    assert.equal(turnOn(cfn, 'StorageEncrypted'), 'set StorageEncrypted to true');
  });
});

describe('corpus: Aurora, DSQL and other-service rules', () => {
  const OURS = /^ADB0(3[0-7]|4[01]|7[0-8])$/;
  const files = fixtureFiles(CFN_SAMPLES, /\.(ya?ml|json|template)$/);
  // Neptune.yaml/.json: the StorageEncrypted and IAMAuthEnabled parameters default to false, so the stack deploys
  // unencrypted and without IAM authentication unless the user overrides them: true warnings.
  const EXPECTED: Record<string, string[]> = {
    'Neptune.yaml': ['ADB070', 'ADB073'],
    'Neptune.json': ['ADB070', 'ADB073'],
  };
  it('gives no error, and only the expected warnings', () => {
    for (const f of files) {
      const found = lint(fs.readFileSync(f, 'utf8'), { fileName: f }).filter((x) => OURS.test(x.ruleId) && x.severity !== 'info');
      assert.deepEqual(found.map((x) => x.ruleId).sort(), EXPECTED[path.basename(f)] ?? [], f);
    }
  });
});

describe('other-service rules on CDK code', () => {
  const stack = [
    "import * as cdk from 'aws-cdk-lib';",
    "import { aws_neptune as neptune, aws_redshift as redshift } from 'aws-cdk-lib';",
    'export class S extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string) {',
    '    super(scope, id);',
    "    new neptune.CfnDBCluster(this, 'Graph', { iamAuthEnabled: false, storageEncrypted: true, backupRetentionPeriod: 0 });",
    "    new redshift.CfnCluster(this, 'Wh', { nodeType: 'ra3.xlplus', masterUsername: 'a', dbName: 'd', clusterType: 'single-node', publiclyAccessible: true });",
    '  }',
    '}',
  ].join('\n');
  it('uses the L1 prop names of Cfn constructs', () => {
    const f = lint(stack, { ids: ['ADB071', 'ADB073', 'ADB077'], fileName: 'stack.ts' });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB073', 'false'], ['ADB071', '0'], ['ADB077', 'true']]);
    assert.match(f[0].message, /^iamAuthEnabled is false: set iamAuthEnabled: true/);
    assert.match(f[1].message, /^backupRetentionPeriod 0 is outside 1–35 days for a Neptune cluster/);
    assert.match(f[2].message, /^publiclyAccessible is true/);
  });
});
