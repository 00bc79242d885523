/** Amazon Redshift facts (seed [Pattern 4], [Cost Optimization]), checked against `sources`. */
import type { FactInput } from '../schema';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html';

export const redshiftFacts: FactInput[] = [
  {
    id: 'redshift.encrypted',
    service: 'redshift',
    subject: 'Cluster encryption at rest (Encrypted)',
    value: 'Encrypted by default (Default: true); a request with Encrypted false fails',
    default: 'true',
    changeable: 'yes',
    note: 'Use KmsKeyId for a customer-managed key.',
    targets: {
      cfn: ['AWS::Redshift::Cluster.Encrypted', 'AWS::Redshift::Cluster.KmsKeyId'],
      cli: ['redshift create-cluster --encrypted', 'redshift create-cluster --no-encrypted'],
      cdk: ['Cluster.encrypted'],
    },
    seed: null,
    verified: '2026-11-25',
    sources: [CFN, 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html', 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
  },
  {
    id: 'redshift.publicly-accessible',
    service: 'redshift',
    subject: 'Public accessibility (PubliclyAccessible)',
    value: 'Off by default; when true the cluster can be reached from a public network',
    default: 'false',
    changeable: 'yes',
    note: 'With VPC Block Public Access turned on, creating a public cluster is blocked.',
    targets: {
      cfn: ['AWS::Redshift::Cluster.PubliclyAccessible'],
      cli: ['redshift create-cluster --publicly-accessible', 'redshift modify-cluster --publicly-accessible'],
      cdk: ['Cluster.publiclyAccessible'],
    },
    seed: 'seed [Network Security]',
    verified: '2026-11-25',
    sources: [CFN, 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html'],
  },
  {
    id: 'redshift.role',
    service: 'redshift',
    subject: 'Redshift in the seed\'s analytics pattern',
    value: 'Data warehouse for OLAP next to an OLTP Aurora database, fed by ETL; RA3 nodes with managed storage separate compute from storage cost',
    targets: { cfn: ['AWS::Redshift::Cluster', 'AWS::Redshift::Cluster.NodeType'], cli: ['redshift create-cluster --node-type'], cdk: ['Cluster'] },
    seed: 'seed [Pattern 4]',
    verified: '2026-11-25',
    sources: [CFN],
  },
];
