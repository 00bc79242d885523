/** A deterministic AWS CLI provisioning script of about `lines` lines, for the shell-analysis bench. */
const BLOCKS: ((i: number) => string[])[] = [
  (i) => [
    'aws rds create-db-instance \\',
    `  --db-instance-identifier orders-db-${i} \\`,
    '  --engine postgres \\',
    '  --engine-version 16.4 \\',
    '  --db-instance-class db.r6g.large \\',
    '  --allocated-storage 100 \\',
    `  --storage-type ${i % 3 ? 'gp3' : 'gp2'} \\`,
    '  --master-username dbadmin \\',
    '  --manage-master-user-password \\',
    `  --backup-retention-period ${i % 4 ? 7 : 40} \\`,
    `  ${i % 5 ? '--storage-encrypted' : '--no-storage-encrypted'} \\`,
    '  --multi-az \\',
    '  --db-subnet-group-name "$SUBNET_GROUP" \\',
    '  --vpc-security-group-ids "$DB_SG" \\',
    '  --region "$REGION"',
  ],
  (i) => [
    'aws rds create-db-cluster \\',
    `  --db-cluster-identifier aurora-${i} \\`,
    '  --engine aurora-mysql \\',
    '  --engine-version 8.0.mysql_aurora.3.05.2 \\',
    '  --master-username admin \\',
    '  --manage-master-user-password \\',
    '  --storage-encrypted \\',
    `  --backup-retention-period ${i % 2 ? 14 : 1} \\`,
    '  --deletion-protection \\',
    '  --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=16 \\',
    '  --region "$REGION"',
  ],
  (i) => [
    'aws dynamodb create-table \\',
    `  --table-name sessions-${i} \\`,
    '  --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=S \\',
    '  --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE \\',
    '  --billing-mode PAY_PER_REQUEST \\',
    '  --sse-specification Enabled=true \\',
    `  --tags Key=env,Value=${i % 2 ? 'prod' : 'dev'}`,
  ],
  (i) => [
    'aws elasticache create-replication-group \\',
    `  --replication-group-id cache-${i} \\`,
    '  --replication-group-description "session cache" \\',
    '  --engine redis \\',
    '  --cache-node-type cache.r6g.large \\',
    '  --num-node-groups 2 \\',
    '  --replicas-per-node-group 1 \\',
    `  ${i % 3 ? '--automatic-failover-enabled' : '--no-automatic-failover-enabled'} \\`,
    '  --at-rest-encryption-enabled \\',
    '  --transit-encryption-enabled',
  ],
  (i) => [
    `aws rds modify-db-instance --db-instance-identifier orders-db-${i} --backup-retention-period 7 --apply-immediately`,
    `aws dynamodb update-continuous-backups --table-name sessions-${i} \\`,
    '  --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    `echo "provisioned batch ${i}"`,
  ],
];

export function shellScript(lines: number): string {
  const out = ['#!/usr/bin/env bash', 'set -euo pipefail', 'REGION=us-east-1', 'SUBNET_GROUP=db-private', 'DB_SG=sg-0123456789abcdef0', ''];
  for (let i = 0; out.length < lines; i++) out.push(`# step ${i}`, ...BLOCKS[i % BLOCKS.length](i), '');
  return out.slice(0, lines).join('\n').replace(/\\$/, '') + '\n';
}

/**
 * A script of about `bytes` characters (the 2,000-line script repeated) where every `unclosedEvery`-th
 * line opens a `$(` that is never closed: the worst case of issue 16, where each unclosed
 * substitution used to be scanned to the end of the text again (quadratic time).
 */
export function largeShellScript(bytes: number, unclosedEvery = 300): string {
  const base = shellScript(2000).split('\n').slice(0, -1);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = base[i % base.length];
    const l = unclosedEvery && i % unclosedEvery === unclosedEvery - 1 ? `VERSION=$(${line}` : line;
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n') + '\n';
}
