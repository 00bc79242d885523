/**
 * Seed files for the fuzz suite: the repository's examples and test corpora (whichever of
 * test/fixtures/cloudformation-samples and test/corpus are present), the bench's generated CDK
 * stack and AWS CLI script, and a few small files dense in findings in each form. Only files
 * inside the repository are read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cdkStack } from '../../bench/inputs/cdk';
import { shellScript } from '../../bench/inputs/shell';
import { CFN_SAMPLES, fixtureFiles, REPO } from '../fixture';
import { rstAsShell } from '../snapshot/corpus';

export interface Seed {
  name: string;
  text: string;
}

/** The forms a seed is read as; cases pick a form first, so 500 CLI documents do not crowd out the rest. */
export type Form = 'yaml' | 'json' | 'shell' | 'markdown' | 'cdk' | 'terraform';

/** Larger seeds cost more per case than they find; the bench covers size. */
const MAX_SEED = 40_000;

export function formOf(name: string): Form {
  if (/\.tf(\.json)?$/i.test(name)) return 'terraform';
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(sh|bash)$/i.test(name)) return 'shell';
  if (/\.md$/i.test(name)) return 'markdown';
  if (/\.ts$/i.test(name)) return 'cdk';
  return 'yaml';
}

/** Seeds from a folder (a missing or empty one throws: the fuzz must not run on nothing). */
function folder(rel: string, re: RegExp, base: string): Seed[] {
  const out: Seed[] = [];
  for (const p of fixtureFiles(rel, re, base)) {
    if (/\.d\.ts$/.test(p) || /[\\/](node_modules|cdk\.out)[\\/]/.test(p)) continue;
    const raw = fs.readFileSync(p, 'utf8');
    if (raw.length > MAX_SEED) continue;
    const name = path.relative(REPO, p);
    // AWS CLI example documents (reStructuredText): their commands, read as a shell script.
    out.push(name.endsWith('.rst') ? { name: `${name}.sh`, text: rstAsShell(raw) } : { name, text: raw });
  }
  return out;
}

/**
 * The vendored Terraform corpus (test/corpus/terraform): its `.tf` files but the empty ones (module
 * examples keep empty `variables.tf` files, which fixtureFiles refuses); none at all throws.
 */
function terraformCorpus(): Seed[] {
  const dir = path.join(REPO, 'test', 'corpus', 'terraform');
  const out = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tf$/.test(f))
    .sort()
    .map((f) => ({ name: path.join('test', 'corpus', 'terraform', f), text: fs.readFileSync(path.join(dir, f), 'utf8') }))
    .filter((s) => s.text.trim() && s.text.length <= MAX_SEED);
  if (!out.length) throw new Error('test/corpus/terraform has no .tf file');
  return out;
}

const INLINE: Seed[] = [
  {
    name: 'inline/db.yaml',
    text: `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
    AllowedValues: [dev, prod]
  Password:
    Type: String
    NoEcho: true
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      StorageType: "gp2"
      BackupRetentionPeriod: 40
      PubliclyAccessible: true
      MasterUsername: admin
      MasterUserPassword: 'hunter2hunter2'
      MultiAZ: !If [IsProd, true, false]
      # ---- storage ----
  Cluster:
    Type: AWS::RDS::DBCluster
    DeletionPolicy: Delete
    Properties:
      Engine: aurora-postgresql
      StorageEncrypted: false
      MasterUserPassword: !Ref Password
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      Engine: redis
      TransitEncryptionEnabled: false
      NumCacheClusters: 1
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: true
      NodeType: ra3.xlplus
  Bucket:
    Type: AWS::S3::Bucket
`,
  },
  {
    name: 'inline/db.json',
    text: `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Db": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "mysql",
        "StorageType": "gp2",
        "BackupRetentionPeriod": 40,
        "PubliclyAccessible": true,
        "MasterUsername": "admin",
        "MasterUserPassword": "hunter2hunter2"
      }
    },
    "Table": { "Type": "AWS::DynamoDB::Table", "Properties": { "BillingMode": "PAY_PER_REQUEST" } },
    "Docs": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": { "StorageEncrypted": false, "BackupRetentionPeriod": 40 }
    },
    "Proxy": { "Type": "AWS::RDS::DBProxy", "Properties": { "RequireTLS": false } }
  }
}
`,
  },
  {
    name: 'inline/deploy.sh',
    text: `#!/bin/bash
set -euo pipefail
REGION=us-east-1
aws rds create-db-instance \\
  --db-instance-identifier orders \\
  --engine postgres \\
  --storage-type gp2 \\
  --master-username admin \\
  --master-user-password 'hunter2hunter2' \\
  --backup-retention-period 40 \\
  --publicly-accessible
aws dynamodb create-table --table-name t --billing-mode ON_DEMAND --key-schema AttributeName=pk,KeyType=HASH
aws elasticache create-replication-group --replication-group-id c --replication-group-description x --engine redis --no-transit-encryption-enabled # trailing
aws redshift create-cluster --cluster-identifier w --node-type ra3.xlplus --master-username a --master-user-password "p4ssw0rdP4ss" --publicly-accessible
`,
  },
  {
    name: 'inline/README.md',
    text: `# Runbook

Create the database:

\`\`\`bash
aws rds create-db-cluster --db-cluster-identifier c1 --engine aurora-mysql \\
  --master-username admin --master-user-password hunter2hunter2 --no-storage-encrypted
\`\`\`

Then:

\`\`\`sh
aws rds modify-db-instance --db-instance-identifier x --publicly-accessible --backup-retention-period 0 --apply-immediately
\`\`\`
`,
  },
  {
    name: 'inline/stack.ts',
    text: `import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export class S extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc: undefined as any,
      publiclyAccessible: true,
      storageEncrypted: false,
      backupRetention: cdk.Duration.days(40),
      storageType: rds.StorageType.GP2,
      credentials: rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('hunter2hunter2')),
    });
    new dynamodb.Table(this, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    new rds.CfnDBCluster(this, 'L1', { engine: 'aurora-mysql', storageEncrypted: false, backupRetentionPeriod: 40 });
  }
}
`,
  },
  {
    name: 'inline/main.tf',
    text: `variable "env" {
  default = "prod"
  validation {
    condition     = contains(["dev", "prod"], var.env)
    error_message = "dev or prod"
  }
}

variable "password" {
  default = "hunter2hunter2"
}

locals {
  encrypted = var.env == "prod" ? true : false
  tags      = { Env = var.env }
}

resource "aws_db_instance" "db" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  storage_type            = "gp2"
  backup_retention_period = 40
  publicly_accessible     = true
  username                = "admin"
  password                = var.password
  storage_encrypted       = local.encrypted
  skip_final_snapshot     = true
  apply_immediately       = true
  tags                    = merge(local.tags, { Name = "\${var.env}-db" })
}

resource "aws_rds_cluster" "c" {
  count             = var.env == "prod" ? 1 : 0
  engine            = "aurora-postgresql"
  storage_encrypted = false
  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 300
  }
}

resource "aws_dynamodb_table" "t" {
  name         = "t"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
  dynamic "point_in_time_recovery" {
    for_each = var.env == "prod" ? [1] : []
    content {
      enabled = true
    }
  }
}

resource "aws_security_group" "db" {
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_elasticache_replication_group" "r" { # checkov:skip=CKV_AWS_29: test
  description                = <<-EOT
    a cache
  EOT
  engine                     = "redis"
  transit_encryption_enabled = false
  lifecycle {
    prevent_destroy = false
  }
}
`,
  },
];

let cache: Map<Form, Seed[]> | undefined;

/** Every seed, by form (read once). */
export function seeds(): Map<Form, Seed[]> {
  if (cache) return cache;
  const all: Seed[] = [
    ...INLINE,
    { name: 'bench/stack.ts', text: cdkStack(80) },
    { name: 'bench/deploy.sh', text: shellScript(80) },
    ...folder('examples', /\.(ya?ml|json|sh|md|ts)$/, REPO),
    ...folder(CFN_SAMPLES, /\.(ya?ml|json|template)$/, path.join(REPO, 'test', 'fixtures')),
    ...folder('test/corpus', /\.(ya?ml|json|template|ts|rst)$/, REPO),
    ...terraformCorpus(),
  ];
  cache = new Map();
  for (const s of all) cache.set(formOf(s.name), [...(cache.get(formOf(s.name)) ?? []), s]);
  return cache;
}
