/**
 * The study guide's six architecture patterns, as facts: shown under "Related pattern" when
 * hovering a resource type or construct that takes part in one. Checked against AWS documentation;
 * where AWS now offers something the guide does not mention (zero-ETL), or retired what it
 * suggests (multi-master), `seedSays` records what the guide said.
 */
import type { FactInput } from '../schema';

export const patternFacts: FactInput[] = [
  {
    id: 'rds.pattern-multi-tier',
    service: 'rds',
    subject: 'Pattern 1: multi-tier application with RDS Multi-AZ',
    value: 'RDS Multi-AZ in private subnets, read replicas for reads, RDS Proxy for connection pooling, ElastiCache for hot data, 7-day automated backups, encryption at rest and in transit, IAM database authentication',
    note: 'Multi-AZ doubles the instance cost; read replicas are asynchronous (replica lag).',
    targets: {
      cfn: ['AWS::RDS::DBInstance', 'AWS::RDS::DBProxy', 'AWS::ElastiCache::ReplicationGroup'],
      cli: ['rds create-db-instance', 'rds create-db-instance-read-replica', 'rds create-db-proxy'],
      cdk: ['DatabaseInstance', 'DatabaseInstanceReadReplica', 'DatabaseProxy'],
    },
    seed: 'seed [Pattern 1: Multi-Tier Application with RDS Multi-AZ]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html'],
  },
  {
    id: 'aurora.pattern-global',
    service: 'aurora',
    subject: 'Pattern 2: global application with Aurora Global Database',
    value: 'Primary Region writes, secondary Regions read locally with typically sub-second storage replication; switchover (planned) or failover (unplanned) promotes a secondary; write forwarding sends writes from secondaries to the primary',
    note: 'Cross-Region data transfer is billed; writes go to one Region. For active-active writes across Regions use Aurora DSQL.',
    seedSays: 'The study guide suggests multi-master for write scaling: Aurora Multi-Master is retired; use write forwarding or Aurora DSQL.',
    targets: {
      cfn: ['AWS::RDS::GlobalCluster', 'AWS::RDS::DBCluster'],
      cli: ['rds create-global-cluster', 'rds switchover-global-cluster', 'rds failover-global-cluster'],
      cdk: ['CfnGlobalCluster', 'DatabaseCluster'],
    },
    seed: 'seed [Pattern 2: Global Application with Aurora Global Database]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-write-forwarding.html'],
  },
  {
    id: 'dynamodb.pattern-dax',
    service: 'dynamodb',
    subject: 'Pattern 3: high throughput with DynamoDB and DAX',
    value: 'On-demand table with a GSI for the leaderboard, a 3-node DAX cluster (one per Availability Zone) for microsecond reads, global tables for multi-Region active-active, streams to Lambda, point-in-time recovery',
    note: 'DAX serves eventually consistent reads only; strongly consistent reads pass through to DynamoDB.',
    targets: {
      cfn: ['AWS::DAX::Cluster', 'AWS::DynamoDB::GlobalTable'],
      cli: ['dax create-cluster'],
      cdk: ['dax.CfnCluster', 'TableV2'],
    },
    seed: 'seed [Pattern 3: High-Throughput with DynamoDB and DAX]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html'],
  },
  {
    id: 'redshift.pattern-analytics',
    service: 'redshift',
    subject: 'Pattern 4: analytics with Aurora and Redshift',
    value: 'Aurora PostgreSQL for OLTP, Amazon Redshift (RA3 nodes, managed storage) for OLAP; Aurora zero-ETL integration replicates into Redshift in near real time without an ETL pipeline',
    note: 'Keep reporting queries off the writer: a reader instance or the zero-ETL integration.',
    seedSays: 'The study guide moves data with AWS Glue or Lambda ETL (nightly or via Kinesis); it does not mention zero-ETL integrations.',
    targets: {
      cfn: ['AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Workgroup'],
      cli: ['redshift create-cluster'],
      cdk: ['redshift.CfnCluster'],
    },
    seed: 'seed [Pattern 4: Analytics with Aurora + Redshift]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/zero-etl.html', 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html'],
  },
  {
    id: 'elasticache.pattern-caching',
    service: 'elasticache',
    subject: 'Pattern 5: caching strategy with ElastiCache',
    value: 'Redis OSS/Valkey with cluster mode enabled (3 shards × 2 replicas), Multi-AZ with automatic failover; lazy loading plus write-through with a TTL; sessions in the cache; allkeys-lru eviction',
    note: 'A TTL on every key bounds stale data; watch the hit ratio and evictions.',
    targets: {
      cfn: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::ServerlessCache'],
      cli: ['elasticache create-replication-group'],
      cdk: ['CfnReplicationGroup'],
    },
    seed: 'seed [Pattern 5: Caching Strategy with ElastiCache]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html'],
  },
  {
    id: 'dynamodb.pattern-streams',
    service: 'dynamodb',
    subject: 'Pattern 6: event-driven with DynamoDB Streams',
    value: 'Streams capture item-level changes (each stream record appears exactly once, in order per item, kept 24 hours); Lambda event source mappings process them, with an on-failure destination and idempotent handlers',
    note: 'Lambda retries a failed batch, so handlers must be idempotent (use the order id); set MaximumRetryAttempts and a DestinationConfig on failure.',
    seedSays: 'The study guide lists "exactly-once delivery" as a pro: the stream holds each record once, but Lambda processing is at-least-once (retries).',
    targets: {
      cfn: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::Table.StreamSpecification'],
      cli: ['dynamodb create-table --stream-specification'],
      cdk: ['Table', 'Table.stream'],
    },
    seed: 'seed [Pattern 6: Event-Driven with DynamoDB Streams]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html', 'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html'],
  },
];
