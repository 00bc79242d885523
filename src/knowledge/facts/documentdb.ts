/** Amazon DocumentDB facts (seed [NoSQL Databases]), each checked against the AWS page in `sources`. */
import type { FactInput } from '../schema';

const DG = 'https://docs.aws.amazon.com/documentdb/latest/developerguide';

export const documentdbFacts: FactInput[] = [
  {
    id: 'documentdb.replicas',
    service: 'documentdb',
    subject: 'Replica instances per cluster',
    value: 'One primary and 0–15 replica instances; the cluster volume keeps six copies across three Availability Zones',
    max: 15,
    unit: 'replicas',
    targets: { cfn: ['AWS::DocDB::DBCluster', 'AWS::DocDB::DBInstance.DBClusterIdentifier'], cli: ['docdb create-db-instance --db-cluster-identifier'], cdk: ['DatabaseCluster.instances'] },
    seed: 'seed [NoSQL Databases]',
    verified: '2026-11-25',
    sources: [`${DG}/db-clusters-understanding.html`],
  },
  {
    id: 'documentdb.backup-retention',
    service: 'documentdb',
    subject: 'Backup retention period (DocumentDB cluster)',
    value: '1–35 days of point-in-time restore',
    min: 1,
    max: 35,
    unit: 'days',
    default: '1',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::DocDB::DBCluster.BackupRetentionPeriod'],
      cli: ['docdb create-db-cluster --backup-retention-period', 'docdb modify-db-cluster --backup-retention-period'],
      cdk: ['DatabaseCluster.backup'],
    },
    seed: 'seed [NoSQL Databases]',
    verified: '2026-11-25',
    sources: [`${DG}/backup_restore-nouns_verbs.html`],
  },
  {
    id: 'documentdb.encryption-at-rest',
    service: 'documentdb',
    subject: 'Storage encryption (StorageEncrypted)',
    value: 'Chosen when the cluster is created; an unencrypted snapshot can be restored into an encrypted cluster with a KMS key',
    default: 'false (API/CloudFormation); true in the CDK DatabaseCluster construct',
    changeable: 'no',
    targets: {
      cfn: ['AWS::DocDB::DBCluster.StorageEncrypted'],
      cli: ['docdb create-db-cluster --storage-encrypted'],
      cdk: ['DatabaseCluster.storageEncrypted'],
    },
    seed: 'seed [Security Considerations]',
    verified: '2026-11-25',
    sources: [
      'https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html',
      'https://docs.aws.amazon.com/documentdb/latest/devguide/backup_restore-restore_from_snapshot.md',
    ],
  },
  {
    id: 'documentdb.deletion-protection',
    service: 'documentdb',
    subject: 'Deletion protection (DeletionProtection)',
    value: 'Disabled by default when the cluster is created with the AWS CLI/API (and CloudFormation); enabled by default in the console',
    default: 'false',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::DocDB::DBCluster.DeletionProtection'],
      cli: ['docdb create-db-cluster --deletion-protection', 'docdb modify-db-cluster --deletion-protection'],
      cdk: ['DatabaseCluster.deletionProtection'],
    },
    seed: null,
    verified: '2026-11-25',
    sources: [`${DG}/db-cluster-delete.html`],
  },
];
