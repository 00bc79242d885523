/**
 * Writes data/terraform-schema/aws.json: the Terraform AWS provider's schema of the database resource
 * types (and the security group types), trimmed to what the editor needs: for each resource its
 * arguments (name, type, required, computed-only) and nested blocks (recursively, with their nesting
 * mode and arguments). Run: npx tsx scripts/gen-terraform-schema.ts
 *
 * Source: the npm package `@cdktf/provider-aws` (MPL-2.0; https://github.com/cdktf/cdktf-provider-aws),
 * version PACKAGE_VERSION below. It is not a dependency of the project (394 MB installed, and the table
 * cannot change: 21.22.1 is the archived package's last release); this script installs it into a
 * temporary folder with npm (`--ignore-scripts`) when node_modules does not have it. It ships no provider schema JSON: it ships the bindings `cdktf get`
 * generated from `terraform providers schema -json` of the provider version its README names, as
 * JavaScript (lib/<resource>/index.js), TypeScript declarations (index.d.ts) and a jsii assembly
 * (.jsii). The JavaScript is read here, because it is the only one that keeps the schema's own words:
 * each argument's Terraform name, whether it is a block (`isBlock`), its collection kind (`simple`,
 * `list`, `set`, `map`, `struct`) and element type (`storageClassType`), and, as comments the generator
 * writes, the `computed`/`optional`/`required` flags of computed arguments and of blocks. The .d.ts
 * gives required vs optional (`readonly name?:`) of every argument. The jsii assembly (130 MB) carries
 * the same TypeScript types and docs but not sets vs lists nor blocks vs attributes.
 *
 * The AWS provider's schema has no closed enums (its validators are Go code, not schema), so none
 * are written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ts from 'typescript';

const root = path.join(__dirname, '..');
/** The package version the table is generated from (its README names the provider version). */
export const PACKAGE_VERSION = '21.22.1';

function packageDir(): string {
  const local = path.join(root, 'node_modules/@cdktf/provider-aws');
  if (fs.existsSync(path.join(local, 'package.json')) && JSON.parse(fs.readFileSync(path.join(local, 'package.json'), 'utf8')).version === PACKAGE_VERSION) return local;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-terraform-schema-'));
  console.log(`installing @cdktf/provider-aws@${PACKAGE_VERSION} into ${tmp} ...`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', '--prefix', tmp, `@cdktf/provider-aws@${PACKAGE_VERSION}`], { stdio: 'inherit' });
  return path.join(tmp, 'node_modules/@cdktf/provider-aws');
}

const pkgDir = packageDir();
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string; license: string; repository: { url: string } };
const readme = fs.readFileSync(path.join(pkgDir, 'README.md'), 'utf8');
const providerVersion = /hashicorp\/aws provider version (\d+\.\d+\.\d+)/.exec(readme)?.[1];
if (!providerVersion) throw new Error('The README of @cdktf/provider-aws does not name the provider version.');

/** The database resource families (lib folder prefixes) and the security group resources. */
const PREFIXES = [
  'db-', 'rds-', 'dynamodb-', 'dax-', 'elasticache-', 'memorydb-', 'docdb', 'neptune', 'redshift', 'opensearch-', 'keyspaces-',
  'timestreamwrite-', 'dsql-', 'dms-',
];
const SINGLE = ['security-group', 'security-group-rule', 'vpc-security-group-ingress-rule', 'vpc-security-group-egress-rule'];

/** A type: `s` string, `n` number, `b` bool, `?` not judged; {l} list, {S} set, {m} map of it; {o} an object with these attributes. */
export type TfType = 's' | 'n' | 'b' | '?' | { l: TfType } | { S: TfType } | { m: TfType } | { o: Record<string, TfAttr> };

export interface TfAttr {
  t: TfType;
  /** Required. */
  r?: 1;
  /** Computed only: set by the provider, cannot be written. */
  c?: 1;
}

export interface TfBlock {
  /** Nesting: `l` list, `s` set, `1` single. */
  n: 'l' | 's' | '1';
  /** At least one block is required. */
  r?: 1;
  a: Record<string, TfAttr>;
  b?: Record<string, TfBlock>;
  /**
   * An argument of object type that may be written as a block too (the SDK's "attributes as blocks",
   * e.g. `ingress` of aws_security_group): both `x { }` and `x = [{ }]` are right.
   */
  x?: 1;
}

interface Entry {
  tf: string;
  camel: string;
  isBlock: boolean;
  type: string;
  sct: string;
  /** The `<struct>ToHclTerraform` function of a struct-typed entry. */
  fn?: string;
}

interface ClassInfo {
  name: string;
  base: string;
  /** Terraform name -> flags of the generator's `// name - computed: x, optional: y, required: z` comments. */
  flags: Map<string, { computed: boolean; optional: boolean; required: boolean }>;
  tfType?: string;
}

const warnings: string[] = [];

function propName(n: ts.PropertyName): string {
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : n.getText();
}

/** Reads a generated index.js: the attrs of each `<x>ToHclTerraform` function and of `synthesizeHclAttributes`, and the classes. */
function readJs(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const fns = new Map<string, Entry[]>();
  const classes: ClassInfo[] = [];
  let resourceAttrs: Entry[] | undefined;
  const attrsOf = (body: ts.Node): Entry[] | undefined => {
    let found: Entry[] | undefined;
    const visit = (n: ts.Node) => {
      if (found) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'attrs' && n.initializer && ts.isObjectLiteralExpression(n.initializer)) {
        found = n.initializer.properties.filter(ts.isPropertyAssignment).map((p) => entryOf(propName(p.name), p.initializer));
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    return found;
  };
  const entryOf = (tf: string, init: ts.Expression): Entry => {
    if (!ts.isObjectLiteralExpression(init)) throw new Error(`${file}: ${tf} is not an object literal`);
    const get = (k: string) => init.properties.filter(ts.isPropertyAssignment).find((p) => propName(p.name) === k)?.initializer;
    const value = get('value')?.getText() ?? '';
    const camel = /(?:struct\.|this\._)(\w+)\)?(?:\.internalValue)?\)?$/.exec(value)?.[1] ?? /(?:struct\.|this\._)(\w+)/.exec(value)?.[1] ?? '';
    const fn = /(\w+)ToHclTerraform\b/.exec(value.replace(/cdktf\.\w+ToHclTerraform/g, ''))?.[1];
    const lit = (k: string) => {
      const v = get(k);
      return v && ts.isStringLiteral(v) ? v.text : v?.getText() ?? '';
    };
    return { tf, camel, isBlock: lit('isBlock') === 'true', type: lit('type'), sct: lit('storageClassType'), fn };
  };
  const flagsOf = (node: ts.Node, into: ClassInfo['flags']) => {
    const visit = (n: ts.Node) => {
      for (const r of ts.getLeadingCommentRanges(text, n.getFullStart()) ?? []) {
        const m = /^\/\/ (\S+) - computed: (true|false), optional: (true|false), required: (true|false)$/.exec(text.slice(r.pos, r.end).trim());
        if (m && !into.has(m[1])) into.set(m[1], { computed: m[2] === 'true', optional: m[3] === 'true', required: m[4] === 'true' });
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
  };
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.name.text.endsWith('ToHclTerraform') && st.body) {
      const a = attrsOf(st.body);
      if (a) fns.set(st.name.text.slice(0, -'ToHclTerraform'.length), a);
    }
    if (ts.isClassDeclaration(st) && st.name) {
      const base = st.heritageClauses?.[0]?.types[0]?.expression.getText() ?? '';
      const c: ClassInfo = { name: st.name.text, base, flags: new Map() };
      flagsOf(st, c.flags);
      for (const m of st.members) {
        if (ts.isPropertyDeclaration(m) && m.name.getText() === 'tfResourceType' && m.initializer && ts.isStringLiteral(m.initializer)) c.tfType = m.initializer.text;
        if (ts.isMethodDeclaration(m) && m.name.getText() === 'synthesizeHclAttributes' && m.body && base === 'cdktf.TerraformResource') resourceAttrs = attrsOf(m.body);
      }
      classes.push(c);
    }
  }
  // `static tfResourceType = "x"` may be written as an assignment after the class.
  for (const c of classes) {
    if (c.tfType || c.base !== 'cdktf.TerraformResource') continue;
    const m = new RegExp(`${c.name}\\.tfResourceType = "([^"]+)"`).exec(text);
    if (m) c.tfType = m[1];
  }
  return { fns, classes, resourceAttrs };
}

/** Reads a generated index.d.ts: for each interface, its properties and whether each is optional. */
function readDts(file: string): Map<string, Map<string, boolean>> {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = new Map<string, Map<string, boolean>>();
  for (const st of sf.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    const props = new Map<string, boolean>();
    for (const m of st.members) if (ts.isPropertySignature(m)) props.set(propName(m.name), !!m.questionToken);
    out.set(st.name.text, props);
  }
  return out;
}

const SCALAR: Record<string, TfType> = { string: 's', number: 'n', boolean: 'b' };
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function buildResource(dir: string): { type: string; block: TfBlock } | undefined {
  const js = readJs(path.join(dir, 'index.js'));
  const dts = readDts(path.join(dir, 'index.d.ts'));
  const cls = js.classes.find((c) => c.base === 'cdktf.TerraformResource');
  if (!cls?.tfType || !js.resourceAttrs) {
    warnings.push(`${path.basename(dir)}: no resource class`);
    return undefined;
  }
  const classes = new Map(js.classes.map((c) => [c.name, c]));
  const where = cls.tfType;
  const block = (entries: Entry[], iface: string, flagsClass: ClassInfo | undefined, at: string, depth: number): Omit<TfBlock, 'n'> => {
    const optional = dts.get(iface);
    if (!optional) warnings.push(`${where}: no interface ${iface}`);
    const out: Omit<TfBlock, 'n'> = { a: {} };
    for (const e of entries) {
      // The bindings rename names that clash with their own members (`self` -> `selfAttribute`).
      const isOptional = optional?.get(e.camel) ?? optional?.get(`${e.camel}Attribute`);
      if (isOptional === undefined) warnings.push(`${at}.${e.tf}: no property ${e.camel} in ${iface}`);
      const required = isOptional === false;
      const scalar = SCALAR[e.sct];
      const listOf = /^(string|number|boolean)(List|Map)$/.exec(e.sct);
      if (e.type === 'simple' && scalar) {
        out.a[e.tf] = { t: scalar, ...(required ? { r: 1 as const } : {}) };
        continue;
      }
      if (listOf) {
        const el = SCALAR[listOf[1]];
        const t: TfType | undefined = e.type === 'list' ? { l: el } : e.type === 'set' ? { S: el } : e.type === 'map' ? { m: el } : undefined;
        if (!t) warnings.push(`${at}.${e.tf}: ${e.type} ${e.sct}`);
        out.a[e.tf] = { t: t ?? '?', ...(required ? { r: 1 as const } : {}) };
        continue;
      }
      if (e.fn && ['list', 'set', 'struct', 'map'].includes(e.type) && depth < 16) {
        const child = js.fns.get(e.fn);
        const struct = capital(e.fn);
        if (!child) {
          warnings.push(`${at}.${e.tf}: no function ${e.fn}ToHclTerraform`);
          out.a[e.tf] = { t: '?', ...(required ? { r: 1 as const } : {}) };
          continue;
        }
        const inner = block(child, struct, classes.get(`${struct}OutputReference`), `${at}.${e.tf}`, depth + 1);
        const flags = (depth === 0 ? cls : flagsClass)?.flags.get(e.tf);
        // A block has no `computed` flag in Terraform's schema: a computed struct is an attribute of object type.
        const attribute = !e.isBlock || flags?.computed === true || e.type === 'map';
        if (!attribute) {
          const n = e.type === 'list' ? 'l' : e.type === 'set' ? 's' : '1';
          (out.b ??= {})[e.tf] = { n, ...(required ? { r: 1 as const } : {}), ...inner };
          continue;
        }
        if (e.isBlock) {
          // Written as blocks or as an attribute: kept with the blocks, marked.
          const n = e.type === 'list' ? 'l' : e.type === 'set' ? 's' : '1';
          (out.b ??= {})[e.tf] = { n, x: 1, ...(required ? { r: 1 as const } : {}), ...inner };
          continue;
        }
        const o: TfType = { o: { ...inner.a, ...Object.fromEntries(Object.entries(inner.b ?? {}).map(([k, v]) => [k, { t: '?' as const }])) } };
        const t: TfType = e.type === 'list' ? { l: o } : e.type === 'set' ? { S: o } : e.type === 'map' ? { m: o } : o;
        out.a[e.tf] = { t, ...(required ? { r: 1 as const } : {}) };
        continue;
      }
      warnings.push(`${at}.${e.tf}: ${e.isBlock ? 'block' : 'attribute'} ${e.type} ${e.sct} not read (not judged)`);
      out.a[e.tf] = { t: '?', ...(required ? { r: 1 as const } : {}) };
    }
    // Computed-only arguments: the generator's comments on their getters (never in attrs, since they cannot be set).
    for (const [tf, f] of (depth === 0 ? cls : flagsClass)?.flags ?? []) {
      if (f.computed && !f.optional && !f.required && !(tf in out.a) && !(tf in (out.b ?? {}))) out.a[tf] = { t: '?', c: 1 };
    }
    return sortBlock(out);
  };
  const b = block(js.resourceAttrs, `${cls.name}Config`, cls, where, 0);
  return { type: cls.tfType, block: { n: '1', ...b } };
}

function sortBlock<T extends { a: Record<string, TfAttr>; b?: Record<string, TfBlock> }>(x: T): T {
  const a = Object.fromEntries(Object.entries(x.a).sort(([p], [q]) => (p < q ? -1 : 1)));
  const b = x.b ? Object.fromEntries(Object.entries(x.b).sort(([p], [q]) => (p < q ? -1 : 1))) : undefined;
  return { ...x, a, ...(b ? { b } : {}) };
}

const lib = path.join(pkgDir, 'lib');
const dirs = fs.readdirSync(lib).filter((d) => SINGLE.includes(d) || PREFIXES.some((p) => d.startsWith(p))).sort();
const resources: Record<string, Omit<TfBlock, 'n'>> = {};
for (const d of dirs) {
  const r = buildResource(path.join(lib, d));
  if (!r) continue;
  const { n: _n, ...rest } = r.block;
  void _n;
  resources[r.type] = rest;
}
const sorted = Object.fromEntries(Object.entries(resources).sort(([a], [b]) => (a < b ? -1 : 1)));
const table = {
  source: {
    package: '@cdktf/provider-aws', version: pkg.version, license: pkg.license, repository: 'https://github.com/cdktf/cdktf-provider-aws',
    provider: 'hashicorp/aws', providerVersion,
  },
  resources: sorted,
};
const outDir = path.join(root, 'data/terraform-schema');
fs.mkdirSync(outDir, { recursive: true });
const json = `${JSON.stringify(table)}\n`;
fs.writeFileSync(path.join(outDir, 'aws.json'), json);
let attrs = 0;
let blocksN = 0;
const count = (b: Omit<TfBlock, 'n'>) => {
  attrs += Object.keys(b.a).length;
  for (const x of Object.values(b.b ?? {})) {
    blocksN++;
    count(x);
  }
};
for (const r of Object.values(sorted)) count(r);
console.log(`data/terraform-schema/aws.json: ${Object.keys(sorted).length} resource types, ${attrs} arguments, ${blocksN} nested block types; ` +
  `${json.length} bytes, ${zlib.gzipSync(json).length} gzipped; provider hashicorp/aws ${providerVersion} (@cdktf/provider-aws ${pkg.version}).`);
for (const w of warnings) console.log(`note: ${w}`);
