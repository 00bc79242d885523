import type { FactInput } from '../schema';

const CLI = 'https://docs.aws.amazon.com/cli/v1/reference/rds/create-db-proxy.html';
const API = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBProxy.html';

/** RDS Proxy facts. */
export const rdsProxyFacts: FactInput[] = [
  {
    id: 'rds-proxy.require-tls',
    service: 'rds-proxy',
    subject: 'RDS Proxy RequireTLS',
    value: 'When true, clients must connect to the proxy over TLS, even if the database itself does not use TLS',
    default: 'false (TLS optional)',
    changeable: 'yes',
    targets: { cfn: ['AWS::RDS::DBProxy.RequireTLS'], cli: ['rds create-db-proxy --require-tls', 'rds modify-db-proxy --require-tls'], cdk: ['DatabaseProxy.requireTLS'] },
    seed: 'seed [CLI Examples]: --require-tls',
    verified: '2026-11-25',
    sources: [API, CLI],
  },
  {
    id: 'rds-proxy.iam-auth',
    service: 'rds-proxy',
    subject: 'RDS Proxy client IAM authentication (Auth[].IAMAuth)',
    value: 'DISABLED (default), REQUIRED, or ENABLED (SQL Server only): REQUIRED makes every client authenticate with IAM',
    default: 'DISABLED',
    changeable: 'yes',
    targets: { cfn: ['AWS::RDS::DBProxy.Auth'], cli: ['rds create-db-proxy --auth'], cdk: ['DatabaseProxy.iamAuth'] },
    seed: 'seed [CLI Examples]: "IAMAuth":"REQUIRED"',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbproxy-authformat.html'],
  },
  {
    id: 'rds-proxy.default-auth-scheme',
    service: 'rds-proxy',
    subject: 'RDS Proxy DefaultAuthScheme',
    value: 'NONE or IAM_AUTH: IAM_AUTH uses end-to-end IAM authentication to the database, with no Secrets Manager secret',
    default: 'NONE',
    changeable: 'yes',
    note: 'Newer than the seed: with IAM_AUTH, Auth entries are optional.',
    targets: { cfn: ['AWS::RDS::DBProxy.DefaultAuthScheme'], cli: ['rds create-db-proxy --default-auth-scheme'], cdk: ['DatabaseProxy.defaultAuthScheme'] },
    seed: null,
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBProxy.html', 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_rds.DefaultAuthScheme.html'],
  },
  {
    id: 'rds-proxy.pooling',
    service: 'rds-proxy',
    subject: 'RDS Proxy connection pooling',
    value: 'Pools and shares database connections (Lambda, serverless, bursty clients) and shortens failover',
    changeable: 'n/a',
    targets: { cfn: ['AWS::RDS::DBProxy', 'AWS::RDS::DBProxyTargetGroup'], cli: ['rds create-db-proxy'], cdk: ['DatabaseProxy'] },
    seed: 'seed [Supporting Services] Amazon RDS Proxy',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-connecting.html', API],
  },
];
