/**
 * What each database resource type is, in one line, with the CloudFormation reference page as
 * its source. The limits themselves come from the knowledge base; this is only the "what it is".
 */

/** One line per type: what it creates. */
export const RESOURCE_TYPES: Record<string, string> = {
  'AWS::RDS::DBInstance': 'An RDS DB instance (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Db2), or one instance of an Aurora cluster.',
  'AWS::RDS::DBCluster': 'An Aurora DB cluster (shared storage, one writer and up to 15 readers) or a Multi-AZ DB cluster of RDS for MySQL/PostgreSQL.',
  'AWS::RDS::GlobalCluster': 'An Aurora Global Database: one primary Region that writes and secondary Regions that read, replicated by storage.',
  'AWS::RDS::DBProxy': 'RDS Proxy: a managed connection pool in front of an RDS or Aurora database.',
  'AWS::RDS::DBProxyTargetGroup': 'The RDS Proxy target group: which DB instance or cluster the proxy connects to, and its pool settings.',
  'AWS::RDS::DBProxyEndpoint': 'An extra RDS Proxy endpoint (for example a read-only endpoint, or one in another VPC).',
  'AWS::RDS::DBSubnetGroup': 'The private subnets (at least two Availability Zones) an RDS or Aurora database is placed in.',
  'AWS::RDS::DBParameterGroup': 'Engine configuration for RDS DB instances.',
  'AWS::RDS::DBClusterParameterGroup': 'Engine configuration for an Aurora or Multi-AZ DB cluster.',
  'AWS::RDS::OptionGroup': 'Additional engine features for RDS (Oracle TDE, SQL Server native backup, ...).',
  'AWS::DSQL::Cluster': 'An Aurora DSQL cluster: serverless distributed SQL (PostgreSQL-compatible), single-Region or multi-Region active-active with a witness Region.',
  'AWS::DynamoDB::Table': 'A DynamoDB table (key-value and document, serverless), with its indexes, streams and backups.',
  'AWS::DynamoDB::GlobalTable': 'A DynamoDB global table: one table replicated multi-active across Regions, declared with all its replicas.',
  'AWS::DAX::Cluster': 'A DynamoDB Accelerator (DAX) cluster: an in-memory, write-through cache in front of DynamoDB.',
  'AWS::DAX::SubnetGroup': 'The subnets a DAX cluster runs in.',
  'AWS::DAX::ParameterGroup': 'TTL and other settings of a DAX cluster.',
  'AWS::ElastiCache::ReplicationGroup': 'An ElastiCache for Redis OSS/Valkey replication group: one or more shards, each a primary with up to 5 replicas.',
  'AWS::ElastiCache::CacheCluster': 'An ElastiCache cluster: Memcached nodes, or a single-node Redis OSS cluster without replication.',
  'AWS::ElastiCache::ServerlessCache': 'ElastiCache Serverless (Valkey, Redis OSS or Memcached): capacity scales automatically.',
  'AWS::ElastiCache::GlobalReplicationGroup': 'An ElastiCache Global Datastore: cross-Region replication of a Redis OSS/Valkey replication group.',
  'AWS::ElastiCache::SubnetGroup': 'The subnets ElastiCache nodes run in.',
  'AWS::MemoryDB::Cluster': 'A MemoryDB cluster: durable in-memory database (Valkey/Redis OSS compatible) with a Multi-AZ transaction log.',
  'AWS::DocDB::DBCluster': 'An Amazon DocumentDB (MongoDB-compatible) cluster: shared storage, up to 15 replicas.',
  'AWS::DocDB::DBInstance': 'An instance of an Amazon DocumentDB cluster.',
  'AWS::DocDBElastic::Cluster': 'An Amazon DocumentDB elastic cluster: sharded, scaling to millions of writes per second.',
  'AWS::Neptune::DBCluster': 'An Amazon Neptune graph database cluster (Gremlin, openCypher, SPARQL).',
  'AWS::Neptune::DBInstance': 'An instance of an Amazon Neptune cluster.',
  'AWS::Cassandra::Keyspace': 'An Amazon Keyspaces (Apache Cassandra-compatible) keyspace.',
  'AWS::Cassandra::Table': 'An Amazon Keyspaces table, serverless, with on-demand or provisioned capacity.',
  'AWS::Timestream::Database': 'A Timestream for LiveAnalytics database (closed to new customers).',
  'AWS::Timestream::Table': 'A Timestream for LiveAnalytics table with memory-store and magnetic-store retention (closed to new customers).',
  'AWS::Timestream::InfluxDBInstance': 'A Timestream for InfluxDB instance: managed InfluxDB for time-series data.',
  'AWS::QLDB::Ledger': 'An Amazon QLDB ledger (the service has reached end of support).',
  'AWS::OpenSearchService::Domain': 'An Amazon OpenSearch Service domain: search and log analytics cluster.',
  'AWS::DMS::ReplicationInstance': 'An AWS DMS replication instance: the server that runs migration and CDC tasks.',
  'AWS::DMS::Endpoint': 'An AWS DMS source or target endpoint: how DMS connects to a database.',
  'AWS::DMS::ReplicationTask': 'An AWS DMS task: full load, CDC or both, from a source endpoint to a target endpoint.',
  'AWS::DMS::ReplicationConfig': 'AWS DMS Serverless: a replication that provisions its own capacity.',
  'AWS::Redshift::Cluster': 'An Amazon Redshift provisioned data warehouse cluster.',
  'AWS::RedshiftServerless::Workgroup': 'An Amazon Redshift Serverless workgroup.',
};

/** The CloudFormation Template Reference page of a resource type. */
export function cfnDocUrl(type: string): string {
  const [, svc, res] = type.split('::');
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${(svc ?? '').toLowerCase()}-${(res ?? '').toLowerCase()}.html`;
}
