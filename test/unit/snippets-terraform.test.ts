/**
 * Proof of the Terraform snippets (snippets/terraform.code-snippets, from snippets/src/terraform.snip).
 * Each snippet, filled with its defaults as accepting every tab stop would:
 * - parses with our HCL reader without an error, and with HashiCorp's own parser (@cdktf/hcl2json)
 *   into the same blocks, attributes and values;
 * - gets no finding at all from our linter (not even information) and no problem, in auto and in
 *   production mode; controls (one setting turned off per snippet) must be flagged, so the lint
 *   checks something on each snippet;
 * - keeps the production defaults it promises: final snapshots, lifecycle prevent_destroy,
 *   Secrets Manager for master passwords (no password argument at all), encryption;
 * - uses only arguments and blocks of the AWS provider's schema (data/terraform-schema, through
 *   forms/terraform/schema.ts), with every required one, no computed-only one, and literal values of
 *   the argument's kind.
 * The file is contributed for every language id a `.tf` document gets (with and without the
 * HashiCorp extension).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { parseHcl, type HclBlock, type HclBody, type HclExpr } from '../../src/core/forms/terraform/hcl';
import { FORM_FILES } from '../../src/core/forms/files';
import { terraformAttributes, terraformBlocks, terraformProviderVersion } from '../../src/core/forms/terraform/schema';
import { SNIPPET_LANGUAGES } from '../../snippets/build';
import { analyze } from '../../src/core/engine';
import { body, countItems, hcl2json, same, type J, type Tally } from '../hcl-shape';
import { filled, loadSnippets } from '../snippets/harness';

const FILE = 'snippets/terraform.code-snippets';

interface Filled {
  prefix: string;
  text: string;
  resources: HclBlock[];
}

const blocks = (b: HclBody, type?: string): HclBlock[] => b.items.filter((i): i is HclBlock => i.kind === 'block' && (!type || i.type === type));
const attr = (b: HclBody, name: string): HclExpr | undefined => {
  for (const it of b.items) if (it.kind === 'attribute' && it.name === name) return it.expr;
  return undefined;
};
const literal = (b: HclBody, name: string): unknown => {
  const e = attr(b, name);
  return e?.kind === 'literal' ? e.value : e?.kind === 'template' && e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : e ? 'expression' : undefined;
};
const typeOf = (r: HclBlock) => r.labels[0]?.value ?? '';
const where = (f: Filled, r: HclBlock) => `${f.prefix}: ${typeOf(r)}.${r.labels[1]?.value}`;

/** Every argument name in a body, nested blocks included (`auth.secret_arn`). */
function argNames(b: HclBody, prefix = ''): string[] {
  return b.items.flatMap((it) => (it.kind === 'attribute' ? [prefix + it.name] : argNames(it.body, `${prefix}${it.type}.`)));
}

describe('snippets: Terraform', function () {
  this.timeout(120_000);
  const snippets = loadSnippets(FILE);
  const all: Filled[] = snippets.map((s) => {
    const text = filled(s);
    return { prefix: s.prefix, text, resources: blocks(parseHcl(text).body, 'resource') };
  });

  it('has an adb-tf- snippet for each database resource the guide names, and the database security-group pattern', () => {
    assert.ok(all.length >= 20, `${all.length} snippets`);
    for (const f of all) assert.match(f.prefix, /^adb-tf-[a-z0-9-]+$/);
    const types = new Set(all.flatMap((f) => f.resources.map(typeOf)));
    for (const t of [
      'aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance', 'aws_rds_global_cluster', 'aws_db_proxy', 'aws_dynamodb_table',
      'aws_dax_cluster', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache', 'aws_memorydb_cluster', 'aws_docdb_cluster',
      'aws_docdb_cluster_instance', 'aws_neptune_cluster', 'aws_neptune_cluster_instance', 'aws_redshift_cluster', 'aws_opensearch_domain',
      'aws_dsql_cluster', 'aws_keyspaces_table', 'aws_security_group', 'aws_vpc_security_group_ingress_rule',
    ]) assert.ok(types.has(t), `no snippet for ${t}`);
    // Both RDS engines, both Aurora engines, and Serverless v2.
    const engines = new Set(all.flatMap((f) => f.resources.map((r) => `${typeOf(r)} ${literal(r.body, 'engine')}`)));
    for (const e of ['aws_db_instance postgres', 'aws_db_instance mysql', 'aws_rds_cluster aurora-postgresql', 'aws_rds_cluster aurora-mysql']) assert.ok(engines.has(e), `no snippet for ${e}`);
    assert.ok(all.some((f) => f.resources.some((r) => blocks(r.body, 'serverlessv2_scaling_configuration').length)), 'no Serverless v2 snippet');
    // The study guide's architecture patterns as whole files (2 is the global-cluster snippet; 6 needs Lambda and SQS).
    const patterns = snippets.filter((s) => /^Pattern \d:/.test(s.description)).map((s) => Number(/^Pattern (\d)/.exec(s.description)![1]));
    assert.deepEqual(patterns.sort(), [1, 3, 4, 5]);
  });

  it('each parses with our HCL reader without an error, and with HashiCorp HCL (hcl2json) into the same blocks, attributes and values', async () => {
    const t: Tally = { blocks: 0, attributes: 0, values: 0, directives: 0 };
    for (const f of all) {
      const mine = parseHcl(f.text);
      assert.deepEqual(mine.errors, [], `${f.prefix}: errors`);
      assert.ok(f.resources.length > 0, `${f.prefix}: no resource block`);
      countItems(mine.body, t);
      same(body(mine.body, f.text), (await hcl2json(`${f.prefix}.tf`, f.text)) as J, f.prefix, t);
    }
    assert.ok(t.blocks >= 60 && t.attributes >= 300 && t.values >= 300, JSON.stringify(t));
    // Control: hcl2json refuses what HCL refuses (an unclosed block), so the comparison runs on a real parse.
    await assert.rejects(hcl2json('control.tf', all[0].text.replace(/\}\s*$/, '')));
  });

  it('our linter reports no finding at all and no problem (auto and production mode)', () => {
    const problems: string[] = [];
    for (const f of all) {
      for (const mode of ['auto', 'always'] as const) {
        const a = analyze(f.text, { fileName: 'main.tf', production: mode });
        assert.equal(a.kind, 'terraform', f.prefix);
        if (mode === 'always') assert.equal(a.production?.production, true, f.prefix);
        assert.ok((a.doc?.resources.length ?? 0) > 0, `${f.prefix}: no resource read`);
        for (const e of a.internalErrors) problems.push(`${f.prefix} (${mode}): internal error ${e.split('\n')[0]}`);
        for (const p of a.problems) problems.push(`${f.prefix} (${mode}): ${p.code} line ${p.range.start.line + 1}: ${p.message}`);
        for (const x of a.findings) problems.push(`${f.prefix} (${mode}): ${x.ruleId} ${x.severity} line ${x.range.start.line + 1}: ${x.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('controls: one production setting turned off in each snippet is flagged (the lint reads each snippet)', () => {
    const dbInstance = (sg: string) => `\nresource "aws_db_instance" "uses_sg" {\n  engine = "postgres"\n  vpc_security_group_ids = [${sg}]\n}\n`;
    const controls: [string, string, string, string][] = [
      ['adb-tf-rds-postgres', 'storage_encrypted     = true', 'storage_encrypted     = false', 'ADB004'],
      ['adb-tf-rds-mysql', 'skip_final_snapshot       = false', 'skip_final_snapshot       = true', 'ADB150'],
      ['adb-tf-aurora-postgresql', 'iam_database_authentication_enabled = true', 'iam_database_authentication_enabled = false', 'ADB013'],
      ['adb-tf-aurora-mysql', 'deletion_protection       = true', 'deletion_protection       = false', 'ADB015'],
      ['adb-tf-aurora-serverless-v2', 'min_capacity = 0.5', 'min_capacity = 300', 'ADB035'],
      ['adb-tf-aurora-global-cluster', 'storage_encrypted      = true', 'storage_encrypted      = false', 'ADB033'],
      ['adb-tf-rds-proxy', 'require_tls         = true', 'require_tls         = false', 'ADB080'],
      ['adb-tf-dynamodb-table', 'point_in_time_recovery {\n    enabled = true', 'point_in_time_recovery {\n    enabled = false', 'ADB050'],
      ['adb-tf-dax-cluster', 'server_side_encryption {\n    enabled = true', 'server_side_encryption {\n    enabled = false', 'ADB057'],
      ['adb-tf-elasticache-replication-group', 'transit_encryption_enabled = true', 'transit_encryption_enabled = false', 'ADB060'],
      ['adb-tf-memorydb-cluster', 'tls_enabled            = true', 'tls_enabled            = false', 'ADB068'],
      ['adb-tf-docdb-cluster', 'storage_encrypted      = true', 'storage_encrypted      = false', 'ADB070'],
      ['adb-tf-neptune-cluster', 'iam_database_authentication_enabled = true', 'iam_database_authentication_enabled = false', 'ADB073'],
      ['adb-tf-redshift-cluster', 'encrypted            = true', 'encrypted            = false', 'ADB077'],
      ['adb-tf-opensearch-domain', 'enforce_https       = true', 'enforce_https       = false', 'ADB076'],
      ['adb-tf-dsql-cluster', 'deletion_protection_enabled = true', 'deletion_protection_enabled = false', 'ADB041'],
      ['adb-tf-dsql-multi-region', 'deletion_protection_enabled = true', 'deletion_protection_enabled = false', 'ADB041'],
      ['adb-tf-keyspaces-table', 'status = "ENABLED"', 'status = "DISABLED"', 'ADB078'],
      // The security group guards a database once one uses it: open to the world, it is flagged.
      ['adb-tf-db-security-group', 'referenced_security_group_id = "sg-0fedcba9876543210"', 'cidr_ipv4 = "0.0.0.0/0"', 'ADB021'],
      ['adb-tf-pattern-multi-tier', 'referenced_security_group_id = var.app_security_group_id', 'cidr_ipv4 = "0.0.0.0/0"', 'ADB021'],
      ['adb-tf-pattern-dynamodb-dax', 'point_in_time_recovery {\n    enabled = true', 'point_in_time_recovery {\n    enabled = false', 'ADB050'],
      ['adb-tf-pattern-analytics', 'encrypted            = true', 'encrypted            = false', 'ADB077'],
      ['adb-tf-pattern-caching', 'transit_encryption_enabled = true', 'transit_encryption_enabled = false', 'ADB060'],
    ];
    const missed: string[] = [];
    for (const [prefix, from, to, rule] of controls) {
      const f = all.find((x) => x.prefix === prefix);
      assert.ok(f, `no snippet ${prefix}`);
      assert.ok(f.text.includes(from), `${prefix} has no ${JSON.stringify(from)}`);
      const extra = prefix === 'adb-tf-db-security-group' ? dbInstance('aws_security_group.db.id') : '';
      const a = analyze(f.text.replace(from, to) + extra, { fileName: 'main.tf', production: 'always' });
      if (!a.findings.some((x) => x.ruleId === rule)) missed.push(`${prefix}: ${to} -> ${rule} (got ${a.findings.map((x) => x.ruleId).join(', ') || 'none'})`);
    }
    assert.deepEqual(missed, []);
    // Every snippet but the serverless cache (no rule judges a setting it has) has a control.
    const covered = new Set(controls.map((c) => c[0]));
    assert.deepEqual(all.map((f) => f.prefix).filter((p) => !covered.has(p)), ['adb-tf-elasticache-serverless']);
  });

  it('keeps the production defaults: final snapshot, prevent_destroy, deletion protection, encryption, no password argument', () => {
    const bad: string[] = [];
    const want = (f: Filled, r: HclBlock, name: string, value: unknown) => {
      const v = literal(r.body, name);
      if (v !== value) bad.push(`${where(f, r)}: ${name} = ${JSON.stringify(v)}, want ${JSON.stringify(value)}`);
    };
    /** Resources that hold data: each keeps lifecycle { prevent_destroy = true }. */
    const DATA = new Set([
      'aws_db_instance', 'aws_rds_cluster', 'aws_rds_global_cluster', 'aws_dynamodb_table', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache',
      'aws_memorydb_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster', 'aws_redshift_cluster', 'aws_opensearch_domain', 'aws_dsql_cluster',
      'aws_keyspaces_keyspace', 'aws_keyspaces_table',
    ]);
    /** Resources with a final snapshot on delete (Terraform's skip_final_snapshot). */
    const FINAL = new Set(['aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster', 'aws_redshift_cluster']);
    for (const f of all) {
      for (const r of f.resources) {
        const t = typeOf(r);
        for (const name of argNames(r.body)) if (/password|auth_token|secret_string/.test(name) && !/^manage_master(_user)?_password$/.test(name)) bad.push(`${where(f, r)}: ${name}`);
        // A read replica holds a copy of its source's data: no final snapshot (RDS takes none of a replica), no credentials of its own.
        const replica = t === 'aws_db_instance' && !!attr(r.body, 'replicate_source_db');
        if (replica) {
          want(f, r, 'skip_final_snapshot', true);
          for (const [n, v] of [['deletion_protection', true], ['publicly_accessible', false], ['iam_database_authentication_enabled', true], ['performance_insights_enabled', true]] as const) want(f, r, n, v);
          continue;
        }
        if (DATA.has(t)) {
          const lc = blocks(r.body, 'lifecycle')[0];
          if (!lc || literal(lc.body, 'prevent_destroy') !== true) bad.push(`${where(f, r)}: no lifecycle { prevent_destroy = true }`);
        }
        if (FINAL.has(t)) {
          want(f, r, 'skip_final_snapshot', false);
          if (!attr(r.body, 'final_snapshot_identifier')) bad.push(`${where(f, r)}: no final_snapshot_identifier`);
        }
        if (['aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster'].includes(t)) {
          want(f, r, 'storage_encrypted', true);
          want(f, r, 'deletion_protection', true);
          if (t !== 'aws_docdb_cluster') want(f, r, 'iam_database_authentication_enabled', true);
          const logs = attr(r.body, t === 'aws_neptune_cluster' ? 'enable_cloudwatch_logs_exports' : 'enabled_cloudwatch_logs_exports');
          if (logs?.kind !== 'tuple' || !logs.items.length) bad.push(`${where(f, r)}: no log exports`);
          // A master password in Secrets Manager, except for an Aurora global database's secondary (no credentials of its own).
          if (t !== 'aws_neptune_cluster' && !attr(r.body, 'global_cluster_identifier')) want(f, r, 'manage_master_user_password', true);
        }
        if (t === 'aws_db_instance') {
          want(f, r, 'multi_az', true);
          want(f, r, 'publicly_accessible', false);
          want(f, r, 'performance_insights_enabled', true);
        }
        if (t === 'aws_rds_cluster_instance') want(f, r, 'performance_insights_enabled', true);
        if (t === 'aws_redshift_cluster') for (const [n, v] of [['manage_master_password', true], ['encrypted', true], ['publicly_accessible', false]] as const) want(f, r, n, v);
        if (t === 'aws_elasticache_replication_group') {
          for (const n of ['at_rest_encryption_enabled', 'transit_encryption_enabled', 'multi_az_enabled', 'automatic_failover_enabled']) want(f, r, n, true);
          if (!attr(r.body, 'final_snapshot_identifier')) bad.push(`${where(f, r)}: no final_snapshot_identifier`);
        }
        if (t === 'aws_memorydb_cluster' && !attr(r.body, 'final_snapshot_name')) bad.push(`${where(f, r)}: no final_snapshot_name`);
        if (t === 'aws_dynamodb_table') {
          want(f, r, 'billing_mode', 'PAY_PER_REQUEST');
          want(f, r, 'deletion_protection_enabled', true);
          for (const b of ['point_in_time_recovery', 'server_side_encryption']) if (literal(blocks(r.body, b)[0]?.body ?? { items: [] } as unknown as HclBody, 'enabled') !== true) bad.push(`${where(f, r)}: ${b}.enabled`);
        }
        if (t === 'aws_dsql_cluster') want(f, r, 'deletion_protection_enabled', true);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('uses only arguments and blocks of the AWS provider schema, with the required ones, none computed-only, literals of the right kind', () => {
    assert.ok(terraformProviderVersion(), 'the provider schema table is missing');
    const bad: string[] = [];
    let checked = 0;
    /** Terraform's meta-arguments and blocks, valid in every resource (not in the provider's schema). */
    const META_ARGS = new Set(['count', 'for_each', 'provider', 'depends_on']);
    const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
    const fits = (e: HclExpr, kind: string): boolean => {
      if (kind === 'any') return true;
      if (e.kind === 'tuple') return kind === 'list' || kind === 'set';
      if (e.kind === 'object') return kind === 'map' || kind === 'object';
      if (e.kind === 'template') return kind === 'string' || (kind === 'number' && e.parts.length === 1 && /^-?\d+(\.\d+)?$/.test(String(e.parts[0])));
      if (e.kind !== 'literal') return true; // references and expressions: not judged
      if (e.value === null) return true;
      if (typeof e.value === 'boolean') return kind === 'bool' || kind === 'string';
      if (typeof e.value === 'number') return kind === 'number' || kind === 'string';
      return kind === 'string' || (kind === 'number' && /^-?\d+(\.\d+)?$/.test(e.value)) || (kind === 'bool' && /^(true|false)$/.test(e.value));
    };
    const check = (type: string, path: string[], b: HclBody, at: string, top: boolean) => {
      const attrs = new Map(terraformAttributes(type, path).map((a) => [a.name, a]));
      const blks = new Map(terraformBlocks(type, path).map((x) => [x.name, x]));
      if (!attrs.size && !blks.size) bad.push(`${at}: ${[type, ...path].join('.')} is not in the provider schema`);
      for (const it of b.items) {
        checked++;
        if (it.kind === 'attribute') {
          if (top && META_ARGS.has(it.name)) continue;
          const a = attrs.get(it.name);
          if (!a) bad.push(`${at}: unknown argument ${it.name}`);
          else if (a.computedOnly) bad.push(`${at}: ${it.name} is set by the provider (computed only)`);
          else if (!fits(it.expr, a.kind)) bad.push(`${at}: ${it.name} is not a ${a.type}`);
        } else if (!(top && META_BLOCKS.has(it.type))) {
          if (!blks.has(it.type)) bad.push(`${at}: unknown block ${it.type}`);
          else check(type, [...path, it.type], it.body, `${at}.${it.type}`, false);
        }
      }
      for (const a of attrs.values()) if (a.required && !attr(b, a.name)) bad.push(`${at}: required argument ${a.name} is missing`);
      for (const x of blks.values()) if (x.required && !blocks(b, x.name).length) bad.push(`${at}: required block ${x.name} is missing`);
    };
    for (const f of all) for (const r of f.resources) check(typeOf(r), [], r.body, where(f, r), true);
    assert.deepEqual(bad, []);
    assert.ok(checked > 300, `${checked} arguments and blocks checked`);
    // Control: a misspelt argument and a computed-only one are caught.
    const pg = all.find((f) => f.prefix === 'adb-tf-rds-postgres')!;
    const control = parseHcl(pg.text.replace('multi_az ', 'multi_azz').replace('storage_type ', 'arn = "x"\n  storage_type ')).body;
    const before = bad.length;
    check('aws_db_instance', [], blocks(control, 'resource')[0].body, 'control', true);
    assert.deepEqual(bad.slice(before).sort(), ['control: arn is set by the provider (computed only)', 'control: unknown argument multi_azz']);
  });

  it('is contributed for every language id a .tf document gets, with and without the HashiCorp extension', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      contributes: { snippets: { language: string; path: string }[]; languages: { id: string; extensions?: string[] }[] };
    };
    // Without the HashiCorp extension, .tf gets the language this extension contributes for it.
    const ours = pkg.contributes.languages.filter((l) => l.extensions?.includes('.tf')).map((l) => l.id);
    assert.ok(ours.length > 0, 'package.json contributes no language for .tf');
    // With it, .tf is HashiCorp's `terraform`; the editor analyses the ids of FORM_FILES.
    const ids = new Set([...ours, 'terraform', ...FORM_FILES.terraform.languages]);
    const contributed = new Set(pkg.contributes.snippets.filter((s) => s.path.replace(/^\.\//, '') === FILE).map((s) => s.language));
    assert.deepEqual([...contributed].sort(), [...ids].sort());
    assert.deepEqual([...SNIPPET_LANGUAGES[FILE]].sort(), [...ids].sort());
  });
});
