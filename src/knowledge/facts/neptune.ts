/** Amazon Neptune facts (seed [Specialized Databases]), each checked against the AWS page in `sources`. */
import type { FactInput } from '../schema';

const API = 'https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateDBCluster.html';

export const neptuneFacts: FactInput[] = [
  {
    id: 'neptune.backup-retention',
    service: 'neptune',
    subject: 'Backup retention period (Neptune cluster)',
    value: '1–35 days',
    min: 1,
    max: 35,
    unit: 'days',
    default: '1',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::Neptune::DBCluster.BackupRetentionPeriod'],
      cli: ['neptune create-db-cluster --backup-retention-period', 'neptune modify-db-cluster --backup-retention-period'],
      cdk: ['DatabaseCluster.backupRetention'],
    },
    seed: 'seed [Specialized Databases]',
    verified: '2026-11-25',
    sources: [API],
  },
  {
    id: 'neptune.deletion-protection',
    service: 'neptune',
    subject: 'Deletion protection (DeletionProtection)',
    value: 'When true the cluster cannot be deleted until the setting is turned off; the API reference documents both defaults (see note)',
    default: 'not certain: CreateDBCluster says disabled when the cluster is created with the API (the console enables it for production clusters); its DeletionProtection parameter says enabled by default',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::Neptune::DBCluster.DeletionProtection'],
      cli: ['neptune create-db-cluster --deletion-protection'],
      cdk: ['DatabaseCluster.deletionProtection'],
    },
    note: 'Because the two statements disagree, ADB072 flags only an explicit false on Neptune. Set DeletionProtection explicitly.',
    seed: null,
    verified: '2026-11-25',
    sources: [API, 'https://docs.aws.amazon.com/goto/WebAPI/neptune-2014-10-31/CreateDBCluster', 'https://docs.aws.amazon.com/cli/v1/reference/neptune/create-db-cluster.html'],
  },
  {
    id: 'neptune.iam-auth',
    service: 'neptune',
    subject: 'IAM database authentication (IamAuthEnabled)',
    value: 'Off by default; when on, every request is signed with Signature Version 4 and no credentials live in the database',
    default: 'false',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::Neptune::DBCluster.IamAuthEnabled'],
      cli: ['neptune create-db-cluster --enable-iam-database-authentication'],
      cdk: ['DatabaseCluster.iamAuthentication'],
    },
    seed: 'seed [Security Considerations]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-iam-database-authentication.html'],
  },
  {
    id: 'neptune.encryption-at-rest',
    service: 'neptune',
    subject: 'Storage encryption (StorageEncrypted)',
    value: 'Set when the cluster is created (changing it replaces the cluster); KmsKeyId requires StorageEncrypted true',
    default: 'unencrypted unless StorageEncrypted is true (the API and CloudFormation references state no default; the Neptune guide says only the console enforces encryption for new clusters)',
    changeable: 'no',
    targets: {
      cfn: ['AWS::Neptune::DBCluster.StorageEncrypted', 'AWS::Neptune::DBCluster.KmsKeyId'],
      cli: ['neptune create-db-cluster --storage-encrypted'],
      cdk: ['DatabaseCluster.storageEncrypted'],
    },
    seed: 'seed [Security Considerations]',
    note: 'The console enforces encryption for new clusters; without KmsKeyId Neptune uses the aws/rds key. The key cannot be changed after creation.',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html', 'https://docs.aws.amazon.com/goto/WebAPI/neptune-2014-10-31/CreateDBCluster'],
  },
];
