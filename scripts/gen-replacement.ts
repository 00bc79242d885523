/**
 * Regenerates data/replacement/replacement.json: for each stateful database resource type, which
 * CloudFormation properties require replacement when they change (`causesReplacement: 'yes'`) and
 * which only under a condition (`'maybe'`), from the CloudFormation resource specification that
 * `@aws-cdk/aws-service-spec` (Apache-2.0, devDependency) ships as db.json.gz.
 *
 * Usage: npx tsx scripts/gen-replacement.ts   (then commit data/replacement/)
 *
 * The conditions under which a "maybe" property replaces are not in the specification: they are
 * written by hand, from the CloudFormation resource reference, in src/core/dataloss/conditions.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The database resource types the data-loss guard watches, with what they hold. */
export const TYPES: Record<string, { label: string; holds: 'data' | 'member' | 'cache' }> = {
  'AWS::RDS::DBInstance': { label: 'DB instance', holds: 'data' },
  'AWS::RDS::DBCluster': { label: 'DB cluster', holds: 'data' },
  'AWS::RDS::GlobalCluster': { label: 'global database', holds: 'data' },
  'AWS::DynamoDB::Table': { label: 'DynamoDB table', holds: 'data' },
  'AWS::DynamoDB::GlobalTable': { label: 'DynamoDB global table', holds: 'data' },
  'AWS::ElastiCache::CacheCluster': { label: 'cache cluster', holds: 'data' },
  'AWS::ElastiCache::ReplicationGroup': { label: 'replication group', holds: 'data' },
  'AWS::ElastiCache::ServerlessCache': { label: 'serverless cache', holds: 'data' },
  'AWS::ElastiCache::GlobalReplicationGroup': { label: 'Global Datastore', holds: 'data' },
  'AWS::MemoryDB::Cluster': { label: 'MemoryDB cluster', holds: 'data' },
  'AWS::MemoryDB::MultiRegionCluster': { label: 'MemoryDB multi-Region cluster', holds: 'data' },
  'AWS::DocDB::DBCluster': { label: 'DocumentDB cluster', holds: 'data' },
  'AWS::DocDB::DBInstance': { label: 'DocumentDB instance', holds: 'member' },
  'AWS::DocDB::GlobalCluster': { label: 'DocumentDB global cluster', holds: 'data' },
  'AWS::DocDBElastic::Cluster': { label: 'DocumentDB elastic cluster', holds: 'data' },
  'AWS::Neptune::DBCluster': { label: 'Neptune cluster', holds: 'data' },
  'AWS::Neptune::DBInstance': { label: 'Neptune instance', holds: 'member' },
  'AWS::Neptune::GlobalCluster': { label: 'Neptune global database', holds: 'data' },
  'AWS::NeptuneGraph::Graph': { label: 'Neptune Analytics graph', holds: 'data' },
  'AWS::Redshift::Cluster': { label: 'Redshift cluster', holds: 'data' },
  'AWS::RedshiftServerless::Namespace': { label: 'Redshift Serverless namespace', holds: 'data' },
  'AWS::OpenSearchService::Domain': { label: 'OpenSearch domain', holds: 'data' },
  'AWS::Elasticsearch::Domain': { label: 'Elasticsearch domain', holds: 'data' },
  'AWS::Cassandra::Keyspace': { label: 'Keyspaces keyspace', holds: 'data' },
  'AWS::Cassandra::Table': { label: 'Keyspaces table', holds: 'data' },
  'AWS::Timestream::Database': { label: 'Timestream database', holds: 'data' },
  'AWS::Timestream::Table': { label: 'Timestream table', holds: 'data' },
  'AWS::Timestream::InfluxDBInstance': { label: 'Timestream for InfluxDB instance', holds: 'data' },
  'AWS::Timestream::InfluxDBCluster': { label: 'Timestream for InfluxDB cluster', holds: 'data' },
  'AWS::DSQL::Cluster': { label: 'Aurora DSQL cluster', holds: 'data' },
  'AWS::DAX::Cluster': { label: 'DAX cluster', holds: 'cache' },
};

interface SpecProperty {
  type?: SpecType;
  causesReplacement?: 'yes' | 'maybe';
}
interface SpecType {
  type: string;
  element?: SpecType;
  reference?: { $ref: string };
}
interface SpecEntity {
  $id: string;
  cloudFormationType?: string;
  properties: Record<string, SpecProperty>;
  isStateful?: boolean;
}

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const pkgDir = path.join(root, 'node_modules', '@aws-cdk', 'aws-service-spec');
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(pkgDir, 'db.json.gz'))).toString('utf8')) as {
  schema: { resource: { entities: Record<string, SpecEntity> }; typeDefinition: { entities: Record<string, SpecEntity> } };
};
const resources = Object.values(db.schema.resource.entities);
const typeDefs = new Map(Object.values(db.schema.typeDefinition.entities).map((t) => [t.$id, t]));

/**
 * Replacing properties of one resource: top-level ones, and nested ones (dotted path, list items
 * transparent) under a parent that does not replace itself. A nested "maybe" is left out: in the
 * specification it comes from a property type shared between places that replace and places that
 * do not (a key schema in a table and in an index), not from a documented condition.
 */
function walk(props: Record<string, SpecProperty>, prefix: string, yes: string[], maybe: string[], seen: Set<string>): void {
  for (const [name, p] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    const at = prefix ? `${prefix}.${name}` : name;
    if (p.causesReplacement === 'yes') {
      yes.push(at);
      continue;
    }
    if (p.causesReplacement === 'maybe' && !prefix) maybe.push(at);
    let t = p.type;
    while (t && (t.type === 'array' || t.type === 'map')) t = t.element;
    const ref = t?.type === 'ref' ? t.reference?.$ref : undefined;
    const def = ref ? typeDefs.get(ref) : undefined;
    if (def && !seen.has(def.$id) && at.split('.').length < 4) walk(def.properties, at, yes, maybe, new Set([...seen, def.$id]));
  }
}

const types: Record<string, unknown> = {};
for (const [type, info] of Object.entries(TYPES)) {
  const r = resources.find((x) => x.cloudFormationType === type);
  if (!r) throw new Error(`${type} is not in @aws-cdk/aws-service-spec ${pkg.version}`);
  const yes: string[] = [];
  const maybe: string[] = [];
  walk(r.properties, '', yes, maybe, new Set());
  types[type] = { label: info.label, holds: info.holds, specStateful: r.isStateful === true, replaces: yes, conditional: maybe };
}

const out = {
  $comment: 'Generated by scripts/gen-replacement.ts from @aws-cdk/aws-service-spec; do not edit. See NOTICE in this folder.',
  source: { package: '@aws-cdk/aws-service-spec', version: pkg.version, license: 'Apache-2.0', repository: 'https://github.com/cdklabs/awscdk-service-spec', path: 'packages/@aws-cdk/aws-service-spec/db.json.gz' },
  types,
};
const dir = path.join(root, 'data', 'replacement');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'replacement.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote data/replacement/replacement.json (${Object.keys(types).length} types, @aws-cdk/aws-service-spec ${pkg.version})`);
