/**
 * End of RDS standard support per major engine version. After that date RDS enrolls the database
 * in paid RDS Extended Support (up to 3 years), unless EngineLifecycleSupport disables it, in which
 * case creating the instance fails. `value` is the ISO date the rules compare with today.
 */
import type { FactInput } from '../schema';
import { RDS_URL as U } from './rds-urls';

/** AWS Database Blog posts that state the PostgreSQL 11 and 12 dates for both RDS and Aurora. */
const PG11_BLOG = 'https://aws.amazon.com/blogs/database/postgresql-11-upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql';
const PG12_BLOG = 'https://aws.amazon.com/blogs/database/upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql-12';

const versionTargets = (engine: string) => ({
  cfn: [`AWS::RDS::DBInstance.EngineVersion`, `AWS::RDS::DBCluster.EngineVersion`],
  cli: ['rds create-db-instance --engine-version', 'rds create-db-cluster --engine-version'],
  cdk: [`DatabaseInstanceEngine.${engine}`],
});

/** Where AWS's Extended Support pages make an exception to the usual dates (extended-support-charges, Aurora extended-support). */
const PG11_CHARGES = 'Exception (AWS\'s Extended Support charges page): PostgreSQL 11 entered Extended Support on March 1, 2024, but charges started on April 1, 2024.';
const AURORA_MYSQL2 = 'Exception (AWS\'s Aurora Extended Support pages): Aurora MySQL version 2 was enrolled on October 31, 2024 and charged from December 1, 2024, and its Extended Support lasts 3 years and 4 months instead of 3 years.';

/** One end-of-standard-support fact. */
function eoss(id: string, subject: string, date: string, engine: string, sources: string[], seedSays?: string, caveat?: string, verified = '2026-11-25'): FactInput {
  return {
    id: `rds.eoss.${id}`,
    service: id.startsWith('aurora') ? 'aurora' : 'rds',
    subject: `End of standard support: ${subject}`,
    value: date,
    unit: 'date',
    note: 'After this date RDS enrolls the database in RDS Extended Support (charged per vCPU-hour, up to 3 years), then upgrades it automatically. EngineLifecycleSupport: open-source-rds-extended-support-disabled makes creating a new database on this version fail.' + (caveat ? ` ${caveat}` : ''),
    seedSays,
    targets: versionTargets(engine),
    seed: 'seed [Supported Engines]',
    sources: [...sources, U.extendedSupport],
    verified,
  };
}

export const rdsVersionFacts: FactInput[] = [
  eoss('mysql-5.7', 'RDS for MySQL 5.7', '2024-02-29', 'mysql', [U.mysqlVersions], 'The seed lists MySQL 5.7 as a supported version.'),
  eoss('mysql-8.0', 'RDS for MySQL 8.0', '2026-07-31', 'mysql', [U.mysqlVersions], 'The seed lists MySQL 8.0 as a supported version; upgrade to 8.4.'),
  eoss('postgres-11', 'RDS for PostgreSQL 11', '2024-02-29', 'postgres', [U.postgresCalendar, PG11_BLOG, U.extendedSupportCharges], undefined, PG11_CHARGES, '2026-12-04'),
  eoss('postgres-12', 'RDS for PostgreSQL 12', '2025-02-28', 'postgres', [U.postgresCalendar, PG12_BLOG, U.extendedSupportCharges], 'The seed lists PostgreSQL 12–16 as supported.', undefined, '2026-12-04'),
  eoss('postgres-13', 'RDS for PostgreSQL 13', '2026-02-28', 'postgres', [U.postgresCalendar], 'The seed lists PostgreSQL 12–16 as supported.'),
  eoss('postgres-14', 'RDS for PostgreSQL 14', '2027-02-28', 'postgres', [U.postgresCalendar]),
  eoss('aurora-mysql-5.7', 'Aurora MySQL version 2 (MySQL 5.7 compatible)', '2024-10-31', 'auroraMysql', [U.auroraMysqlCalendar, U.auroraExtendedSupport, U.auroraExtendedSupportCharges], undefined, AURORA_MYSQL2, '2026-12-04'),
  eoss('aurora-postgresql-11', 'Aurora PostgreSQL 11', '2024-02-29', 'auroraPostgres', [U.auroraPostgresCalendar, PG11_BLOG, U.auroraExtendedSupportCharges], undefined, PG11_CHARGES, '2026-12-04'),
  eoss('aurora-postgresql-12', 'Aurora PostgreSQL 12', '2025-02-28', 'auroraPostgres', [U.auroraPostgresCalendar, PG12_BLOG, U.auroraExtendedSupportCharges], undefined, undefined, '2026-12-04'),
  eoss('aurora-postgresql-13', 'Aurora PostgreSQL 13', '2026-02-28', 'auroraPostgres', [U.auroraPostgresCalendar], undefined,
    'The calendar page was not readable in the search excerpts: this date is the RDS for PostgreSQL 13 date, which Aurora has matched for 11 and 12. Either way it is past on 2026-11-25.'),
  {
    id: 'rds.extended-support',
    service: 'rds',
    subject: 'RDS Extended Support (EngineLifecycleSupport)',
    value: 'Paid support for up to 3 years past the end of standard support; on by default',
    default: 'open-source-rds-extended-support',
    changeable: 'yes',
    note: 'Applies to RDS for MySQL, RDS for PostgreSQL, Aurora MySQL and Aurora PostgreSQL. Set open-source-rds-extended-support-disabled to avoid charges: creation then fails on a version past standard support.',
    targets: {
      cfn: ['AWS::RDS::DBInstance.EngineLifecycleSupport', 'AWS::RDS::DBCluster.EngineLifecycleSupport'],
      cli: ['rds create-db-instance --engine-lifecycle-support', 'rds create-db-cluster --engine-lifecycle-support'],
      cdk: ['DatabaseInstance.engineLifecycleSupport', 'DatabaseCluster.engineLifecycleSupport'],
    },
    seed: null,
    verified: '2026-12-04',
    sources: [U.extendedSupport, U.extendedSupportOverview, U.createInstance, U.extendedSupportCharges],
  },
  {
    id: 'rds.extended-support-exceptions',
    service: 'rds',
    subject: 'RDS Extended Support: the exceptions to the usual dates',
    value: 'Aurora MySQL version 2: end of standard support October 31, 2024, charges from December 1, 2024, Extended Support for 3 years and 4 months. PostgreSQL 11 (RDS and Aurora): Extended Support from March 1, 2024, charges from April 1, 2024',
    changeable: 'n/a',
    note: 'Otherwise charges begin the day after the end of standard support and Extended Support lasts up to 3 years.',
    targets: {
      cfn: ['AWS::RDS::DBInstance.EngineLifecycleSupport', 'AWS::RDS::DBCluster.EngineLifecycleSupport'],
      cli: ['rds create-db-instance --engine-lifecycle-support', 'rds create-db-cluster --engine-lifecycle-support'],
      cdk: ['DatabaseInstance.engineLifecycleSupport', 'DatabaseCluster.engineLifecycleSupport'],
    },
    seed: null,
    verified: '2026-12-04',
    sources: [U.auroraExtendedSupport, U.auroraExtendedSupportCharges, U.extendedSupportCharges],
  },
];
