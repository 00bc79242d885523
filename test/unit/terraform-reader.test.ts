/**
 * The Terraform reader: every mapped argument of every mapped resource lands on its CloudFormation
 * property with the exact span of the Terraform argument; values (variables with defaults, validations
 * and tfvars, locals, conditionals, count, dynamic blocks, null) resolve to all their candidates and
 * nothing else; production is detected from tags, names and tfvars.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { entryPath, type MapNode, type Node } from '../../src/core/model';
import { RESOURCES, type BlockSpec } from '../../src/core/forms/terraform/resources';
import { readTerraform, terraformDocInfo, terraformInfo } from '../../src/core/forms/terraform';
import { resolve } from '../../src/core/resolve';
import { objectShape, resourceSchema, type SchemaShape } from '../../src/core/schema';

const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

/** A literal of the right kind for an argument, by its CloudFormation property name. */
function sample(cfn: string): string {
  if (/(Enabled|Encrypted|Accessible|Protection|Upgrade|AZ|Tls|TLS|Auth|Logging|Endpoint|Writes|Volume|Tenant|Snapshot|Pause|Routing|Relocation|HTTPS)$/.test(cfn)) return 'true';
  if (/(Storage|Period|Retention|Capacity|Port|Count|Nodes|Shards|Clusters|Limit|Iops|Throughput|Interval|Timeout|Window|Size|Units|Tier|Factor|Hours|Days|Group|Maximum|Minimum|Live)$/.test(cfn) && !/(Name|Window)$/.test(cfn)) return '2';
  return '"x"';
}

describe('Terraform reader: mapping tables', () => {
  for (const [tfType, spec] of Object.entries(RESOURCES)) {
    it(`${tfType} -> ${spec.type}: every argument on its property, key span on the argument`, () => {
      const lines: string[] = [];
      const expect: { path: string; key: string }[] = [];
      const seenPaths = new Set<string>();
      for (const [arg, a] of Object.entries(spec.args)) {
        const path = typeof a === 'string' ? a : a.path;
        if (arg === 'tags') {
          lines.push('  tags = { Name = "x" }');
          continue;
        }
        if (seenPaths.has(path)) continue;
        seenPaths.add(path);
        lines.push(`  ${arg} = ${typeof a === 'string' ? sample(path) : `"${Object.keys(a.values ?? {})[0] ?? 'x'}"`}`);
        expect.push({ path, key: arg });
      }
      const block = (name: string, b: BlockSpec, prefix: string, indent: string) => {
        lines.push(`${indent}${name} {`);
        for (const [arg, a] of Object.entries(b.args)) {
          const path = typeof a === 'string' ? a : a.path;
          const full = b.list ? undefined : [prefix, path].filter(Boolean).join('.');
          if (full && seenPaths.has(full)) continue;
          if (full) seenPaths.add(full);
          lines.push(`${indent}  ${arg} = ${typeof a === 'string' ? sample(path) : `"${Object.keys(a.values ?? {})[0]}"`}`);
          if (full) expect.push({ path: full, key: arg });
        }
        for (const [n, inner] of Object.entries(b.blocks ?? {})) block(n, inner, [prefix, inner.path].filter(Boolean).join('.'), `${indent}  `);
        lines.push(`${indent}}`);
        if (b.list) expect.push({ path: [prefix].filter(Boolean).join('.'), key: name });
      };
      for (const [name, b] of Object.entries(spec.blocks ?? {})) block(name, b, b.path, '  ');
      if (spec.special === 'security-group-rule') lines.push('  type = "ingress"');
      const text = `resource "${tfType}" "r" {\n${lines.join('\n')}\n}\n`;
      const doc = readTerraform(text, 'main.tf');
      assert.deepEqual(doc.problems, [], text);
      const r = doc.resources.find((x) => x.type === spec.type);
      assert.ok(r, `no ${spec.type} from\n${text}`);
      assert.equal(slice(text, r.anchor), `"${tfType}" "r"`);
      assert.equal(r.form, 'terraform');
      for (const { path, key } of expect) {
        const e = entryPath(r.properties, path);
        assert.ok(e, `${tfType}: ${key} -> ${path} missing`);
        assert.equal(slice(text, e.keySpan), key, `${tfType}: key span of ${path}`);
      }
      assert.equal(terraformInfo(r)?.tf.type, tfType);
      // Every property the mapping writes is one the CloudFormation schema has (data/cfn-schema).
      const schema = resourceSchema(spec.type);
      assert.ok(schema, `${spec.type} in the schema table`);
      const unknownPaths: string[] = [];
      const walk = (node: Node, shape: SchemaShape | undefined, at: string) => {
        if (node.kind === 'list') for (const it of node.items) walk(it, shape, at);
        if (node.kind !== 'map' || !shape) return;
        for (const e of node.entries) {
          const p = Object.prototype.hasOwnProperty.call(shape.p, e.key) ? shape.p[e.key] : undefined;
          if (!p) unknownPaths.push(`${at}${e.key}`);
          else walk(e.value, objectShape(schema, p.t), `${at}${e.key}.`);
        }
      };
      walk(r.properties!, schema, '');
      assert.deepEqual(unknownPaths, [], `${tfType}: properties not in the ${spec.type} schema`);
    });
  }
});

describe('Terraform reader: values', () => {
  const values = (doc: ReturnType<typeof readTerraform>, path: string, i = 0) => {
    const e = entryPath(doc.resources[i].properties, path);
    return e ? resolve(e.value, doc) : undefined;
  };

  it('a variable gives its default (a candidate named by the variable) and stays open without a validation', () => {
    const text = 'variable "enc" {\n  default = false\n}\nresource "aws_db_instance" "a" {\n  storage_encrypted = var.enc\n}\n';
    const r = values(readTerraform(text), 'StorageEncrypted')!;
    assert.deepEqual(r.candidates.map((c) => [c.value, c.param?.name, c.param?.how, slice(text, c.site)]), [[false, 'var.enc', 'Default', 'var.enc']]);
    assert.equal(r.unknown, true);
  });

  it('a contains() validation gives every allowed value, and nothing else', () => {
    const text = 'variable "t" {\n  default = "gp2"\n  validation {\n    condition = contains(["gp2", "gp3"], var.t)\n    error_message = "no"\n  }\n}\nresource "aws_db_instance" "a" {\n  storage_type = var.t\n}\n';
    const r = values(readTerraform(text), 'StorageType')!;
    assert.deepEqual(r.candidates.map((c) => c.value), ['gp2', 'gp3']);
    assert.equal(r.unknown, false);
  });

  it('terraform.tfvars and *.auto.tfvars beside the file override the default (the last auto file wins); other .tfvars are not read', () => {
    const text = 'resource "aws_db_instance" "a" {\n  backup_retention_period = var.days\n}\n';
    const siblings = [
      { name: 'variables.tf', text: 'variable "days" {\n  default = 7\n}\n' },
      { name: 'terraform.tfvars', text: 'days = 3\n' },
      { name: 'b.auto.tfvars', text: 'days = 0\n' },
      { name: 'prod.tfvars', text: 'days = 30\n' },
    ];
    const doc = readTerraform(text, 'main.tf', siblings);
    const r = values(doc, 'BackupRetentionPeriod')!;
    assert.deepEqual(r.candidates.map((c) => c.value), [0]);
    // The value comes from another file: its span is the reference in this file.
    assert.equal(slice(text, r.candidates[0].node), 'var.days');
    assert.deepEqual(values(readTerraform(text, 'main.tf', siblings.slice(0, 1)), 'BackupRetentionPeriod')!.candidates.map((c) => c.value), [7]);
    assert.equal(values(readTerraform(text, 'main.tf'), 'BackupRetentionPeriod')!.candidates.length, 0, 'undeclared here: unknown');
  });

  it('locals resolve (also through attributes of a literal map) and keep their own spans', () => {
    const text = 'locals {\n  cfg = { days = 0 }\n}\nresource "aws_db_instance" "a" {\n  backup_retention_period = local.cfg.days\n}\n';
    const r = values(readTerraform(text), 'BackupRetentionPeriod')!;
    assert.deepEqual(r.candidates.map((c) => [c.value, slice(text, c.node)]), [[0, '0']]);
  });

  it('a conditional gives both branches, each under its condition; null in a branch removes the argument', () => {
    const text = 'variable "env" {\n  default = "dev"\n}\nresource "aws_db_instance" "a" {\n  multi_az = var.env == "prod" ? true : null\n}\n';
    const doc = readTerraform(text);
    const r = values(doc, 'MultiAZ')!;
    assert.deepEqual(r.candidates.map((c) => [c.value ?? null, !!c.noValue, c.condition?.branch]), [[true, false, true], [null, true, false]]);
    assert.ok(doc.conditions.has('var.env == "prod"'));
  });

  it('a variable whose default is null leaves the argument unset; an unknown function or each.value is unknown', () => {
    const text = 'variable "k" {\n  default = null\n}\nresource "aws_db_instance" "a" {\n  kms_key_id = var.k\n  engine = lower(var.e)\n  storage_type = each.value\n}\n';
    const doc = readTerraform(text);
    assert.equal(entryPath(doc.resources[0].properties, 'KmsKeyId'), undefined);
    for (const p of ['Engine', 'StorageType']) {
      const r = values(doc, p)!;
      assert.deepEqual([r.candidates.length, r.unknown], [0, true], p);
    }
  });

  it('count = 0 creates nothing; count = c ? 1 : 0 makes a conditional resource; references become Refs to addresses', () => {
    const text = [
      'resource "aws_db_instance" "none" {\n  count = 0\n}',
      'variable "create" {\n  default = true\n}',
      'resource "aws_rds_cluster" "c" {\n  count = var.create ? 1 : 0\n}',
      'resource "aws_rds_cluster_instance" "i" {\n  cluster_identifier = aws_rds_cluster.c[0].id\n}',
    ].join('\n');
    const doc = readTerraform(text);
    assert.deepEqual(doc.resources.map((r) => r.id), ['aws_rds_cluster.c', 'aws_rds_cluster_instance.i']);
    assert.ok(doc.resources[0].attributes.has('Condition'));
    const ref = entryPath(doc.resources[1].properties, 'DBClusterIdentifier')!.value as MapNode;
    assert.deepEqual([ref.entries[0].key, (ref.entries[0].value as { value: unknown }).value], ['Ref', 'aws_rds_cluster.c']);
  });

  it('dynamic blocks: their items and settings are unknown (no finding either way)', () => {
    const text = 'resource "aws_dynamodb_table" "t" {\n  dynamic "point_in_time_recovery" {\n    for_each = var.p\n    content {\n      enabled = point_in_time_recovery.value\n    }\n  }\n}\n';
    const a = analyze(text, { fileName: 'main.tf', only: ['ADB050'] });
    assert.deepEqual(a.findings, []);
    assert.equal((entryPath(a.doc!.resources[0].properties, 'PointInTimeRecoverySpecification')!.value as Node).kind, 'unknown');
  });

  it('the provider default publicly_accessible = false of aws_dms_replication_instance is modelled (CloudFormation defaults to true)', () => {
    const text = 'resource "aws_dms_replication_instance" "d" {\n  replication_instance_class = "dms.t3.micro"\n}\n';
    assert.deepEqual(analyze(text, { fileName: 'main.tf', only: ['ADB082'] }).findings, []);
    const cfn = 'Resources:\n  D:\n    Type: AWS::DMS::ReplicationInstance\n    Properties:\n      ReplicationInstanceClass: dms.t3.micro\n';
    assert.equal(analyze(cfn, { fileName: 't.yaml', only: ['ADB082'] }).findings.length, 1, 'the same resource in CloudFormation is public by default');
  });

  it('exposes blocks for Terraform-only rules: lifecycle, modules with source, comments with ranges', () => {
    const text = '# note\nmodule "db" {\n  source = "terraform-aws-modules/rds/aws"\n  version = "~> 6.0"\n}\nresource "aws_db_instance" "a" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n';
    const doc = readTerraform(text);
    const info = terraformDocInfo(doc)!;
    assert.equal(info.config.modules[0].source?.value, 'terraform-aws-modules/rds/aws');
    assert.equal(slice(text, info.config.modules[0].source!.span), '"terraform-aws-modules/rds/aws"');
    assert.equal(info.config.resources[0].lifecycle?.type, 'lifecycle');
    assert.deepEqual(info.config.comments.map((c) => slice(text, c)), ['# note']);
  });
});

describe('Terraform reader: production detection', () => {
  const prod = (text: string, siblings: { name: string; text: string }[] = []) => analyze(text, { fileName: 'main.tf', siblings }).production;

  it('a tag, a name or an interpolated name says production; a tfvars value too', () => {
    assert.equal(prod('resource "aws_db_instance" "a" {\n  tags = { Environment = "production" }\n}\n')?.production, true);
    assert.equal(prod('resource "aws_db_instance" "a" {\n  identifier = "${var.app}-prod"\n}\n')?.production, true);
    assert.equal(prod('resource "aws_db_instance" "a" {\n  engine = "mysql"\n}\n')?.production, false);
    const v = prod('resource "aws_db_instance" "a" {\n  tags = { Env = var.env }\n}\n', [{ name: 'variables.tf', text: 'variable "env" {}\n' }, { name: 'terraform.tfvars', text: 'env = "prod"\n' }]);
    assert.equal(v?.production, true);
    assert.match(v!.reason, /terraform\.tfvars/);
  });
});

describe('Terraform reader: robustness', () => {
  it('half-typed, mutated, huge and deep Terraform never throws and never makes a rule throw', () => {
    const base = [
      'variable "env" {\n  default = "prod"\n}',
      'locals {\n  days = var.env == "prod" ? 35 : 1\n}',
      'resource "aws_db_instance" "a" {\n  engine = "mysql"\n  backup_retention_period = local.days\n  tags = { Name = "${var.env}-db" }\n  dynamic "restore_to_point_in_time" {\n    for_each = []\n    content {\n      use_latest_restorable_time = true\n    }\n  }\n}',
      'resource "aws_security_group" "s" {\n  ingress {\n    from_port = 0\n    to_port = 0\n    protocol = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
      'resource "aws_dynamodb_table" "t" {\n  hash_key = "pk"\n  global_secondary_index {\n    name = "g"\n    hash_key = "x"\n  }\n}',
    ].join('\n');
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = '{}[]()"$%#=?:.,\n \\';
    const texts: string[] = ['', '{', 'resource', 'resource "aws_db_instance" "a" {', `x = ${'['.repeat(50000)}`, 'a {\n'.repeat(3000), base.repeat(40)];
    for (let i = 0; i < 600; i++) {
      let t = base;
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
        const at = Math.floor(rnd() * t.length);
        const r = rnd();
        t = r < 0.3 ? t.slice(0, at) : r < 0.7 ? t.slice(0, at) + alphabet[Math.floor(rnd() * alphabet.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + 3);
      }
      texts.push(t);
    }
    for (const t of texts) {
      const a = analyze(t, { fileName: 'main.tf', production: 'always' });
      assert.equal(a.kind, 'terraform');
      assert.deepEqual(a.internalErrors, [], t.slice(0, 200));
      for (const f of a.findings) assert.ok(f.span.start >= 0 && f.span.end <= t.length && f.span.start <= f.span.end);
    }
  });
});

describe('Terraform reader: JSON syntax (.tf.json)', () => {
  it('reads resources, nested blocks, templates and variables with spans in the JSON text', () => {
    const text = JSON.stringify({
      variable: { days: { default: 0 } },
      resource: {
        aws_db_instance: { main: { engine: 'mysql', storage_encrypted: false, backup_retention_period: '${var.days}' } },
        aws_dynamodb_table: { t: { name: 't', hash_key: 'pk', attribute: [{ name: 'pk', type: 'S' }], point_in_time_recovery: { enabled: false } } },
      },
    }, null, 2);
    const a = analyze(text, { fileName: 'main.tf.json', only: ['ADB002', 'ADB004', 'ADB050', 'ADB053'] });
    assert.equal(a.kind, 'terraform');
    assert.deepEqual(a.problems, []);
    const ids = a.findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids, ['ADB002', 'ADB004', 'ADB050']);
    const f2 = a.findings.find((f) => f.ruleId === 'ADB002')!;
    assert.equal(slice(text, f2.span), 'var.days', 'the expression inside the JSON string');
    assert.match(f2.message, /backup_retention_period/);
  });

  it('a broken .tf.json gives a syntax problem, not a throw, and the template form does not take it', () => {
    const a = analyze('{ "resource": { "aws_db_instance": { "a": { "engine": "mysql", } } }', { fileName: 'x.tf.json' });
    assert.equal(a.kind, 'terraform');
    assert.ok(a.problems.length > 0);
    assert.deepEqual(a.internalErrors, []);
  });

  it('terraform.tfvars.json beside the file sets a variable', () => {
    const text = 'resource "aws_db_instance" "a" {\n  engine = "mysql"\n  storage_encrypted = var.enc\n}\n';
    const siblings = [{ name: 'variables.tf', text: 'variable "enc" {\n  default = true\n}\n' }, { name: 'terraform.tfvars.json', text: '{ "enc": false }' }];
    const [f] = analyze(text, { fileName: 'main.tf', only: ['ADB004'], siblings }).findings;
    assert.equal(slice(text, f.span), 'var.enc');
  });
});

/** Inputs the fuzz suite (test/fuzz/terraform.ts) found; each was a defect of the reader. */
describe('Terraform reader: fuzz regressions', () => {
  it('a variable whose default names itself (or a cycle of two) is unknown, not a stack overflow', () => {
    for (const vars of ['variable "a" {\n  default = var.a\n}\n', 'variable "a" {\n  default = var.b\n}\nvariable "b" {\n  default = [var.a]\n}\n']) {
      const text = `${vars}resource "aws_db_instance" "r" {\n  storage_encrypted = var.a\n}\n`;
      const a = analyze(text, { fileName: 'main.tf', only: ['ADB004'] });
      assert.deepEqual(a.internalErrors, []);
      assert.deepEqual(a.problems, []);
      assert.deepEqual(a.findings, []);
      const doc = readTerraform(text);
      const r = resolve(entryPath(doc.resources[0].properties!, 'StorageEncrypted')!.value, doc);
      assert.deepEqual(r.candidates, []);
      assert.equal(r.unknown, true);
    }
  });
});
