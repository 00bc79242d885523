import type { FactInput } from '../schema';

const FEATURES = 'https://docs.aws.amazon.com/memorydb/latest/devguide/servicename-feature-overview.html';
const API = 'https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateCluster.html';

/** MemoryDB facts. */
export const memorydbFacts: FactInput[] = [
  {
    id: 'memorydb.durability',
    service: 'memorydb',
    subject: 'MemoryDB durability',
    value: 'A Multi-AZ transactional log makes writes durable: a primary database, not only a cache; microsecond reads, single-digit millisecond writes',
    changeable: 'n/a',
    note: 'ElastiCache loses unsaved data on node failure; MemoryDB does not.',
    targets: { cfn: ['AWS::MemoryDB::Cluster'], cli: ['memorydb create-cluster'], cdk: ['CfnCluster'] },
    seed: 'seed [In-Memory Databases] MemoryDB: Durable, Multi-AZ transaction log',
    verified: '2026-11-25',
    sources: [FEATURES],
  },
  {
    id: 'memorydb.tls',
    service: 'memorydb',
    subject: 'MemoryDB in-transit encryption (TLSEnabled)',
    value: 'TLS on client and replication connections, TLS 1.2 minimum; TLSEnabled false turns it off',
    note: 'Keep TLS on: MemoryDB is a primary database, and clients authenticate with ACL users whose passwords would otherwise cross the network in clear text.',
    targets: { cfn: ['AWS::MemoryDB::Cluster.TLSEnabled'], cli: ['memorydb create-cluster --tls-enabled'], cdk: ['CfnCluster.tlsEnabled'] },
    seed: null,
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html', API],
  },
  {
    id: 'memorydb.snapshots',
    service: 'memorydb',
    subject: 'MemoryDB automatic snapshots',
    value: 'Automatic snapshots in S3 retained up to 35 days',
    max: 35,
    unit: 'days',
    changeable: 'yes',
    targets: { cfn: ['AWS::MemoryDB::Cluster.SnapshotRetentionLimit'], cli: ['memorydb create-cluster --snapshot-retention-limit'], cdk: ['CfnCluster.snapshotRetentionLimit'] },
    seed: null,
    verified: '2026-11-25',
    sources: [FEATURES],
  },
  {
    id: 'memorydb.scale',
    service: 'memorydb',
    subject: 'MemoryDB cluster size',
    value: 'Up to 500 nodes and more than 100 TB per cluster; scale writes with shards, reads with replicas',
    max: 500,
    unit: 'nodes',
    changeable: 'yes',
    targets: { cfn: ['AWS::MemoryDB::Cluster.NumShards', 'AWS::MemoryDB::Cluster.NumReplicasPerShard'], cli: ['memorydb create-cluster --num-shards'], cdk: ['CfnCluster.numShards'] },
    seed: 'seed [In-Memory Databases] MemoryDB',
    verified: '2026-11-25',
    sources: [FEATURES],
  },
];
