import type { FactInput } from '../schema';

const CREATE = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/dax/aws.sdk.kotlin.services.dax.model/-create-cluster-request/replication-factor.html';

/** DynamoDB Accelerator (DAX) facts. */
export const daxFacts: FactInput[] = [
  {
    id: 'dax.latency',
    service: 'dax',
    subject: 'DAX read latency',
    value: 'Microseconds for cache hits (DynamoDB alone: single-digit milliseconds); write-through item cache and query cache',
    changeable: 'n/a',
    note: 'Only eventually consistent reads are served from the cache; strongly consistent reads pass through to DynamoDB.',
    targets: { cfn: ['AWS::DAX::Cluster'], cli: ['dax create-cluster'], cdk: ['CfnCluster'] },
    seed: 'seed [NoSQL Databases] DAX; [Pattern 3]',
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/dax-config-considerations.html'],
  },
  {
    id: 'dax.replication-factor',
    service: 'dax',
    subject: 'Nodes per DAX cluster (ReplicationFactor)',
    value: '1 node = no replica, no fault tolerance; 3 or more (1 primary + read replicas in different AZs) for production',
    min: 1,
    unit: 'nodes',
    default: 'required',
    changeable: 'yes',
    note: 'AWS recommends at least two read replicas (3 nodes) spread over Availability Zones; if AvailabilityZones is given its length must equal ReplicationFactor.',
    targets: {
      cfn: ['AWS::DAX::Cluster.ReplicationFactor', 'AWS::DAX::Cluster.AvailabilityZones'],
      cli: ['dax create-cluster --replication-factor', 'dax increase-replication-factor'],
      cdk: ['CfnCluster.replicationFactor'],
    },
    seed: 'seed [Pattern 3]: 3-node cluster',
    sources: [CREATE, 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html'],
  },
  {
    id: 'dax.encryption-at-rest',
    service: 'dax',
    subject: 'DAX encryption at rest (SSESpecification)',
    value: 'AES-256 with the AWS managed KMS key; chosen only when the cluster is created',
    default: 'off',
    changeable: 'no',
    note: 'To turn it on later, create a new cluster and move traffic to it. CloudFormation: SSESpecification.SSEEnabled true.',
    targets: {
      cfn: ['AWS::DAX::Cluster.SSESpecification'],
      cli: ['dax create-cluster --sse-specification'],
      cdk: ['CfnCluster.sseSpecification'],
    },
    seed: 'seed [Pattern 3]: Encryption at rest',
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html'],
  },
  {
    id: 'dax.encryption-in-transit',
    service: 'dax',
    subject: 'DAX encryption in transit (ClusterEndpointEncryptionType)',
    value: 'NONE or TLS; chosen only when the cluster is created',
    default: 'NONE',
    changeable: 'no',
    targets: {
      cfn: ['AWS::DAX::Cluster.ClusterEndpointEncryptionType'],
      cli: ['dax create-cluster --cluster-endpoint-encryption-type'],
      cdk: ['CfnCluster.clusterEndpointEncryptionType'],
    },
    seed: null,
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html'],
  },
  {
    id: 'dax.cache-ttl',
    service: 'dax',
    subject: 'DAX item and query cache TTL',
    value: 'Item cache (GetItem/BatchGetItem) and query cache (Query/Scan), each with its own TTL in the parameter group; the query cache is not invalidated by writes until its TTL expires',
    changeable: 'yes',
    targets: { cfn: ['AWS::DAX::ParameterGroup', 'AWS::DAX::Cluster.ParameterGroupName'], cli: ['dax create-parameter-group'], cdk: [] },
    seed: 'seed [Pattern 3]: cache read-heavy queries in DAX',
    sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/dax-config-considerations.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html'],
  },
];
