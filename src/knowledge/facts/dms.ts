import type { FactInput } from '../schema';

const API = 'https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html';

/** AWS DMS facts. */
export const dmsFacts: FactInput[] = [
  {
    id: 'dms.publicly-accessible',
    service: 'dms',
    subject: 'DMS replication instance PubliclyAccessible',
    value: 'true gives the instance a public IP address; the API default is true',
    default: 'true',
    changeable: 'no',
    note: 'Set it to false and reach sources through the VPC, VPN or Direct Connect.',
    seedSays: 'The seed writes `--publicly-accessible false`; the AWS CLI takes a boolean flag: `--no-publicly-accessible`.',
    targets: {
      cfn: ['AWS::DMS::ReplicationInstance.PubliclyAccessible'],
      cli: ['dms create-replication-instance --publicly-accessible', 'dms create-replication-instance --no-publicly-accessible'],
      cdk: ['CfnReplicationInstance.publiclyAccessible'],
    },
    seed: 'seed [CLI Examples]: --publicly-accessible false',
    verified: '2026-11-25',
    sources: [API, 'https://docs.aws.amazon.com/config/latest/developerguide/dms-replication-not-public.html'],
  },
  {
    id: 'dms.multi-az',
    service: 'dms',
    subject: 'DMS replication instance Multi-AZ',
    value: 'A synchronous standby replica in another Availability Zone with automatic failover',
    default: 'false',
    changeable: 'yes',
    note: 'Worth it for long-running CDC (ongoing replication); a one-off full load can be restarted instead.',
    targets: {
      cfn: ['AWS::DMS::ReplicationInstance.MultiAZ'],
      cli: ['dms create-replication-instance --multi-az'],
      cdk: ['CfnReplicationInstance.multiAz'],
    },
    seed: 'seed [Database Migration]; [CLI Examples]: --multi-az',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html', 'https://docs.aws.amazon.com/config/latest/developerguide/dms-replication-instance-multi-az-enabled.html'],
  },
  {
    id: 'dms.migration-types',
    service: 'dms',
    subject: 'DMS task MigrationType',
    value: 'full-load, cdc (ongoing changes only) or full-load-and-cdc',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::DMS::ReplicationTask.MigrationType'],
      cli: ['dms create-replication-task --migration-type'],
      cdk: ['CfnReplicationTask.migrationType'],
    },
    seed: 'seed [Database Migration]: Continuous Replication (CDC)',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/cli/latest/reference/dms/start-replication-task.html'],
  },
];
