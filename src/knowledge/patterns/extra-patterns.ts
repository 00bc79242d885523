/** Entries beyond the study guide's list: regional failover, DSQL, global tables, HA vs scaling, caching strategies. */
import type { Pattern } from './types';
import { cdk, cfn } from './fallbacks';

export const extraPatterns: Pattern[] = [
  {
    id: 'aurora-global-failover',
    title: 'Aurora Global Database: regional switchover and failover',
    origin: '',
    seed: 'seed [Pattern 2: Global Application with Aurora Global Database]',
    summary: 'How the primary Region moves: a switchover (planned) synchronises first and loses no data; a failover (unplanned, AllowDataLoss) promotes a secondary at once and can lose writes not yet replicated. The old primary rejoins as a secondary.',
    whenToChoose: [
      'Regional outage: fail over to the secondary with the least lag.',
      'Regional rotation or a DR drill: switch over, no data loss.',
      'Applications connect through the global writer endpoint, so they follow the move.',
    ],
    facts: ['aurora.global-rpo-rto', 'aurora.global-secondary-regions', 'aurora.failover-readers'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html'],
    keywords: ['aurora', 'global database', 'failover', 'switchover', 'disaster recovery', 'rpo', 'rto', 'allow data loss', 'region outage'],
    mermaid: `flowchart TB
  subgraph before["Before: us-east-1 is primary"]
    p1[("us-east-1: writer")] -. "replication < 1 s" .-> s1[("eu-west-1: readers")]
  end
  subgraph after["After: eu-west-1 is primary"]
    p2[("eu-west-1: writer (promoted)")] -. replication .-> s2[("us-east-1: secondary (rejoined)")]
  end
  before -->|"switchover-global-cluster: planned, no data loss"| after
  before -->|"failover-global-cluster --allow-data-loss: outage, RPO = lag"| after
  gw{{"Global writer endpoint"}} -. follows the primary .-> p2
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-aurora-global-cluster'], fallback: cfn.auroraGlobal },
  },
  {
    id: 'dsql-multi-region',
    title: 'Aurora DSQL: multi-Region active-active with a witness Region',
    origin: '',
    seed: 'DSQL [Core Features]',
    summary: 'Aurora DSQL is a serverless, distributed, PostgreSQL-compatible database. A multi-Region cluster is two peered clusters in two Regions, both readable and writable with strong consistency, plus a witness Region that keeps encrypted transaction logs for quorum and has no endpoint.',
    whenToChoose: [
      'Writes in two Regions at once with strong consistency (payments, inventory, global SaaS).',
      'No instances to size or patch: pay per use.',
      'The workload fits PostgreSQL with optimistic concurrency: conflicting transactions fail at commit and are retried.',
    ],
    note: 'The DSQL study notes call it "Aurora MySQL/PostgreSQL extended" with last-writer-wins conflict handling and instance-hour pricing. AWS documents a serverless PostgreSQL-compatible service (no MySQL, no instances) where concurrency conflicts abort a transaction at commit (SQLSTATE 40001) for the client to retry.',
    facts: ['aurora-dsql.engine', 'aurora-dsql.multi-region-witness', 'aurora-dsql.deletion-protection', 'aurora-dsql.encryption'],
    sources: ['https://docs.aws.amazon.com/aurora-dsql/latest/userguide/what-is-aurora-dsql.html', 'https://docs.aws.amazon.com/aurora-dsql/latest/userguide/configuring-multi-region-clusters.html'],
    keywords: ['dsql', 'aurora dsql', 'distributed sql', 'active-active', 'multi-region', 'witness', 'peered', 'strong consistency', 'serverless', 'postgresql'],
    mermaid: `flowchart TB
  appA["App in us-east-1"] -->|"reads and writes"| A
  appB["App in us-east-2"] -->|"reads and writes"| B
  subgraph ra["us-east-1"]
    A[("DSQL cluster A (endpoint)")]
  end
  subgraph rb["us-east-2"]
    B[("DSQL cluster B (endpoint)")]
  end
  A <-->|"peered: synchronous, strongly consistent commits"| B
  subgraph rw["us-west-2: witness Region"]
    W[/"Witness: encrypted transaction log window, no endpoint"/]
  end
  A -. quorum .-> W
  B -. quorum .-> W
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dsql-multi-region', 'adb-yaml-dsql-cluster'], fallback: cfn.dsql },
  },
  {
    id: 'dynamodb-global-tables',
    title: 'DynamoDB global tables',
    origin: '',
    seed: 'seed [Pattern 3: High-Throughput with DynamoDB and DAX]',
    summary: 'Replica tables in several Regions, each readable and writable. By default replication is asynchronous (usually under a second) with last-writer-wins; multi-Region strong consistency (MRSC) is an option chosen at creation.',
    whenToChoose: [
      'Active-active key-value data close to users in several Regions.',
      'Regional evacuation: route users to another Region, the data is already there.',
      'Eventual consistency across Regions is acceptable, or MRSC when it is not.',
    ],
    facts: ['dynamodb.global-tables', 'dynamodb.pitr', 'dynamodb.capacity-modes', 'dynamodb.read-consistency'],
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html'],
    keywords: ['dynamodb', 'global tables', 'multi-region', 'active-active', 'replica', 'mrec', 'mrsc', 'last writer wins'],
    mermaid: `flowchart LR
  u1(("Users: Americas")) --> t1[("Replica: us-east-1")]
  u2(("Users: Europe")) --> t2[("Replica: eu-west-1")]
  u3(("Users: Asia")) --> t3[("Replica: ap-northeast-1")]
  t1 <-. "async, usually < 1 s, last writer wins" .-> t2
  t2 <-.-> t3
  t1 <-.-> t3
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dynamodb-global-table'], fallback: cfn.globalTable },
  },
  {
    id: 'multi-az-vs-read-replicas',
    title: 'Multi-AZ deployment vs read replicas',
    origin: '',
    seed: 'seed [Relational Databases (Amazon RDS)]',
    summary: 'Multi-AZ is for availability: a synchronous standby (or two readable standbys in a Multi-AZ DB cluster) that takes over automatically. Read replicas are for read scaling: asynchronous copies with their own endpoints, promoted only by hand.',
    whenToChoose: [
      'Production database that must survive an AZ failure: Multi-AZ.',
      'Reads outgrow one instance, or reports must run apart: read replicas.',
      'Both, often: Multi-AZ primary plus replicas (a replica can itself be Multi-AZ).',
    ],
    facts: ['rds.multi-az-failover', 'rds.multi-az-cluster-failover', 'rds.read-replicas', 'rds.read-replicas-commercial'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html'],
    keywords: ['rds', 'multi-az', 'standby', 'read replica', 'failover', 'synchronous', 'asynchronous', 'high availability', 'read scaling'],
    mermaid: `flowchart LR
  subgraph ha["Multi-AZ: availability"]
    p1[("Primary, AZ a")] -->|synchronous| sb[("Standby, AZ b: no reads")]
    ep1{{"One endpoint: DNS moves on failover"}} --> p1
  end
  subgraph rs["Read replicas: read scaling"]
    p2[("Source instance")] -. asynchronous .-> r1[("Replica 1: own endpoint")]
    p2 -. asynchronous .-> r2[("Replica 2: other Region possible")]
    r1 -. "manual promotion" .-> np[("Standalone instance")]
  end
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-rds-instance'], fallback: cfn.replica },
  },
  {
    id: 'caching-lazy-loading',
    title: 'Caching strategy: lazy loading (cache-aside)',
    origin: '',
    seed: 'seed [Pattern 5: Caching Strategy with ElastiCache]',
    summary: 'The application reads the cache first; on a miss it reads the database and puts the result in the cache with a TTL. Only requested data is cached, and a failed cache node only costs misses.',
    whenToChoose: [
      'Read-mostly data where some staleness (bounded by the TTL) is fine.',
      'The working set is much smaller than the database.',
      'With DAX the cache does this for you: reads go through DAX, misses are fetched from DynamoDB.',
    ],
    facts: ['elasticache.engines', 'dax.cache-ttl', 'dax.latency'],
    sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html'],
    keywords: ['cache', 'lazy loading', 'cache-aside', 'ttl', 'elasticache', 'dax', 'cache miss', 'stale'],
    mermaid: `sequenceDiagram
  participant App
  participant Cache as ElastiCache (or DAX)
  participant DB as Database
  App->>Cache: GET product:42
  alt cache hit
    Cache-->>App: value
  else cache miss
    Cache-->>App: nil
    App->>DB: SELECT ... WHERE id = 42
    DB-->>App: row
    App->>Cache: SET product:42 value EX 3600
  end
`,
    snippet: { label: 'CDK TypeScript', language: 'typescript', prefixes: ['adb-cdk-elasticache-replication-group'], fallback: cdk.cache },
  },
  {
    id: 'caching-write-through',
    title: 'Caching strategy: write-through',
    origin: '',
    seed: 'seed [Pattern 5: Caching Strategy with ElastiCache]',
    summary: 'Every write goes to the database and then to the cache, so reads find fresh data. The cost: each write pays twice, and data never read still fills the cache (add a TTL). DAX writes through to DynamoDB and updates its item cache.',
    whenToChoose: [
      'Data is read soon after it is written and must not be stale (article on publish, profile on save).',
      'Combine with lazy loading for keys the write path does not touch.',
      'DynamoDB with DAX: writes through DAX keep the item cache current.',
    ],
    facts: ['elasticache.pattern-caching', 'dax.cache-ttl', 'dynamodb.read-consistency'],
    sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.consistency.html'],
    keywords: ['cache', 'write-through', 'ttl', 'elasticache', 'dax', 'consistency', 'item cache'],
    mermaid: `sequenceDiagram
  participant App
  participant DB as Database (or DynamoDB)
  participant Cache as ElastiCache (or DAX)
  App->>DB: UPDATE article 7
  DB-->>App: ok
  App->>Cache: SET article:7 new value EX 3600
  Note over App,Cache: With DAX, PutItem through DAX writes DynamoDB, then its item cache
  App->>Cache: GET article:7
  Cache-->>App: fresh value
`,
    snippet: { label: 'CDK TypeScript', language: 'typescript', prefixes: ['adb-cdk-dax-cluster'], fallback: cdk.dax },
  },
];
