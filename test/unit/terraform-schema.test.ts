/**
 * The Terraform AWS provider schema table (data/terraform-schema/aws.json, scripts/gen-terraform-schema.ts)
 * and its API (src/core/forms/terraform/schema.ts).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { RESOURCES, type ArgSpec, type BlockSpec } from '../../src/core/forms/terraform/resources';
import {
  setTerraformSchemaSource, terraformAttributes, terraformBlocks, terraformBlockSchema, terraformProviderVersion, terraformResourceTypes,
} from '../../src/core/forms/terraform/schema';
import { setReporter } from '../../src/core/log';

const said: string[] = [];
/** What was said since the last call; a new reporter, so the next "said once" is said again. */
const takeReports = () => {
  setReporter({ log: (_level, message) => said.push(message) });
  return said.splice(0);
};

const root = path.join(__dirname, '../..');

describe('Terraform schema table (data/terraform-schema)', () => {
  beforeEach(() => setReporter({ log: (_level, message) => said.push(message) }));
  afterEach(() => {
    setTerraformSchemaSource(undefined);
    setReporter(undefined);
  });

  it('says the provider version and package it was generated from, matching the version the script installs', () => {
    const table = JSON.parse(fs.readFileSync(path.join(root, 'data/terraform-schema/aws.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(table.source.package, '@cdktf/provider-aws');
    const script = fs.readFileSync(path.join(root, 'scripts/gen-terraform-schema.ts'), 'utf8');
    assert.equal(/PACKAGE_VERSION = '([^']+)'/.exec(script)?.[1], table.source.version, 'the script installs the version the table was generated from');
    assert.equal(pkg.devDependencies['@cdktf/provider-aws'], undefined, 'not a dependency: the script installs it (394 MB)');
    assert.equal(table.source.license, 'MPL-2.0');
    assert.match(terraformProviderVersion()!, /^6\.\d+\.\d+$/);
    const sources = fs.readFileSync(path.join(root, 'data/terraform-schema/SOURCES.md'), 'utf8');
    assert.ok(sources.includes(table.source.version) && sources.includes(table.source.providerVersion), 'SOURCES.md names the versions');
    assert.ok(fs.existsSync(path.join(root, 'data/terraform-schema/LICENSE')));
  });

  it('holds argument types, required arguments, computed-only attributes and nested blocks', () => {
    const attrs = new Map(terraformAttributes('aws_db_instance').map((a) => [a.name, a]));
    assert.deepEqual(attrs.get('multi_az'), { name: 'multi_az', type: 'bool', kind: 'bool', required: false, computedOnly: false });
    assert.equal(attrs.get('allocated_storage')?.type, 'number');
    assert.equal(attrs.get('engine')?.type, 'string');
    assert.equal(attrs.get('vpc_security_group_ids')?.type, 'set(string)');
    assert.equal(attrs.get('tags')?.type, 'map(string)');
    assert.equal(attrs.get('instance_class')?.required, true);
    assert.equal(attrs.get('arn')?.computedOnly, true);
    assert.equal(attrs.get('endpoint')?.computedOnly, true);
    assert.equal(attrs.has('BackupRetentionPeriod'), false);
    const blocks = terraformBlocks('aws_db_instance').map((b) => b.name);
    assert.deepEqual(blocks, ['blue_green_update', 'restore_to_point_in_time', 's3_import', 'timeouts']);
    const s3 = new Map(terraformAttributes('aws_db_instance', ['s3_import']).map((a) => [a.name, a]));
    assert.equal(s3.get('bucket_name')?.required, true);
    assert.equal(s3.get('bucket_prefix')?.required, false);
    // Nested blocks, recursively.
    assert.ok(terraformBlockSchema('aws_opensearch_domain', ['cluster_config', 'zone_awareness_config'])?.a.availability_zone_count);
    assert.deepEqual(terraformBlocks('aws_dynamodb_table').find((b) => b.name === 'attribute'), { name: 'attribute', nesting: 'set', required: false, attributeToo: false });
    // The SDK's "attributes as blocks": both syntaxes are right.
    assert.equal(terraformBlocks('aws_security_group').find((b) => b.name === 'ingress')?.attributeToo, true);
    assert.equal(terraformBlockSchema('aws_db_instance', ['nope']), undefined);
    assert.deepEqual(terraformAttributes('aws_s3_bucket'), []);
  });

  it('covers every resource type the reader maps, and every argument and block the mapping names exists in the provider schema', () => {
    const types = new Set(terraformResourceTypes());
    for (const t of ['aws_db_subnet_group', 'aws_db_option_group', 'aws_elasticache_subnet_group', 'aws_docdb_cluster_parameter_group', 'aws_redshiftserverless_workgroup']) assert.ok(types.has(t), t);
    const missing: string[] = [];
    for (const [type, spec] of Object.entries(RESOURCES)) {
      assert.ok(types.has(type), type);
      const walk = (args: Record<string, ArgSpec>, blocks: Record<string, BlockSpec> | undefined, at: string[]) => {
        const s = terraformBlockSchema(type, at);
        if (!s) return missing.push(`${type} block ${at.join('.')}`);
        for (const a of Object.keys(args)) if (!s.a[a] || s.a[a].c) missing.push(`${type} ${[...at, a].join('.')}`);
        for (const [b, bs] of Object.entries(blocks ?? {})) walk(bs.args, bs.blocks, [...at, b]);
      };
      walk(spec.args, spec.blocks, []);
    }
    assert.deepEqual(missing, []);
  });

  it('is said once and turned off when the table is missing or corrupt (no throw)', () => {
    takeReports();
    setTerraformSchemaSource(() => undefined);
    assert.deepEqual(terraformAttributes('aws_db_instance'), []);
    assert.deepEqual(terraformAttributes('aws_rds_cluster'), []);
    assert.equal(said.length, 1, 'said once');
    assert.match(takeReports().join('\n'), /data\/terraform-schema\/aws\.json is missing/);
    setTerraformSchemaSource(() => ({ nope: 1 }));
    assert.equal(terraformBlockSchema('aws_db_instance'), undefined);
    assert.match(takeReports().join('\n'), /is corrupt/);
    setTerraformSchemaSource(() => {
      throw new SyntaxError('Unexpected token');
    });
    assert.deepEqual(terraformBlocks('aws_db_instance'), []);
    assert.match(takeReports().join('\n'), /cannot be read \(SyntaxError: Unexpected token\)/);
  });
});
