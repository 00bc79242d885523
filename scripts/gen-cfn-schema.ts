/**
 * Writes data/cfn-schema/database.json: the CloudFormation resource schemas of the database
 * resource types (and the EC2 security group types they use), trimmed to what the editor needs:
 * property names, types (nested property types by name), required properties, closed enums and the
 * first sentence of each description. Source: the `@aws-cdk/aws-service-spec` package (Apache-2.0;
 * https://github.com/cdklabs/awscdk-service-spec, packages/@aws-cdk/aws-service-spec/db.json.gz),
 * a devDependency; its version is recorded in the file. Run: npx tsx scripts/gen-cfn-schema.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.join(__dirname, '..');
const pkgDir = path.join(root, 'node_modules/@aws-cdk/aws-service-spec');
const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;

/** The database namespaces, and single types outside them. */
const NAMESPACES = [
  'RDS', 'DynamoDB', 'DAX', 'ElastiCache', 'MemoryDB', 'DocDB', 'DocDBElastic', 'Neptune', 'NeptuneGraph', 'Redshift',
  'RedshiftServerless', 'OpenSearchService', 'OpenSearchServerless', 'Elasticsearch', 'Cassandra', 'Timestream', 'DSQL', 'DMS', 'QLDB',
];
/**
 * String properties whose CloudFormation registry schema has the pattern ^[0-9]*$ (the template
 * reference shows it; aws-service-spec keeps no patterns): their type becomes `D`, digits.
 */
const DIGITS: Record<string, string[]> = { 'AWS::RDS::DBInstance': ['AllocatedStorage', 'Port'] };
const SINGLE = ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'];
const wanted = (t: string) => SINGLE.includes(t) || NAMESPACES.some((n) => t.startsWith(`AWS::${n}::`));

interface SpecType {
  type: string;
  element?: SpecType;
  reference?: { $ref: string };
  types?: SpecType[];
  allowedValues?: string[];
}
interface SpecProp {
  type: SpecType;
  previousTypes?: SpecType[];
  required?: boolean;
  documentation?: string;
}
interface SpecEntity {
  $id: string;
  name: string;
  cloudFormationType?: string;
  documentation?: string;
  properties: Record<string, SpecProp>;
  attributes?: Record<string, unknown>;
}

const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(pkgDir, 'db.json.gz'))).toString('utf8')) as {
  schema: { resource: { entities: SpecEntity[] }; typeDefinition: { entities: SpecEntity[] } };
};
const typeDefs = new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t]));

/** A type in the table: a scalar letter, `@Name` (a property type of the same resource), {a: T} array, {m: T} map, [T, ...] one of. */
type T = string | { a: T } | { m: T } | T[];

const SCALAR: Record<string, string> = { string: 's', integer: 'i', number: 'n', boolean: 'b', json: 'j', 'date-time': 'd', tag: 'T', null: 'z' };

/** The first sentence of a description, Markdown links reduced to their text. */
function firstSentence(doc: string | undefined): string | undefined {
  if (!doc) return undefined;
  const plain = doc.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  const m = /^(.*?[.:])(\s|$)/.exec(plain);
  let s = m ? m[1] : plain;
  if (s.length > 200) s = `${s.slice(0, 197).replace(/\s+\S*$/, '')}…`;
  return s || undefined;
}

interface Out {
  p: Record<string, { t: T; r?: 1; e?: string[]; d?: string }>;
  d?: string;
}

function convert(resourceTypes: Record<string, Out>, t: SpecType): T {
  if (t.type === 'array') return { a: convert(resourceTypes, t.element!) };
  if (t.type === 'map') return { m: convert(resourceTypes, t.element!) };
  if (t.type === 'union') return t.types!.map((x) => convert(resourceTypes, x));
  if (t.type === 'ref') {
    const def = typeDefs.get(t.reference!.$ref);
    if (!def) throw new Error(`missing type ${t.reference!.$ref}`);
    if (!resourceTypes[def.name]) {
      resourceTypes[def.name] = { p: {} };
      resourceTypes[def.name] = props(resourceTypes, def);
    }
    return `@${def.name}`;
  }
  const s = SCALAR[t.type];
  if (!s) throw new Error(`unknown type ${t.type}`);
  return s;
}

const same = (a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

function props(resourceTypes: Record<string, Out>, e: SpecEntity): Out {
  const out: Out = { p: {} };
  const d = firstSentence(e.documentation);
  if (d) out.d = d;
  for (const name of Object.keys(e.properties).sort()) {
    const p = e.properties[name];
    // A value of a type the property had before is still one CloudFormation took: accept both.
    const all: T[] = [];
    for (const x of [p.type, ...(p.previousTypes ?? [])]) {
      const c = convert(resourceTypes, x);
      for (const y of Array.isArray(c) ? c : [c]) if (!all.some((z) => same(z, y))) all.push(y);
    }
    const entry: Out['p'][string] = { t: all.length === 1 ? all[0] : all };
    if (p.required) entry.r = 1;
    const enums = p.type.allowedValues ?? (p.type.type === 'array' ? p.type.element?.allowedValues : undefined);
    if (enums && !(p.previousTypes?.length)) entry.e = enums;
    const doc = firstSentence(p.documentation);
    if (doc) entry.d = doc;
    out.p[name] = entry;
  }
  return out;
}

const resources: Record<string, Out & { types?: Record<string, Out>; ro?: string[] }> = {};
for (const r of [...db.schema.resource.entities].sort((a, b) => a.cloudFormationType!.localeCompare(b.cloudFormationType!))) {
  if (!r.cloudFormationType || !wanted(r.cloudFormationType)) continue;
  const types: Record<string, Out> = {};
  const out: Out & { types?: Record<string, Out>; ro?: string[] } = props(types, r);
  // Read-only properties (the schema's attributes): CloudFormation takes them in Properties without
  // using them, so they are not unknown (cfn-lint accepts them too).
  const ro = [...new Set(Object.keys(r.attributes ?? {}).map((a) => a.split('.')[0]))].filter((a) => !(a in out.p)).sort();
  if (ro.length) out.ro = ro;
  for (const name of DIGITS[r.cloudFormationType] ?? []) {
    if (out.p[name]?.t !== 's') throw new Error(`${r.cloudFormationType}.${name} is no longer a string: review DIGITS`);
    out.p[name].t = 'D';
  }
  if (Object.keys(types).length) out.types = Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]]));
  resources[r.cloudFormationType] = out;
}

const table = {
  about: 'CloudFormation resource schemas of the database resource types, trimmed (scripts/gen-cfn-schema.ts). Types: s string, D a string of digits (pattern ^[0-9]*$ in the registry schema), i integer, n number, b boolean, j JSON, d date-time, T tag, z null, @Name a property type of the resource, {a} list, {m} map, [..] one of. r: required. e: the closed enum of the schema. ro: read-only properties (attributes).',
  source: { package: '@aws-cdk/aws-service-spec', version, repository: 'https://github.com/cdklabs/awscdk-service-spec', path: 'packages/@aws-cdk/aws-service-spec/db.json.gz', license: 'Apache-2.0' },
  resources,
};
const dir = path.join(root, 'data/cfn-schema');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, 'database.json');
fs.writeFileSync(file, `${JSON.stringify(table)}\n`);
const bytes = fs.statSync(file).size;
console.log(`${path.relative(root, file)}: ${Object.keys(resources).length} resource types, ${(bytes / 1024).toFixed(0)} KB (${(zlib.gzipSync(fs.readFileSync(file)).length / 1024).toFixed(0)} KB gzip), @aws-cdk/aws-service-spec ${version}`);
