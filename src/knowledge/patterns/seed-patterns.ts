/** The study guide's six architecture patterns ("## Architecture Patterns"), checked against AWS documentation. */
import type { Pattern } from './types';
import { cfn } from './fallbacks';

export const seedPatterns: Pattern[] = [
  {
    id: 'multi-tier-rds',
    title: 'Multi-tier application with RDS Multi-AZ',
    origin: 'Pattern 1',
    seed: 'seed [Pattern 1: Multi-Tier Application with RDS Multi-AZ]',
    summary: 'An RDS MySQL or PostgreSQL primary with a synchronous Multi-AZ standby in private subnets, read replicas for read scaling, RDS Proxy for connection pooling and ElastiCache for hot data.',
    whenToChoose: [
      'Relational data with ACID transactions and a read-heavy workload (e-commerce, line-of-business apps).',
      'High availability inside one Region: automatic failover to the standby.',
      'Many short-lived connections (Lambda, autoscaling fleets): put RDS Proxy in front.',
    ],
    note: 'The standby of a Multi-AZ DB instance serves no reads; read replicas are asynchronous, so reads from them can lag.',
    facts: ['rds.pattern-multi-tier', 'rds.multi-az-failover', 'rds.read-replicas', 'rds-proxy.pooling', 'rds.backup-retention'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html'],
    keywords: ['rds', 'mysql', 'postgresql', 'multi-az', 'read replica', 'proxy', 'elasticache', 'high availability', 'e-commerce'],
    mermaid: `flowchart LR
  app["App tier (Auto Scaling)"]
  subgraph vpc["VPC, private subnets"]
    proxy(["RDS Proxy"])
    cache[["ElastiCache (Redis OSS / Valkey)"]]
    subgraph aza["AZ a"]
      primary[("Primary DB instance")]
    end
    subgraph azb["AZ b"]
      standby[("Multi-AZ standby (no reads)")]
      rr1[("Read replica 1")]
    end
    subgraph azc["AZ c"]
      rr2[("Read replica 2")]
    end
  end
  app --> proxy
  app -->|hot data| cache
  proxy -->|writes| primary
  app -->|reads| rr1
  app -->|reads| rr2
  primary -. synchronous .-> standby
  primary -. asynchronous .-> rr1
  primary -. asynchronous .-> rr2
  primary --> backups[/"Automated backups (7 days), snapshots"/]
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-rds-instance'], seedPattern: 1, fallback: cfn.multiTier },
  },
  {
    id: 'aurora-global',
    title: 'Global application with Aurora Global Database',
    origin: 'Pattern 2',
    seed: 'seed [Pattern 2: Global Application with Aurora Global Database]',
    summary: 'One primary Aurora cluster takes the writes; secondary clusters in other Regions get the data through storage-level replication, typically under a second behind, and serve local reads.',
    whenToChoose: [
      'Users on several continents need low-latency reads.',
      'Disaster recovery across Regions with a small RPO: promote a secondary if the primary Region fails.',
      'Writes can go to one Region (or be forwarded there with write forwarding).',
    ],
    note: 'The study guide suggests multi-master for write scaling: Aurora Multi-Master is retired. For writes in several Regions at once, use Aurora DSQL or DynamoDB global tables.',
    facts: ['aurora.pattern-global', 'aurora.global-secondary-regions', 'aurora.global-rpo-rto', 'aurora.global-write-forwarding', 'aurora.multimaster-retired'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html'],
    keywords: ['aurora', 'global database', 'multi-region', 'disaster recovery', 'route 53', 'latency', 'write forwarding'],
    mermaid: `flowchart LR
  users(("Users")) --> r53{{"Route 53 latency routing"}}
  subgraph p["Primary Region (us-east-1)"]
    appP["App"] -->|reads and writes| writer[("Aurora writer")]
    appP --> readerP[("Aurora readers")]
    volP[("Cluster volume")]
  end
  subgraph s1["Secondary Region (eu-west-1)"]
    appS1["App"] -->|local reads| readerS1[("Aurora readers")]
    volS1[("Cluster volume")]
  end
  subgraph s2["Secondary Region (ap-southeast-1)"]
    appS2["App"] -->|local reads| readerS2[("Aurora readers")]
    volS2[("Cluster volume")]
  end
  r53 --> appP
  r53 --> appS1
  r53 --> appS2
  writer --- volP
  volP -. "storage replication, typically < 1 s" .-> volS1
  volP -. "storage replication, typically < 1 s" .-> volS2
  appS1 -. "writes (or write forwarding)" .-> writer
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-aurora-global-cluster'], seedPattern: 2, fallback: cfn.auroraGlobal },
  },
  {
    id: 'dynamodb-dax',
    title: 'High throughput with DynamoDB and DAX',
    origin: 'Pattern 3',
    seed: 'seed [Pattern 3: High-Throughput with DynamoDB and DAX]',
    summary: 'An on-demand DynamoDB table with a GSI for the leaderboard, a DAX cluster (one node per Availability Zone) in front for microsecond cached reads, global tables for other Regions and streams for notifications.',
    whenToChoose: [
      'Key-value access at very high, spiky request rates (gaming, leaderboards, sessions).',
      'Read latency in microseconds for repeated eventually consistent reads.',
      'No joins or ad-hoc queries: access patterns are known in advance.',
    ],
    note: 'DAX caches eventually consistent reads only: strongly consistent reads and transactions pass through to DynamoDB.',
    facts: ['dynamodb.pattern-dax', 'dax.latency', 'dax.replication-factor', 'dynamodb.capacity-modes', 'dynamodb.gsi-limit', 'dynamodb.pitr'],
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html'],
    keywords: ['dynamodb', 'dax', 'gaming', 'leaderboard', 'gsi', 'on-demand', 'cache', 'microsecond'],
    mermaid: `flowchart LR
  client["Game servers (DAX client)"] --> dax[["DAX cluster, 3 nodes in 3 AZs"]]
  dax -->|cache miss, writes| table[("DynamoDB table (on-demand), PK UserId, SK GameId")]
  table --> gsi[("GSI: GameId + Score (leaderboard)")]
  table -->|stream| lambda["Lambda: notifications"]
  table -. global tables .-> other[("Replica table in another Region")]
  client -. "strongly consistent reads bypass the cache" .-> table
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dax-cluster'], seedPattern: 3, fallback: cfn.dynamoDax },
  },
  {
    id: 'aurora-redshift-analytics',
    title: 'Analytics with Aurora and Redshift',
    origin: 'Pattern 4',
    seed: 'seed [Pattern 4: Analytics with Aurora + Redshift]',
    summary: 'Aurora PostgreSQL runs the transactions; Amazon Redshift runs the analytics. Data flows through a zero-ETL integration (or an ETL job reading from a reader instance); S3 holds the data lake.',
    whenToChoose: [
      'OLTP and OLAP must not slow each other down.',
      'Business intelligence over the transactional data plus a data lake in S3.',
      'Near-real-time dashboards: zero-ETL instead of nightly batch jobs.',
    ],
    note: 'The study guide moves data with Glue or Lambda ETL; AWS now also offers Aurora zero-ETL integrations with Redshift, without a pipeline to run.',
    facts: ['redshift.pattern-analytics', 'redshift.role', 'aurora.replicas-per-cluster', 'redshift.encrypted'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/zero-etl.html'],
    keywords: ['aurora', 'redshift', 'olap', 'oltp', 'zero-etl', 'glue', 's3', 'quicksight', 'data warehouse', 'bi'],
    mermaid: `flowchart LR
  app["Orders app"] --> writer[("Aurora PostgreSQL writer")]
  writer --- reader[("Aurora reader (reporting, ETL)")]
  writer ==>|zero-ETL integration| rs[("Amazon Redshift (RA3 / Serverless)")]
  reader -. "or ETL: Glue / Lambda" .-> s3[/"S3 data lake"/]
  s3 -->|Redshift Spectrum| rs
  rs --> qs["QuickSight dashboards"]
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-redshift-cluster'], seedPattern: 4, fallback: cfn.analytics },
  },
  {
    id: 'elasticache-caching',
    title: 'Caching strategy with ElastiCache',
    origin: 'Pattern 5',
    seed: 'seed [Pattern 5: Caching Strategy with ElastiCache]',
    summary: 'An ElastiCache (Valkey or Redis OSS) cluster with cluster mode enabled (shards with replicas, Multi-AZ automatic failover) in front of RDS PostgreSQL Multi-AZ: lazy loading plus write-through with a TTL, shared sessions, pub/sub.',
    whenToChoose: [
      'Expensive queries (joins, aggregates) read far more often than the data changes.',
      'Sessions shared across stateless app instances.',
      'Sub-millisecond reads, and the app can tolerate (bounded) stale data.',
    ],
    facts: ['elasticache.pattern-caching', 'elasticache.cluster-mode-shards', 'elasticache.replicas-per-shard', 'elasticache.automatic-failover', 'elasticache.encryption-in-transit'],
    sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html'],
    keywords: ['elasticache', 'redis', 'valkey', 'cache', 'session', 'lazy loading', 'write-through', 'ttl', 'cluster mode', 'pub/sub'],
    mermaid: `flowchart LR
  app["App instances"] -->|"1. GET key"| cache
  subgraph cache["ElastiCache, cluster mode enabled (3 shards x 1 primary + 2 replicas, Multi-AZ)"]
    s1[["Shard 1"]]
    s2[["Shard 2"]]
    s3[["Shard 3"]]
  end
  app -->|"2. on miss: SELECT"| db[("RDS PostgreSQL Multi-AZ")]
  app -->|"3. SET key, TTL 1 h"| cache
  app -->|"writes: DB, then cache (write-through)"| db
  app -. sessions, pub/sub .-> cache
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-elasticache-replication-group'], seedPattern: 5, fallback: cfn.elasticache },
  },
  {
    id: 'dynamodb-streams-events',
    title: 'Event-driven with DynamoDB Streams',
    origin: 'Pattern 6',
    seed: 'seed [Pattern 6: Event-Driven with DynamoDB Streams]',
    summary: 'An orders table whose stream (item-level INSERT, MODIFY, REMOVE records kept 24 hours) triggers Lambda functions for inventory, notifications and analytics, with a failure destination for records that keep failing.',
    whenToChoose: [
      'Several downstream systems react to the same changes, decoupled from the writer.',
      'Serverless processing that scales with the table.',
      'Consumers can be idempotent (keyed on OrderId).',
    ],
    note: 'Each stream record appears once in the stream, but Lambda can deliver a batch more than once: the guide\'s "exactly-once delivery" needs idempotent consumers.',
    facts: ['dynamodb.pattern-streams', 'dynamodb.streams', 'dynamodb.item-size'],
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html'],
    keywords: ['dynamodb', 'streams', 'lambda', 'event-driven', 'orders', 'kinesis', 'firehose', 'dlq', 'idempotency'],
    mermaid: `flowchart LR
  api["Order API"] -->|PutItem| orders[("Orders table, PK OrderId")]
  orders -->|"stream: NEW_AND_OLD_IMAGES, 24 h"| esm{{"Lambda event source mapping"}}
  esm --> inv["Inventory Lambda"] --> invt[("Inventory table")]
  esm --> notify["Notification Lambda"] --> sns["SNS: email / SMS"]
  esm --> analytics["Analytics Lambda"] --> fh["Firehose"] --> s3[/"S3 + Athena"/]
  esm -. "failed batches" .-> dlq[/"On-failure destination (SQS)"/]
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dynamodb-table'], seedPattern: 6, fallback: cfn.streams },
  },
];
