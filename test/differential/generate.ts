/**
 * Generates the differential test's commands (test/differential/commands.json): the study guide's
 * CLI examples, a valid command built from the model for operations of every database service,
 * and mutations of them (drop a required flag, misspell a flag, give a switch a value, break the
 * shorthand, break the JSON, wrong type, unknown operation, missing value; enum values and
 * abbreviations are counted apart). Deterministic. Run: npx tsx test/differential/generate.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureText } from '../fixture';
import { FLAG, LIST, modelIndex, NO_FORM, OPTIONAL_VALUE, REQUIRED, serviceModel, shapeOf, type ServiceModel, type TypeRef } from '../../src/core/cli-model/model';

export interface DiffCommand {
  /** The command line as a script would have it. */
  cmd: string;
  /** Where it comes from: seed, valid, or the mutation applied. */
  kind: string;
}

/** The study guide's AWS CLI examples (an extract, see test/fixtures/study-guide/SOURCES.md). */
const SEED = 'study-guide/aws-cli-examples.md';
const PER_SERVICE = 14;

/** The seed's CLI examples, one line each (continuations joined), without `file://` references. */
export function seedCommands(text: string): string[] {
  const block = /## AWS CLI Examples\s+```bash\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  const joined = block.replace(/\\\n\s*/g, ' ').replace(/'\[\s*\n([\s\S]*?)\]'/g, (m) => m.replace(/\s*\n\s*/g, ' '));
  // A file:// value needs the file itself (the CLI fails to read it): such examples are left out.
  return joined.split('\n').filter((l) => l.startsWith('aws ') && !l.includes('file://')).map((l) => l.trim());
}

const q = (s: string) => (/^[A-Za-z0-9_.,:=/@+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

/** A value the model accepts, as a JSON-able value. */
function sample(model: ServiceModel, ref: TypeRef, name: string, depth = 0): unknown {
  const s = shapeOf(model, ref);
  switch (s.t) {
    case 'S': {
      const out: Record<string, unknown> = {};
      const members = Object.keys(s.m ?? {});
      const want = s.u ? members.slice(0, 1) : (s.r ?? []);
      for (const m of want) out[m] = depth > 4 ? 'x' : sample(model, s.m![m], m, depth + 1);
      if (!want.length && members.length && depth < 3) out[members[0]] = sample(model, s.m![members[0]], members[0], depth + 1);
      return out;
    }
    case 'L':
      return Array.from({ length: Math.max(1, s.min ?? 1) }, () => sample(model, s.i!, name, depth + 1));
    case 'M': {
      const k = shapeOf(model, s.k ?? 's');
      return { [k.e?.[0] ?? 'k1']: sample(model, s.v ?? 's', name, depth + 1) };
    }
    case 'D':
      return {};
    case 'i':
    case 'l':
      return Math.max(s.min ?? 1, 1);
    case 'd':
    case 'f':
      return Math.max(s.min ?? 1.5, 1.5);
    case 'b':
      return true;
    case 't':
      return '2024-01-01T00:00:00Z';
    case 'B':
      return 'eA==';
    default: {
      if (s.e?.length) return s.e[0];
      const base = /arn/i.test(name) ? 'arn:aws:iam::123456789012:role/example-role' : 'example';
      return base.length >= (s.min ?? 0) ? base : base.padEnd(s.min!, 'x');
    }
  }
}

/** Shorthand for a flat structure of scalars, or undefined when it needs JSON. */
function shorthand(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    if (x && typeof x === 'object') return undefined;
    const s = String(x);
    if (!/^[A-Za-z0-9_.:/@+-]+$/.test(s)) return undefined;
    parts.push(`${k}=${s}`);
  }
  return parts.length ? parts.join(',') : undefined;
}

/** The argument text of a flag with a valid value ('' for a switch). */
function flagText(model: ServiceModel, flag: string, ref: TypeRef, bits: number): string {
  if (bits & (FLAG | NO_FORM)) return `--${flag}`;
  const s = shapeOf(model, ref);
  const v = sample(model, ref, flag);
  if (s.t === 'L') {
    const item = shapeOf(model, s.i!);
    const arr = v as unknown[];
    if (item.t !== 'S' && item.t !== 'L' && item.t !== 'M') return `--${flag} ${arr.map((x) => q(String(x))).join(' ')}`;
    const sh = arr.map(shorthand);
    return sh.every(Boolean) ? `--${flag} ${sh.map((x) => q(x!)).join(' ')}` : `--${flag} ${q(JSON.stringify(v))}`;
  }
  if (s.t === 'S' || s.t === 'M' || s.t === 'D') {
    const sh = s.t === 'D' ? undefined : shorthand(v);
    return `--${flag} ${q(sh ?? JSON.stringify(v))}`;
  }
  return `--${flag} ${q(String(v))}`;
}

function validCommand(model: ServiceModel, svc: string, op: string): { cmd: string; parts: Part[] } | undefined {
  const def = model.ops[op];
  const parts: Part[] = [];
  for (const [flag, [ref, bits]] of Object.entries(def.a)) {
    if (bits & REQUIRED) parts.push({ flag, ref, bits, text: flagText(model, flag, ref, bits) });
  }
  // A few optional flags of each kind, for coverage: a switch, a number, a structure, an enum.
  const optional = Object.entries(def.a).filter(([f, [, b]]) => !(b & REQUIRED) && !(b & NO_FORM) && !(b & OPTIONAL_VALUE) && !/^(starting-token|max-items|page-size|source-region|pre-signed-url)$/.test(f));
  const pick = (pred: (ref: TypeRef, bits: number) => boolean) => optional.find(([, [r, b]]) => pred(r, b) && !parts.some((p) => p.ref === r));
  for (const [flag, [ref, bits]] of [
    pick((_, b) => !!(b & FLAG)),
    pick((r) => ['i', 'l', 'd', 'f'].includes(shapeOf(model, r).t)),
    pick((r, b) => shapeOf(model, r).t === 'S' && !(b & LIST)),
    pick((r) => !!shapeOf(model, r).e),
    pick((r, b) => !!(b & LIST)),
  ].filter((x): x is [string, [TypeRef, number]] => !!x)) {
    parts.push({ flag, ref, bits, text: flagText(model, flag, ref, bits) });
  }
  return { cmd: `aws ${svc} ${op} ${parts.map((p) => p.text).join(' ')}`.trim(), parts };
}

interface Part {
  flag: string;
  ref: TypeRef;
  bits: number;
  text: string;
}

function mutations(model: ServiceModel, svc: string, op: string, parts: Part[], n: number): DiffCommand[] {
  const out: DiffCommand[] = [];
  const head = `aws ${svc} ${op}`;
  const join = (ps: string[]) => [head, ...ps].join(' ').trim();
  const texts = parts.map((p) => p.text);
  const req = parts.filter((p) => p.bits & REQUIRED);
  if (req.length) out.push({ kind: 'drop-required', cmd: join(texts.filter((t) => t !== req[n % req.length].text)) });
  if (parts.length) {
    const p = parts[n % parts.length];
    const bad = p.flag.length > 4 ? p.flag.slice(0, 2) + p.flag[3] + p.flag[2] + p.flag.slice(4) : `${p.flag}x`;
    if (!model.ops[op].a[bad]) out.push({ kind: 'misspell-flag', cmd: join(texts.map((t) => (t === p.text ? t.replace(`--${p.flag}`, `--${bad}`) : t))) });
  }
  const sw = parts.find((p) => p.bits & FLAG) ?? Object.entries(model.ops[op].a).filter(([, [, b]]) => b & FLAG).map(([flag, [ref, bits]]) => ({ flag, ref, bits, text: '' }))[0];
  if (sw) out.push({ kind: 'switch-value', cmd: join([...texts.filter((t) => t !== sw.text), `--${sw.flag} ${n % 2 ? 'true' : 'false'}`]) });
  const num = parts.find((p) => ['i', 'l', 'd', 'f'].includes(shapeOf(model, p.ref).t));
  if (num) out.push({ kind: 'wrong-type', cmd: join(texts.map((t) => (t === num.text ? `--${num.flag} ${n % 2 ? 'many' : '2.5x'}` : t))) });
  const sh = parts.find((p) => /=/.test(p.text) && !/[[{]/.test(p.text));
  if (sh) {
    out.push({ kind: 'unknown-key', cmd: join(texts.map((t) => (t === sh.text ? t.replace(/ (')?([A-Za-z]+)=/, ' $1$2X=') : t))) });
    out.push({ kind: 'break-shorthand', cmd: join(texts.map((t) => (t === sh.text ? t.replace(/=([^,' ]*)/, n % 2 ? '=[$1' : '=$1,=') : t))) });
  }
  const js = parts.find((p) => /'[[{]/.test(p.text));
  if (js) out.push({ kind: 'bad-json', cmd: join(texts.map((t) => (t === js.text ? t.replace(/([}\]])'$/, ',$1\'') : t))) });
  const en = parts.find((p) => shapeOf(model, p.ref).e && !(p.bits & LIST));
  if (en) out.push({ kind: 'enum', cmd: join(texts.map((t) => (t === en.text ? `--${en.flag} NOT_A_VALUE` : t))) });
  const val = parts.find((p) => !(p.bits & (FLAG | NO_FORM | LIST)) && !/[[{=]/.test(p.text));
  if (val) out.push({ kind: 'missing-value', cmd: join([...texts.filter((t) => t !== val.text), `--${val.flag}`]) });
  if (val && n % 3 === 0) out.push({ kind: 'extra-value', cmd: join(texts.map((t) => (t === val.text ? `${t} extra` : t))) });
  if (n % 4 === 0) out.push({ kind: 'unknown-operation', cmd: join(texts).replace(` ${op}`, ` ${op.replace(/-/, '_')}`) });
  const ab = parts.find((p) => {
    const pre = p.flag.slice(0, -2);
    return pre.length > 3 && Object.keys(model.ops[op].a).filter((f) => f.startsWith(pre)).length === 1;
  });
  if (ab) out.push({ kind: 'abbreviation', cmd: join(texts.map((t) => (t === ab.text ? t.replace(`--${ab.flag}`, `--${ab.flag.slice(0, -2)}`) : t))) });
  return out;
}

const DB = 'aws rds create-db-instance --db-instance-identifier a --db-instance-class db.t3.micro --engine mysql';
const DB_B = 'aws rds create-db-instance --db-instance-identifier a --db-instance-class b --engine mysql';
const TABLE = 'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S --key-schema AttributeName=a,KeyType=HASH';

/** Hand-written cases at the edges of what the CLI accepts. */
const EDGE = [
  'aws rdss describe-db-instances',
  'aws dsql describe-cluster --identifier abc',
  'aws dsql get-cluster --identifier abc',
  'aws qldb create-ledger --name l --permissions-mode STANDARD',
  'aws rds',
  'aws rds describe-db-instances foo',
  'aws --region us-east-1 --output json rds describe-db-instances',
  'aws rds describe-db-instances --region us-east-1 --query DBInstances --no-paginate --output text',
  'aws rds describe-db-instances --output',
  'aws rds wait db-instance-available --db-instance-identifier x',
  'aws rds wait db-instance-availble --db-instance-identifier x',
  'aws rds wait db-instance-available',
  'aws rds create-db-instance --generate-cli-skeleton',
  "aws rds create-db-instance --cli-input-json '{}'",
  `aws rds create-db-instance --cli-input-json '{"DBInstanceIdentifier":"a","DBInstanceClass":"b","Engine":"mysql"}'`,
  `${DB}`,
  `${DB} --publicly-accessible false`,
  `${DB} --no-publicly-accessible`,
  `${DB} --multi-az=true`,
  `${DB} --multi-az --no-multi-az`,
  `${DB} --port=3306`,
  `${DB} --port +5`,
  `${DB} --port ' 5'`,
  `${DB} --port 1_000`,
  `${DB} --port 5.0`,
  `${DB} --port -1`,
  `${DB} --port 1 2`,
  `${DB} --allocated-storage 0x10`,
  `${DB} --tags Key=a,Value=b Key=c`,
  `${DB} --tags Key=a,Key=b`,
  `${DB} --tags Key=a,Value=b,c`,
  `${DB} --tags 'Key=a,Value=b\\,c'`,
  `${DB} --tags "Key=a,Value=b c"`,
  `${DB} --tags 'Key="a,b",Value=c'`,
  `${DB} --tags '[{"Key":"a","Value":"b"}]'`,
  `${DB} --tags '[{"Key":1}]'`,
  `${DB} --tags '[{"Key":"a",}]'`,
  `${DB} --tags '[{"Kee":"a"}]'`,
  `${DB} --tags Kee=a`,
  `${DB} --tags`,
  `${DB} --vpc-security-group-ids sg-1 sg-2 --port 1`,
  `${DB} --vpc-security-group-ids sg-1,sg-2`,
  `${DB} --vpc-security-group-ids '["sg-1","sg-2"]'`,
  `${DB} --enable-cloudwatch-logs-exports '["error","general"]'`,
  `${DB} --enable-cloudwatch-logs-exports error general`,
  `${DB} --processor-features Name=coreCount,Value=2`,
  `${DB} --storage-type gp3 --iops 3000 --storage-throughput 125`,
  `${DB} --db-instance-identifier ''`,
  `${DB} --engine-lifecycle-support open-source-rds-extended-support-disabled`,
  'aws rds modify-db-instance --db-instance-identifier a --apply-immediate',
  'aws rds modify-db-instance --db-instance-identifier a --apply-immediately',
  'aws rds modify-db-instance --db-instance-id a',
  'aws rds modify-db-instance --db-instance-identifier a --enable-',
  'aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=4',
  'aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration MinCap=0.5',
  'aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration MinCapacity=half',
  `aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration '{"MinCapacity":0.5,"MaxCapacity":"4"}'`,
  `aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration '{"MinCapacity":0.5,"MaxCapacity":4}'`,
  'aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --scaling-configuration AutoPause=yes',
  'aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --scaling-configuration AutoPause=TRUE,MinCapacity=2',
  'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier a --source-db-cluster-identifier b --restore-to-time notatime',
  'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier a --source-db-cluster-identifier b --restore-to-time 2024-01-01T00:00:00Z',
  'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier a --source-db-cluster-identifier b --restore-to-time 1700000000',
  'aws rds create-db-proxy --db-proxy-name p --engine-family POSTGRES --role-arn arn:aws:iam::123456789012:role/proxy --vpc-subnet-ids a b --auth AuthScheme=SECRETS',
  'aws rds create-db-proxy --db-proxy-name p --engine-family POSTGRESQL --role-arn role --vpc-subnet-ids a',
  `${TABLE} --billing-mode PAY_PER_REQUEST`,
  `${TABLE} --billing-mode ON_DEMAND`,
  `${TABLE} --provisioned-throughput ReadCapacityUnits=5`,
  `${TABLE} --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5`,
  `${TABLE} --sse-specification Enabled=yes`,
  `${TABLE} --sse-specification Enabled=True`,
  `${TABLE} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true`,
  'aws dynamodb update-continuous-backups --table-name t --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
  `aws dynamodb query --table-name t --key-condition-expression 'a = :v' --expression-attribute-values '{":v":{"S":"x"}}' --limit 0`,
  `aws dynamodb query --table-name t --key-condition-expression 'a = :v' --expression-attribute-values '{":v":{"S":"x","N":"1"}}'`,
  `aws dynamodb put-item --table-name t --item '{"a":{"S":"x"}}'`,
  `aws dynamodb put-item --table-name t --item '{"a":{"S":"x"}'`,
  'aws dynamodb wait table-exists --table-name t',
  'aws dsql create-cluster --deletion-protection-enabled --multi-region-properties witnessRegion=us-west-2',
  `aws dsql create-cluster --no-deletion-protection-enabled --multi-region-properties '{"witnessRegion":"us-west-2","clusters":["arn:aws:dsql:us-east-1:123456789012:cluster/abc"]}'`,
  'aws dsql create-cluster --deletion-protection-enabled true',
  'aws dsql create-cluster --tags Env=prod,Team=db',
  'aws elasticache create-replication-group --replication-group-id r --replication-group-description d --engine redis --num-node-groups 2 --replicas-per-node-group 1 --automatic-failover-enabled --transit-encryption-enabled --at-rest-encryption-enabled',
  'aws elasticache create-cache-cluster --cache-cluster-id c --engine memcached --num-cache-nodes two',
  'aws memorydb create-cluster --cluster-name c --node-type db.r6g.large --acl-name open-access --tls-enabled',
  'aws memorydb create-cluster --cluster-name c --node-type db.r6g.large --acl-name open-access --tls-enabled false',
  'aws docdb create-db-cluster --db-cluster-identifier c --engine docdb --master-username u --master-user-password p --storage-encrypted',
  'aws neptune create-db-cluster --db-cluster-identifier c --engine neptune --enable-iam-database-authentication --backup-retention-period x',
  'aws dms create-replication-instance --replication-instance-identifier r --replication-instance-class dms.t3.micro --publicly-accessible false',
  'aws dms create-endpoint --endpoint-identifier e --endpoint-type SOURCE --engine-name mysql',
  'aws redshift create-cluster --cluster-identifier c --node-type ra3.xlplus --master-username u --master-user-password p --encrypted',
  'aws redshift-serverless create-workgroup --workgroup-name w --namespace-name n --base-capacity 8',
  'aws keyspaces create-table --keyspace-name k --table-name t --schema-definition allColumns=[{name=id,type=text}],partitionKeys=[{name=id}] --point-in-time-recovery status=ENABLED',
  'aws timestream-influxdb create-db-instance --name n --password p --db-instance-type db.influx.medium --vpc-subnet-ids s --vpc-security-group-ids g --allocated-storage 20',
  'aws opensearch create-domain --domain-name d --encryption-at-rest-options Enabled=true --node-to-node-encryption-options Enabled=true',
  'aws dax create-cluster --cluster-name c --node-type dax.r5.large --replication-factor 3 --iam-role-arn arn:aws:iam::123456789012:role/DAXServiceRole --sse-specification Enabled=true',
  // Mistakes seen in published READMEs and scripts (rewritten here with our own names).
  'aws elasticache create-replication-group --replication-group-id r1 --replication-group-description d --engine redis --automatic-failover-enabled false',
  'aws elasticache create-replication-group --replication-group-id r1 --replication-group-description d --engine redis --multi-az --automatic-failover-enabled',
  'aws elasticache create-replication-group --replication-group-id r1 --replication-group-description d --cacheNodeType cache.t3.micro',
  'aws elasticache create-replication-group --replication-group-id r1 --description d --engine redis',
  'aws elasticache create-replication-group --replication-group-id r1 --replication-group-description d --subnet-group-name g',
  'aws elasticache create-replication-group --replication-group-id r1 --replication-group-description d --engine valkey --cluster-mode Enabled',
  'aws elasticache create-replication-group --global-replication-group-id g1 --primary-region us-west-1',
  'aws elasticache create-replication-group --replication-group-id r1 --snapshot-name s1',
  'aws rds wait db-instance-available --db-instance-identifiers db1',
  'aws opensearch update-domain-config --domain-name search1 --encrypt-at-rest-options Enabled=true',
  'aws opensearch update-domain-config --domain-name d1 --domain-endpoint-options EnforceHTTPS=true',
  'aws opensearch update-domain-config --domain-name search1 --vpc-options SubnetIds=s1,SecurityGroupIds=g1',
  `aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S AttributeName=b,AttributeType=S --key-schema AttributeName=a,KeyType=HASH --billing-mode PAY_PER_REQUEST --global-secondary-indexes 'IndexName=ByB,KeySchema=[{AttributeName=b,KeyType=HASH}],Projection={ProjectionType=ALL}'`,
  `aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S --key-schema AttributeName=a,KeyType=HASH --billing-mode PAY_PER_REQUEST --global-secondary-indexes 'IndexName=ByB,KeySchema=[{AttributeName=b,KeyType=HASH}],Projection={ProjectionTyp=ALL}'`,
  'aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.t3.micro --engine postgres --backup-retention-period seven',
  // Edges of the CLI's conversions: empty values, repeated flags, custom arguments, choices, whitespace in shorthand.
  `${DB_B} --tags Key=a,Value=`,
  `${DB_B} --tags Key=,Value=b`,
  `${DB_B} --tags 'Key = a, Value = b'`,
  `${DB_B} --tags Key=a Value=b`,
  `${DB_B} --vpc-security-group-ids ""`,
  `${DB_B} --port ""`,
  `${DB_B} --allocated-storage -0`,
  `${DB_B} --tags Key=a,Value=b --tags Key=c,Value=d`,
  `${DB_B} --db-instance-identifier=`,
  `${DB_B} --no-multi-az=false`,
  `${DB_B} --multi-az=`,
  `${DB_B} --generate-cli-skeleton output`,
  `${DB_B} --generate-cli-skeleton bogus`,
  `${DB_B} --cli-input-json '{"Port": 5}'`,
  `aws rds create-db-cluster --db-cluster-identifier a --engine aurora-mysql --serverless-v2-scaling-configuration MinCapacity=1e1,MaxCapacity=inf`,
  `aws rds create-db-cluster --db-cluster-identifier a --engine aurora-mysql --serverless-v2-scaling-configuration '{"MinCapacity": true}'`,
  `${TABLE} --provisioned-throughput '{"ReadCapacityUnits": 5.0, "WriteCapacityUnits": 5}'`,
  `${TABLE} --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5,`,
  `${TABLE} --provisioned-throughput 'ReadCapacityUnits=5, WriteCapacityUnits=5'`,
  `${TABLE} --sse-specification Enabled=true SSEType=KMS`,
  `${TABLE} --key-schema AttributeName=a,KeyType=HASH,`,
  `aws rds describe-db-instances --filters Name=engine,Values=mysql,postgres`,
  `aws rds describe-db-instances --filters Name=engine,Values=[mysql,postgres]`,
  `aws rds describe-db-instances --filters 'Name=engine,Values=mysql postgres'`,
  `aws rds describe-db-instances --max-items 0`,
  `aws rds describe-db-instances --page-size abc`,
  `aws dynamodb scan --table-name t --select COUNT --segment 1 --total-segments 0`,
  `aws rds generate-db-auth-token --hostname h --port 5432 --username u`,
  `aws rds generate-db-auth-token --hostname h --port abc --username u`,
  `aws dynamodb wait table-exists`,
  `aws dsql create-cluster --tags '{"a":"b"}'`,
  `aws dsql create-cluster --tags a=b,c=d`,
  `aws dsql update-cluster --identifier x --multi-region-properties clusters=a,b`,
  `aws memorydb create-cluster --cluster-name c --node-type n --acl-name a --num-shards 0`,
  `aws timestream-write create-table --database-name d --table-name t --retention-properties MemoryStoreRetentionPeriodInHours=24,MagneticStoreRetentionPeriodInDays=7`,
  `aws redshift create-cluster --cluster-identifier c --node-type ra3.xlplus --master-username u --master-user-password p --number-of-nodes two`,
  `aws opensearch create-domain --domain-name dd`,
  `aws rds describe-db-instances --db-instance-identifier ''`,
  `aws rds describe-db-instances --debug-x`,
  `aws rds describe-db-instances --no-paginate --no-verify-ssl`,
  `aws rds modify-db-instance --db-instance-identifier a --no-apply-immediately --apply-immediately`,
  `aws rds modify-db-instance --db-instance-identifier a --no-apply`,
  `aws rds modify-db-instance --db-instance-identifier a --no-apply-immediately=true`,
  `aws rds create-db-snapshot --db-instance-identifier a --db-snapshot-identifier b --tags Key=k,Value=v,Key=k2`,
];

export function generate(seedText: string): DiffCommand[] {
  const out: DiffCommand[] = seedCommands(seedText).map((cmd) => ({ cmd, kind: 'seed' }));
  const idx = modelIndex()!;
  let n = 0;
  for (const svc of Object.keys(idx.models)) {
    const model = serviceModel(svc)!;
    const ops = Object.keys(model.ops).filter((o) => !o.startsWith('wait ') && o !== 'generate-db-auth-token');
    // Spread over the alphabet: create-, delete-, describe-, modify-, restore- ... all get some.
    const step = Math.max(1, Math.floor(ops.length / PER_SERVICE));
    for (let i = 0; i < ops.length && i / step < PER_SERVICE; i += step) {
      const v = validCommand(model, svc, ops[i]);
      if (!v) continue;
      out.push({ cmd: v.cmd, kind: 'valid' });
      out.push(...mutations(model, svc, ops[i], v.parts, n++));
    }
  }
  for (const cmd of EDGE) out.push({ cmd, kind: 'edge' });
  return out;
}

/** The real CLI's verdicts (python3 with awscli), or undefined when it is not installed. */
export function realVerdicts(cmds: DiffCommand[], onlyVersion?: string): { cli: string; verdicts: { ok: boolean; msg: string }[] } | undefined {
  const probe = spawnSync('python3', ['-c', 'import awscli; print("aws-cli/" + awscli.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  // The model data was generated from one CLI version: another version's verdicts would measure the data's age, not the checker.
  if (onlyVersion && probe.stdout.trim() !== onlyVersion) return undefined;
  const r = spawnSync('python3', [path.join(__dirname, 'aws_verdicts.py')], { input: JSON.stringify(cmds.map((c) => c.cmd)), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`aws_verdicts.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// `npx tsx test/differential/generate.ts` writes commands.json and records the real CLI's verdicts in verdicts.json.
if (require.main === module) {
  const cmds = generate(fixtureText(SEED));
  fs.writeFileSync(path.join(__dirname, 'commands.json'), `${JSON.stringify(cmds, null, 1)}\n`);
  const v = realVerdicts(cmds);
  if (v) fs.writeFileSync(path.join(__dirname, 'verdicts.json'), `${JSON.stringify(v, null, 1)}\n`);
  console.log(`${cmds.length} commands${v ? `, verdicts of ${v.cli} recorded` : ' (no AWS CLI here: verdicts.json unchanged)'}`);
}
