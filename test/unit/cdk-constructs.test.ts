/** CDK constructs beyond the basic tables: Aurora Serverless v1, engines in consts, proxies, replica counts. */
import assert from 'node:assert/strict';
import { dedent, lint } from './helpers';

const IMPORTS = [
  "import * as cdk from 'aws-cdk-lib';",
  "import * as rds from 'aws-cdk-lib/aws-rds';",
  "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
  "import { Duration } from 'aws-cdk-lib';",
  '',
].join('\n');

const seen = (body: string, ids: string[], production: 'always' | 'never' = 'never') =>
  lint(IMPORTS + dedent(body), { fileName: 'lib/db-stack.ts', ids, production }).map((s) => `${s.ruleId} ${s.at}`);

describe('CDK: Aurora Serverless v1 constructs', () => {
  const pg = 'engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL';

  it('ADB013/ADB020 suggest no prop ServerlessCluster lacks; a DatabaseCluster still gets them', () => {
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, vpc });`, ['ADB013', 'ADB020'], 'always'), []);
    assert.deepEqual(seen(`new rds.ServerlessClusterFromSnapshot(this, 'Db', { ${pg}, vpc, snapshotIdentifier: 's' });`, ['ADB013', 'ADB020'], 'always'), []);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { ${pg}, vpc });`, ['ADB013', 'ADB020'], 'always'), ['ADB013 DatabaseCluster', 'ADB020 DatabaseCluster']);
  });

  it('ADB003 names ServerlessCluster\'s own prop (backupRetention, not backup.retention)', () => {
    const [f] = lint(IMPORTS + `new rds.ServerlessCluster(this, 'Db', { ${pg}, vpc });`, { fileName: 'lib/db-stack.ts', ids: ['ADB003'], production: 'always' });
    assert.match(f.message, /^backupRetention is not set/);
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, backupRetention: Duration.days(14) });`, ['ADB003'], 'always'), []);
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, backupRetention: Duration.days(2) });`, ['ADB003'], 'always'), ['ADB003 Duration.days(2)']);
  });

  it('ServerlessClusterFromSnapshot is read as Aurora Serverless v1 (ADB034 on the class name)', () => {
    assert.deepEqual(seen(`new rds.ServerlessClusterFromSnapshot(this, 'Db', { ${pg}, snapshotIdentifier: 's' });`, ['ADB034']), ['ADB034 ServerlessClusterFromSnapshot']);
  });
});

describe('CDK: engine versions through const bindings', () => {
  it('follows `const version = ...` through a shorthand `{ version }`, on the identifier in the construct', () => {
    const body = `
      const version = rds.PostgresEngineVersion.VER_11_9;
      new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version }) });`;
    const out = lint(IMPORTS + dedent(body), { fileName: 'lib/db-stack.ts', ids: ['ADB017'] });
    assert.deepEqual(out.map((s) => `${s.ruleId} ${s.at}`), ['ADB017 version']);
    assert.match(out[0].message, /11\.9/);
    assert.equal(out[0].line, 5, 'on the use in the construct, not the declaration');
  });

  it('follows a reused `const engine = ...` (shorthand and `engine: engine`), one finding per construct', () => {
    const body = `
      const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_10_7 });
      new rds.DatabaseCluster(this, 'A', { engine });
      new rds.DatabaseCluster(this, 'B', { engine: engine });`;
    assert.deepEqual(seen(body, ['ADB017']), ['ADB017 engine', 'ADB017 engine']);
  });

  it('a const holding a current version gives no finding; let, reassigned or twice-declared names stay unknown', () => {
    assert.deepEqual(seen(`
      const version = rds.PostgresEngineVersion.VER_16_4;
      new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version }) });`, ['ADB017']), []);
    assert.deepEqual(seen(`
      let version = rds.PostgresEngineVersion.VER_11_9;
      new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version }) });`, ['ADB017']), []);
    assert.deepEqual(seen(`
      const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_11_9 });
      function f(engine: rds.IInstanceEngine) { return new rds.DatabaseInstance(this, 'Db', { engine }); }`, ['ADB017']), [], 'shadowed by a parameter');
    assert.deepEqual(seen(`
      const version = rds.PostgresEngineVersion.VER_11_9;
      class S { m() { const version = rds.PostgresEngineVersion.VER_16_4; new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version }) }); } }`, ['ADB017']), [], 'declared twice');
  });
});

describe('CDK: addProxy', () => {
  const cluster = "const cluster = new rds.DatabaseCluster(this, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc });";

  it('cluster.addProxy / instance.addProxy is an RDS Proxy: requireTLS false at the value, iamAuth absent (CDK default false) at addProxy', () => {
    assert.deepEqual(seen(`${cluster}\ncluster.addProxy('Proxy', { secrets, vpc, requireTLS: false });`, ['ADB080']), ['ADB080 false']);
    assert.deepEqual(seen(`${cluster}\ncluster.addProxy('Proxy', { secrets, vpc });`, ['ADB081']), ['ADB081 addProxy']);
    const instance = "const db = new rds.DatabaseInstance(this, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc });";
    assert.deepEqual(seen(`${instance}\nconst proxy = db.addProxy('Proxy', { secrets, vpc, iamAuth: false });`, ['ADB081']), ['ADB081 false']);
  });

  it('no finding with the CDK default requireTLS, iamAuth true, a computed props object, or addProxy on something not a database of this file', () => {
    assert.deepEqual(seen(`${cluster}\ncluster.addProxy('Proxy', { secrets, vpc, iamAuth: true });`, ['ADB080', 'ADB081']), []);
    assert.deepEqual(seen(`${cluster}\ncluster.addProxy('Proxy', options);`, ['ADB080', 'ADB081']), []);
    assert.deepEqual(seen(`other.addProxy('Proxy', { secrets, vpc, requireTLS: false });`, ['ADB080', 'ADB081']), []);
  });
});

describe('CDK: security groups opening a database port (ADB021)', () => {
  const sg = "const sg = new ec2.SecurityGroup(this, 'DbSg', { vpc });";
  const pg = "engine: rds.DatabaseInstanceEngine.POSTGRES, vpc";

  it('sg.addIngressRule(Peer.anyIpv4(), Port.tcp(5432)) on a group a database uses: on the peer', () => {
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432));\nnew rds.DatabaseInstance(this, 'Db', { ${pg}, securityGroups: [sg] });`, ['ADB021']), ['ADB021 ec2.Peer.anyIpv4()']);
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.allTraffic());\nnew rds.DatabaseInstance(this, 'Db', { ${pg}, securityGroups: [sg] });`, ['ADB021']), ["ADB021 '0.0.0.0/0'"]);
  });

  it('no finding on a group no database uses, a narrow CIDR, a non-database port, or a peer/port the reader cannot read', () => {
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432));\nnew rds.DatabaseInstance(this, 'Db', { ${pg} });`, ['ADB021']), []);
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(5432));\nnew rds.DatabaseInstance(this, 'Db', { ${pg}, securityGroups: [sg] });`, ['ADB021']), []);
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));\nnew rds.DatabaseInstance(this, 'Db', { ${pg}, securityGroups: [sg] });`, ['ADB021']), []);
    assert.deepEqual(seen(`${sg}\nsg.addIngressRule(peer, ec2.Port.tcp(dbPort));\nnew rds.DatabaseInstance(this, 'Db', { ${pg}, securityGroups: [sg] });`, ['ADB021']), []);
  });

  it('db.connections: allowDefaultPortFromAnyIpv4 (engine default port) and allowFrom(anyIpv4, port); not from a narrow peer', () => {
    const c = "const db = new rds.DatabaseCluster(this, 'C', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc });";
    assert.deepEqual(seen(`${c}\ndb.connections.allowDefaultPortFromAnyIpv4('open');`, ['ADB021']), ['ADB021 allowDefaultPortFromAnyIpv4']);
    assert.deepEqual(seen(`${c}\ndb.connections.allowFrom(ec2.Peer.anyIpv4(), ec2.Port.tcp(3306));`, ['ADB021']), ['ADB021 ec2.Peer.anyIpv4()']);
    assert.deepEqual(seen(`${c}\ndb.connections.allowFrom(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(3306));`, ['ADB021']), []);
    assert.deepEqual(seen(`const db = new rds.DatabaseCluster(this, 'C', { engine, vpc });\ndb.connections.allowDefaultPortFromAnyIpv4();`, ['ADB021']), [], 'unknown engine: unknown port');
  });
});

describe('CDK: @aws-cdk/aws-neptune-alpha DatabaseCluster', () => {
  const nep = (body: string, ids: string[], production: 'always' | 'never' = 'never') =>
    lint(`import * as neptune from '@aws-cdk/aws-neptune-alpha';\nimport * as cdk from 'aws-cdk-lib';\n${body}`, { fileName: 'lib/graph.ts', ids, production }).map((s) => `${s.ruleId} ${s.at}`);
  const base = 'vpc, instanceType: neptune.InstanceType.R5_LARGE';

  it('ADB070: storageEncrypted defaults to true in the alpha module; false is reported at the value', () => {
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base} });`, ['ADB070']), []);
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, storageEncrypted: false });`, ['ADB070']), ['ADB070 false']);
  });

  it('ADB073: iamAuthentication absent (default false) at the class, false at the value, true fine', () => {
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base} });`, ['ADB073']), ['ADB073 DatabaseCluster']);
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, iamAuthentication: false });`, ['ADB073']), ['ADB073 false']);
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, iamAuthentication: true });`, ['ADB073']), []);
  });

  it('ADB071/ADB072: backupRetention in days; deletionProtection false reported, absent not judged, RETAIN sets it', () => {
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, backupRetention: cdk.Duration.days(40) });`, ['ADB071']), ['ADB071 cdk.Duration.days(40)']);
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, deletionProtection: false });`, ['ADB072'], 'always'), ['ADB072 false']);
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base} });`, ['ADB072'], 'always'), [], 'absent: not judged for Neptune');
    assert.deepEqual(nep(`new neptune.DatabaseCluster(this, 'G', { ${base}, removalPolicy: cdk.RemovalPolicy.RETAIN });`, ['ADB072'], 'always'), []);
  });
});

describe('CDK: Aurora cluster members (writer, readers) counted by ADB030', () => {
  const cluster = (readers: number) =>
    `new rds.DatabaseCluster(this, 'C', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, writer: rds.ClusterInstance.provisioned('w'), readers: [\n` +
    Array.from({ length: readers }, (_, i) => `  rds.ClusterInstance.serverlessV2('r${i + 1}'),`).join('\n') + '\n] });';

  it('a writer and 16 readers: ADB030 on the 16th reader only', () => {
    assert.deepEqual(seen(cluster(16), ['ADB030']), ["ADB030 rds.ClusterInstance.serverlessV2('r16')"]);
  });

  it('a writer and 15 readers, or readers built with a spread, give no finding; members get no instance-level findings', () => {
    assert.deepEqual(seen(cluster(15), ['ADB030']), []);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'C', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, readers: [...many, ...more] });`, ['ADB030']), []);
    const all = lint(IMPORTS + cluster(2), { fileName: 'lib/db-stack.ts', production: 'always' }).filter((s) => s.at.startsWith('rds.ClusterInstance'));
    assert.deepEqual(all.map((s) => s.ruleId), []);
  });

  it('ADB123 judges a member\'s instanceType against the cluster\'s engine, on the value; a class the engine runs on or an unknown one is fine', () => {
    const member = (type: string, engine = 'rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 })') =>
      seen(`new rds.DatabaseCluster(this, 'C', { engine: ${engine}, writer: rds.ClusterInstance.provisioned('w', { instanceType: ${type} }) });`, ['ADB123']);
    // Aurora has no db.m5d classes, and Aurora MySQL version 3 no longer runs on db.t2.
    assert.deepEqual(member('ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MEDIUM)'), ['ADB123 ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MEDIUM)']);
    assert.deepEqual(member('ec2.InstanceType.of(ec2.InstanceClass.M5D, ec2.InstanceSize.LARGE)'), ['ADB123 ec2.InstanceType.of(ec2.InstanceClass.M5D, ec2.InstanceSize.LARGE)']);
    assert.deepEqual(member("new ec2.InstanceType('m5d.large')", 'rds.DatabaseClusterEngine.AURORA_POSTGRESQL'), ["ADB123 new ec2.InstanceType('m5d.large')"]);
    assert.deepEqual(member('ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE)'), []);
    assert.deepEqual(member('ec2.InstanceType.of(ec2.InstanceClass.MEMORY7_GRAVITON, ec2.InstanceSize.LARGE)'), [], 'a long enum name is not guessed');
    assert.deepEqual(member('props.instanceType'), []);
  });
});
