import { strict as assert } from 'node:assert';
import { elasticacheEngineVersions, elasticacheFamilies, elasticacheFamilyFor, elasticacheNodeTypes, judgeElastiCacheFamily, judgeElastiCacheNodeType, judgeElastiCacheVersion } from '../../src/core/deploy/elasticache';
import { setDeploySource } from '../../src/core/deploy/load';
import { judgeOpenSearchInstanceType, judgeOpenSearchVersion, opensearchInstanceTypes, opensearchVersions } from '../../src/core/deploy/opensearch';
import { otherData, otherDataDate } from '../../src/core/deploy/other-data';
import { judgeRedshiftNodeType, redshiftNodeTypes } from '../../src/core/deploy/redshift';
import { knownRegions, regionOffers, regionsOffering } from '../../src/core/deploy/regions';
import { setReporter } from '../../src/core/log';

describe('deploy data (data/deploy/other.json)', () => {
  it('records its sources, their versions and the day it is as of', () => {
    const d = otherData()!;
    assert.match(d.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(otherDataDate(), d.asOf);
    for (const s of ['cfn-lint', 'botocore', 'aws-cdk-lib']) assert.match(d.sources[s].version, /^\d+\.\d+\.\d+$/, s);
  });
  it('ElastiCache: versions newest first per engine, families, node types without retired ones by default', () => {
    assert.deepEqual(elasticacheEngineVersions('redis').slice(0, 2), ['7.1', '7.0']);
    assert.equal(elasticacheEngineVersions('Valkey')[0] >= '8.0', true);
    assert.ok(elasticacheEngineVersions('memcached').includes('1.6.22'));
    assert.deepEqual(elasticacheEngineVersions('mongodb'), []);
    assert.ok(elasticacheFamilies().includes('valkey8') && elasticacheFamilies().includes('redis6.x'));
    assert.ok(elasticacheNodeTypes().includes('cache.r7g.large'));
    assert.ok(!elasticacheNodeTypes().includes('cache.t2.micro'));
    assert.ok(elasticacheNodeTypes(undefined, true).includes('cache.t2.micro'));
    assert.ok(!elasticacheNodeTypes('memcached').some((t) => t.startsWith('cache.r6gd.')));
  });
  it('ElastiCache node types: offered, not offered with did-you-mean, newer family', () => {
    assert.deepEqual(judgeElastiCacheNodeType('cache.r7g.large'), { kind: 'ok' });
    assert.deepEqual(judgeElastiCacheNodeType('r7g.large'), { kind: 'not-offered', suggest: ['cache.r7g.large'] });
    assert.deepEqual(judgeElastiCacheNodeType('db.r7g.large'), { kind: 'not-offered', suggest: ['cache.r7g.large'] });
    const small = judgeElastiCacheNodeType('cache.r7g.small');
    assert.equal(small?.kind, 'not-offered');
    assert.ok(small?.kind === 'not-offered' && small.suggest.every((s) => s.startsWith('cache.r7g.')), JSON.stringify(small));
    assert.equal(judgeElastiCacheNodeType('cache.r6.large')?.kind, 'not-offered');
    assert.deepEqual(judgeElastiCacheNodeType('cache.r9g.large'), { kind: 'newer' });
    assert.equal(judgeElastiCacheNodeType('cache.r6gd.xlarge', 'memcached')?.kind, 'not-offered');
  });
  it('ElastiCache versions: exact, majors and patches the data cannot judge, newer, not offered', () => {
    assert.deepEqual(judgeElastiCacheVersion('redis', '7.1'), { kind: 'ok' });
    assert.equal(judgeElastiCacheVersion('redis', '7'), undefined);
    assert.equal(judgeElastiCacheVersion('redis', '6.x'), undefined);
    assert.equal(judgeElastiCacheVersion('redis', '6.2.6'), undefined);
    assert.deepEqual(judgeElastiCacheVersion('valkey', '99.0'), { kind: 'newer' });
    const v = judgeElastiCacheVersion('valkey', '7.1');
    assert.equal(v?.kind, 'not-offered');
    assert.deepEqual(v?.kind === 'not-offered' && v.suggest[0], '7.2');
    const m = judgeElastiCacheVersion('memcached', '1.6.21');
    assert.ok(m?.kind === 'not-offered' && m.suggest.includes('1.6.22'), JSON.stringify(m));
    assert.equal(judgeElastiCacheVersion('nosuch', '1.0'), undefined);
  });
  it('ElastiCache families: the family of a version, and judged names', () => {
    assert.deepEqual(elasticacheFamilyFor('redis', '7.1'), ['redis7']);
    assert.deepEqual(elasticacheFamilyFor('redis', '6.2'), ['redis6.x', 'redis6.0', 'redis6.2']);
    assert.deepEqual(elasticacheFamilyFor('valkey', '8.1'), ['valkey8']);
    assert.deepEqual(elasticacheFamilyFor('memcached', '1.6.22'), ['memcached1.6']);
    assert.deepEqual(elasticacheFamilyFor('redis', '5.0.6'), ['redis5.0']);
    assert.equal(elasticacheFamilyFor('redis', 'latest'), undefined);
    assert.deepEqual(judgeElastiCacheFamily('valkey8'), { kind: 'ok' });
    assert.deepEqual(judgeElastiCacheFamily('valkey99'), { kind: 'newer' });
    assert.equal(judgeElastiCacheFamily('redis7.0')?.kind, 'not-offered');
    assert.deepEqual(judgeElastiCacheFamily('Redis7'), { kind: 'not-offered', suggest: ['redis7'] });
  });
  it('Redshift node types', () => {
    assert.ok(redshiftNodeTypes().includes('ra3.xlplus'));
    assert.deepEqual(judgeRedshiftNodeType('ra3.4xlarge'), { kind: 'ok' });
    const ds = judgeRedshiftNodeType('ds2.xlarge');
    assert.equal(ds?.kind, 'not-offered');
    assert.equal(judgeRedshiftNodeType('ra3.medium')?.kind, 'not-offered');
    assert.deepEqual(judgeRedshiftNodeType('ra9.large'), { kind: 'newer' });
  });
  it('OpenSearch versions and instance types', () => {
    assert.match(opensearchVersions()[0], /^OpenSearch_\d+\.\d+$/);
    assert.ok(opensearchVersions().includes('Elasticsearch_7.10'));
    assert.deepEqual(judgeOpenSearchVersion('OpenSearch_2.11'), { kind: 'ok' });
    assert.deepEqual(judgeOpenSearchVersion('OpenSearch_99.1'), { kind: 'newer' });
    assert.deepEqual(judgeOpenSearchVersion('2.11'), { kind: 'not-offered', suggest: ['OpenSearch_2.11'] });
    assert.deepEqual(judgeOpenSearchVersion('opensearch_2.11'), { kind: 'not-offered', suggest: ['OpenSearch_2.11'] });
    const v28 = judgeOpenSearchVersion('OpenSearch_2.8');
    assert.ok(v28?.kind === 'not-offered' && v28.suggest.includes('OpenSearch_2.9'), JSON.stringify(v28));
    assert.deepEqual(judgeOpenSearchVersion('7.10', true), { kind: 'ok' });
    assert.ok(opensearchInstanceTypes().includes('r6g.large.search'));
    assert.deepEqual(judgeOpenSearchInstanceType('r6g.large.search'), { kind: 'ok' });
    assert.deepEqual(judgeOpenSearchInstanceType('r6g.large.elasticsearch'), { kind: 'not-offered', suggest: ['r6g.large.search'] });
    assert.deepEqual(judgeOpenSearchInstanceType('r6g.large'), { kind: 'not-offered', suggest: ['r6g.large.search'] });
    assert.deepEqual(judgeOpenSearchInstanceType('r5.large.search', { legacy: true }), { kind: 'not-offered', suggest: ['r5.large.elasticsearch'] });
    // The SDK enum lags (no R7g): a well-formed type it does not list is newer, never an error.
    assert.deepEqual(judgeOpenSearchInstanceType('r7g.large.search'), { kind: 'newer' });
    assert.equal(judgeOpenSearchInstanceType('r6g.large.search', { legacy: true })?.kind, 'not-offered');
    assert.deepEqual(judgeOpenSearchInstanceType('ultrawarm1.medium.search', { warm: true }), { kind: 'ok' });
  });
  it('Regions: offering lists, not offered, not a Region, unknown Regions', () => {
    assert.ok(knownRegions().includes('us-east-1') && knownRegions().length >= 30);
    const dsql = regionsOffering('AWS::DSQL::Cluster')!;
    assert.ok(dsql.includes('us-east-1') && !dsql.includes('af-south-1'));
    assert.deepEqual(regionOffers('AWS::DSQL::Cluster', 'us-east-2'), { kind: 'offered' });
    assert.equal(regionOffers('AWS::DSQL::Cluster', 'af-south-1')?.kind, 'not-offered');
    assert.deepEqual(regionOffers('AWS::DSQL::Cluster', 'us-east-7'), { kind: 'unknown-region' });
    assert.deepEqual(regionOffers('AWS::DSQL::Cluster', 'us-isob-east-1'), { kind: 'unknown-region' });
    const typo = regionOffers('AWS::DSQL::Cluster', 'us-east1');
    assert.ok(typo?.kind === 'not-a-region' && typo.suggest.includes('us-east-1'), JSON.stringify(typo));
    assert.equal(regionOffers('AWS::Nope::Thing', 'us-east-1'), undefined);
    assert.equal(regionsOffering('AWS::Nope::Thing'), undefined);
  });
  it('missing or corrupt data turns the checks off, said once, never thrown', () => {
    const said: string[] = [];
    const prev = setReporter({ log: (_l: string, m: string) => { said.push(m); } } as never);
    try {
      setDeploySource(() => undefined);
      assert.equal(judgeRedshiftNodeType('ra3.large'), undefined);
      assert.deepEqual(opensearchVersions(), []);
      setDeploySource(() => ({ asOf: 1 }));
      assert.equal(regionOffers('AWS::DSQL::Cluster', 'us-east-1'), undefined);
      setDeploySource(() => { throw new SyntaxError('Unexpected token'); });
      assert.equal(judgeElastiCacheNodeType('cache.r7g.large'), undefined);
      assert.equal(judgeElastiCacheNodeType('cache.r7g.large'), undefined);
      assert.equal(said.length, 3, said.join('\n'));
      assert.match(said[2], /cannot be read \(SyntaxError: Unexpected token\).*ADB130–ADB139/);
    } finally {
      setDeploySource(undefined);
      setReporter(prev);
    }
  });
});
