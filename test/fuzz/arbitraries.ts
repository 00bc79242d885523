/**
 * fast-check arbitraries for the fuzz suite: CloudFormation templates generated from a catalogue
 * of database resources and settings (YAML in several styles, and JSON), seed files, and
 * mutations of either (delete, duplicate, swap lines; truncate; insert characters, indentation,
 * comments; flip values; anchors and aliases; deep nesting; line ends). Every case is a file name
 * and a text; shrinking works on the choices, so a failure minimizes to few mutations.
 */
import fc from 'fast-check';
import { seeds, type Form } from './seeds';
import { terraformArb } from './terraform';

export interface Case {
  name: string;
  text: string;
}

// ---- generated templates ------------------------------------------------------------------

type V = string | number | boolean | null | { [k: string]: V } | V[];

const b = fc.boolean();
const retention = fc.constantFrom(0, 1, 7, 35, 40, -1, '7', 'x');
const engine = fc.constantFrom('postgres', 'mysql', 'mariadb', 'aurora-postgresql', 'aurora-mysql', 'oracle-ee', 'sqlserver-ex', 'redis', 'valkey', 'memcached', 'x');

/** Per type: property -> values. */
const CATALOGUE: Record<string, Record<string, fc.Arbitrary<V>>> = {
  'AWS::RDS::DBInstance': {
    Engine: engine, DBInstanceClass: fc.constantFrom('db.t3.micro', 'db.r6g.large', 'db.m1.small'), StorageType: fc.constantFrom('gp2', 'gp3', 'standard', 'io1', 'io2'),
    BackupRetentionPeriod: retention, StorageEncrypted: b, PubliclyAccessible: b, MultiAZ: b, MasterUsername: fc.constant('admin'),
    MasterUserPassword: fc.constantFrom('hunter2hunter2', 'x'), DeletionProtection: b, EnablePerformanceInsights: b, EnableIAMDatabaseAuthentication: b,
    AllocatedStorage: fc.constantFrom('20', 100, 70000, 5), EngineVersion: fc.constantFrom('16.4', '5.7', '8.0.35', '11'),
  },
  'AWS::RDS::DBCluster': {
    Engine: engine, BackupRetentionPeriod: retention, StorageEncrypted: b, DeletionProtection: b, MasterUsername: fc.constant('admin'),
    MasterUserPassword: fc.constant('hunter2hunter2'), EngineMode: fc.constantFrom('provisioned', 'serverless'), PubliclyAccessible: b,
  },
  'AWS::DynamoDB::Table': {
    BillingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED', 'ON_DEMAND'), PointInTimeRecoverySpecification: fc.record({ PointInTimeRecoveryEnabled: b }),
    DeletionProtectionEnabled: b, SSESpecification: fc.record({ SSEEnabled: b }),
  },
  'AWS::ElastiCache::ReplicationGroup': {
    Engine: engine, AtRestEncryptionEnabled: b, TransitEncryptionEnabled: b, MultiAZEnabled: b, AutomaticFailoverEnabled: b,
    SnapshotRetentionLimit: fc.constantFrom(0, 1, 35), NumCacheClusters: fc.constantFrom(1, 2, 3), EngineVersion: fc.constantFrom('4.0.10', '7.1', '5.0.6'),
  },
  'AWS::DocDB::DBCluster': { StorageEncrypted: b, BackupRetentionPeriod: retention, DeletionProtection: b, MasterUserPassword: fc.constant('hunter2hunter2') },
  'AWS::Neptune::DBCluster': { StorageEncrypted: b, BackupRetentionPeriod: retention, DeletionProtection: b, IamAuthEnabled: b },
  'AWS::OpenSearchService::Domain': {
    EngineVersion: fc.constantFrom('OpenSearch_2.11', 'Elasticsearch_5.1', 'Elasticsearch_7.10'), EncryptionAtRestOptions: fc.record({ Enabled: b }),
    NodeToNodeEncryptionOptions: fc.record({ Enabled: b }), DomainEndpointOptions: fc.record({ EnforceHTTPS: b }),
  },
  'AWS::Redshift::Cluster': { Encrypted: b, PubliclyAccessible: b, NodeType: fc.constantFrom('ra3.xlplus', 'dc2.large') },
  'AWS::DMS::ReplicationInstance': { PubliclyAccessible: b, MultiAZ: b },
  'AWS::RDS::DBProxy': { RequireTLS: b, EngineFamily: fc.constantFrom('POSTGRESQL', 'MYSQL') },
  'AWS::MemoryDB::Cluster': { TLSEnabled: b },
  'AWS::Cassandra::Table': { PointInTimeRecoveryEnabled: b },
  'AWS::DAX::Cluster': { SSESpecification: fc.record({ SSEEnabled: b }) },
  'AWS::DSQL::Cluster': { DeletionProtectionEnabled: b },
  'AWS::DynamoDB::GlobalTable': { BillingMode: fc.constantFrom('PAY_PER_REQUEST') },
  'AWS::S3::Bucket': { BucketName: fc.constant('b') },
};

/** A value, sometimes through an intrinsic (Ref to a parameter, Fn::If on a condition). */
const valueOf = (a: fc.Arbitrary<V>): fc.Arbitrary<V> =>
  fc.oneof(
    { weight: 8, arbitrary: a },
    { weight: 1, arbitrary: fc.constant({ Ref: 'Param' }) },
    { weight: 1, arbitrary: fc.tuple(a, a).map(([x, y]) => ({ 'Fn::If': ['IsProd', x, y] })) },
  );

interface GenResource {
  id: string;
  type: string;
  props?: [string, V][];
  attrs: [string, V][];
}

const resourceArb: fc.Arbitrary<Omit<GenResource, 'id'>> = fc.constantFrom(...Object.keys(CATALOGUE)).chain((type) => {
  const cat = CATALOGUE[type];
  const names = Object.keys(cat);
  return fc.record({
    type: fc.constant(type),
    props: fc.option(
      fc.subarray(names).chain((ks) => (ks.length ? fc.tuple(...ks.map((k) => valueOf(cat[k]).map((v): [string, V] => [k, v]))) : fc.constant([] as [string, V][]))),
      { freq: 6 },
    ).map((x) => x ?? undefined),
    attrs: fc.subarray([
      ['DeletionPolicy', 'Delete'], ['DeletionPolicy', 'Snapshot'], ['UpdateReplacePolicy', 'Retain'], ['Condition', 'IsProd'],
      ['Metadata', { 'aws-db-architect': { ignore: ['ADB004'] } }], ['Metadata', { Other: 1 }],
    ] as [string, V][], { maxLength: 2 }),
  });
});

/** Whether the `Properties` of a resource is written as `!If` (a case the fixes must leave alone). */
const propsIfArb = fc.boolean();

export interface Style {
  unit: number;
  short: boolean;
  quote: '' | '"' | "'";
  comments: number;
  flow: boolean;
  json: boolean;
  jsonIndent: number;
  finalNewline: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  unit: fc.constantFrom(2, 4, 3),
  short: fc.boolean(),
  quote: fc.constantFrom('' as const, '"' as const, "'" as const),
  comments: fc.nat(3),
  flow: fc.boolean(),
  json: fc.boolean(),
  jsonIndent: fc.constantFrom(0, 2, 4),
  finalNewline: fc.boolean(),
});

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.:/-]*$/;

function scalar(v: string | number | boolean | null, s: Style): string {
  if (typeof v !== 'string') return String(v);
  if (s.quote) return `${s.quote}${v}${s.quote}`;
  return PLAIN.test(v) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(v) ? v : JSON.stringify(v);
}

/** YAML lines of a value under `ind` (the key is written by the caller). */
function yamlValue(v: V, ind: string, s: Style, seed: number): { inline?: string; block?: string[] } {
  const u = ' '.repeat(s.unit);
  if (v === null || typeof v !== 'object') return { inline: scalar(v, s) };
  if (Array.isArray(v)) {
    if (s.flow || v.every((x) => x === null || typeof x !== 'object')) return { inline: `[${v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : scalar(x, s))).join(', ')}]` };
    return { block: v.flatMap((x) => { const y = yamlValue(x, ind + u, s, seed); return y.inline !== undefined ? [`${ind}- ${y.inline}`] : [`${ind}-`, ...y.block!]; }) };
  }
  const keys = Object.keys(v);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
    const arg = v[keys[0]];
    if (s.short) {
      const tag = `!${keys[0].replace(/^Fn::/, '')}`;
      if (!Array.isArray(arg) && (arg === null || typeof arg !== 'object')) return { inline: `${tag} ${scalar(arg, s)}` };
      if (Array.isArray(arg) && arg.every((x) => x === null || typeof x !== 'object')) return { inline: `${tag} [${arg.map((x) => scalar(x as string, s)).join(', ')}]` };
    }
  }
  if (s.flow && keys.every((k) => v[k] === null || typeof v[k] !== 'object')) return { inline: `{ ${keys.map((k) => `${k}: ${scalar(v[k] as string, s)}`).join(', ')} }` };
  return { block: keys.flatMap((k, j) => entryLines(k, v[k], ind, s, seed + j)) };
}

function entryLines(k: string, v: V, ind: string, s: Style, seed: number): string[] {
  const y = yamlValue(v, ind + ' '.repeat(s.unit), s, seed);
  const lines = y.inline !== undefined ? [`${ind}${k}: ${y.inline}`] : [`${ind}${k}:`, ...y.block!];
  // Comments after a value, at any depth (section banners, commented-out settings).
  if (s.comments && seed % (4 - Math.min(3, s.comments)) === 0) lines.push(`${' '.repeat((seed * 7) % 9)}# ---- note ${seed} ----`);
  return lines;
}

function template(rs: GenResource[], propsIf: boolean[]): Record<string, V> {
  const t: Record<string, V> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Env: { Type: 'String', Default: 'prod' }, Param: { Type: 'String', Default: 'x' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  };
  const res: Record<string, V> = {};
  rs.forEach((r, i) => {
    const body: Record<string, V> = { Type: r.type };
    for (const [k, v] of r.attrs) body[k] = v;
    if (r.props) {
      const p = Object.fromEntries(r.props);
      body.Properties = propsIf[i] ? { 'Fn::If': ['IsProd', p, { Ref: 'AWS::NoValue' }] } : p;
    }
    res[r.id] = body;
  });
  t.Resources = res;
  return t;
}

function render(t: Record<string, V>, s: Style): string {
  let text: string;
  if (s.json) text = JSON.stringify(t, null, s.jsonIndent);
  else text = Object.keys(t).flatMap((k, j) => entryLines(k, t[k], '', s, j * 13 + 1)).join('\n');
  return s.finalNewline ? `${text}\n` : text;
}

export const generatedArb: fc.Arbitrary<Case> = fc
  .tuple(fc.array(resourceArb, { minLength: 1, maxLength: 5 }), fc.array(propsIfArb, { minLength: 5, maxLength: 5 }), styleArb)
  .map(([rs, pif, s]) => {
    const named = rs.map((r, i) => ({ ...r, id: `${r.type.split('::')[2]}${i}` }));
    return { name: s.json ? 'gen.json' : 'gen.yaml', text: render(template(named, pif.map((x, i) => x && i % 3 === 0)), s) };
  });

// ---- mutations ----------------------------------------------------------------------------

export type Mutation =
  | { op: 'delete' | 'duplicate' | 'indent' | 'dedent' | 'comment' | 'flip' | 'anchor'; at: number; n: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; s: string }
  | { op: 'nest'; at: number; depth: number; kind: number }
  | { op: 'eol'; crlf: boolean }
  | { op: 'finalNewline' };

const CHARS = [':', ' ', '-', '#', '{', '}', '[', ']', '"', "'", '\\', '$(', ')', '`', '&a ', '*a', '!Ref ', '!If ', '|', '>', '\t', '\n', '  ', '%', '@', ',', '?', '\u00e9', '\uD83D\uDE00', '\r', '/*', '*/', '//', '=', ';', '<<EOF\n', '${', '}'];

export const mutationArb = (maxDepth: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'indent' as const, 'dedent' as const, 'comment' as const, 'flip' as const, 'anchor' as const), at: fc.nat(), n: fc.nat(9) }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...CHARS), fc.string({ maxLength: 6 }), fc.array(fc.constantFrom(...CHARS), { maxLength: 4 }).map((x) => x.join(''))) }),
    fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: Math.max(1, maxDepth) }), kind: fc.nat(5) }),
    fc.record({ op: fc.constant('eol' as const), crlf: fc.boolean() }),
    fc.record({ op: fc.constant('finalNewline' as const) }),
  );

const FLIPS: [RegExp, (m: string, k: number) => string][] = [
  [/\b(true|false)\b/g, (m) => (m === 'true' ? 'false' : 'true')],
  [/\b\d+\b/g, (m, k) => ['0', '1', '7', '35', '40', '-1', '99999999999999999999', '1e400', '0x1F', '007'][k % 10]],
  [/\b(postgres|mysql|aurora-postgresql|aurora-mysql|redis|mariadb|gp2|gp3)\b/g, (m, k) => ['postgres', 'mysql', 'aurora-mysql', 'oracle-se2', 'sqlserver-ee', 'redis', 'valkey', 'gp2', 'standard', 'io2'][k % 10]],
];

const NESTS: ((d: number) => string)[] = [
  (d) => `${'['.repeat(d)}1${']'.repeat(d)}`,
  (d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`,
  (d) => Array.from({ length: d }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x',
  (d) => `${'$('.repeat(d)}echo${')'.repeat(d)}`,
  (d) => `${'f('.repeat(d)}1${')'.repeat(d)}`,
  (d) => Array.from({ length: d }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n') + ' v',
];

function lineIndex(lines: string[], at: number): number {
  return lines.length ? at % lines.length : 0;
}

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = lineIndex(lines, 'at' in m ? m.at : 0);
  switch (m.op) {
    case 'delete': lines.splice(i, 1 + (m.n % 3)); return lines.join('\n');
    case 'duplicate': lines.splice(i, 0, ...lines.slice(i, i + 1 + (m.n % 3))); return lines.join('\n');
    case 'swap': { const j = lineIndex(lines, m.to); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
    case 'indent': lines[i] = ' '.repeat(1 + m.n) + lines[i]; return lines.join('\n');
    case 'dedent': lines[i] = lines[i].replace(new RegExp(`^ {0,${1 + m.n}}`), ''); return lines.join('\n');
    case 'comment': lines.splice(i, 0, `${' '.repeat(m.n)}${m.n % 2 ? '#' : '//'} comment ${m.n}`); return lines.join('\n');
    case 'flip': {
      const [re, f] = FLIPS[m.n % FLIPS.length];
      let k = 0;
      const target = m.at % 7;
      return text.replace(re, (x) => (k++ === target ? f(x, m.n + m.at) : x));
    }
    case 'anchor': {
      // An anchor on a value and an alias of it on another line (YAML): `key: &a v` ... `other: *a`.
      const j = lineIndex(lines, i + 1 + m.n);
      const a = /^(\s*(?:- )?[\w-]+:\s*)(\S.*)$/.exec(lines[i]);
      const c = /^(\s*(?:- )?[\w-]+:\s*)(\S.*)$/.exec(lines[j]);
      if (!a || !c || i === j) return text;
      lines[i] = `${a[1]}&x${m.n} ${a[2]}`;
      lines[j] = `${c[1]}*x${m.n}`;
      return lines.join('\n');
    }
    case 'truncate': return text.slice(0, m.at % (text.length + 1));
    case 'insert': { const p = m.at % (text.length + 1); return text.slice(0, p) + m.s + text.slice(p); }
    case 'nest': { const p = m.at % (text.length + 1); return text.slice(0, p) + NESTS[m.kind % NESTS.length](m.depth) + text.slice(p); }
    case 'eol': return m.crlf ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n');
    case 'finalNewline': return /\n$/.test(text) ? text.replace(/\r?\n$/, '') : `${text}\n`;
  }
}

/** The largest case text, in characters. */
export const MAX_CASE = 200_000;

export interface CaseOptions {
  maxMutations?: number;
  maxDepth?: number;
  /** Seeds larger than this are left out (the unit suite's short run keeps cases small). */
  maxSeed?: number;
  /** Only these forms (seeds of the form; generated templates for yaml/json, generated `.tf` for terraform); default all. */
  forms?: Form[];
}

/** A case: a seed file (a form, then a file of it) or a generated template, with a few mutations. */
export function caseArb(o: CaseOptions = {}): fc.Arbitrary<Case> {
  const want = (f: Form) => !o.forms || o.forms.includes(f);
  const groups = [...seeds().entries()].filter(([f]) => want(f)).map(([, g]) => g.filter((s) => s.text.length <= (o.maxSeed ?? Infinity))).filter((g) => g.length);
  const generated = [...(want('yaml') || want('json') ? [generatedArb, generatedArb] : []), ...(want('terraform') ? [terraformArb, terraformArb] : [])];
  const base = fc.oneof(...groups.map((g) => fc.constantFrom(...g)), ...generated);
  // Mutations can multiply a text (nesting, duplicated long lines): the bench, not the fuzz, covers megabytes.
  return fc.tuple(base, fc.array(mutationArb(o.maxDepth ?? 60), { maxLength: o.maxMutations ?? 4 })).map(([c, ms]) => ({ name: c.name, text: ms.reduce(mutate, c.text).slice(0, MAX_CASE) }));
}
