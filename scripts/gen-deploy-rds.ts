/**
 * Regenerates data/deploy/rds.json: which RDS engines, engine versions and DB instance classes AWS
 * offers (RDS, Aurora, DocumentDB, Neptune), for the deploy-failure rules ADB120–ADB127, their hovers
 * and completions (src/core/deploy/rds.ts reads it).
 *
 * Sources (see data/deploy/SOURCES.md for why these):
 * - cfn-lint's data files (MIT-0), from the installed Python package: engine versions per engine as
 *   RDS DescribeDBEngineVersions(IncludeAll) listed them, which of them are deprecated, the DB instance
 *   classes each engine is priced for in each Region (pricing API), the classes orderable per engine
 *   version (DescribeOrderableDBInstanceOptions, us-east-1), DocumentDB and Neptune classes per Region.
 * - aws-cdk-lib's engine version classes (Apache-2.0, node_modules): versions newer than cfn-lint's
 *   newest of the same major version line are added (released after cfn-lint's data was made).
 * - botocore's RDS model (Apache-2.0): the engine names CreateDBInstance / CreateDBCluster document.
 *
 * Usage: npx tsx scripts/gen-deploy-rds.ts [path/to/site-packages/cfnlint]
 * Without the argument the installed package is found with `python3 -c 'import cfnlint'`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'data', 'deploy');

function python(code: string): string {
  return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();
}

const cfnlintDir = process.argv[2] ?? python('import cfnlint, os; print(os.path.dirname(cfnlint.__file__))');
const cfnlintVersion = python(`import sys; sys.path.insert(0, ${JSON.stringify(path.dirname(cfnlintDir))}); import cfnlint.version as v; print(v.__version__)`);
const ext = path.join(cfnlintDir, 'data', 'schemas', 'extensions');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(ext, p), 'utf8'));

interface IfThen { if: { properties: Record<string, Record<string, unknown>> }; then: { properties: Record<string, { enum?: string[] }> } }

// ---- engine versions (cfn-lint: DescribeDBEngineVersions with IncludeAll, us-east-1) ----------------
const versions = new Map<string, Set<string>>();
const engineNames = new Set<string>();
for (const f of ['aws_rds_dbinstance/engine_version.json', 'aws_rds_dbcluster/engine_version.json']) {
  for (const x of read(f).allOf as IfThen[]) {
    const e = x.if.properties.Engine?.const as string | undefined;
    if (!e) {
      for (const n of x.then.properties.Engine?.enum ?? []) engineNames.add(n);
      continue;
    }
    const set = versions.get(e) ?? new Set<string>();
    for (const v of x.then.properties.EngineVersion?.enum ?? []) set.add(String(v));
    versions.set(e, set);
  }
}
const deprecated = new Map<string, Set<string>>();
for (const f of ['aws_rds_dbinstance/engine_version_deprecated.json', 'aws_rds_dbcluster/engine_version_deprecated.json']) {
  for (const x of read(f).allOf as IfThen[]) {
    const e = x.if.properties.Engine?.const as string;
    const set = deprecated.get(e) ?? new Set<string>();
    for (const v of (x.if.properties.EngineVersion?.enum as string[] | undefined) ?? []) set.add(String(v));
    deprecated.set(e, set);
  }
}

// ---- engine names (botocore's documented valid values) -------------------------------------------
const botocore = JSON.parse(python(`
import json, re, botocore, botocore.session as s
m = s.get_session().get_service_model('rds')
out = {'version': botocore.__version__}
for op in ['CreateDBInstance', 'CreateDBCluster']:
    out[op] = re.findall(r'<code>([a-z0-9-]+)</code>', m.operation_model(op).input_shape.members['Engine'].documentation)
print(json.dumps(out))`)) as { version: string; CreateDBInstance: string[]; CreateDBCluster: string[] };
for (const n of [...botocore.CreateDBInstance, ...botocore.CreateDBCluster]) engineNames.add(n);

// ---- newer versions from aws-cdk-lib ---------------------------------------------------------------
const cdkDir = path.join(ROOT, 'node_modules', 'aws-cdk-lib');
const cdkVersion = JSON.parse(fs.readFileSync(path.join(cdkDir, 'package.json'), 'utf8')).version as string;
const CDK_CLASS: Record<string, string> = {
  PostgresEngineVersion: 'postgres', MysqlEngineVersion: 'mysql', MariaDbEngineVersion: 'mariadb',
  AuroraPostgresEngineVersion: 'aurora-postgresql',
};
const cdkAdded: string[] = [];
{
  const src = ['instance-engine.js', 'cluster-engine.js'].map((f) => fs.readFileSync(path.join(cdkDir, 'aws-rds', 'lib', f), 'utf8')).join('\n');
  const found = new Map<string, Set<string>>();
  for (const m of src.matchAll(/(\w+EngineVersion)\.of\("([^"]+)"/g)) {
    const e = CDK_CLASS[m[1]];
    if (e) (found.get(e) ?? found.set(e, new Set()).get(e)!).add(m[2].toLowerCase());
  }
  // Aurora MySQL: AuroraMysqlEngineVersion.builtIn_8_0("3.12.0") -> 8.0.mysql_aurora.3.12.0.
  for (const m of src.matchAll(/builtIn_(\d+)_(\d+)\("([^"]+)"/g)) {
    (found.get('aurora-mysql') ?? found.set('aurora-mysql', new Set()).get('aurora-mysql')!).add(`${m[1]}.${m[2]}.mysql_aurora.${m[3]}`);
  }
  for (const [e, vs] of found) {
    const known = versions.get(e);
    if (!known) continue;
    for (const v of vs) {
      if ([...known].some((k) => k.toLowerCase() === v)) continue;
      const line = lineOf(v);
      const same = [...known].filter((k) => lineOf(k) === line);
      const newest = (same.length ? same : [...known]).sort(compareVersions).at(-1)!;
      if (compareVersions(v, newest) > 0) {
        known.add(v);
        cdkAdded.push(`${e} ${v}`);
      }
    }
  }
}

/** The major version line a version belongs to: `16.4` -> `16`, `8.0.36` -> `8.0`, `8.0.mysql_aurora.3.04.0` -> `8.0.mysql_aurora.3`. */
function lineOf(v: string): string {
  const parts = v.split('.');
  if (parts.includes('mysql_aurora')) return parts.slice(0, 4).join('.');
  const major = Number(parts[0]);
  return major >= 10 && parts.length === 2 ? parts[0] : parts.slice(0, 2).join('.');
}

/** Compares dotted versions by their numeric runs (`16.10` > `16.9`; `11.22-rds.20240808` > `11.22`). */
function compareVersions(a: string, b: string): number {
  const pa = a.toLowerCase().split(/[.\-_]/);
  const pb = b.toLowerCase().split(/[.\-_]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// ---- instance classes -------------------------------------------------------------------------------
const classTable = new Set<string>();
/** Classes each engine is priced for, in any Region (cfn-lint E3025 data, pricing API). */
const engineClasses = new Map<string, Set<string>>();
{
  const d = read('aws_rds_dbinstance/dbinstanceclass_enum.json') as Record<string, { allOf: IfThen[] }>;
  for (const region of Object.values(d)) {
    for (const x of region.allOf) {
      const e = x.if.properties.Engine?.const as string;
      const set = engineClasses.get(e) ?? new Set<string>();
      for (const c of x.then.properties.DBInstanceClass?.enum ?? []) set.add(c);
      engineClasses.set(e, set);
    }
  }
}
/**
 * Classes orderable per `major.minor` (cfn-lint E3062 data, DescribeOrderableDBInstanceOptions in
 * us-east-1). cfn-lint's generator keys them by `major.minor` in one dictionary shared by every engine
 * (`dict.fromkeys(engines, dict())`), so each list is the union over the engines with that
 * `major.minor`: a superset for any one engine, which only makes the check more lenient.
 */
const prefixClasses = new Map<string, string[]>();
{
  for (const x of read('aws_rds_dbinstance/db_instance_class.json').allOf as IfThen[]) {
    const pattern = x.if.properties.EngineVersion?.pattern as string;
    const m = /^\^\((.+?)\\\.\.\+\|/.exec(pattern);
    if (!m) throw new Error(`unexpected pattern ${pattern}`);
    const prefix = m[1].replace(/\\\./g, '.');
    const list = (x.then.properties.DBInstanceClass?.enum ?? []).slice().sort();
    const prev = prefixClasses.get(prefix);
    if (prev && prev.join() !== list.join()) throw new Error(`${prefix}: lists differ between engines`);
    prefixClasses.set(prefix, list);
  }
}
function regionalUnion(file: string): string[] {
  const d = read(file) as Record<string, { enum: string[] }>;
  return [...new Set(Object.values(d).flatMap((r) => r.enum ?? []))].sort();
}
const docdbClasses = regionalUnion('aws_docdb_dbinstance/dbinstanceclass_enum.json');
const neptuneClasses = regionalUnion('aws_neptune_dbinstance/dbinstanceclass_enum.json');

for (const s of engineClasses.values()) for (const c of s) classTable.add(c);
for (const l of prefixClasses.values()) for (const c of l) classTable.add(c);
const classes = [...classTable].sort();
const index = new Map(classes.map((c, i) => [c, i]));
/** A class list as indices into `classes`, run-length packed: `3-7` for 3,4,5,6,7. */
function pack(list: Iterable<string>): string {
  const ids = [...new Set([...list].map((c) => index.get(c)!))].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    out.push(j > i ? `${ids[i]}-${ids[j]}` : String(ids[i]));
    i = j;
  }
  return out.join(',');
}
const lists: string[] = [];
const listId = (l: string[]) => {
  const p = pack(l);
  const i = lists.indexOf(p);
  return i >= 0 ? i : lists.push(p) - 1;
};

const engines: Record<string, { v?: string[]; d?: string[]; c?: string }> = {};
for (const e of [...engineNames].sort()) {
  const vs = [...(versions.get(e) ?? [])].sort(compareVersions).reverse();
  const dep = [...(deprecated.get(e) ?? [])].filter((v) => versions.get(e)?.has(v)).sort(compareVersions).reverse();
  const cls = engineClasses.get(e);
  engines[e] = {
    ...(vs.length ? { v: vs } : {}),
    ...(dep.length ? { d: dep } : {}),
    ...(cls ? { c: pack(cls) } : {}),
  };
}

const data = {
  about: 'Generated by scripts/gen-deploy-rds.ts: do not edit. Sources and licences: data/deploy/SOURCES.md.',
  /** When the table was generated, and the date of cfn-lint's data files (what "not known as of" means). */
  generated: new Date().toISOString().slice(0, 10),
  date: fs.statSync(path.join(ext, 'aws_rds_dbinstance', 'engine_version.json')).mtime.toISOString().slice(0, 10),
  sources: { 'cfn-lint': cfnlintVersion, 'aws-cdk-lib': cdkVersion, botocore: botocore.version },
  classes,
  engines,
  byMinor: Object.fromEntries([...prefixClasses].sort(([a], [b]) => compareVersions(a, b)).map(([p, l]) => [p, listId(l)])),
  lists,
  cdkAdded,
  docdb: { classes: docdbClasses },
  neptune: { classes: neptuneClasses },
};
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'rds.json'), `${JSON.stringify(data)}\n`);
fs.copyFileSync(path.join(path.dirname(cfnlintDir), `cfn_lint-${cfnlintVersion}.dist-info`, 'licenses', 'LICENSE'), path.join(OUT, 'LICENSE-cfn-lint'));
const size = fs.statSync(path.join(OUT, 'rds.json')).size;
console.log(`data/deploy/rds.json: ${size} bytes; cfn-lint ${cfnlintVersion}, aws-cdk-lib ${cdkVersion}, botocore ${botocore.version}; ${classes.length} classes, ${Object.keys(engines).length} engines, ${cdkAdded.length} versions from aws-cdk-lib`);
