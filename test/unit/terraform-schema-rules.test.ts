/**
 * ADB090 (unknown argument or block), ADB091 (wrong value type; block vs argument) and ADB153
 * (computed-only attribute) on Terraform, from the AWS provider's schema (data/terraform-schema).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/engine';
import { applyFix } from '../../src/core/fixes';
import { awsProviderConstraints, readTfConfig } from '../../src/core/forms/terraform/config';
import { otherProviderRelease } from '../../src/core/forms/terraform/schema-check';
import { setTerraformSchemaSource, terraformBlockSchema, type TfBlockSchema } from '../../src/core/forms/terraform/schema';
import { setReporter } from '../../src/core/log';
import { lint } from './helpers';

const IDS = ['ADB090', 'ADB091', 'ADB153'];
const R = (type: string, body: string, name = 'r') => `resource "${type}" "${name}" {\n${body}\n}\n`;
const DB = (body: string) => R('aws_db_instance', `  engine         = "postgres"\n  instance_class = "db.t3.micro"\n${body}`);
const tf = (text: string, fileName = 'main.tf') => lint(text, { ids: IDS, fileName, form: 'terraform' });
const fixBy = (f: ReturnType<typeof tf>[number], title: string) => f.finding.fixes.find((x) => x.title === title);

describe('ADB090 on Terraform: unknown argument or block', () => {
  it('fires on the argument name with the nearest argument, and renames it when one is clearly nearest', () => {
    const text = DB('  multi_azz = true');
    const f = tf(text);
    assert.deepEqual(f.map((x) => [x.ruleId, x.at, x.severity]), [['ADB090', 'multi_azz', 'error']]);
    assert.equal(f[0].message, 'multi_azz is not an argument of aws_db_instance: did you mean multi_az?');
    const fixed = applyFix(text, fixBy(f[0], 'Rename to multi_az')!);
    assert.match(fixed, /\n {2}multi_az = true\n/);
    assert.deepEqual(tf(fixed), []);
  });

  it('suggests the argument that differs only in case or underscores', () => {
    const f = tf(DB('  Multi_AZ = true\n  storageencrypted = true'));
    assert.deepEqual(f.map((x) => [x.at, /did you mean (\w+)\?/.exec(x.message)?.[1], !!fixBy(x, `Rename to ${/did you mean (\w+)\?/.exec(x.message)?.[1]}`)]), [
      ['Multi_AZ', 'multi_az', true], ['storageencrypted', 'storage_encrypted', true],
    ]);
  });

  it('names several arguments and offers no rename when none is clearly nearest; names none when none is near', () => {
    const [f] = tf(R('aws_dynamodb_table', '  name = "t"\n  attribute {\n    name = "id"\n    type = "S"\n    nope = 1\n  }'));
    assert.equal(f.at, 'nope');
    assert.match(f.message, /^nope is not an argument of the attribute block of aws_dynamodb_table: did you mean name or type\?$/);
    assert.deepEqual(f.finding.fixes.filter((x) => x.title.startsWith('Rename')), []);
    const [g] = tf(DB('  zzzzzzzzzzzz = 1'));
    assert.equal(g.message, 'zzzzzzzzzzzz is not an argument of aws_db_instance in AWS provider 6.25.0 (the newest schema this extension has): ' +
      'terraform validate rejects it ("Unsupported argument") unless a later provider release added it.');
    assert.equal(g.severity, 'warning', 'a name with no near known name may be a later release\'s: one level lower');
  });

  it('a block a later provider release added (an index key_schema) is a warning that says so, not an error', () => {
    const f = tf(R('aws_dynamodb_table', '  name = "t"\n  hash_key = "pk"\n  global_secondary_index {\n    name = "i"\n    projection_type = "ALL"\n    key_schema {\n      attribute_name = "pk"\n      key_type = "HASH"\n    }\n  }'));
    assert.deepEqual(f.map((x) => [x.ruleId, x.at, x.severity]), [['ADB090', 'key_schema', 'warning']]);
    assert.match(f[0].message, /unless a later provider release added it/);
    const lowered = lint(DB('  zzzzzzzzzzzz = 1'), { ids: IDS, fileName: 'main.tf', form: 'terraform', rules: { ADB090: 'warning' } });
    assert.deepEqual(lowered.map((x) => x.severity), ['info'], 'one level below the configured severity');
  });

  it('ADB154 does not judge what a block requires when it holds a name the table lacks (key_schema makes an index\'s hash_key optional)', () => {
    const gsi = R('aws_dynamodb_table', '  name = "t"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  global_secondary_index {\n    name = "i"\n    projection_type = "ALL"\n    key_schema {\n      attribute_name = "pk"\n      key_type = "HASH"\n    }\n  }');
    assert.deepEqual(lint(gsi, { ids: ['ADB154'], fileName: 'main.tf', form: 'terraform' }), []);
    // Without it, the index's hash_key is required.
    assert.deepEqual(lint(gsi.replace(/ {4}key_schema \{[^}]*\}\n/, ''), { ids: ['ADB154'], fileName: 'main.tf', form: 'terraform' }).map((x) => x.at), ['global_secondary_index']);
  });

  it('fires on an unknown block type (on its name) and inside nested blocks, recursively', () => {
    const text = R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  serverlessv2_scaling_config {\n    min_capacity = 0.5\n  }');
    const f = tf(text);
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB090', 'serverlessv2_scaling_config']]);
    assert.match(f[0].message, /is not a block type of aws_rds_cluster: did you mean serverlessv2_scaling_configuration\?/);
    const fixed = applyFix(text, fixBy(f[0], 'Rename to serverlessv2_scaling_configuration')!);
    assert.deepEqual(tf(fixed), []);
    const nested = tf(R('aws_opensearch_domain', '  domain_name = "d"\n  cluster_config {\n    instance_count = 3\n    zone_awareness_config {\n      availability_zone_countt = 3\n    }\n  }'));
    assert.deepEqual(nested.map((x) => x.at), ['availability_zone_countt']);
    assert.match(nested[0].message, /of the cluster_config\.zone_awareness_config block of aws_opensearch_domain: did you mean availability_zone_count\?/);
  });

  it('checks every database resource type of the provider, mapped by the reader or not', () => {
    assert.deepEqual(tf(R('aws_db_subnet_group', '  subnet_ids = ["a"]\n  nme = "x"')).map((x) => x.at), ['nme']);
    assert.deepEqual(tf(R('aws_elasticache_user', '  user_id = "u"\n  user_name = "u"\n  engine = "redis"\n  access_strin = "on ~* +@all"')).map((x) => x.at), ['access_strin']);
  });

  it('is silent on meta-arguments, dynamic blocks, data sources, modules and other providers\' types', () => {
    const text = DB([
      '  count = 1', '  depends_on = [aws_iam_role.r]', '  provider = aws.west',
      '  lifecycle {\n    prevent_destroy = true\n    ignore_changes = [password]\n  }',
      '  provisioner "local-exec" {\n    command = "echo"\n  }',
      '  connection {\n    host = "x"\n  }',
      '  dynamic "s3_import" {\n    for_each = var.imports\n    content {\n      anything = s3_import.value\n    }\n  }',
      '  dynamic "not_a_block" {\n    for_each = []\n    content {}\n  }',
      '  timeouts {\n    create = "60m"\n  }',
    ].join('\n'));
    assert.deepEqual(tf(text), []);
    assert.deepEqual(tf(R('aws_rds_cluster', '  engine = "aurora-mysql"\n  for_each = toset(["a"])')), []);
    assert.deepEqual(tf('data "aws_db_instance" "d" {\n  db_instance_identifier = "x"\n  whatever = 1\n}\n'), []);
    assert.deepEqual(tf('module "db" {\n  source = "terraform-aws-modules/rds/aws"\n  multi_azz = true\n}\n'), []);
    assert.deepEqual(tf(R('aws_s3_bucket', '  bucketz = "b"')), []);
  });
});

describe('ADB091 on Terraform: a literal Terraform cannot convert', () => {
  it('fires on the value: a string where a bool or a number goes, a number where a bool goes, a bool where a number goes', () => {
    const f = tf(DB('  multi_az = "maybe"\n  allocated_storage = "lots"\n  deletion_protection = 1\n  iops = true\n  storage_encrypted = "True"'));
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB091', '"maybe"'], ['ADB091', '"lots"'], ['ADB091', '1'], ['ADB091', 'true'], ['ADB091', '"True"']]);
    assert.equal(f[0].message, 'multi_az must be a bool; the string "maybe" cannot be converted to it (Terraform converts only the strings "true" and "false").');
    assert.equal(f[1].message, 'allocated_storage must be a number; the string "lots" cannot be converted to it (Terraform converts only a string holding a decimal number).');
    assert.match(f[2].message, /deletion_protection must be a bool; the number 1 cannot/);
    assert.ok(f.every((x) => x.severity === 'error'));
  });

  it('fires on collections: a single value where a list or set goes, a list where a string goes, a bad element, a bad map value', () => {
    const f = tf(DB('  vpc_security_group_ids = "sg-1"\n  engine_version = ["16"]\n  enabled_cloudwatch_logs_exports = [["postgresql"]]\n  tags = { a = [1] }\n  domain_dns_ips = { a = "b" }'));
    assert.deepEqual(f.map((x) => x.at), ['"sg-1"', '["16"]', '["postgresql"]', '[1]', '{ a = "b" }']);
    assert.match(f[0].message, /^vpc_security_group_ids must be a set\(string\); the string "sg-1" cannot/);
    assert.match(f[1].message, /^engine_version must be a string; a list cannot/);
    assert.match(f[3].message, /^tags must be a string; a list cannot be converted to it\.$/);
  });

  it('is silent on what Terraform converts: "true"/"false", decimal strings, numbers and bools as strings, null', () => {
    assert.deepEqual(tf(DB([
      '  multi_az = "true"', '  storage_encrypted = "false"', '  allocated_storage = "20"', '  iops = "1.2e3"', '  port = "-1"',
      '  engine_version = 16', '  db_name = true', '  backup_retention_period = null', '  tags = { Env = "prod", Count = 3, On = true }',
      '  vpc_security_group_ids = ["sg-1", 2]', '  character_set_name = <<EOT\nAL32UTF8\nEOT',
    ].join('\n'))), []);
  });

  it('is silent on values it does not know: variables, locals, calls, conditionals, interpolations, references', () => {
    assert.deepEqual(tf(DB([
      '  multi_az = var.multi_az', '  allocated_storage = local.size', '  storage_encrypted = tobool("true")',
      '  deletion_protection = var.prod ? true : "maybe"', '  iops = "${var.iops}"', '  port = "${var.a}x"',
      '  vpc_security_group_ids = aws_security_group.db[*].id', '  tags = merge(var.tags, { a = "b" })',
      '  enabled_cloudwatch_logs_exports = [for x in var.l : x]', '  backup_retention_period = 1 + 2',
    ].join('\n'))), []);
  });

  it('a block written as an argument, and an argument written as a block (on the name; tags gets an "=" fix)', () => {
    const text = DB('  restore_to_point_in_time = {\n    use_latest_restorable_time = true\n  }\n  tags {\n    Name = "db"\n  }');
    const f = tf(text);
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB091', 'restore_to_point_in_time'], ['ADB091', 'tags']]);
    assert.match(f[0].message, /restore_to_point_in_time is a block of aws_db_instance, not an argument: write restore_to_point_in_time \{ … \} without "="/);
    assert.match(f[1].message, /tags is an argument of aws_db_instance, not a block: write tags = …/);
    assert.deepEqual(f[0].finding.fixes.filter((x) => !/suppress|ignore/i.test(x.title)), []);
    const fixed = applyFix(text, fixBy(f[1], 'Write tags = { … }')!);
    assert.match(fixed, /\n {2}tags = \{\n {4}Name = "db"\n {2}\}/);
    assert.deepEqual(tf(fixed).map((x) => x.at), ['restore_to_point_in_time']);
    // A string argument written as a block gets no fix (an "=" would not make it right).
    const [g] = tf(DB('  engine_version {\n  }'));
    assert.equal(g.at, 'engine_version');
    assert.deepEqual(g.finding.fixes.filter((x) => x.title.startsWith('Write')), []);
  });

  it('is silent on the arguments the provider lets one write as blocks too (aws_security_group ingress/egress)', () => {
    assert.deepEqual(tf(R('aws_security_group', '  ingress = [{\n    from_port = 5432\n    to_port = 5432\n    protocol = "tcp"\n    cidr_blocks = ["10.0.0.0/16"]\n    description = ""\n    ipv6_cidr_blocks = []\n    prefix_list_ids = []\n    security_groups = []\n    self = false\n  }]\n  egress {\n    from_port = 0\n    to_port = 0\n    protocol = "-1"\n  }')), []);
  });
});

describe('ADB153 on Terraform: a computed-only attribute is set', () => {
  it('fires on the name, top level and in nested blocks, and tells how to read it', () => {
    const f = tf(DB('  arn = "arn:aws:rds:x"\n  endpoint = "x"'));
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB153', 'arn'], ['ADB153', 'endpoint']]);
    assert.equal(f[0].message, 'arn is computed by the AWS provider and cannot be set in aws_db_instance (Terraform: "Value for unconfigurable attribute"); remove it and read it as aws_db_instance.r.arn.');
    const g = tf(R('aws_opensearch_domain', '  domain_name = "d"\n  vpc_options {\n    subnet_ids = ["s"]\n    vpc_id = "vpc-1"\n  }'));
    assert.deepEqual(g.map((x) => [x.ruleId, x.at]), [['ADB153', 'vpc_id']]);
    assert.match(g[0].message, /^vpc_options\.vpc_id is computed by the AWS provider and cannot be set in the vpc_options block of aws_opensearch_domain/);
  });

  it('is silent on optional and computed arguments (identifier, engine_version, id) and on references to computed attributes', () => {
    assert.deepEqual(tf(DB('  identifier = "db1"\n  engine_version = "16"\n  id = "x"\n  replicate_source_db = aws_db_instance.main.arn')), []);
  });
});

describe('ADB154 on Terraform: a required argument or block is missing', () => {
  const only = (text: string, fileName = 'main.tf') => lint(text, { ids: ['ADB154'], fileName, form: 'terraform' });

  it('fires on the resource labels, naming every required argument left out, once', () => {
    const f = only(R('aws_db_instance', '  engine = "postgres"'));
    assert.deepEqual(f.map((x) => [x.ruleId, x.at, x.severity]), [['ADB154', '"aws_db_instance" "r"', 'error']]);
    assert.equal(f[0].message, 'aws_db_instance needs instance_class (required by the AWS provider; Terraform: "Missing required argument").');
    const g = only(R('aws_db_parameter_group', '  name = "p"'));
    assert.match(g[0].message, /^aws_db_parameter_group needs family /);
  });

  it('fires on a nested block\'s name for its required arguments and blocks (one finding listing them)', () => {
    const f = only(DB('  s3_import {\n    bucket_name = "b"\n  }'));
    assert.deepEqual(f.map((x) => x.at), ['s3_import']);
    assert.equal(f[0].message, 'the s3_import block of aws_db_instance needs ingestion_role, source_engine and source_engine_version (required by the AWS provider; Terraform: "Missing required argument").');
    const g = only(R('aws_dynamodb_table', '  name = "t"\n  import_table {\n    input_format = "CSV"\n  }'));
    assert.deepEqual(g.map((x) => [x.at, /needs (.*) \(/.exec(x.message)?.[1]]), [['import_table', 's3_bucket_source { }']]);
  });

  it('is silent when everything required is written (a dynamic block counts), and on data sources and modules', () => {
    assert.deepEqual(only(DB('')), []);
    assert.deepEqual(only(R('aws_dynamodb_table', '  name = "t"\n  import_table {\n    input_format = "CSV"\n    dynamic "s3_bucket_source" {\n      for_each = [1]\n      content {\n        bucket = "b"\n      }\n    }\n  }')), []);
    assert.deepEqual(only('data "aws_db_instance" "d" {\n}\n'), []);
    assert.deepEqual(only('module "db" {\n  source = "terraform-aws-modules/rds/aws"\n}\n'), []);
    assert.deepEqual(only(R('aws_db_instance', '  engine = "postgres"\n  instance_class = var.class')), [], 'a variable is written');
  });

  it('is silent when required_providers excludes the table\'s release (another release may require other arguments)', () => {
    const pin = (v: string) => `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${v}"\n    }\n  }\n}\n`;
    const db = R('aws_db_instance', '  engine = "postgres"');
    assert.deepEqual(only(pin('~> 5.0') + db), []);
    assert.deepEqual(only(pin('~> 6.0') + db).map((x) => x.ruleId), ['ADB154']);
  });

  it('reads .tf.json too', () => {
    const text = JSON.stringify({ resource: { aws_db_instance: { db: { engine: 'postgres' } } } }, null, 2);
    assert.deepEqual(only(text, 'main.tf.json').map((x) => x.ruleId), ['ADB154']);
  });
});

describe('Terraform schema checks: JSON syntax, missing table, one finding per problem', () => {
  afterEach(() => {
    setTerraformSchemaSource(undefined);
    setReporter(undefined);
  });

  it('.tf.json: unknown arguments and wrong types fire inside the JSON; block vs argument is left to the schema', () => {
    const text = JSON.stringify({ resource: { aws_db_instance: { db: { engine: 'postgres', instance_class: 'db.t3.micro', multi_azz: true, allocated_storage: 'lots', restore_to_point_in_time: { use_latest_restorable_time: true }, tags: { a: 'b' } } } } }, null, 2);
    const f = tf(text, 'main.tf.json');
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB090', '"multi_azz"'], ['ADB091', '"lots"']]);
    const fixed = applyFix(text, fixBy(f[0], 'Rename to multi_az')!);
    assert.equal(fixed, text.replace('"multi_azz"', '"multi_az"'), 'the JSON quotes stay');
    assert.deepEqual(tf(fixed, 'main.tf.json').map((x) => x.ruleId), ['ADB091']);
  });

  it('without the table: said once, no finding, no crash', () => {
    const said: string[] = [];
    setReporter({ log: (_l, m) => said.push(m) });
    setTerraformSchemaSource(() => undefined);
    const a = analyze(DB('  multi_azz = true\n  arn = "x"'), { fileName: 'main.tf', only: IDS });
    assert.deepEqual(a.findings, []);
    assert.deepEqual(a.internalErrors, []);
    assert.equal(said.filter((m) => /terraform-schema/.test(m)).length, 1);
  });

  it('no other rule reports a value or name these rules report (all rules, production)', () => {
    const text = DB('  multi_az = "maybe"\n  storage_encrypted = "yes"\n  deletion_protection = 1\n  publicly_accessible = "no"\n  backup_retention_period = "seven"\n  allocated_storage = "lots"\n  multi_azz = true\n  arn = "x"\n  tags = { Env = "prod" }');
    const a = analyze(text, { fileName: 'main.tf', production: 'always' });
    assert.deepEqual(a.internalErrors, []);
    const ours = a.findings.filter((f) => IDS.includes(f.ruleId));
    assert.equal(ours.length, 8);
    for (const o of ours) {
      const others = a.findings.filter((f) => !IDS.includes(f.ruleId) && f.span.start === o.span.start && f.span.end === o.span.end);
      assert.deepEqual(others.map((f) => `${f.ruleId} ${f.message}`), [], text.slice(o.span.start, o.span.end));
    }
  });
});

describe('Terraform schema checks on the vendored corpus (test/corpus/terraform)', () => {
  const root = path.join(__dirname, '../corpus/terraform');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.tf$/.test(f)) files.push(p);
    }
  };
  walk(root);

  it('gives no finding of ADB090, ADB091, ADB153 or ADB154 on any file', () => {
    assert.ok(files.length > 200);
    const found: string[] = [];
    for (const f of files) {
      // With the folder's versions.tf, as the CLI reads a folder (its required_providers constraint is there).
      const versions = path.join(path.dirname(f), 'versions.tf');
      const siblings = fs.existsSync(versions) && versions !== f ? [{ name: 'versions.tf', text: fs.readFileSync(versions, 'utf8') }] : [];
      const a = analyze(fs.readFileSync(f, 'utf8'), { fileName: path.basename(f), only: [...IDS, 'ADB154'], siblings });
      assert.deepEqual(a.internalErrors, [], f);
      for (const x of a.findings) found.push(`${path.relative(root, f)}:${x.range.start.line + 1} ${x.ruleId} ${x.message}`);
    }
    assert.deepEqual(found, []);
  });

  it('every argument and block name its database resources write is in the provider schema (the table is complete for real code)', () => {
    let names = 0;
    const unknown: string[] = [];
    for (const f of files) {
      // A folder that requires a newer provider than the table's (rds-proxy: >= 6.28) may write newer names.
      const versions = path.join(path.dirname(f), 'versions.tf');
      if (fs.existsSync(versions) && otherProviderRelease({ awsProvider: awsProviderConstraints(readTfConfig(fs.readFileSync(versions, 'utf8')).terraform) })) continue;
      for (const r of readTfConfig(fs.readFileSync(f, 'utf8')).resources) {
        const s = r.mode === 'resource' ? terraformBlockSchema(r.type) : undefined;
        if (!s) continue;
        const visit = (items: typeof r.block.body.items, schema: TfBlockSchema, at: string) => {
          for (const it of items) {
            const name = it.kind === 'attribute' ? it.name : it.type;
            if (['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'dynamic'].includes(name) && schema === s) continue;
            if (name === 'dynamic') continue;
            names++;
            if (it.kind === 'block' && schema.b?.[name]) visit(it.body.items, schema.b[name], `${at}.${name}`);
            else if (!(name in schema.a) && !schema.b?.[name]) unknown.push(`${at}.${name}`);
          }
        };
        visit(r.block.body.items, s, r.type);
      }
    }
    assert.ok(names > 500, `${names} names`);
    assert.deepEqual(unknown, []);
  });
});
