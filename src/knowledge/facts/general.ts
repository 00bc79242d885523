/**
 * Value facts: what a setting's value means for this resource (`BillingMode: PAY_PER_REQUEST`,
 * `DBInstanceClass: db.serverless`), shown when hovering the value. Each checked against the AWS
 * page in `sources`.
 */
import type { FactInput } from '../schema';

const DDB = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide';
const AUG = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide';

export const generalFacts: FactInput[] = [
  {
    id: 'dynamodb.on-demand-value',
    service: 'dynamodb',
    subject: 'On-demand capacity (BillingMode PAY_PER_REQUEST)',
    value: 'Pay per read and write request, no capacity planning: the table instantly serves any previously reached traffic level and adapts to new peaks; an optional maximum throughput bounds cost',
    changeable: 'yes',
    note: 'Provisioned to on-demand: up to four switches in a rolling 24 hours; on-demand to provisioned: any time. No ProvisionedThroughput on the table or its GSIs.',
    targets: {
      cfn: ['AWS::DynamoDB::Table.BillingMode=PAY_PER_REQUEST', 'AWS::DynamoDB::GlobalTable.BillingMode=PAY_PER_REQUEST'],
      cli: ['dynamodb create-table --billing-mode=PAY_PER_REQUEST', 'dynamodb update-table --billing-mode=PAY_PER_REQUEST'],
      cdk: ['Billing.onDemand', 'BillingMode.PAY_PER_REQUEST'],
    },
    seed: 'seed [NoSQL Databases] Capacity Modes',
    verified: '2026-11-25',
    sources: [`${DDB}/capacity-mode.html`, `${DDB}/switching.capacitymode.html`],
  },
  {
    id: 'dynamodb.provisioned-value',
    service: 'dynamodb',
    subject: 'Provisioned capacity (BillingMode PROVISIONED)',
    value: '1 RCU = one strongly consistent (or two eventually consistent) read per second of an item up to 4 KB, a transactional read takes 2; 1 WCU = one write per second of up to 1 KB',
    changeable: 'yes',
    note: 'Requests above the provisioned rate are throttled: set ProvisionedThroughput on the table and every GSI, and scale it with Application Auto Scaling. Cheaper than on-demand for steady, predictable traffic.',
    targets: {
      cfn: ['AWS::DynamoDB::Table.BillingMode=PROVISIONED', 'AWS::DynamoDB::GlobalTable.BillingMode=PROVISIONED'],
      cli: ['dynamodb create-table --billing-mode=PROVISIONED', 'dynamodb update-table --billing-mode=PROVISIONED'],
      cdk: ['Billing.provisioned', 'BillingMode.PROVISIONED'],
    },
    seed: 'seed [NoSQL Databases] Capacity Modes',
    verified: '2026-11-25',
    sources: [`${DDB}/read-write-operations.html`, `${DDB}/capacity-mode.html`],
  },
  {
    id: 'aurora.db-serverless-class',
    service: 'aurora',
    subject: 'Aurora Serverless v2 instance class (db.serverless)',
    value: 'The instance scales within the cluster capacity range, 0 to 256 ACUs in 0.5 ACU steps (the minimum and maximum depend on the engine version); 1 ACU is about 2 GiB of memory with matching CPU and networking',
    changeable: 'with-interruption',
    note: 'The cluster needs ServerlessV2ScalingConfiguration before a db.serverless instance can be added. Serverless and provisioned instances can be mixed in one cluster.',
    targets: {
      cfn: ['AWS::RDS::DBInstance.DBInstanceClass=db.serverless'],
      cli: ['rds create-db-instance --db-instance-class=db.serverless'],
      cdk: ['ClusterInstance.serverlessV2'],
    },
    seed: 'seed [Aurora Serverless]',
    verified: '2026-11-25',
    sources: [`${AUG}/aurora-serverless-v2.requirements.html`, 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html'],
  },
];
