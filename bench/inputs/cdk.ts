/** A deterministic CDK (TypeScript) stack of about `lines` lines, for the CDK-analysis bench. */
const BLOCKS: ((i: number) => string[])[] = [
  (i) => [
    `    const db${i} = new rds.DatabaseInstance(this, 'OrdersDb${i}', {`,
    '      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),',
    '      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),',
    '      vpc,',
    `      multiAz: ${i % 2 === 0},`,
    `      storageType: rds.StorageType.${i % 3 ? 'GP3' : 'GP2'},`,
    `      storageEncrypted: ${i % 5 !== 0},`,
    `      backupRetention: cdk.Duration.days(${i % 4 ? 7 : 40}),`,
    '      deletionProtection: true,',
    "      credentials: rds.Credentials.fromGeneratedSecret('dbadmin'),",
    '    });',
  ],
  (i) => [
    `    new rds.DatabaseCluster(this, 'Aurora${i}', {`,
    '      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_05_2 }),',
    "      writer: rds.ClusterInstance.serverlessV2('writer'),",
    '      serverlessV2MinCapacity: 0.5,',
    '      serverlessV2MaxCapacity: 16,',
    '      vpc,',
    '      storageEncrypted: true,',
    `      backup: { retention: cdk.Duration.days(${i % 2 ? 14 : 1}) },`,
    '    });',
  ],
  (i) => [
    `    new dynamodb.Table(this, 'Sessions${i}', {`,
    "      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },",
    "      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },",
    '      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,',
    `      pointInTimeRecovery: ${i % 3 !== 0},`,
    '      encryption: dynamodb.TableEncryption.AWS_MANAGED,',
    '      removalPolicy: cdk.RemovalPolicy.RETAIN,',
    '    });',
  ],
  (i) => [
    `    new elasticache.CfnReplicationGroup(this, 'Cache${i}', {`,
    "      replicationGroupDescription: 'session cache',",
    "      engine: 'redis',",
    "      cacheNodeType: 'cache.r6g.large',",
    '      numNodeGroups: 2,',
    '      replicasPerNodeGroup: 1,',
    `      automaticFailoverEnabled: ${i % 3 !== 0},`,
    '      atRestEncryptionEnabled: true,',
    '      transitEncryptionEnabled: true,',
    '    });',
  ],
];

export function cdkStack(lines: number): string {
  const out = [
    "import * as cdk from 'aws-cdk-lib';",
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
    "import * as rds from 'aws-cdk-lib/aws-rds';",
    "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';",
    "import * as elasticache from 'aws-cdk-lib/aws-elasticache';",
    "import { Construct } from 'constructs';",
    '',
    'export class DataStack extends cdk.Stack {',
    '  constructor(scope: Construct, id: string, props?: cdk.StackProps) {',
    '    super(scope, id, props);',
    "    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });",
  ];
  for (let i = 0; out.length < lines - 3; i++) out.push('', `    // part ${i}`, ...BLOCKS[i % BLOCKS.length](i));
  out.push('  }', '}');
  return out.join('\n') + '\n';
}
