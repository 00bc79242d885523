/**
 * The knowledge base's schema. Validated with zod in the tests (and by `npm run docs`), so the
 * runtime bundle carries only the data and its TypeScript type.
 */
import { z } from 'zod';

export const SERVICES = [
  'rds', 'aurora', 'aurora-dsql', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'documentdb', 'neptune',
  'keyspaces', 'timestream', 'qldb', 'opensearch', 'rds-proxy', 'dms', 'redshift',
] as const;

export const FactSchema = z.object({
  /** Stable id, `service.topic` (`rds.backup-retention`). */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/),
  service: z.enum(SERVICES),
  /** What the fact is about, in words (`Automated backup retention period`). */
  subject: z.string().min(3),
  /** The value as a person reads it (`0–35 days`). */
  value: z.string().min(1),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  default: z.string().optional(),
  /** Can the setting be changed after creation? */
  changeable: z.enum(['yes', 'no', 'with-interruption', 'n/a']).optional(),
  /** Extra words: cost, safety, the cheaper or safer option. */
  note: z.string().optional(),
  /** Where the seed says something else, or nothing: what the seed said (AWS's current value is `value`). */
  seedSays: z.string().optional(),
  /** Where the fact shows in hovers. */
  targets: z.object({
    /** `AWS::RDS::DBInstance` or `AWS::RDS::DBInstance.BackupRetentionPeriod` or `AWS::RDS::DBInstance.StorageType=gp2`. */
    cfn: z.array(z.string()).default([]),
    /** `rds create-db-instance --backup-retention-period`, or `rds` / `rds create-db-instance`. */
    cli: z.array(z.string()).default([]),
    /** `DatabaseInstance.backupRetention`, or `DatabaseInstance`. */
    cdk: z.array(z.string()).default([]),
  }).default({}),
  /** Study-guide section (`seed [Backup and Recovery]`, `DSQL [Core Features]`), or null when the seed is silent. */
  seed: z.string().nullable(),
  /** AWS documentation the fact was checked against. */
  sources: z.array(z.string().url()).min(1),
  /** ISO date (`2026-11-25`) the fact was last checked against its sources; a test fails when older than 12 months. */
  verified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real calendar date'),
});

export type FactInput = z.input<typeof FactSchema>;
export type Fact = z.output<typeof FactSchema>;
