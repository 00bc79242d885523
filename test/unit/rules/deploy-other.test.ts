/** ADB130–ADB135 and ADB139: values AWS does not offer (ElastiCache, MemoryDB, Redshift, OpenSearch, Regions), in all forms. */
import { strict as assert } from 'node:assert';
import { otherDataDate } from '../../../src/core/deploy/other-data';
import { dedent, lint, resource } from '../helpers';

const IDS = ['ADB025', 'ADB069', 'ADB130', 'ADB131', 'ADB132', 'ADB133', 'ADB134', 'ADB135', 'ADB139'];
const RG = 'AWS::ElastiCache::ReplicationGroup';
const CC = 'AWS::ElastiCache::CacheCluster';
const seen = (text: string, fileName = 'template.yaml') => lint(text, { fileName, ids: IDS }).map((f) => [f.ruleId, f.severity, f.at]);

describe('ADB130 ElastiCache / MemoryDB engine, version and node type', () => {
  it('passes real offered combinations', () => {
    for (const props of [
      'ReplicationGroupDescription: c\nEngine: valkey\nEngineVersion: "8.1"\nCacheNodeType: cache.r7g.large',
      'ReplicationGroupDescription: c\nEngine: redis\nEngineVersion: "7.1"\nCacheNodeType: cache.t4g.micro',
      'ReplicationGroupDescription: c\nEngineVersion: "6.2"\nCacheNodeType: cache.m6g.large',
      'ReplicationGroupDescription: c\nEngine: Redis\nEngineVersion: "7"\nCacheNodeType: cache.c7gn.large',
      'ReplicationGroupDescription: c\nEngine: redis\nEngineVersion: 6.x\nCacheNodeType: cache.r6gd.xlarge',
      'ReplicationGroupDescription: c\nEngine: redis\nEngineVersion: 7.1.0\nCacheNodeType: cache.r5.large',
    ]) assert.deepEqual(seen(resource(RG, props)), [], props);
    assert.deepEqual(seen(resource(CC, 'Engine: memcached\nEngineVersion: 1.6.22\nCacheNodeType: cache.t3.small\nNumCacheNodes: 1')), []);
    assert.deepEqual(seen(resource('AWS::MemoryDB::Cluster', 'NodeType: db.r7g.large\nACLName: open-access')), []);
  });
  it('flags the exact value with the nearest offered ones', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: c\nEngine: valkey\nEngineVersion: "7.1"\nCacheNodeType: cache.r7g.medium'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB130', 'error', '"7.1"'], ['ADB130', 'error', 'cache.r7g.medium']]);
    assert.match(f[0].message, new RegExp(`^EngineVersion 7\\.1 is not an engine version ElastiCache offers for Valkey, as of ${otherDataDate()}: the create fails\\. Did you mean 7\\.2`));
    assert.match(f[1].message, /Did you mean cache\.r7g\.large, cache\.r7g\.xlarge or cache\.r7g\.2xlarge\?$/);
    const m = lint(resource(CC, 'Engine: memcached\nEngineVersion: 1.6.21\nCacheNodeType: r6g.large\nNumCacheNodes: 1'), { ids: IDS });
    assert.deepEqual(m.map((x) => x.at), ['1.6.21', 'r6g.large']);
    assert.match(m[0].message, /Did you mean 1\.6\.22/);
    assert.match(m[1].message, /Did you mean cache\.r6g\.large\?$/);
  });
  it('flags an unknown engine, data tiering on Memcached, and a cache. type on MemoryDB', () => {
    assert.deepEqual(seen(resource(CC, 'Engine: redis-oss\nNumCacheNodes: 1\nCacheNodeType: cache.t3.micro')), [['ADB130', 'error', 'redis-oss']]);
    assert.deepEqual(seen(resource(CC, 'Engine: memcached\nNumCacheNodes: 1\nCacheNodeType: cache.r6gd.xlarge')), [['ADB130', 'error', 'cache.r6gd.xlarge']]);
    const f = lint(resource('AWS::MemoryDB::Cluster', 'NodeType: cache.r6g.large\nACLName: open-access'), { ids: IDS });
    assert.deepEqual(f.map((x) => x.at), ['cache.r6g.large']);
    assert.match(f[0].message, /Did you mean db\.r6g\.large\?$/);
  });
  it('one problem, one finding: ADB069 and ADB025 keep theirs', () => {
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngineVersion: 3.2.10\nCacheNodeType: cache.m3.large')), [['ADB069', 'error', '3.2.10'], ['ADB069', 'error', 'cache.m3.large']]);
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngineVersion: 5.0.4')), [['ADB025', 'warning', '5.0.4']]);
    // 4.0.9 never existed: ADB025 says support ended, ADB130 that it is not offered (two problems).
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngineVersion: 4.0.9')).map((x) => x[0]).sort(), ['ADB025', 'ADB130']);
  });
  it('newer than the data is information (ADB139), never an error', () => {
    const f = lint(resource(RG, 'ReplicationGroupDescription: c\nEngine: valkey\nEngineVersion: "12.0"\nCacheNodeType: cache.r9g.large'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB139', 'info', '"12.0"'], ['ADB139', 'info', 'cache.r9g.large']]);
    assert.match(f[0].message, new RegExp(`newer than every ElastiCache Valkey version known as of ${otherDataDate()}`));
    // A minor above the newest of its major (a Valkey 8.x after the data) is newer too.
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngine: valkey\nEngineVersion: "8.9"')), [['ADB139', 'info', '"8.9"']]);
  });
  it('never guesses: a parameter without a value, an unknown engine, Fn::If branches judged each', () => {
    const p = 'Parameters:\n  V:\n    Type: String\n';
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngine: !Ref V\nEngineVersion: "7.1"\nCacheNodeType: !Ref V', p)), []);
    const allowed = 'Parameters:\n  T:\n    Type: String\n    Default: cache.r7g.large\n    AllowedValues: [cache.r7g.large, cache.r7g.huge]\n';
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nCacheNodeType: !Ref T', allowed)), [['ADB130', 'info', '!Ref T']]);
  });
});

describe('ADB131 parameter group families', () => {
  const pg = (family: string, cluster: string) => [
    'Resources:',
    '  PG:',
    '    Type: AWS::ElastiCache::ParameterGroup',
    '    Properties:',
    `      CacheParameterGroupFamily: ${family}`,
    '      Description: p',
    '  Cache:',
    '    Type: AWS::ElastiCache::ReplicationGroup',
    '    Properties:',
    '      ReplicationGroupDescription: c',
    '      CacheParameterGroupName: !Ref PG',
    ...cluster.split('\n').map((l) => `      ${l}`),
    '',
  ].join('\n');
  it('passes the family of the version, and what it cannot know', () => {
    assert.deepEqual(seen(pg('redis7', 'Engine: redis\nEngineVersion: "7.1"')), []);
    assert.deepEqual(seen(pg('redis6.x', 'Engine: redis\nEngineVersion: "6.2"')), []);
    assert.deepEqual(seen(pg('valkey8', 'Engine: valkey\nEngineVersion: "8.2"')), []);
    assert.deepEqual(seen(pg('valkey8', 'Engine: valkey')), []);
    assert.deepEqual(seen(pg('redis7', 'Engine: valkey\nEngineVersion: "7.2"')), []);
    assert.deepEqual(seen(pg('redis6.x', 'Engine: redis\nEngineVersion: !Ref AWS::NoValue')), []);
  });
  it('flags a family of another version or engine on the reference, with the family as related', () => {
    const f = lint(pg('redis6.x', 'Engine: redis\nEngineVersion: "7.1"'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB131', '!Ref PG']]);
    assert.match(f[0].message, /family is redis6\.x, the family of Redis OSS 7\.1 is redis7: the create fails/);
    assert.equal(f[0].finding.related.length, 1);
    assert.deepEqual(seen(pg('memcached1.6', 'Engine: valkey\nEngineVersion: "8.0"')), [['ADB131', 'error', '!Ref PG']]);
  });
  it('flags a family ElastiCache does not name; a newer one is information', () => {
    assert.deepEqual(seen(resource('AWS::ElastiCache::ParameterGroup', 'CacheParameterGroupFamily: redis7.0\nDescription: d')), [['ADB131', 'error', 'redis7.0']]);
    assert.deepEqual(seen(resource('AWS::ElastiCache::ParameterGroup', 'CacheParameterGroupFamily: valkey12\nDescription: d')), [['ADB139', 'info', 'valkey12']]);
    const f = lint(resource('AWS::MemoryDB::ParameterGroup', 'ParameterGroupName: p\nFamily: valkey7'), { ids: IDS });
    assert.match(f[0].message, /Did you mean memorydb_valkey7\?$/);
    assert.deepEqual(seen(resource('AWS::MemoryDB::ParameterGroup', 'ParameterGroupName: p\nFamily: memorydb_redis7')), []);
  });
  it('reads default group names and CLI parameter groups by name', () => {
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngineVersion: "7.1"\nCacheParameterGroupName: default.redis6.x.cluster.on')), [['ADB131', 'error', 'default.redis6.x.cluster.on']]);
    assert.deepEqual(seen(resource(RG, 'ReplicationGroupDescription: c\nEngineVersion: "7.1"\nCacheParameterGroupName: default.redis7.cluster.on')), []);
    const sh = [
      'aws elasticache create-cache-parameter-group --cache-parameter-group-name my-pg --cache-parameter-group-family redis6.x --description x',
      'aws elasticache create-replication-group --replication-group-id rg --replication-group-description d --engine redis --engine-version 7.1 --cache-parameter-group-name my-pg',
      '',
    ].join('\n');
    assert.deepEqual(seen(sh, 'deploy.sh'), [['ADB131', 'error', 'my-pg']]);
  });
});

describe('ADB132 Redshift node types', () => {
  it('passes offered types, flags retired and misspelt ones', () => {
    for (const t of ['ra3.xlplus', 'ra3.large', 'ra3.4xlarge', 'ra3.16xlarge', 'dc2.large', 'dc2.8xlarge']) {
      assert.deepEqual(seen(resource('AWS::Redshift::Cluster', `NodeType: ${t}\nClusterType: single-node\nDBName: d\nMasterUsername: u`)), [], t);
    }
    const f = lint(resource('AWS::Redshift::Cluster', 'NodeType: ds2.xlarge\nClusterType: single-node\nDBName: d\nMasterUsername: u'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB132', 'ds2.xlarge']]);
    assert.match(f[0].message, /Did you mean ra3\.xlplus, ra3\.4xlarge or ra3\.16xlarge\?$/);
    assert.deepEqual(seen(resource('AWS::Redshift::Cluster', 'NodeType: ra3.xxlarge\nDBName: d')), [['ADB132', 'error', 'ra3.xxlarge']]);
    assert.deepEqual(seen(resource('AWS::Redshift::Cluster', 'NodeType: ra9.large\nDBName: d')), [['ADB139', 'info', 'ra9.large']]);
  });
  it('in a script and in CDK', () => {
    assert.deepEqual(seen('aws redshift create-cluster --cluster-identifier r --node-type dc1.large --master-username u --manage-master-password\n', 'deploy.sh'), [['ADB132', 'error', 'dc1.large']]);
    const ts = "import * as redshift from 'aws-cdk-lib/aws-redshift';\nnew redshift.CfnCluster(this, 'R', { nodeType: 'ds2.8xlarge', clusterType: 'single-node', dbName: 'd', masterUsername: 'u' });\n";
    assert.deepEqual(seen(ts, 'stack.ts'), [['ADB132', 'error', "'ds2.8xlarge'"]]);
  });
});

describe('ADB133 OpenSearch versions and instance types', () => {
  const OS = 'AWS::OpenSearchService::Domain';
  it('passes offered values and SDK-lagging types', () => {
    assert.deepEqual(seen(resource(OS, 'EngineVersion: OpenSearch_2.19\nClusterConfig:\n  InstanceType: r6g.large.search\n  DedicatedMasterType: m6g.large.search\n  WarmType: ultrawarm1.medium.search')), []);
    assert.deepEqual(seen(resource(OS, 'EngineVersion: Elasticsearch_7.10')), []);
    assert.deepEqual(seen(resource('AWS::Elasticsearch::Domain', 'ElasticsearchVersion: "7.10"\nElasticsearchClusterConfig:\n  InstanceType: t3.small.elasticsearch')), []);
    assert.deepEqual(seen(resource(OS, 'ClusterConfig:\n  InstanceType: r7g.large.search')), [['ADB139', 'info', 'r7g.large.search']]);
  });
  it('flags spellings and versions that never existed', () => {
    const f = lint(resource(OS, 'EngineVersion: "2.11"\nClusterConfig:\n  InstanceType: r6g.large.elasticsearch'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB133', '"2.11"'], ['ADB133', 'r6g.large.elasticsearch']]);
    assert.match(f[0].message, /Did you mean OpenSearch_2\.11\?$/);
    assert.match(f[1].message, /Did you mean r6g\.large\.search\?$/);
    const v = lint(resource(OS, 'EngineVersion: OpenSearch_2.8'), { ids: IDS });
    assert.match(v[0].message, /Did you mean OpenSearch_2\.9, OpenSearch_2\.7/);
    assert.deepEqual(seen(resource(OS, 'EngineVersion: OpenSearch_2.99')), [['ADB139', 'info', 'OpenSearch_2.99']]);
  });
  it('in a script (versions; instance types are ADB108\'s there) and in CDK L1 and L2', () => {
    assert.deepEqual(seen('aws opensearch create-domain --domain-name dom --engine-version opensearch_2.11 --cluster-config InstanceType=r6g.large\n', 'deploy.sh'), [['ADB133', 'error', 'opensearch_2.11']]);
    const ts = dedent(`
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
      new opensearch.Domain(this, 'D', { version: opensearch.EngineVersion.OPENSEARCH_2_11, capacity: { dataNodeInstanceType: 'r6g.large.elasticsearch' } });
      new opensearch.CfnDomain(this, 'E', { engineVersion: 'OpenSearch_2.12', clusterConfig: { instanceType: 'm6g.large.search' } });
    `);
    assert.deepEqual(seen(ts, 'stack.ts'), [['ADB133', 'error', "'r6g.large.elasticsearch'"], ['ADB133', 'error', "'OpenSearch_2.12'"]]);
  });
  it('in a script, an instance type newer than the CLI model\'s enum is not an ADB108 error: one information finding from the deploy data', () => {
    const cmd = (t: string) => `aws opensearch create-domain --domain-name d --engine-version OpenSearch_2.11 --cluster-config InstanceType=${t},InstanceCount=2\n`;
    const ids = [...IDS, 'ADB108'];
    const at = (t: string) => lint(cmd(t), { fileName: 'deploy.sh', ids }).map((f) => [f.ruleId, f.severity, f.at]);
    // r7g came after the v1 model was made; the deploy data knows it, or says it is newer than the data.
    assert.deepEqual(at('r7g.large.search').filter(([, s]) => s !== 'info'), []);
    assert.deepEqual(at('r6g.large.search'), []);
    // Misspelt: the CLI model's enum check, once.
    assert.deepEqual(at('r6g.large.elasticsearch'), [['ADB108', 'error', 'r6g.large.elasticsearch']]);
    assert.deepEqual(at('r6g.large'), [['ADB108', 'error', 'r6g.large']]);
  });
});

describe('ADB134 / ADB135 Regions', () => {
  it('DSQL witness Region: offered, not offered (warning), not a Region (error), a parameter (nothing)', () => {
    const dsql = (w: string, extra = '') => resource('AWS::DSQL::Cluster', `MultiRegionProperties:\n  WitnessRegion: ${w}`, extra);
    assert.deepEqual(seen(dsql('us-west-2')), []);
    const f = lint(dsql('af-south-1'), { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.at]), [['ADB135', 'warning', 'af-south-1']]);
    assert.match(f[0].message, new RegExp(`AWS::DSQL::Cluster is not offered in af-south-1 \\(as of ${otherDataDate()}\\); it is in ap-east-1, .* and \\d+ more\\.$`));
    assert.deepEqual(seen(dsql('us-west2')), [['ADB134', 'error', 'us-west2']]);
    assert.deepEqual(seen(dsql('!Ref W', 'Parameters:\n  W:\n    Type: String\n')), []);
    assert.deepEqual(seen(dsql('us-isob-east-1')), []);
    assert.deepEqual(seen(dsql('xx-north-1')), []);
  });
  it('DynamoDB global table replicas', () => {
    const gt = resource('AWS::DynamoDB::GlobalTable', 'Replicas:\n  - Region: us-east-1\n  - Region: eu-west-1\n  - Region: euwest2');
    const f = lint(gt, { ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB134', 'euwest2']]);
    assert.match(f[0].message, /Did you mean eu-west-2\?$/);
  });
  it('the --region of AWS CLI commands, an Aurora global database secondary included', () => {
    const sh = [
      'aws dsql create-cluster --region af-south-1',
      'aws --region us-gov-west-1 rds create-db-cluster --db-cluster-identifier sec --engine aurora-postgresql --global-cluster-identifier g',
      'aws rds create-db-cluster --db-cluster-identifier c2 --engine aurora-postgresql --region us-gov-west-1',
      'aws memorydb create-cluster --cluster-name m --node-type db.r7g.large --acl-name open-access --region eu-wst-1',
      'aws dsql create-cluster --region "$REGION"',
      '',
    ].join('\n');
    assert.deepEqual(seen(sh, 'deploy.sh'), [['ADB135', 'warning', 'af-south-1'], ['ADB135', 'warning', 'us-gov-west-1'], ['ADB134', 'error', 'eu-wst-1']]);
  });
});

describe('ADB130–ADB133 in Terraform (the reader maps onto the same properties)', () => {
  it('flags the values with the Terraform argument names', () => {
    const tf = [
      'resource "aws_elasticache_replication_group" "r" {',
      '  replication_group_id = "r"',
      '  description          = "d"',
      '  engine               = "valkey"',
      '  engine_version       = "7.1"',
      '  node_type            = "cache.r7g.large"',
      '  parameter_group_name = "default.redis6.x"',
      '}',
      'resource "aws_redshift_cluster" "w" {',
      '  cluster_identifier = "w"',
      '  node_type          = "ra3.xlplus"',
      '}',
      'resource "aws_opensearch_domain" "o" {',
      '  domain_name    = "o"',
      '  engine_version = "OpenSearch_2.8"',
      '}',
      '',
    ].join('\n');
    const f = lint(tf, { fileName: 'main.tf', form: 'terraform', ids: IDS });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB130', '"7.1"'], ['ADB131', '"default.redis6.x"'], ['ADB133', '"OpenSearch_2.8"']]);
    assert.match(f[0].message, /^engine_version 7\.1 is not/);
  });
});
