/**
 * The values a database property takes, for completion in every form: what AWS offers (engines,
 * engine versions newest first with their end of standard support, instance classes for the engine
 * and version, parameter-group families, node types: src/core/deploy), the closed enums of the
 * CloudFormation schema (src/core/schema), and a few documented lists the schemas leave open
 * (storage types, engine modes, DynamoDB's enums). Pure; every list is loaded on first use.
 */
import { ELASTICACHE_ENGINES, elasticacheEngineVersions, elasticacheFamilies, elasticacheNodeTypes } from '../deploy/elasticache';
import { opensearchInstanceTypes, opensearchVersions } from '../deploy/opensearch';
import { DOCDB_VERSIONS, docdbInstanceClasses, neptuneInstanceClasses, rdsDeprecatedVersions, rdsEngines, rdsEngineVersions, rdsFamilyOf, rdsInstanceClasses } from '../deploy/rds';
import { redshiftNodeTypes } from '../deploy/redshift';
import { familyOf } from '../rules/rds/common';
import { ended, supportEnd } from '../rules/rds/engine-support';
import { resourceSchema, shapeAt } from '../schema';

export interface ValueSuggestion {
  value: string;
  /** Shown beside the value (`end of standard support 2028-02-28`, `deprecated`). */
  detail?: string;
  /** Order: the list's own order (newest first for versions). */
  sort: string;
}

/** What the completion knows of the resource around the value (its Engine and EngineVersion when literal). */
export interface ValueContext {
  engine?: string;
  version?: string;
  /** Today, for "standard support ended" (default: the clock). */
  now?: Date;
}

/** Documented values the CloudFormation schemas leave open (type -> dotted path -> values, source). */
const DOCUMENTED: Record<string, Record<string, { values: string[]; url: string }>> = {
  'AWS::RDS::DBInstance': {
    StorageType: { values: ['gp3', 'gp2', 'io2', 'io1', 'standard'], url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html' },
  },
  'AWS::RDS::DBCluster': {
    StorageType: { values: ['aurora', 'aurora-iopt1', 'gp3', 'io1', 'io2'], url: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html' },
    EngineMode: { values: ['provisioned', 'serverless', 'parallelquery', 'global', 'multimaster'], url: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html' },
  },
  'AWS::DynamoDB::Table': {
    BillingMode: { values: ['PAY_PER_REQUEST', 'PROVISIONED'], url: DDB('CreateTable') },
    TableClass: { values: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'], url: DDB('CreateTable') },
    'AttributeDefinitions.AttributeType': { values: ['S', 'N', 'B'], url: DDB('AttributeDefinition') },
    'KeySchema.KeyType': { values: ['HASH', 'RANGE'], url: DDB('KeySchemaElement') },
    'GlobalSecondaryIndexes.KeySchema.KeyType': { values: ['HASH', 'RANGE'], url: DDB('KeySchemaElement') },
    'LocalSecondaryIndexes.KeySchema.KeyType': { values: ['HASH', 'RANGE'], url: DDB('KeySchemaElement') },
    'GlobalSecondaryIndexes.Projection.ProjectionType': { values: ['ALL', 'KEYS_ONLY', 'INCLUDE'], url: DDB('Projection') },
    'LocalSecondaryIndexes.Projection.ProjectionType': { values: ['ALL', 'KEYS_ONLY', 'INCLUDE'], url: DDB('Projection') },
    'StreamSpecification.StreamViewType': { values: ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'], url: DDB('StreamSpecification') },
    'SSESpecification.SSEType': { values: ['KMS'], url: DDB('SSESpecification') },
  },
  'AWS::DynamoDB::GlobalTable': {
    BillingMode: { values: ['PAY_PER_REQUEST', 'PROVISIONED'], url: DDB('CreateTable') },
    'AttributeDefinitions.AttributeType': { values: ['S', 'N', 'B'], url: DDB('AttributeDefinition') },
    'KeySchema.KeyType': { values: ['HASH', 'RANGE'], url: DDB('KeySchemaElement') },
    'StreamSpecification.StreamViewType': { values: ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'], url: DDB('StreamSpecification') },
  },
};
function DDB(api: string): string {
  return `https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_${api}.html`;
}

const RDS_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);
/** Engines a DB cluster takes: Aurora, and MySQL/PostgreSQL for Multi-AZ DB clusters. */
const CLUSTER_ENGINE = /^(aurora-mysql|aurora-postgresql|mysql|postgres)$/;

const list = (values: readonly string[], detail?: (v: string) => string | undefined): ValueSuggestion[] =>
  values.map((value, i) => {
    const d = detail?.(value);
    return { value, sort: String(i).padStart(5, '0'), ...(d ? { detail: d } : {}) };
  });

const SIZES = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge'];
/** Newest generation first, then family, then size (`db.r7g.large` before `db.r5.large` before `db.m1.small`). */
export function byGeneration(types: readonly string[]): string[] {
  const key = (t: string) => {
    const m = /^(?:db|cache)\.([a-z]+)(\d+)([a-z-]*)\.(\d*)([a-z]+)$/.exec(t);
    if (!m) return { gen: -1, fam: t, size: 0 };
    const rank = SIZES.indexOf(m[5]);
    return { gen: Number(m[2]), fam: `${m[1]}${m[3]}`, size: (rank < 0 ? 99 : rank) * 1000 + Number(m[4] || 0) };
  };
  return [...types].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return y.gen - x.gen || x.fam.localeCompare(y.fam) || x.size - y.size || a.localeCompare(b);
  });
}

/** `end of standard support 2027-02-28` or `standard support ended 2026-07-31` (ADB017's facts), `deprecated`, or nothing. */
function versionDetail(engine: string, deprecated: Set<string>, now: Date): (v: string) => string | undefined {
  const fam = familyOf(engine);
  return (v) => {
    const parts: string[] = [];
    if (deprecated.has(v)) parts.push('deprecated: no new instances');
    const end = fam ? supportEnd(fam, v) : undefined;
    if (end?.date) parts.push(ended(end, now) ? `standard support ended ${end.date}` : `end of standard support ${end.date}`);
    else if (end) parts.push('past end of standard support');
    return parts.join(' · ') || undefined;
  };
}

/** Every RDS parameter-group family the data can name (one per engine and major version), sorted. */
function rdsFamilies(): string[] {
  const out = new Set<string>();
  for (const e of rdsEngines() ?? []) for (const v of rdsEngineVersions(e) ?? []) {
    const f = rdsFamilyOf(e, v);
    if (f) out.add(f);
  }
  return [...out].sort();
}

/** The values of a property of a resource type (`path` dotted inside Properties), best first; [] when none are known. */
export function valueSuggestions(type: string, path: string, ctx: ValueContext = {}): ValueSuggestion[] {
  const engine = ctx.engine?.toLowerCase();
  const deploy = deployValues(type, path, engine, ctx.version, ctx.now ?? new Date());
  if (deploy?.length) return deploy;
  const doc = DOCUMENTED[type]?.[path];
  if (doc) return list(doc.values);
  // The schema's closed enum.
  const schema = resourceSchema(type);
  if (schema) {
    const keys = path.split('.');
    const shape = shapeAt(schema, keys.slice(0, -1));
    const p = shape?.p[keys[keys.length - 1]];
    if (p?.e) return list(p.e);
    if (p?.t === 'b') return list(['true', 'false']);
  }
  return [];
}

/** Properties whose values come from the deploy data (type -> paths). */
const DEPLOY_PATHS: Record<string, string[]> = {
  'AWS::RDS::DBInstance': ['Engine', 'EngineVersion', 'DBInstanceClass'],
  'AWS::RDS::DBCluster': ['Engine', 'EngineVersion', 'DBClusterInstanceClass'],
  'AWS::RDS::DBParameterGroup': ['Family'],
  'AWS::RDS::DBClusterParameterGroup': ['Family'],
  'AWS::DocDB::DBCluster': ['EngineVersion'],
  'AWS::DocDB::DBInstance': ['DBInstanceClass'],
  'AWS::Neptune::DBInstance': ['DBInstanceClass'],
  'AWS::ElastiCache::CacheCluster': ['Engine', 'EngineVersion', 'CacheNodeType'],
  'AWS::ElastiCache::ReplicationGroup': ['Engine', 'EngineVersion', 'CacheNodeType'],
  'AWS::ElastiCache::GlobalReplicationGroup': ['Engine', 'EngineVersion', 'CacheNodeType'],
  'AWS::ElastiCache::ServerlessCache': ['Engine'],
  'AWS::ElastiCache::ParameterGroup': ['CacheParameterGroupFamily'],
  'AWS::Redshift::Cluster': ['NodeType'],
  'AWS::OpenSearchService::Domain': ['EngineVersion', 'ClusterConfig.InstanceType', 'ClusterConfig.DedicatedMasterType', 'ClusterConfig.WarmType'],
  'AWS::Elasticsearch::Domain': ['ElasticsearchClusterConfig.InstanceType', 'ElasticsearchClusterConfig.DedicatedMasterType'],
};

/** Whether valueSuggestions may list values for the property (cheap: no list is computed). */
export function hasValues(type: string, path: string): boolean {
  if (DEPLOY_PATHS[type]?.includes(path) || DOCUMENTED[type]?.[path]) return true;
  const schema = resourceSchema(type);
  if (!schema) return false;
  const keys = path.split('.');
  const p = shapeAt(schema, keys.slice(0, -1))?.p[keys[keys.length - 1]];
  return !!p && (!!p.e || p.t === 'b');
}

function deployValues(type: string, path: string, engine: string | undefined, version: string | undefined, now: Date): ValueSuggestion[] | undefined {
  if (RDS_TYPES.has(type)) {
    if (path === 'Engine') {
      const all = (rdsEngines() ?? []).filter((e) => e !== 'neptune' && e !== 'docdb' && e !== 'aurora');
      return list(type === 'AWS::RDS::DBCluster' ? all.filter((e) => CLUSTER_ENGINE.test(e)) : all);
    }
    if (path === 'EngineVersion' && engine) {
      const vs = rdsEngineVersions(engine);
      return vs && list(vs, versionDetail(engine, new Set(rdsDeprecatedVersions(engine) ?? []), now));
    }
    if (path === 'DBInstanceClass' && type === 'AWS::RDS::DBInstance') {
      const cs = engine ? rdsInstanceClasses(engine, version) : undefined;
      return cs && list(byGeneration(cs));
    }
    if (path === 'DBClusterInstanceClass' && engine) {
      const cs = rdsInstanceClasses(engine, version);
      return cs && list(byGeneration(cs));
    }
  }
  if ((type === 'AWS::RDS::DBParameterGroup' || type === 'AWS::RDS::DBClusterParameterGroup') && path === 'Family') {
    const fs = rdsFamilies();
    return list(type === 'AWS::RDS::DBClusterParameterGroup' ? fs.filter((f) => /^(aurora|mysql|postgres)/.test(f)) : fs);
  }
  if (type === 'AWS::DocDB::DBCluster' && path === 'EngineVersion') return list(DOCDB_VERSIONS);
  if (type === 'AWS::DocDB::DBInstance' && path === 'DBInstanceClass') return list(byGeneration(docdbInstanceClasses() ?? []));
  if (type === 'AWS::Neptune::DBInstance' && path === 'DBInstanceClass') return list(byGeneration(neptuneInstanceClasses() ?? []));
  if (type === 'AWS::ElastiCache::CacheCluster' || type === 'AWS::ElastiCache::ReplicationGroup' || type === 'AWS::ElastiCache::GlobalReplicationGroup') {
    if (path === 'Engine') return list(type === 'AWS::ElastiCache::ReplicationGroup' ? ELASTICACHE_ENGINES.filter((e) => e !== 'memcached') : ELASTICACHE_ENGINES);
    if (path === 'EngineVersion') return list(elasticacheEngineVersions(engine ?? (type === 'AWS::ElastiCache::CacheCluster' ? 'redis' : 'valkey')));
    if (path === 'CacheNodeType') return list(byGeneration(elasticacheNodeTypes(engine)));
  }
  if (type === 'AWS::ElastiCache::ServerlessCache' && path === 'Engine') return list(ELASTICACHE_ENGINES);
  if (type === 'AWS::ElastiCache::ParameterGroup' && path === 'CacheParameterGroupFamily') return list(elasticacheFamilies());
  if (type === 'AWS::Redshift::Cluster' && path === 'NodeType') return list(redshiftNodeTypes());
  if (type === 'AWS::OpenSearchService::Domain') {
    if (path === 'EngineVersion') return list(opensearchVersions());
    if (path === 'ClusterConfig.InstanceType' || path === 'ClusterConfig.DedicatedMasterType') return list(opensearchInstanceTypes());
    if (path === 'ClusterConfig.WarmType') return list(opensearchInstanceTypes({ warm: true }));
  }
  if (type === 'AWS::Elasticsearch::Domain') {
    if (path === 'ElasticsearchClusterConfig.InstanceType' || path === 'ElasticsearchClusterConfig.DedicatedMasterType') return list(opensearchInstanceTypes({ legacy: true }));
  }
  return undefined;
}
