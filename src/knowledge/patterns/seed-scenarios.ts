/** The study guide's five scenarios ("## Common Scenarios"), checked against AWS documentation. */
import type { Pattern } from './types';
import { cfn } from './fallbacks';

export const seedScenarios: Pattern[] = [
  {
    id: 'oracle-to-aurora-migration',
    title: 'Migration from Oracle to Aurora PostgreSQL',
    origin: 'Scenario 1',
    seed: 'seed [Scenario 1: Migration from Oracle to Aurora PostgreSQL]',
    summary: 'Convert the schema and code (AWS SCT or DMS Schema Conversion), copy the data with an AWS DMS full load, keep it in sync with change data capture (CDC), then cut over with a short write freeze.',
    whenToChoose: [
      'Leaving commercial licences for an open-source-compatible engine.',
      'The cut-over window is short: CDC keeps the target current until the switch.',
      'PL/SQL can be converted (automatically, or by hand for the complex parts).',
    ],
    facts: ['dms.migration-types', 'dms.multi-az', 'dms.publicly-accessible', 'aurora.replicas-per-cluster'],
    sources: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html', 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html'],
    keywords: ['migration', 'oracle', 'dms', 'sct', 'schema conversion', 'cdc', 'full load', 'cutover', 'aurora postgresql'],
    mermaid: `flowchart LR
  subgraph onprem["On premises / EC2"]
    oracle[("Oracle RAC (source)")]
  end
  sct["SCT / DMS Schema Conversion"] -->|"1. schema, PL/SQL to PL/pgSQL"| aurora
  oracle -->|"2. full load"| ri
  oracle -->|"3. CDC (redo logs)"| ri
  subgraph aws["AWS VPC, private subnets"]
    ri[/"DMS replication instance (Multi-AZ)"\\]
    aurora[("Aurora PostgreSQL cluster")]
  end
  ri -->|"full-load-and-cdc task"| aurora
  app["Application"] -. "4. cut-over: stop writes, final sync, repoint" .-> aurora
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dms-replication-task'], fallback: cfn.dms },
  },
  {
    id: 'iot-telemetry',
    title: 'IoT telemetry from a million devices',
    origin: 'Scenario 2',
    seed: 'seed [Scenario 2: IoT Application with 1M Devices]',
    summary: 'Devices publish over MQTT to AWS IoT Core, Kinesis Data Streams buffers the flow, Lambda aggregates; hot data lives in DynamoDB (TTL removes it after 7 days), warm data in a time-series store, cold data in S3.',
    whenToChoose: [
      'Very high write rates of small records keyed by device and time.',
      'Recent data is queried by key; history is analysed in bulk.',
      'Data should age out automatically (DynamoDB TTL, S3 lifecycle).',
    ],
    note: 'The guide puts warm data in Timestream: Timestream for LiveAnalytics is closed to new customers. New designs use Timestream for InfluxDB, or S3 with Athena.',
    facts: ['dynamodb.ttl', 'dynamodb.capacity-modes', 'timestream.liveanalytics-closed', 'timestream.influxdb', 'dynamodb.streams'],
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html', 'https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influxdb.html'],
    keywords: ['iot', 'telemetry', 'devices', 'mqtt', 'kinesis', 'timestream', 'influxdb', 'time series', 'ttl', 'hot warm cold'],
    mermaid: `flowchart LR
  dev(("1M devices")) -->|MQTT| iot["AWS IoT Core"] --> kds["Kinesis Data Streams"] --> fn["Lambda: aggregate"]
  fn -->|"hot, 7 days (TTL)"| ddb[("DynamoDB, PK DeviceId, SK Timestamp")]
  fn -->|"warm, 8-90 days"| ts[("Timestream for InfluxDB")]
  kds -->|"cold, > 90 days"| s3[/"S3, lifecycle to Glacier"/]
  ddb -->|stream| alert["Lambda: thresholds"] --> sns["SNS alerts"]
  s3 --> athena["Athena"]
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-dynamodb-table'], fallback: cfn.iotTable },
  },
  {
    id: 'multi-tenant-saas',
    title: 'Multi-tenant SaaS with data isolation',
    origin: 'Scenario 3',
    seed: 'seed [Scenario 3: Multi-Tenant SaaS with Data Isolation]',
    summary: 'Three tiers of isolation side by side: a dedicated Aurora cluster per enterprise tenant (silo), a schema per tenant on shared clusters (bridge), and a shared schema keyed by TenantId with row-level security (pool).',
    whenToChoose: [
      'Tenants differ in size, compliance needs and willingness to pay.',
      'Strict isolation for a few tenants, low cost per tenant for the many.',
      'PostgreSQL row-level security or DynamoDB partition keys carry the tenant id.',
    ],
    facts: ['aurora.replicas-per-cluster', 'aurora.serverless-v2-capacity', 'rds.iam-auth', 'dynamodb.key-attributes'],
    sources: ['https://docs.aws.amazon.com/whitepapers/latest/saas-architecture-fundamentals/tenant-isolation.html'],
    keywords: ['saas', 'multi-tenant', 'tenant', 'isolation', 'silo', 'pool', 'bridge', 'row-level security', 'rls', 'abac'],
    mermaid: `flowchart TB
  gw["API Gateway: tenant from the JWT"] --> app["Application (tenant context)"]
  app --> t1
  app --> t2
  app --> t3
  subgraph t1["Tier 1, enterprise: silo"]
    c1[("Aurora cluster, tenant A")]
    c2[("Aurora cluster, tenant B")]
  end
  subgraph t2["Tier 2, business: bridge"]
    c3[("Aurora cluster: schema per tenant")]
  end
  subgraph t3["Tier 3, standard: pool"]
    c4[("Shared Aurora cluster: TenantId + row-level security")]
    ddb[("DynamoDB, PK starts with TenantId")]
  end
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-aurora-cluster'], fallback: cfn.auroraCluster },
  },
  {
    id: 'financial-acid-audit',
    title: 'Financial services: ACID and an audit trail',
    origin: 'Scenario 4',
    seed: 'seed [Scenario 4: Financial Services with ACID and Audit Trail]',
    summary: 'Aurora PostgreSQL for the trades, with readers for reporting, pgAudit logs and Database Activity Streams to Kinesis for the audit trail, customer-managed KMS keys and cross-Region automated backups.',
    whenToChoose: [
      'Transactions must be ACID and every change must be traceable.',
      'Regulators ask for long retention and tamper-evident history.',
      'Encryption with keys you manage, and a tested cross-Region recovery.',
    ],
    note: 'The guide uses QLDB as the immutable ledger: QLDB reached end of support on 31 July 2025. AWS points to Aurora PostgreSQL with history tables, pgAudit and Database Activity Streams.',
    facts: ['qldb.end-of-support', 'aurora.encryption-at-rest', 'rds.cluster-backup-retention', 'rds.deletion-protection', 'rds.cloudwatch-logs-exports'],
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/DBActivityStreams.Overview.html'],
    keywords: ['finance', 'trading', 'acid', 'audit', 'pgaudit', 'activity streams', 'kms', 'compliance', 'qldb', 'ledger'],
    mermaid: `flowchart LR
  app["Trading app"] -->|"BEGIN ... COMMIT"| writer[("Aurora PostgreSQL writer, KMS CMK")]
  writer --- reader[("Reader: reporting")]
  writer -->|pgAudit| logs["CloudWatch Logs"]
  writer -->|Database Activity Streams| kds["Kinesis Data Streams"] --> archive[/"S3 archive (Object Lock)"/]
  writer -. "cross-Region automated backups" .-> dr[/"Backups in the DR Region"/]
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-aurora-cluster'], fallback: cfn.auroraCluster },
  },
  {
    id: 'read-heavy-news',
    title: 'Read-heavy application with ElastiCache',
    origin: 'Scenario 5',
    seed: 'seed [Scenario 5: Read-Heavy Application with ElastiCache]',
    summary: 'A news site (99% reads): Aurora MySQL with two readers behind an ElastiCache cluster; articles written through to the cache on publish, trending lists lazily loaded for 5 minutes, misses served by a reader.',
    whenToChoose: [
      'Reads dwarf writes and the same items are read again and again.',
      'Different data needs different freshness: one TTL per key family.',
      'Cutting database load lets the instances shrink.',
    ],
    facts: ['aurora.replicas-per-cluster', 'elasticache.cluster-mode-shards', 'elasticache.replicas-per-shard', 'elasticache.automatic-failover'],
    sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html'],
    keywords: ['news', 'read-heavy', 'aurora mysql', 'elasticache', 'reader endpoint', 'cache hit ratio', 'ttl', 'invalidation'],
    mermaid: `flowchart LR
  users(("10M daily users")) --> app["Web tier"]
  app -->|"GET article / trending"| cache[["ElastiCache, 6 shards x 3 nodes, Multi-AZ"]]
  app -->|"miss: reader endpoint"| readers[("Aurora MySQL readers x 2")]
  cms["CMS: publish"] -->|write| writer[("Aurora MySQL writer")]
  cms -->|"write-through: SET article, TTL 1 h"| cache
  writer -. replication .-> readers
  cms -. "pub/sub: invalidate" .-> app
`,
    snippet: { label: 'CloudFormation YAML', language: 'yaml', prefixes: ['adb-yaml-elasticache-replication-group'], fallback: cfn.elasticache },
  },
];
