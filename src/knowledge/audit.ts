/**
 * The audit trail of the knowledge base: every time facts were re-checked against AWS's current
 * documentation, what changed and why. docs/limits.md prints it; a test checks that every fact
 * whose `verified` date is an audit's date is named in that audit, and that every fact it names exists.
 */

/** One fact an audit looked at. */
export interface AuditEntry {
  /** Fact id (`rds.publicly-accessible`), or a new fact's id. */
  fact: string;
  /** changed: the value or wording was outdated; added: a missing fact; confirmed: re-checked, still right; sources: right, but its sources were replaced by canonical pages. */
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
    ],
    unconfirmed: [
      { subject: 'Magnetic (standard) storage deprecated during 2026 with a forced migration to gp3', why: 'Only a third-party blog says so. AWS\'s pages read (the RDS storage guide\'s translations, the RDS recommendations reference, the CDK StorageType reference) still say magnetic storage is kept for backward compatibility and not recommended. The facts and ADB009\'s message are unchanged.', facts: ['rds.storage-magnetic', 'rds.storage-type'], sources: [STORAGE, RECOMMENDATIONS] },
      { subject: 'Aurora cluster volume of 256 TiB for some versions', why: 'The search excerpts of "Amazon Aurora size limits" (CHAP_Limits) did not include the size table; the translated Aurora Limitless pages still give 128 TiB as an Aurora PostgreSQL cluster\'s maximum. 128 TiB is kept and not re-dated.', facts: ['aurora.storage-max'], sources: [AURORA_LIMITS] },
      { subject: 'gp3 IOPS and throughput maximums on RDS after EBS raised gp3 limits in 2025', why: 'The RDS storage page\'s gp3 table was not in the excerpts returned; EBS volume limits do not apply to RDS directly (RDS stripes volumes). The 64,000 IOPS maximum and the gp3 baselines are kept and not re-dated.', facts: ['rds.iops-gp3', 'rds.gp3-vs-gp2'], sources: [STORAGE] },
    ],
  },
  {
    date: FIRST_CHECK,
    summary: 'The knowledge base was written and every fact checked against its AWS sources (the fact commits of that day). Facts not re-checked since carry this date.',
    entries: [],
    unconfirmed: [],
  },
];
