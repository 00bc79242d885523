/** ADB030–ADB037: Aurora rules on small templates, one that fires and one that must not for each. */
import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const HDR = 'AWSTemplateFormatVersion: "2010-09-09"\n';
const CLUSTER = 'AWS::RDS::DBCluster';

/** A template with one Aurora cluster and `n` instances referencing it by Ref. */
function clusterWithInstances(n: number, clusterProps = 'Engine: aurora-mysql\n      StorageEncrypted: true', extra = ''): string {
  let t = `${HDR}Resources:\n  Cluster:\n    Type: ${CLUSTER}\n    Properties:\n      ${clusterProps}\n`;
  for (let i = 1; i <= n; i++) t += `  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n      Engine: aurora-mysql\n      DBInstanceClass: db.r6g.large\n`;
  return t + extra;
}

describe('ADB030 more than 15 Aurora Replicas', () => {
  it('flags the 17th instance of a cluster on its DBClusterIdentifier value', () => {
    const f = lint(clusterWithInstances(17), { ids: ['ADB030'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, '!Ref Cluster');
    assert.equal(f[0].finding.resource, 'Db17');
    assert.match(f[0].message, /17 DB instances \(1 writer \+ 16 replicas\): Aurora allows 15 Aurora Replicas/);
  });
  it('accepts 16 instances (1 writer + 15 replicas)', () => {
    assert.deepEqual(lint(clusterWithInstances(16), { ids: ['ADB030'] }), []);
  });
  it('matches instances by literal identifier (as CLI scripts do) and ignores conditional ones', () => {
    let t = `${HDR}Conditions:\n  Big: !Equals [a, b]\nResources:\n  Cluster:\n    Type: ${CLUSTER}\n    Properties:\n      DBClusterIdentifier: Prod-Cluster\n      Engine: aurora-postgresql\n`;
    for (let i = 1; i <= 16; i++) t += `  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: prod-cluster\n`;
    const withConditional = t + '  Db17:\n    Type: AWS::RDS::DBInstance\n    Condition: Big\n    Properties:\n      DBClusterIdentifier: prod-cluster\n';
    assert.deepEqual(lint(withConditional, { ids: ['ADB030'] }), []);
    const f = lint(t + '  Db17:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: prod-cluster\n', { ids: ['ADB030'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'prod-cluster');
  });
});

describe('ADB031 BacktrackWindow', () => {
  it('flags a window above 72 hours on the value', () => {
    const f = lint(resource(CLUSTER, 'Engine: aurora-mysql\nBacktrackWindow: 259201'), { ids: ['ADB031'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, '259201');
    assert.match(f[0].message, /outside 0–259200 seconds/);
  });
  it('flags a window on Aurora PostgreSQL', () => {
    const f = lint(resource(CLUSTER, 'Engine: aurora-postgresql\nBacktrackWindow: 3600'), { ids: ['ADB031'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '3600');
    assert.match(f[0].message, /only supported by Aurora MySQL/);
  });
  it('accepts 72 hours on Aurora MySQL, 0 anywhere, and any window when the engine is unknown', () => {
    assert.deepEqual(lint(resource(CLUSTER, 'Engine: aurora-mysql\nBacktrackWindow: 259200'), { ids: ['ADB031'] }), []);
    assert.deepEqual(lint(resource(CLUSTER, 'Engine: aurora-postgresql\nBacktrackWindow: 0'), { ids: ['ADB031'] }), []);
    assert.deepEqual(lint(resource(CLUSTER, 'Engine: !Ref Engine\nBacktrackWindow: 3600', 'Parameters:\n  Engine:\n    Type: String\n'), { ids: ['ADB031'] }), []);
  });
});

describe('ADB032 Global Database secondaries', () => {
  /** A global cluster with a source (primary) and `n` joining secondaries. */
  function global(n: number, source = true): string {
    let t = `${HDR}Resources:\n  Global:\n    Type: AWS::RDS::GlobalCluster\n    Properties:\n      GlobalClusterIdentifier: gdb\n${source ? '      SourceDBClusterIdentifier: !Ref Primary\n' : ''}`;
    t += `  Primary:\n    Type: ${CLUSTER}\n    Properties:\n      Engine: aurora-mysql\n`;
    for (let i = 1; i <= n; i++) t += `  Secondary${i}:\n    Type: ${CLUSTER}\n    Properties:\n      Engine: aurora-mysql\n      GlobalClusterIdentifier: ${i % 2 ? '!Ref Global' : 'gdb'}\n`;
    return t;
  }
  it('flags the 11th secondary on its GlobalClusterIdentifier', () => {
    const f = lint(global(11), { ids: ['ADB032'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, '!Ref Global');
    assert.equal(f[0].finding.resource, 'Secondary11');
    assert.match(f[0].message, /11 secondary clusters; Aurora Global Database allows 10 secondary Regions/);
  });
  it('accepts 10 secondaries, and 11 members when the first is the primary (no source cluster)', () => {
    assert.deepEqual(lint(global(10), { ids: ['ADB032'] }), []);
    assert.deepEqual(lint(global(11, false), { ids: ['ADB032'] }), []);
  });
});

describe('ADB033 DB cluster storage encryption', () => {
  it('flags an explicit false on an Aurora cluster', () => {
    const f = lint(resource(CLUSTER, 'Engine: aurora-postgresql\nStorageEncrypted: false'), { ids: ['ADB033'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    assert.match(f[0].message, /^StorageEncrypted is false, so Aurora encrypts this cluster only with an AWS owned key, which you cannot manage or audit: set StorageEncrypted to true \(with KmsKeyId/);
  });
  it('flags a missing value on a Multi-AZ DB cluster on the logical ID', () => {
    const f = lint(resource(CLUSTER, 'Engine: postgres\nDBClusterInstanceClass: db.m6gd.large'), { ids: ['ADB033'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.match(f[0].message, /postgres Multi-AZ DB cluster is unencrypted/);
  });
  it('does not flag a missing value on Aurora (encrypted by default), restores, global members or unknown engines', () => {
    for (const props of ['Engine: aurora-mysql', 'Engine: postgres\nSnapshotIdentifier: snap', 'Engine: mysql\nGlobalClusterIdentifier: gdb', 'Engine: !Ref E', 'Engine: mysql\nStorageEncrypted: true']) {
      assert.deepEqual(lint(resource(CLUSTER, props, 'Parameters:\n  E:\n    Type: String\n'), { ids: ['ADB033'] }), [], props);
    }
  });
});

describe('ADB034 Aurora Serverless v1', () => {
  it('flags EngineMode serverless on the value', () => {
    const f = lint(resource(CLUSTER, 'Engine: aurora-postgresql\nEngineMode: serverless'), { ids: ['ADB034'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, 'serverless');
    assert.match(f[0].message, /end of life on 31 March 2025.*ServerlessV2ScalingConfiguration/);
  });
  it('accepts provisioned with a v2 scaling configuration', () => {
    const props = 'Engine: aurora-postgresql\nEngineMode: provisioned\nServerlessV2ScalingConfiguration:\n  MinCapacity: 0.5\n  MaxCapacity: 8';
    assert.deepEqual(lint(resource(CLUSTER, props), { ids: ['ADB034'] }), []);
  });
});

describe('ADB035 Serverless v2 capacity', () => {
  const v2 = (min: string, max: string) => resource(CLUSTER, `Engine: aurora-mysql\nServerlessV2ScalingConfiguration:\n  MinCapacity: ${min}\n  MaxCapacity: ${max}`);
  it('flags MinCapacity above MaxCapacity on MinCapacity, pointing at both', () => {
    const text = v2('16', '8');
    const f = lint(text, { ids: ['ADB035'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].at, '16');
    assert.match(f[0].message, /MinCapacity 16 is above ServerlessV2ScalingConfiguration.MaxCapacity 8/);
    const rel = f[0].finding.related[0];
    assert.equal(text.slice(rel.span.start, rel.span.end), '8');
  });
  it('flags values outside 0–256 ACUs and off the 0.5 step', () => {
    const f = lint(v2('0.25', '300'), { ids: ['ADB035'] });
    assert.deepEqual(f.map((x) => x.at), ['0.25', '300']);
    assert.match(f[0].message, /not a multiple of 0.5 ACU/);
    assert.match(f[1].message, /outside 0–256 ACUs/);
  });
  it('accepts 0 (auto-pause) to 256, and opposite branches of one condition', () => {
    assert.deepEqual(lint(v2('0', '256'), { ids: ['ADB035'] }), []);
    assert.deepEqual(lint(v2('!If [Prod, 8, 0.5]', '!If [Prod, 64, 4]'), { ids: ['ADB035'] }), []);
  });
});

describe('ADB036 Aurora Multi-Master', () => {
  it('flags EngineMode multimaster on the value', () => {
    const f = lint(resource(CLUSTER, 'Engine: aurora\nEngineMode: multimaster'), { ids: ['ADB036'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'multimaster');
    assert.match(f[0].message, /Aurora DSQL.*write forwarding/);
  });
  it('accepts provisioned clusters', () => {
    assert.deepEqual(lint(resource(CLUSTER, 'Engine: aurora-mysql\nEngineMode: provisioned'), { ids: ['ADB036'] }), []);
  });
});

describe('ADB037 single-instance Aurora cluster in production', () => {
  it('flags a production cluster with one instance on the cluster logical ID', () => {
    const f = lint(clusterWithInstances(1), { ids: ['ADB037'], production: 'always' });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].at, 'Cluster');
    assert.match(f[0].message, /one DB instance \(Db1\) and no Aurora Replica/);
  });
  it('is silent outside production, with a reader, or when an instance names its cluster through an unknown value', () => {
    assert.deepEqual(lint(clusterWithInstances(1), { ids: ['ADB037'], production: 'never' }), []);
    assert.deepEqual(lint(clusterWithInstances(2), { ids: ['ADB037'], production: 'always' }), []);
    const unknown = '  Other:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !ImportValue shared-cluster\n';
    assert.deepEqual(lint(clusterWithInstances(1, undefined, unknown), { ids: ['ADB037'], production: 'always' }), []);
  });
  it('skips Multi-AZ DB clusters and Serverless v1', () => {
    assert.deepEqual(lint(clusterWithInstances(1, 'Engine: postgres'), { ids: ['ADB037'], production: 'always' }), []);
    assert.deepEqual(lint(clusterWithInstances(1, 'Engine: aurora-mysql\n      EngineMode: serverless'), { ids: ['ADB037'], production: 'always' }), []);
  });
});

describe('Aurora rules read JSON templates too', () => {
  it('points at the JSON value', () => {
    const text = dedent(`
      {
        "Resources": {
          "C": { "Type": "AWS::RDS::DBCluster", "Properties": { "Engine": "aurora-mysql", "EngineMode": "serverless" } }
        }
      }
    `);
    const f = lint(text, { ids: ['ADB034'], fileName: 't.json' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '"serverless"');
  });
});

describe('Aurora rules on CDK code', () => {
  const stack = dedent(`
    import * as cdk from 'aws-cdk-lib';
    import * as rds from 'aws-cdk-lib/aws-rds';
    import * as ec2 from 'aws-cdk-lib/aws-ec2';
    export class S extends cdk.Stack {
      constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
        super(scope, id);
        new rds.ServerlessCluster(this, 'V1', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc });
        new rds.DatabaseCluster(this, 'V2', {
          engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_04_0 }),
          writer: rds.ClusterInstance.serverlessV2('writer'),
          serverlessV2MinCapacity: 16,
          serverlessV2MaxCapacity: 8,
          vpc,
        });
      }
    }
  `);
  it('names the construct and the CDK props', () => {
    const f = lint(stack, { ids: ['ADB034', 'ADB035'], fileName: 'stack.ts' });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB034', 'ServerlessCluster'], ['ADB035', '16']]);
    assert.match(f[0].message, /^ServerlessCluster is Aurora Serverless v1.*ClusterInstance.serverlessV2/);
    assert.match(f[1].message, /^serverlessV2MinCapacity 16 is above serverlessV2MaxCapacity 8/);
  });
});

describe('ADB022 engine aurora (Aurora MySQL version 1)', () => {
  it('errors on Engine: aurora of a cluster and of an instance, on the value', () => {
    const text = `${HDR}Resources:\n  Cluster:\n    Type: ${CLUSTER}\n    Properties:\n      Engine: aurora\n      EngineVersion: 5.6.10a\n  Db1:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora\n      DBClusterIdentifier: !Ref Cluster\n`;
    const f = lint(text, { ids: ['ADB022'] });
    assert.deepEqual(f.map((x) => [x.at, x.line, x.severity]), [['aurora', 5, 'error'], ['aurora', 10, 'error']]);
    assert.equal(f[0].message, 'Engine aurora is Aurora MySQL version 1 (MySQL 5.6), past end of life since February 28, 2023: new clusters and instances cannot be created with it. Use aurora-mysql with an Aurora MySQL version 3 engine version.');
  });
  it('names the parameter that offers it, and is silent on aurora-mysql, aurora-postgresql and unknown engines', () => {
    const p = resource(CLUSTER, 'Engine: !Ref Eng', 'Parameters:\n  Eng:\n    Type: String\n    AllowedValues: [aurora-mysql, aurora]\n');
    const f = lint(p, { ids: ['ADB022'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Eng');
    assert.match(f[0].message, /\(parameter Eng allows "aurora"\)$/);
    for (const e of ['aurora-mysql', 'aurora-postgresql', '!Ref Unknown', 'mysql']) assert.deepEqual(lint(resource(CLUSTER, `Engine: ${e}`), { ids: ['ADB022'] }), [], e);
  });
  it('reads the AWS CLI and CDK forms', () => {
    const sh = lint('aws rds create-db-cluster --db-cluster-identifier old --engine aurora --master-username admin --manage-master-user-password\n', { fileName: 'x.sh', ids: ['ADB022'] });
    assert.deepEqual(sh.map((x) => x.at), ['aurora']);
    assert.match(sh[0].message, /^--engine aurora is Aurora MySQL version 1/);
    const cdk = lint(dedent(`
      import * as cdk from 'aws-cdk-lib';
      import * as rds from 'aws-cdk-lib/aws-rds';
      export class S extends cdk.Stack {
        constructor(scope: cdk.App, id: string, vpc: any) {
          super(scope, id);
          new rds.DatabaseCluster(this, 'Old', { engine: rds.DatabaseClusterEngine.AURORA, writer: rds.ClusterInstance.provisioned('w'), vpc });
        }
      }
    `), { fileName: 'stack.ts', ids: ['ADB022'] });
    assert.equal(cdk.length, 1);
    assert.equal(cdk[0].at, 'rds.DatabaseClusterEngine.AURORA');
    assert.match(cdk[0].message, /^engine aurora is Aurora MySQL version 1/);
  });
});
