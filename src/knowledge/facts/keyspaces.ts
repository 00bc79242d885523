/** Amazon Keyspaces (for Apache Cassandra) facts (seed [NoSQL Databases]), checked against `sources`. */
import type { FactInput } from '../schema';

const DG = 'https://docs.aws.amazon.com/keyspaces/latest/devguide';

export const keyspacesFacts: FactInput[] = [
  {
    id: 'keyspaces.pitr',
    service: 'keyspaces',
    subject: 'Point-in-time recovery (PointInTimeRecoveryEnabled)',
    value: 'Off unless enabled explicitly when a table is created with CQL, the CLI or CloudFormation (the console enables it by default)',
    default: 'false',
    changeable: 'yes',
    note: 'The CreateTable API reference: without pointInTimeRecovery the default is status=DISABLED.',
    targets: {
      cfn: ['AWS::Cassandra::Table.PointInTimeRecoveryEnabled'],
      cli: ['keyspaces create-table --point-in-time-recovery', 'keyspaces update-table --point-in-time-recovery'],
      cdk: ['CfnTable.pointInTimeRecoveryEnabled'],
    },
    seed: null,
    verified: '2026-11-25',
    sources: [`${DG}/configure_PITR.html`, 'https://docs.aws.amazon.com/keyspaces/latest/APIReference/API_PointInTimeRecovery.html'],
  },
  {
    id: 'keyspaces.pitr-window',
    service: 'keyspaces',
    subject: 'Point-in-time recovery window',
    value: 'Restore to any second of the last 35 days (or since PITR was enabled); the 35-day window cannot be changed',
    max: 35,
    unit: 'days',
    note: 'A deleted table with PITR on can be restored for 35 days after deletion.',
    targets: { cfn: ['AWS::Cassandra::Table.PointInTimeRecoveryEnabled'], cli: ['keyspaces restore-table'], cdk: [] },
    seed: null,
    verified: '2026-11-25',
    sources: [`${DG}/PointInTimeRecovery_HowItWorks.html`, `${DG}/PointInTimeRecovery.html`],
  },
  {
    id: 'keyspaces.engine',
    service: 'keyspaces',
    subject: 'What Amazon Keyspaces is',
    value: 'Serverless, Apache Cassandra-compatible (CQL) wide-column tables with on-demand or provisioned capacity',
    targets: { cfn: ['AWS::Cassandra::Keyspace', 'AWS::Cassandra::Table', 'AWS::Cassandra::Table.BillingMode'], cli: ['keyspaces create-table'], cdk: [] },
    seed: 'seed [NoSQL Databases]',
    verified: '2026-11-25',
    sources: [`${DG}/PointInTimeRecovery.html`, `${DG}/configure_PITR.html`],
  },
];
