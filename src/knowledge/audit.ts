/**
 * The audit trail of the knowledge base: every time facts were re-checked against AWS's current
 * documentation, what changed and why. docs/limits.md prints it; a test checks that every fact
 * whose `verified` date is an audit's date is named in that audit, and that every fact it names exists.
 */

/** One fact an audit looked at. */
export interface AuditEntry {
  /** Fact id (`rds.publicly-accessible`), or a new fact's id. */
  fact: string;
  /** changed: the value or wording was outdated; added: a missing fact; confirmed: re-checked, still right; sources: only its sources were replaced by the canonical page a mirror copies (the fact keeps its verified date). */
  outcome: 'changed' | 'added' | 'confirmed' | 'sources';
  /** What the fact said before (changed facts). */
  before?: string;
  /** What it says now, or what was confirmed. */
  after: string;
  /** Why: what the AWS page says. */
  why: string;
  /** The AWS pages read for this entry. */
  sources: string[];
}

/** Something an audit looked for and could not confirm on an AWS page: the facts were left as they were. */
export interface AuditUnconfirmed {
  subject: string;
  why: string;
  /** Facts it concerns, left unchanged. */
  facts: string[];
  /** The AWS pages read. */
  sources: string[];
}

export interface Audit {
  /** ISO date: facts re-checked in this audit carry it as `verified`. */
  date: string;
  summary: string;
  entries: AuditEntry[];
  unconfirmed: AuditUnconfirmed[];
}

export const FIRST_CHECK = '2026-11-25';

const API_CREATE = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html';
const API_CLUSTER = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html';
const STORAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html';
const STORAGE_INCREASE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html';
const ADDITIONAL_VOLUME = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AdditionalStorageVolume.html';
const ES_CHARGES = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-charges.html';
const AURORA_ES = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html';
const AURORA_ES_CHARGES = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support-charges.html';
const EC_EXTENDED = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html';
const EC_EOL = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html';
const AURORA_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html';
const RECOMMENDATIONS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USERRecommendationsManage.RecommendationReference.html';

const SQLSERVER_WHY = 'The RDS User Guide ("Increasing DB instance storage capacity") says every DB instance has a primary storage volume of up to 64 TiB and that RDS for Oracle and SQL Server can add up to three volumes (io2 or gp3, up to 64 TiB each, 256 TiB per instance); the CreateDBInstance API reference gave 16,384 GiB for SQL Server. The fact now states both and where they disagree; its range is the widest any page accepts, so ADB010 no longer reports an error for 16,385–65,536 GiB on SQL Server (a wrong error would block a deploy AWS may accept).';


export const AUDITS: readonly Audit[] = [
  {
    date: '2026-12-04',
    summary: 'Audit of issue 17: the outdated and missing facts it names, then the RDS and Aurora facts shown most often, re-read against AWS\'s current English documentation (docs.aws.amazon.com). API reference text was read through the AWS SDK references generated from the same API model where the search tool returned no excerpt of the API reference page itself; the sources cite the canonical API reference.',
    entries: [
      { fact: 'rds.publicly-accessible', outcome: 'changed', before: 'Default: false with a DBSubnetGroup (other than "default"); true without one for non-Aurora instances', after: 'Default: depends on the VPC the instance lands in: public if that VPC has an internet gateway attached, private if not (the subnet group\'s VPC; the Region\'s default VPC when no DBSubnetGroupName is given); note to set it explicitly', why: 'The CreateDBInstance (and CreateDBCluster) API reference now describes the default by whether the VPC has an internet gateway attached, not by the subnet group\'s name. ADB006\'s description said the default depends on the subnet group: reworded.', sources: [API_CREATE, API_CLUSTER] },
      { fact: 'rds.storage-gp-sqlserver', outcome: 'changed', before: '20–16,384 GiB (16 TiB), all editions (max 16384)', after: '20–65,536 GiB primary volume per the User Guide; 20–16,384 GiB per the API reference; AWS\'s pages disagree (max 65536)', why: SQLSERVER_WHY, sources: [STORAGE_INCREASE, STORAGE, API_CREATE, ADDITIONAL_VOLUME] },
      { fact: 'rds.storage-io-sqlserver', outcome: 'changed', before: '100–16,384 GiB (16 TiB), all editions (max 16384)', after: '100–65,536 GiB primary volume per the User Guide; 100–16,384 GiB per the API reference; AWS\'s pages disagree (max 65536)', why: SQLSERVER_WHY, sources: [STORAGE_INCREASE, STORAGE, API_CREATE, ADDITIONAL_VOLUME] },
      { fact: 'rds.storage-gp', outcome: 'confirmed', after: '20–65,536 GiB (64 TiB)', why: 'The User Guide\'s 64 TiB primary volume and the API reference\'s 20–65,536 GiB (Db2 gp3 only, MariaDB, MySQL, PostgreSQL) agree. Source added: "Increasing DB instance storage capacity".', sources: [API_CREATE, STORAGE_INCREASE] },
      { fact: 'rds.storage-io', outcome: 'confirmed', after: '100–65,536 GiB (64 TiB)', why: 'As for gp: the API reference gives 100–65,536 GiB for io1/io2 and the User Guide a 64 TiB primary volume.', sources: [API_CREATE, STORAGE_INCREASE] },
      { fact: 'rds.iops-ratio', outcome: 'confirmed', after: '0.5–50 IOPS per GiB (Db2, MariaDB, MySQL, Oracle, PostgreSQL)', why: 'The CreateDBInstance Iops constraints are unchanged.', sources: [API_CREATE] },
      { fact: 'rds.iops-ratio-sqlserver', outcome: 'confirmed', after: '1–50 IOPS per GiB', why: 'The CreateDBInstance Iops constraints are unchanged.', sources: [API_CREATE] },
      { fact: 'rds.extended-support-exceptions', outcome: 'added', after: 'Aurora MySQL version 2: end of standard support October 31, 2024, charges from December 1, 2024, Extended Support 3 years and 4 months; PostgreSQL 11 (RDS and Aurora): Extended Support from March 1, 2024, charges from April 1, 2024', why: 'The issue asked for the Extended Support exceptions. AWS\'s pages do not exempt these versions from Extended Support: they start charging later (and, for Aurora MySQL 2, last 4 months longer). Phrased as the Aurora "Using Amazon RDS Extended Support" and the RDS/Aurora "Extended Support charges" pages say it.', sources: [AURORA_ES, AURORA_ES_CHARGES, ES_CHARGES] },
      { fact: 'rds.eoss.aurora-mysql-5.7', outcome: 'changed', before: 'Note: Extended Support up to 3 years, charged after the end of standard support', after: 'Note adds the exception: enrolled October 31, 2024, charged from December 1, 2024, 3 years and 4 months', why: 'Aurora "Using Amazon RDS Extended Support" page. The date 2024-10-31 is confirmed.', sources: [AURORA_ES, AURORA_ES_CHARGES] },
      { fact: 'rds.eoss.postgres-11', outcome: 'changed', before: 'Note: charged from the end of standard support', after: 'Note adds the exception: Extended Support from March 1, 2024, charges from April 1, 2024', why: 'RDS "Extended Support charges" page. The date 2024-02-29 is consistent with it.', sources: [ES_CHARGES] },
      { fact: 'rds.eoss.aurora-postgresql-11', outcome: 'changed', before: 'Note: charged from the end of standard support', after: 'Note adds the exception: Extended Support from March 1, 2024, charges from April 1, 2024', why: 'Aurora "Extended Support charges" page.', sources: [AURORA_ES_CHARGES] },
      { fact: 'rds.eoss.postgres-12', outcome: 'confirmed', after: '2025-02-28', why: 'The RDS "Extended Support charges" page gives February 28, 2025 as the end of standard support of RDS for PostgreSQL 12; added as a source.', sources: [ES_CHARGES] },
      { fact: 'rds.eoss.aurora-postgresql-12', outcome: 'confirmed', after: '2025-02-28', why: 'The Aurora "Extended Support charges" page gives February 28, 2025 for Aurora PostgreSQL 12; added as a source.', sources: [AURORA_ES_CHARGES] },
      { fact: 'rds.extended-support', outcome: 'confirmed', after: 'Paid support for up to 3 years past the end of standard support; on by default', why: 'The charges page: charges begin the day after the end of standard support; open-source-rds-extended-support-disabled avoids them. Source added.', sources: [ES_CHARGES] },
      { fact: 'elasticache.redis-4-5-end-of-standard-support', outcome: 'added', after: 'Redis OSS 4 and 5: end of standard support 2026-01-31; paid Extended Support from February 1, 2026 until January 31, 2029, then automatic upgrade to the latest Valkey; 5.0.0–5.0.5 deprecated', why: 'Missing fact behind rule ADB025 (same sources): the ElastiCache Extended Support page and the Redis OSS end-of-life schedule. Shown on EngineVersion.', sources: [EC_EXTENDED, EC_EOL] },
      { fact: 'rds.backup-retention', outcome: 'confirmed', after: '0–35 days; default 1 (API/CLI), 7 in the console', why: 'The backup retention page and the CreateDBInstance API reference (Default: 1; 0 to 35) are unchanged; Multi-AZ DB clusters take 1–35.', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html', API_CREATE] },
      { fact: 'dynamodb.pitr', outcome: 'confirmed', after: 'RecoveryPeriodInDays 1–35, default 35; charged on table size whatever the period', why: 'PointInTimeRecoverySpecification API reference and the PITR guide are unchanged.', sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html'] },
      { fact: 'dax.replication-factor', outcome: 'confirmed', after: '1 node = no replicas; 3–10 nodes for fault tolerance; AWS recommends at least two read replicas', why: 'CreateCluster ReplicationFactor is unchanged. The AWS SDK for Kotlin page used as a source was replaced by the DAX CreateCluster API reference it is generated from.', sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html'] },
      { fact: 'elasticache.backups', outcome: 'confirmed', after: 'SnapshotRetentionLimit up to 35 days, default 0 (off) on node-based clusters', why: 'CreateReplicationGroup (Default: 0, backups disabled) and ModifyServerlessCache (maximum 35 days) are unchanged. The two AWS SDK for Kotlin pages used as sources were replaced by the ElastiCache API reference pages they are generated from.', sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyServerlessCache.html'] },
      { fact: 'aurora.replicas-per-cluster', outcome: 'confirmed', after: 'Up to 15 Aurora Replicas besides the writer', why: 'The Aurora DB clusters overview and "Adding Aurora Replicas" still say up to 15, with failover to a replica by priority.', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-replicas-adding.html'] },
      { fact: 'aurora.backtrack-window', outcome: 'confirmed', after: '0–259,200 seconds (72 hours), default 0, Aurora MySQL only', why: 'The API constraint (0 to 259,200, Default: 0) and the backtrack guide (a window of 0 cannot be turned on again; not a replacement for backups) are unchanged; the guide now lists Aurora MySQL version 2, version 3 and 8.4.', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.Configuring.html'] },
      { fact: 'rds.read-replicas-commercial', outcome: 'confirmed', after: 'Up to 5 (Oracle, SQL Server)', why: 'CreateDBInstanceReadReplica: up to 15 read replicas except Db2 (three), Oracle (five) and SQL Server (five).', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html'] },
      { fact: 'rds.read-replicas-db2', outcome: 'confirmed', after: 'Up to 3', why: 'Same CreateDBInstanceReadReplica text. (rds.read-replicas, 15, matches too, but its note on cascading replicas was not re-checked, so it keeps its date.)', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html'] },
      { fact: 'elasticache.memcached-no-persistence', outcome: 'sources', after: 'Source: the ElastiCache CreateCacheCluster API reference instead of its AWS SDK for Kotlin copy', why: 'The SDK page is generated from the API reference and says the same (SnapshotRetentionLimit is only valid for the redis engine). The fact itself was not re-checked in full, so its verified date is unchanged.', sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheCluster.html'] },
      { fact: 'elasticache.encryption-at-rest', outcome: 'sources', after: 'Source: the ElastiCache CreateReplicationGroup API reference instead of its AWS SDK for Kotlin copy', why: 'Canonical page for the same parameter documentation; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html'] },
      { fact: 'elasticache.auth-token', outcome: 'sources', after: 'Source: the ElastiCache CreateReplicationGroup API reference instead of its AWS SDK for Kotlin copy', why: 'Canonical page for the same parameter documentation; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html'] },
      { fact: 'dynamodb.provisioned-throughput', outcome: 'sources', after: 'Source: the DynamoDB CreateTable API reference instead of its AWS SDK for Kotlin copy', why: 'Canonical page for the same parameter documentation; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html'] },
      { fact: 'neptune.backup-retention', outcome: 'sources', after: 'Source: the Neptune CreateDBCluster API reference on docs.aws.amazon.com instead of the China-Region (amazonaws.cn) copy', why: 'Same API reference; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateDBCluster.html'] },
      { fact: 'neptune.deletion-protection', outcome: 'sources', after: 'Source: the Neptune CreateDBCluster API reference on docs.aws.amazon.com instead of the China-Region copy', why: 'Same API reference; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateDBCluster.html'] },
      { fact: 'opensearch.legacy-resource', outcome: 'sources', after: 'Source: the CDK .NET reference on docs.aws.amazon.com instead of its China-Region copy', why: 'Same page on the global documentation site; the fact was not re-checked (verified date unchanged).', sources: ['https://docs.aws.amazon.com/cdk/api/v2/dotnet/api/Amazon.CDK.AWS.Elasticsearch.CfnDomain.NodeToNodeEncryptionOptionsProperty.html'] },
      { fact: 'rds.gp3-vs-gp2', outcome: 'sources', after: 'Source: the English AWS Knowledge Center article instead of its Japanese translation', why: 'Same article; the gp3 figures could not be re-confirmed (see below), so the verified date is unchanged.', sources: ['https://repost.aws/knowledge-center/rds-low-burst-balance'] },
    ],
    unconfirmed: [
      { subject: 'Magnetic (standard) storage deprecated during 2026 with a forced migration to gp3', why: 'Only a third-party blog says so. AWS\'s pages read (the RDS storage guide\'s translations, the RDS recommendations reference, the CDK StorageType reference) still say magnetic storage is kept for backward compatibility and not recommended. The facts and ADB009\'s message are unchanged.', facts: ['rds.storage-magnetic', 'rds.storage-type'], sources: [STORAGE, RECOMMENDATIONS] },
      { subject: 'Aurora cluster volume of 256 TiB for some versions', why: 'The search excerpts of "Amazon Aurora size limits" (CHAP_Limits) did not include the size table; the translated Aurora Limitless pages still give 128 TiB as an Aurora PostgreSQL cluster\'s maximum. 128 TiB is kept and not re-dated.', facts: ['aurora.storage-max'], sources: [AURORA_LIMITS] },
      { subject: 'gp3 IOPS and throughput maximums on RDS after EBS raised gp3 limits in 2025', why: 'The RDS storage page\'s gp3 table was not in the excerpts returned; EBS volume limits do not apply to RDS directly (RDS stripes volumes). The 64,000 IOPS maximum and the gp3 baselines are kept and not re-dated.', facts: ['rds.iops-gp3', 'rds.gp3-vs-gp2'], sources: [STORAGE] },
      { subject: 'English pages for two facts sourced to Japanese translations (Aurora default encryption since 18 February 2026; Aurora DSQL encryption)', why: 'Not re-read in this audit: the translated pages stay as sources (the English page did not show the statement when the facts were written), and the facts keep their dates.', facts: ['aurora.encryption-at-rest', 'aurora-dsql.encryption'], sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html', 'https://docs.aws.amazon.com/aurora-dsql/latest/userguide/data-encryption.html'] },
    ],
  },
  {
    date: FIRST_CHECK,
    summary: 'The knowledge base was written and every fact checked against its AWS sources (the fact commits of that day). Facts not re-checked since carry this date.',
    entries: [],
    unconfirmed: [],
  },
];
