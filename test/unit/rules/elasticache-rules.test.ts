import { strict as assert } from 'node:assert';
import { dedent, lint, resource } from '../helpers';

const RG = 'AWS::ElastiCache::ReplicationGroup';
const CC = 'AWS::ElastiCache::CacheCluster';
/** A replication group that passes every rule, extended or overridden per test. */
const good = 'ReplicationGroupDescription: cache\nEngine: redis\nAtRestEncryptionEnabled: true\nTransitEncryptionEnabled: true\nUserGroupIds: [app]\nAutomaticFailoverEnabled: true\nMultiAZEnabled: true\nSnapshotRetentionLimit: 7\n';
const without = (key: string) => good.split('\n').filter((l) => !l.startsWith(`${key}:`)).join('\n');

describe('ADB060 ElastiCache encryption', () => {
  it('flags a Redis OSS group without either setting, on the logical ID', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: cache\nEngine: redis\n'), { ids: ['ADB060'] });
    assert.equal(f.length, 2);
    assert.deepEqual(f.map((x) => x.at), ['Db', 'Db']);
    assert.equal(f[0].severity, 'warning');
    assert.match(f.map((x) => x.message).join('\n'), /AtRestEncryptionEnabled is not set/);
    assert.match(f.map((x) => x.message).join('\n'), /TransitEncryptionEnabled is not set/);
  });
  it('flags false values and tells an old engine to upgrade', () => {
    const t = 'ReplicationGroupDescription: cache\nEngineVersion: 2.8.24\nAtRestEncryptionEnabled: false\nTransitEncryptionEnabled: true\n';
    const f = lint(resource(RG, t), { ids: ['ADB060'] });
    assert.deepEqual(f.map((x) => x.at), ['false']);
    assert.match(f[0].message, /Redis OSS 2\.8\.24 cannot encrypt/);
  });
  it('does not report a missing at-rest setting on Valkey (default true), and passes both true', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: cache\nEngine: valkey\nTransitEncryptionEnabled: true\n'), { ids: ['ADB060'] });
    assert.deepEqual(f, []);
    assert.deepEqual(lint(resource(RG, good), { ids: ['ADB060'] }), []);
  });
  it('checks each parameter value and skips global datastore members', () => {
    const param = resource(RG, `${without('TransitEncryptionEnabled')}TransitEncryptionEnabled: !Ref Tls\n`, 'Parameters:\n  Tls:\n    Type: String\n    AllowedValues: ["true", "false"]\n');
    const f = lint(param, { ids: ['ADB060'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Tls');
    assert.match(f[0].message, /parameter Tls allows "false"/);
    assert.deepEqual(lint(resource(RG, 'ReplicationGroupDescription: c\nGlobalReplicationGroupId: ldgnf-global\n'), { ids: ['ADB060'] }), []);
  });
});

describe('ADB061 AuthToken needs TLS', () => {
  it('flags an AuthToken with TransitEncryptionEnabled false, on the AuthToken key', () => {
    const t = `${without('TransitEncryptionEnabled')}TransitEncryptionEnabled: false\nAuthToken: '{{resolve:secretsmanager:redis:SecretString:token}}'\n`;
    const f = lint(resource(RG, t), { ids: ['ADB061'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'AuthToken');
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].finding.related.length, 1);
  });
  it('flags an AuthToken when TransitEncryptionEnabled is missing', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: c\nAuthToken: !Ref Token\n'), { ids: ['ADB061'] });
    assert.deepEqual(f.map((x) => x.at), ['AuthToken']);
    assert.match(f[0].message, /not \(default false\)/);
  });
  it('accepts token and TLS chosen by the same condition, and TLS on', () => {
    const t = 'ReplicationGroupDescription: c\nAuthToken: !If [HasAuth, !Ref Token, !Ref AWS::NoValue]\nTransitEncryptionEnabled: !If [HasAuth, true, false]\n';
    assert.deepEqual(lint(resource(RG, t), { ids: ['ADB061'] }), []);
    assert.deepEqual(lint(resource(RG, `${good}AuthToken: !Ref Token\n`), { ids: ['ADB061'] }), []);
  });
});

describe('ADB062 ElastiCache authentication', () => {
  it('flags a group with neither AuthToken nor UserGroupIds', () => {
    const f = lint(resource(RG, without('UserGroupIds')), { ids: ['ADB062'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'Db');
    assert.equal(f[0].severity, 'warning');
  });
  it('passes RBAC or a token, even a conditional one', () => {
    assert.deepEqual(lint(resource(RG, good), { ids: ['ADB062'] }), []);
    assert.deepEqual(lint(resource(RG, `${without('UserGroupIds')}AuthToken: !If [HasAuth, !Ref Token, !Ref AWS::NoValue]\n`), { ids: ['ADB062'] }), []);
  });
});

describe('ADB063 cluster mode needs automatic failover', () => {
  it('flags AutomaticFailoverEnabled false with 3 shards, on the value', () => {
    const t = `${without('AutomaticFailoverEnabled')}AutomaticFailoverEnabled: false\nNumNodeGroups: 3\nReplicasPerNodeGroup: 1\n`;
    const f = lint(resource(RG, t), { ids: ['ADB063'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'false');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /3 shards/);
  });
  it('flags a missing setting at the shard count and two node groups', () => {
    const f = lint(resource(RG, `${without('AutomaticFailoverEnabled')}NumNodeGroups: 2\n`), { ids: ['ADB063'] });
    assert.deepEqual(f.map((x) => x.at), ['2']);
    const ngc = `${without('AutomaticFailoverEnabled')}NodeGroupConfiguration:\n  - ReplicaCount: 1\n  - ReplicaCount: 1\n`;
    assert.deepEqual(lint(resource(RG, ngc), { ids: ['ADB063'] }).map((x) => x.at), ['NodeGroupConfiguration']);
  });
  it('accepts one shard, and a shard count and failover chosen by the same condition', () => {
    assert.deepEqual(lint(resource(RG, `${without('AutomaticFailoverEnabled')}NumNodeGroups: 1\n`), { ids: ['ADB063'] }), []);
    const t = `${without('AutomaticFailoverEnabled')}NumNodeGroups: !If [Big, 3, 1]\nAutomaticFailoverEnabled: !If [Big, true, false]\n`;
    assert.deepEqual(lint(resource(RG, t), { ids: ['ADB063'] }), []);
  });
});

describe('ADB064 replicas per shard', () => {
  it('flags ReplicasPerNodeGroup 6, ReplicaCount 6 and NumCacheClusters 7', () => {
    const t = `${good}ReplicasPerNodeGroup: 6\nNodeGroupConfiguration:\n  - ReplicaCount: 6\n`;
    const f = lint(resource(RG, t), { ids: ['ADB064'] });
    assert.deepEqual(f.map((x) => x.at), ['6', '6']);
    assert.equal(f[0].severity, 'error');
    assert.deepEqual(lint(resource(RG, `${good}NumCacheClusters: 7\n`), { ids: ['ADB064'] }).map((x) => x.at), ['7']);
  });
  it('accepts 5 replicas and 6 cache clusters, and checks parameter bounds', () => {
    assert.deepEqual(lint(resource(RG, `${good}ReplicasPerNodeGroup: 5\nNumCacheClusters: 6\n`), { ids: ['ADB064'] }), []);
    const param = resource(RG, `${good}ReplicasPerNodeGroup: !Ref Replicas\n`, 'Parameters:\n  Replicas:\n    Type: Number\n    Default: 2\n    MaxValue: 8\n');
    const f = lint(param, { ids: ['ADB064'] });
    assert.equal(f.length, 1);
    // Only the MaxValue exceeds the limit; the Default (2) does not: information, not a warning.
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, 'Parameter Replicas also accepts 8 (MaxValue); its default 2 is not flagged. If 8 is chosen: ReplicasPerNodeGroup is 8: a shard allows at most 5 replicas. Add shards for more read capacity.');
  });
});

describe('ADB065 failover and Multi-AZ in production', () => {
  it('flags both settings missing, only in production', () => {
    const t = resource(RG, without('AutomaticFailoverEnabled').split('\n').filter((l) => !l.startsWith('MultiAZEnabled')).join('\n'));
    assert.deepEqual(lint(t, { ids: ['ADB065'] }), []);
    const f = lint(t, { ids: ['ADB065'], production: 'always' });
    assert.equal(f.length, 2);
    assert.equal(f[0].severity, 'warning');
  });
  it('flags MultiAZEnabled false, and not a value chosen by condition', () => {
    const t = `${without('MultiAZEnabled')}MultiAZEnabled: false\n`;
    assert.deepEqual(lint(resource(RG, t), { ids: ['ADB065'], production: 'always' }).map((x) => x.at), ['false']);
    const c = `${without('MultiAZEnabled')}MultiAZEnabled: !If [IsProd, true, false]\n`;
    assert.deepEqual(lint(resource(RG, c), { ids: ['ADB065'], production: 'always' }), []);
  });
});

describe('ADB066 automatic backups', () => {
  it('flags a missing retention on a group and 0 on a Redis cache cluster', () => {
    const f = lint(resource(RG, without('SnapshotRetentionLimit')), { ids: ['ADB066'] });
    assert.deepEqual(f.map((x) => x.at), ['Db']);
    assert.equal(f[0].severity, 'warning');
    const cc = lint(resource(CC, 'Engine: redis\nCacheNodeType: cache.t4g.micro\nNumCacheNodes: 1\nSnapshotRetentionLimit: 0\n'), { ids: ['ADB066'] });
    assert.deepEqual(cc.map((x) => x.at), ['0']);
  });
  it('ignores Memcached and a group handed to a custom resource that may set it later', () => {
    assert.deepEqual(lint(resource(CC, 'Engine: memcached\nCacheNodeType: cache.t4g.micro\nNumCacheNodes: 2\n'), { ids: ['ADB066'] }), []);
    const t = dedent(`
      Resources:
        Db:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: cache
        EnableSnapshots:
          Type: Custom::Snapshots
          Properties:
            ServiceToken: !GetAtt Fn.Arn
            ClusterId: !Ref Db
    `);
    assert.deepEqual(lint(t, { ids: ['ADB066'] }), []);
  });
});

describe('ADB067 snapshots on Memcached', () => {
  it('flags each snapshot setting on a Memcached cluster, on its key', () => {
    const t = 'Engine: memcached\nCacheNodeType: cache.t4g.micro\nNumCacheNodes: 2\nSnapshotRetentionLimit: 7\nSnapshotWindow: 03:00-04:00\n';
    const f = lint(resource(CC, t), { ids: ['ADB067'] });
    assert.deepEqual(f.map((x) => x.at), ['SnapshotRetentionLimit', 'SnapshotWindow']);
    assert.equal(f[0].severity, 'error');
  });
  it('names the condition that picks Memcached and accepts Redis', () => {
    const f = lint(resource(CC, 'Engine: !If [Cheap, memcached, redis]\nCacheNodeType: c\nNumCacheNodes: 1\nSnapshotName: snap\n'), { ids: ['ADB067'] });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /when condition Cheap is true/);
    assert.deepEqual(lint(resource(CC, 'Engine: redis\nCacheNodeType: c\nNumCacheNodes: 1\nSnapshotRetentionLimit: 7\n'), { ids: ['ADB067'] }), []);
  });
});

describe('ADB068 MemoryDB TLS', () => {
  it('flags TLSEnabled false and accepts it omitted or true', () => {
    const base = 'ClusterName: c\nNodeType: db.r7g.large\nACLName: open-access\n';
    const f = lint(resource('AWS::MemoryDB::Cluster', `${base}TLSEnabled: false\n`), { ids: ['ADB068'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'false');
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual(lint(resource('AWS::MemoryDB::Cluster', base), { ids: ['ADB068'] }), []);
    assert.deepEqual(lint(resource('AWS::MemoryDB::Cluster', `${base}TLSEnabled: true\n`), { ids: ['ADB068'] }), []);
  });
});

describe('ElastiCache rules in AWS CLI scripts', () => {
  it('names CLI flags and does not report missing settings on a modify command', () => {
    const create = 'aws elasticache create-replication-group --replication-group-id r --replication-group-description d --engine redis --transit-encryption-enabled --auth-token "$T"\n';
    const f = lint(create, { fileName: 'deploy.sh', ids: ['ADB060', 'ADB061', 'ADB062'] });
    assert.deepEqual(f.map((x) => x.ruleId), ['ADB060']);
    assert.match(f[0].message, /^--at-rest-encryption-enabled is not set/);
    const modify = 'aws elasticache modify-replication-group --replication-group-id r --auth-token "$T" --auth-token-update-strategy ROTATE\n';
    assert.deepEqual(lint(modify, { fileName: 'deploy.sh', ids: ['ADB060', 'ADB061', 'ADB062', 'ADB066'] }), []);
  });
});

describe('ADB061 with a parameter', () => {
  it('names the parameter that allows false and points at both places', () => {
    const t = resource(RG, 'ReplicationGroupDescription: c\nAuthToken: !Ref Token\nTransitEncryptionEnabled: !Ref Tls\n', 'Parameters:\n  Token:\n    Type: String\n    NoEcho: true\n  Tls:\n    Type: String\n    AllowedValues: ["true", "false"]\n');
    const f = lint(t, { ids: ['ADB061'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'AuthToken');
    assert.match(f[0].message, /parameter Tls allows false/);
    assert.deepEqual(f[0].finding.related.map((x) => t.slice(x.span.start, x.span.end)), ['!Ref Tls', '"false"']);
  });
});

describe('ADB069 retired ElastiCache versions and node types', () => {
  it('errors on Redis OSS 2.x and 3.x, on the version value', () => {
    const f = lint(resource(RG, `${good}EngineVersion: 3.2.10\n`), { ids: ['ADB069'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '3.2.10');
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].message, 'EngineVersion 3.2.10 is Redis OSS 3, past its ElastiCache end of life (July 31, 2023): it can no longer be created. Use Valkey or Redis OSS 6.2 or later.');
    const cc = lint(resource(CC, 'Engine: redis\nCacheNodeType: cache.t3.micro\nNumCacheNodes: 1\nEngineVersion: "2.8.24"'), { ids: ['ADB069'] });
    assert.deepEqual(cc.map((x) => x.at), ['"2.8.24"']);
    assert.match(cc[0].message, /Redis OSS 2, past its ElastiCache end of life \(January 13, 2023\)/);
  });
  it('errors on previous-generation node types, T2 included, and names a replacement', () => {
    const f = lint(resource(CC, 'Engine: memcached\nCacheNodeType: cache.m3.medium\nNumCacheNodes: 1'), { ids: ['ADB069'] });
    assert.deepEqual(f.map((x) => [x.at, x.line]), [['cache.m3.medium', 6]]);
    assert.equal(f[0].message, 'CacheNodeType cache.m3.medium is a previous-generation node type: ElastiCache no longer creates clusters with it. Use a current type such as cache.m7g or cache.m6g.');
    for (const t of ['cache.t2.micro', 'cache.t1.micro', 'cache.r3.large', 'cache.m1.small', 'cache.m2.xlarge', 'cache.c1.xlarge']) {
      assert.equal(lint(resource(RG, `${good}CacheNodeType: ${t}\n`), { ids: ['ADB069'] }).length, 1, t);
    }
  });
  it('is silent on current versions and node types, Valkey and Memcached versions, and unknown values', () => {
    for (const p of ['EngineVersion: 7.1\nCacheNodeType: cache.r7g.large', 'Engine: valkey\nEngineVersion: "8.0"\nCacheNodeType: cache.t4g.micro',
      'EngineVersion: 6.x\nCacheNodeType: cache.m5.large', 'EngineVersion: !Ref V\nCacheNodeType: !Ref T', 'CacheNodeType: cache.t3.small', 'EngineVersion: 4.0.10']) {
      assert.deepEqual(lint(resource(RG, `${good}${p}\n`), { ids: ['ADB069'] }), [], p);
    }
    assert.deepEqual(lint(resource(CC, 'Engine: memcached\nEngineVersion: 1.4.5\nCacheNodeType: cache.t3.micro\nNumCacheNodes: 1'), { ids: ['ADB069'] }), []);
  });
  it('names the CLI flag and the parameter value that offers an old type', () => {
    const sh = lint('aws elasticache create-replication-group --replication-group-id r --replication-group-description d --engine redis --engine-version 3.2.6 --cache-node-type cache.t2.small\n', { fileName: 'x.sh', ids: ['ADB069'] });
    assert.deepEqual(sh.map((x) => x.at), ['3.2.6', 'cache.t2.small']);
    assert.match(sh[0].message, /^--engine-version 3\.2\.6 is Redis OSS 3/);
    assert.match(sh[1].message, /^--cache-node-type cache\.t2\.small is a previous-generation node type/);
    const p = lint(resource(RG, `${good}CacheNodeType: !Ref NodeType\n`, 'Parameters:\n  NodeType:\n    Type: String\n    Default: cache.t3.micro\n    AllowedValues: [cache.t3.micro, cache.m3.large]\n'), { ids: ['ADB069'] });
    assert.equal(p.length, 1);
    assert.equal(p[0].at, '!Ref NodeType');
    // The Default is current; only an alternative the parameter offers is retired: information (engine, issue 12).
    assert.equal(p[0].severity, 'info');
    assert.match(p[0].message, /^Parameter NodeType also offers "cache\.m3\.large"; its default "cache\.t3\.micro" is not flagged\. If "cache\.m3\.large" is chosen: CacheNodeType cache\.m3\.large is a previous-generation node type/);
  });
});

describe('ADB025 Redis OSS 4 and 5 past standard support', () => {
  it('warns on 4.x and 5.x, on the value, and adds the 5.0.0-5.0.5 deprecation', () => {
    const f = lint(resource(RG, `${good}EngineVersion: 5.0.6\n`), { ids: ['ADB025'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '5.0.6');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'EngineVersion 5.0.6 is Redis OSS 5, past the end of ElastiCache standard support on January 31, 2026: it runs on paid Extended Support until January 31, 2029, then is upgraded to Valkey. Upgrade to Valkey or Redis OSS 6 or later.');
    const old = lint(resource(RG, `${good}EngineVersion: 5.0.3\n`), { ids: ['ADB025'] });
    assert.match(old[0].message, /^EngineVersion 5\.0\.3 is Redis OSS 5, past the end of ElastiCache standard support on January 31, 2026 \(5\.0\.0 to 5\.0\.5 are also deprecated: AWS says to use 5\.0\.6 or later\):/);
    assert.equal(lint(resource(CC, 'Engine: redis\nCacheNodeType: cache.t3.micro\nNumCacheNodes: 1\nEngineVersion: 4.0.10'), { ids: ['ADB025'] }).length, 1);
  });
  it('is silent on 6+, Valkey, 2.x/3.x (ADB069) and Memcached', () => {
    for (const v of ['6.2', '7.1', '"7.0"', '3.2.10', '2.8.24']) assert.deepEqual(lint(resource(RG, `${good}EngineVersion: ${v}\n`), { ids: ['ADB025'] }), [], v);
    assert.deepEqual(lint(resource(CC, 'Engine: memcached\nEngineVersion: 1.6.22\nCacheNodeType: cache.t3.micro\nNumCacheNodes: 1'), { ids: ['ADB025'] }), []);
  });
});
