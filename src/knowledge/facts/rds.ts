import type { FactInput } from '../schema';
import { rdsOperationsFacts } from './rds-operations';
import { rdsSecurityFacts } from './rds-security';
import { rdsStorageFacts } from './rds-storage';
import { rdsVersionFacts } from './rds-versions';

/** The two original RDS facts; the rest live in topic files beside this one. */
const baseFacts: FactInput[] = [
  {
    id: 'rds.backup-retention',
    service: 'rds',
    subject: 'Automated backup retention period (DB instance)',
    value: '0–35 days; 0 turns automated backups and point-in-time recovery off',
    min: 0,
    max: 35,
    unit: 'days',
    default: '1 day (API/CLI); 7 days in the console; CloudFormation: 1',
    changeable: 'yes',
    note: 'Setting it to 0 on a running instance deletes existing automated backups. Multi-AZ DB clusters take 1–35.',
    seedSays: 'The seed says 1–35 days: 0 is also allowed for DB instances and disables backups.',
    targets: {
      cfn: ['AWS::RDS::DBInstance.BackupRetentionPeriod'],
      cli: ['rds create-db-instance --backup-retention-period', 'rds modify-db-instance --backup-retention-period'],
      cdk: ['DatabaseInstance.backupRetention'],
    },
    seed: 'seed [Backup and Recovery]',
    verified: '2026-12-04',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html'],
  },
  {
    id: 'rds.encryption-at-rest',
    service: 'rds',
    subject: 'Encryption at rest (StorageEncrypted)',
    value: 'AES-256 with a KMS key; can only be set when the instance is created',
    default: 'false (API/CloudFormation)',
    changeable: 'no',
    note: 'An unencrypted instance can only be encrypted by copying a snapshot with encryption and restoring it.',
    targets: {
      cfn: ['AWS::RDS::DBInstance.StorageEncrypted', 'AWS::RDS::DBCluster.StorageEncrypted'],
      cli: ['rds create-db-instance --storage-encrypted', 'rds create-db-cluster --storage-encrypted'],
      cdk: ['DatabaseInstance.storageEncrypted', 'DatabaseCluster.storageEncrypted'],
    },
    seed: 'seed [Security]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  },
];

/** Every RDS fact (DB instances and Multi-AZ DB clusters). */
export const rdsFacts: FactInput[] = [...baseFacts, ...rdsStorageFacts, ...rdsOperationsFacts, ...rdsSecurityFacts, ...rdsVersionFacts];
