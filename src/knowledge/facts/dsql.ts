/** Amazon Aurora DSQL facts (DSQL study guide), each checked against the AWS page in `sources`. */
import type { FactInput } from '../schema';

const UG = 'https://docs.aws.amazon.com/aurora-dsql/latest/userguide';

export const dsqlFacts: FactInput[] = [
  {
    id: 'aurora-dsql.engine',
    service: 'aurora-dsql',
    subject: 'What Aurora DSQL is',
    value: 'Serverless, distributed, PostgreSQL-compatible relational database; active-active, 99.99% single-Region and 99.999% multi-Region availability',
    note: 'No instances to size or fail over: compute, commit and storage scale independently.',
    seedSays: 'The study guide calls DSQL "still Aurora (MySQL/PostgreSQL compatible)" priced by DB instance hours; AWS documents it as PostgreSQL-compatible and serverless (no instances).',
    targets: { cfn: ['AWS::DSQL::Cluster'], cli: ['dsql create-cluster'], cdk: ['CfnCluster'] },
    seed: 'DSQL [What is Aurora DSQL?]',
    sources: [`${UG}/what-is-aurora-dsql.html`],
  },
  {
    id: 'aurora-dsql.multi-region-witness',
    service: 'aurora-dsql',
    subject: 'Multi-Region clusters and the witness Region',
    value: 'Two peered clusters in different Regions plus a witness Region (MultiRegionProperties.WitnessRegion) that keeps a window of encrypted transaction logs for quorum; the witness has no endpoint',
    changeable: 'yes',
    note: 'Create the first cluster with a witness Region, then a peer with the same witness, then link them (Clusters). The witness cannot be the cluster\'s own Region.',
    seedSays: 'The study guide describes multi-Region active-active writes but not the witness Region.',
    targets: {
      cfn: ['AWS::DSQL::Cluster.MultiRegionProperties', 'AWS::DSQL::Cluster.MultiRegionProperties.WitnessRegion', 'AWS::DSQL::Cluster.MultiRegionProperties.Clusters'],
      cli: ['dsql create-cluster --multi-region-properties', 'dsql update-cluster --multi-region-properties'],
      cdk: ['CfnCluster.multiRegionProperties'],
    },
    seed: 'DSQL [Core Features]',
    sources: [`${UG}/multi-region-aws-cli.html`, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dsql-cluster-multiregionproperties.html'],
  },
  {
    id: 'aurora-dsql.cli-multi-region',
    service: 'aurora-dsql',
    subject: 'AWS CLI form of multi-Region properties',
    value: 'aws dsql create-cluster --multi-region-properties \'{"witnessRegion":"us-west-2"}\' (shorthand: witnessRegion=us-west-2,clusters=arn1,arn2)',
    targets: { cfn: [], cli: ['dsql create-cluster --multi-region-properties'], cdk: [] },
    seed: 'DSQL [Core Features]',
    sources: [`${UG}/multi-region-aws-cli.html`],
  },
  {
    id: 'aurora-dsql.deletion-protection',
    service: 'aurora-dsql',
    subject: 'Deletion protection (DeletionProtectionEnabled)',
    value: 'When true the cluster cannot be deleted until the setting is turned off; AWS Config rule dsql-cluster-deletion-protection-enabled flags false',
    changeable: 'yes',
    note: 'The CloudFormation and API references do not state a default, so only an explicit false is flagged (ADB041).',
    targets: {
      cfn: ['AWS::DSQL::Cluster.DeletionProtectionEnabled'],
      cli: ['dsql create-cluster --deletion-protection-enabled', 'dsql update-cluster --no-deletion-protection-enabled'],
      cdk: ['CfnCluster.deletionProtectionEnabled'],
    },
    seed: null,
    sources: ['https://docs.aws.amazon.com/config/latest/developerguide/dsql-cluster-deletion-protection-enabled.html'],
  },
  {
    id: 'aurora-dsql.encryption',
    service: 'aurora-dsql',
    subject: 'Encryption at rest (KmsEncryptionKey)',
    value: 'Always encrypted; an AWS owned KMS key by default, or a customer managed key (KmsEncryptionKey)',
    default: 'AWS_OWNED_KMS_KEY',
    changeable: 'yes',
    note: 'You can switch between the AWS owned key and a customer managed key at any time; a customer managed key adds AWS KMS charges.',
    targets: { cfn: ['AWS::DSQL::Cluster.KmsEncryptionKey'], cli: ['dsql create-cluster --kms-encryption-key'], cdk: ['CfnCluster.kmsEncryptionKey'] },
    seed: 'DSQL [Security]',
    sources: [`${UG}/data-encryption.html`, 'https://docs.aws.amazon.com/ja_jp/aurora-dsql/latest/userguide/data-encryption.html'],
  },
];
