/** Amazon QLDB facts (seed [Specialized Databases], [Scenario 4]), checked against `sources`. */
import type { FactInput } from '../schema';

export const qldbFacts: FactInput[] = [
  {
    id: 'qldb.end-of-support',
    service: 'qldb',
    subject: 'Amazon QLDB end of support',
    value: 'End of support on 31 July 2025 (announced 18 July 2024); no new customer sign-ups',
    changeable: 'n/a',
    note: 'AWS documents a migration path (Migrate an Amazon QLDB Ledger to Amazon Aurora PostgreSQL); the seed\'s Scenario 4 builds the audit trail on Aurora PostgreSQL with pgAudit and Database Activity Streams.',
    seedSays: 'The seed recommends QLDB as the immutable ledger of an audit trail.',
    targets: { cfn: ['AWS::QLDB::Ledger', 'AWS::QLDB::Stream'], cli: ['qldb create-ledger'], cdk: ['CfnLedger'] },
    seed: 'seed [Scenario 4]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/qldb/latest/developerguide/document-history.html'],
  },
  {
    id: 'qldb.deletion-protection',
    service: 'qldb',
    subject: 'Ledger deletion protection',
    value: 'Enabled by default when the ledger is created without DeletionProtection',
    default: 'true',
    changeable: 'yes',
    targets: { cfn: ['AWS::QLDB::Ledger.DeletionProtection'], cli: ['qldb create-ledger --deletion-protection'], cdk: ['CfnLedger.deletionProtection'] },
    seed: null,
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-qldb-ledger.html'],
  },
];
