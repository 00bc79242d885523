/**
 * A large, realistic CloudFormation template for benchmarks and tests: `makeTemplate(resources,
 * targetBytes, 'yaml' | 'json')`.
 *
 * Mixes database resources (RDS, ElastiCache, DMS, and the others of the mix below) with the IAM
 * roles and alarms that sit around them in real stacks, with intrinsic functions (!Ref, !GetAtt,
 * !Sub, !If), parameters and conditions. Some database settings are deliberately wrong
 * (retention 40, unencrypted, public, gp2) so a linter has findings to report. Deterministic:
 * the same arguments give the same bytes.
 *
 * A port of the project's original Python generator, byte for byte: it draws from the same
 * Mersenne Twister stream as Python's `random.Random(seed)` and writes JSON the way Python's
 * `json.dumps` does, so templates made before and after the port are identical.
 */

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

/** Python's `random.Random(seed)` for a non-negative integer seed below 2^32: MT19937 seeded by init_by_array. */
export class PyRandom {
  private readonly mt = new Uint32Array(624);
  private index = 624;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new RangeError(`seed ${seed}: a 32-bit non-negative integer`);
    const mt = this.mt;
    mt[0] = 19650218;
    for (let i = 1; i < 624; i++) mt[i] = (Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) >>> 0;
    // init_by_array with the key [seed] (CPython takes the seed's 32-bit words; one here, [0] for 0).
    const key = [seed];
    let i = 1;
    let j = 0;
    for (let k = Math.max(624, key.length); k; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= 624) {
        mt[0] = mt[623];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = 623; k; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) >>> 0) - i;
      i++;
      if (i >= 624) {
        mt[0] = mt[623];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private next(): number {
    const mt = this.mt;
    if (this.index >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
        mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits, as Python's `random()`. */
  random(): number {
    const a = this.next() >>> 5;
    const b = this.next() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

/** Python's `json.dumps(value)` (default separators `, ` and `: `) for ASCII data. */
export function pyDumps(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(pyDumps).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pyDumps(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

function database(i: number, rng: PyRandom): [string, Obj] {
  const kind = i % 9;
  const bad = rng.random() < 0.3;
  if (kind === 0) {
    return ['AWS::RDS::DBInstance', {
      Engine: 'mysql', EngineVersion: '8.0.35', DBInstanceClass: 'db.r6g.large',
      AllocatedStorage: 100, StorageType: bad ? 'gp2' : 'gp3',
      MultiAZ: !bad, StorageEncrypted: !bad, PubliclyAccessible: bad,
      BackupRetentionPeriod: bad ? 40 : 7, DeletionProtection: true,
      MasterUsername: 'admin', ManageMasterUserPassword: true,
      DBSubnetGroupName: { Ref: 'DbSubnetGroup' },
      VPCSecurityGroups: [{ Ref: 'DbSecurityGroup' }],
      Tags: [{ Key: 'Name', Value: { 'Fn::Sub': `\${AWS::StackName}-db-${i}` } }],
    }];
  }
  if (kind === 1) {
    return ['AWS::RDS::DBCluster', {
      Engine: 'aurora-postgresql', EngineVersion: '16.4',
      StorageEncrypted: !bad, BackupRetentionPeriod: bad ? 36 : 14,
      DeletionProtection: { 'Fn::If': ['IsProd', true, false] },
      MasterUsername: 'postgres', ManageMasterUserPassword: true,
      EnableIAMDatabaseAuthentication: true,
      DBSubnetGroupName: { Ref: 'DbSubnetGroup' },
    }];
  }
  if (kind === 2) {
    return ['AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [{
        IndexName: 'gsi1',
        KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        Projection: { ProjectionType: 'ALL' },
      }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: !bad },
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }];
  }
  if (kind === 3) {
    return ['AWS::ElastiCache::ReplicationGroup', {
      ReplicationGroupDescription: `cache ${i}`, Engine: 'redis',
      CacheNodeType: 'cache.r6g.large', NumNodeGroups: 3, ReplicasPerNodeGroup: 2,
      AutomaticFailoverEnabled: !bad, MultiAZEnabled: true,
      AtRestEncryptionEnabled: !bad, TransitEncryptionEnabled: true,
      SnapshotRetentionLimit: 7, CacheSubnetGroupName: { Ref: 'CacheSubnetGroup' },
    }];
  }
  if (kind === 4) {
    return ['AWS::DAX::Cluster', {
      NodeType: 'dax.r5.large', ReplicationFactor: bad ? 1 : 3,
      IAMRoleARN: { 'Fn::GetAtt': [`Role${i - 4}`, 'Arn'] },
      SSESpecification: { SSEEnabled: !bad },
    }];
  }
  if (kind === 5) {
    return ['AWS::RDS::DBProxy', {
      DBProxyName: { 'Fn::Sub': `proxy-${i}-\${AWS::Region}` }, EngineFamily: 'MYSQL',
      RequireTLS: !bad,
      RoleArn: { 'Fn::GetAtt': [`Role${i - 5}`, 'Arn'] },
      Auth: [{ AuthScheme: 'SECRETS', IAMAuth: 'REQUIRED', SecretArn: { Ref: 'DbSecret' } }],
      VpcSubnetIds: [{ Ref: 'SubnetA' }, { Ref: 'SubnetB' }],
    }];
  }
  if (kind === 6) {
    return ['AWS::DMS::ReplicationInstance', {
      ReplicationInstanceClass: 'dms.c5.2xlarge', AllocatedStorage: 200,
      MultiAZ: !bad, PubliclyAccessible: bad, EngineVersion: '3.5.1',
    }];
  }
  if (kind === 7) {
    return ['AWS::Neptune::DBCluster', { StorageEncrypted: !bad, BackupRetentionPeriod: 7, DeletionProtection: true }];
  }
  return ['AWS::DocDB::DBCluster', {
    MasterUsername: 'docdb', MasterUserPassword: { Ref: 'DocDbPassword' },
    StorageEncrypted: !bad, BackupRetentionPeriod: bad ? 0 : 7,
  }];
}

function filler(i: number, pad: number): [string, Obj] {
  if (i % 2 === 0) {
    const statements: Json[] = Array.from({ length: pad }, (_, k) => ({
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
      Resource: { 'Fn::Sub': `arn:\${AWS::Partition}:dynamodb:\${AWS::Region}:\${AWS::AccountId}:table/t${i}-${k}` },
    }));
    return ['AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{
        Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' },
        Action: 'sts:AssumeRole' }] },
      Policies: [{ PolicyName: `p${i}`, PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
    }];
  }
  return ['AWS::CloudWatch::Alarm', {
    AlarmDescription: `replica lag on ${i} ` + 'x'.repeat(pad * 20),
    MetricName: 'ReplicaLag', Namespace: 'AWS/RDS', Statistic: 'Average',
    Period: 60, EvaluationPeriods: 3, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold',
  }];
}

/** The template as data: `resources` resources, IAM statements and alarm text scaled by `pad`. */
export function templateData(n: number, pad: number): Obj {
  const rng = new PyRandom(n * 7919 + pad);
  const resources: Obj = {};
  for (let i = 0; i < n; i++) {
    const [kind, props] = i % 3 === 0 ? database(i, rng) : filler(i, pad);
    const name = kind === 'AWS::IAM::Role' ? `Role${i}` : `R${i}`;
    const body: Obj = { Type: kind, Properties: props };
    if (['AWS::RDS::DB', 'AWS::Neptune', 'AWS::DocDB'].some((p) => kind.startsWith(p)) && i % 2) {
      body.DeletionPolicy = 'Snapshot';
      body.UpdateReplacePolicy = 'Snapshot';
    }
    resources[name] = body;
  }
  // Every Ref/GetAtt target that the generator names exists.
  for (let i = 0; i < n; i++) {
    const r = resources[`R${i}`] as Obj | undefined;
    if (r && (r.Type === 'AWS::DAX::Cluster' || r.Type === 'AWS::RDS::DBProxy')) {
      const props = r.Properties as Obj;
      const target = (props.IAMRoleARN ?? props.RoleArn) as Obj;
      const role = (target['Fn::GetAtt'] as string[])[0];
      if (!(role in resources)) resources[role] = { Type: 'AWS::IAM::Role', Properties: filler(0, 1)[1] };
    }
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Benchmark template: ${n} resources`,
    Parameters: {
      Env: { Type: 'String', AllowedValues: ['prod', 'dev'], Default: 'dev' },
      DbSubnetGroup: { Type: 'String' }, CacheSubnetGroup: { Type: 'String' },
      DbSecurityGroup: { Type: 'AWS::EC2::SecurityGroup::Id' },
      DbSecret: { Type: 'String' }, DocDbPassword: { Type: 'String', NoEcho: true },
      SubnetA: { Type: 'AWS::EC2::Subnet::Id' }, SubnetB: { Type: 'AWS::EC2::Subnet::Id' },
    },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: resources,
  };
}

const INTRINSIC_SHORT: Record<string, string> = { Ref: '!Ref', 'Fn::GetAtt': '!GetAtt', 'Fn::Sub': '!Sub', 'Fn::If': '!If', 'Fn::Equals': '!Equals' };

const isObj = (v: Json): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A one-key mapping written in the short form (`!Ref X`). */
const isShort = (v: Json): boolean => isObj(v) && Object.keys(v).length === 1 && Object.hasOwn(INTRINSIC_SHORT, Object.keys(v)[0]);

/** The generator's YAML writer: block style, short intrinsic forms, strings quoted only when YAML needs it. */
export function toYaml(value: Json, indent = 0): string {
  const pad = '  '.repeat(indent);
  if (isObj(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && Object.hasOwn(INTRINSIC_SHORT, keys[0])) {
      const key = keys[0];
      const inner = value[key];
      if (key === 'Fn::GetAtt') return `${INTRINSIC_SHORT[key]} ${(inner as string[])[0]}.${(inner as string[])[1]}`;
      if (typeof inner === 'string') return `${INTRINSIC_SHORT[key]} ${inner.startsWith('$') || inner.startsWith('!') || inner.includes(':') ? JSON.stringify(inner) : inner}`;
      return `${INTRINSIC_SHORT[key]} ${pyDumps(inner)}`;
    }
    return keys
      .map((key) => {
        const inner = value[key];
        const nested = (isObj(inner) || Array.isArray(inner)) && (Array.isArray(inner) ? inner.length > 0 : Object.keys(inner).length > 0) && !isShort(inner);
        return nested ? `${pad}${key}:\n${toYaml(inner, indent + 1)}` : `${pad}${key}: ${toYaml(inner, indent + 1)}`;
      })
      .join('\n');
  }
  if (Array.isArray(value)) {
    return value
      .map((inner) => {
        const text = toYaml(inner, indent + 1);
        return isObj(inner) && !isShort(inner) ? `${pad}- ${text.trimStart()}` : `${pad}- ${text}`;
      })
      .join('\n');
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (text === '' || '!&*{}[]#|>%@`"\''.includes(text[0]) || text.includes(': ') || ['true', 'false', 'yes', 'no', 'null'].includes(text)) return JSON.stringify(text);
  return text;
}

/** A template's data as text: the YAML writer above, or JSON with a 2-space indent; ends in a newline. */
export function renderTemplate(doc: Obj, format: 'yaml' | 'json'): string {
  return format === 'yaml' ? `${toYaml(doc)}\n` : `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * A template of `resources` resources, grown (by `pad`, the size of its IAM policies and alarm
 * texts) until it is at least `targetBytes` long; the text and the `pad` it took.
 */
export function generateTemplate(resources: number, targetBytes: number, format: 'yaml' | 'json'): { text: string; pad: number } {
  let pad = 1;
  for (;;) {
    const text = renderTemplate(templateData(resources, pad), format);
    const bytes = Buffer.byteLength(text);
    if (bytes >= targetBytes || pad > 400) return { text, pad };
    pad += Math.max(1, Math.trunc(pad * (targetBytes / Math.max(1, bytes) - 1) * 0.8));
  }
}

/** A template of `resources` resources and at least `targetBytes` bytes, in YAML or JSON. */
export function makeTemplate(resources: number, targetBytes: number, format: 'yaml' | 'json'): string {
  return generateTemplate(resources, targetBytes, format).text;
}
