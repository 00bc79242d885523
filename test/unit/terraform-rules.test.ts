/**
 * The existing rules on Terraform: each case fires on the exact Terraform argument (or the resource's
 * `"type" "name"` labels for a missing setting), and its corrected twin gives no finding.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';

interface Case {
  rule: string;
  /** The Terraform text: `⟦...⟧` marks the expected range (markers removed before analysis). */
  bad: string;
  good: string;
  production?: boolean;
  /** A word the message must contain (the Terraform argument name, usually). */
  says?: string;
}

const R = (type: string, body: string, name = 'r') => `resource "${type}" "${name}" {\n${body}\n}\n`;
const DB = (body: string) => R('aws_db_instance', `  engine = "postgres"\n  engine_version = "16.4"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = true\n  manage_master_user_password = true\n${body}`);

const CASES: Case[] = [
  { rule: 'ADB001', bad: DB('  backup_retention_period = ⟦40⟧'), good: DB('  backup_retention_period = 7'), says: 'backup_retention_period' },
  { rule: 'ADB002', bad: DB('  backup_retention_period = ⟦0⟧'), good: DB('  backup_retention_period = 7'), says: 'backup_retention_period' },
  { rule: 'ADB003', bad: DB('  backup_retention_period = ⟦3⟧'), good: DB('  backup_retention_period = 7'), production: true },
  { rule: 'ADB004', bad: R('aws_db_instance', '  engine = "mysql"\n  storage_encrypted = ⟦false⟧'), good: R('aws_db_instance', '  engine = "mysql"\n  storage_encrypted = true'), says: 'storage_encrypted' },
  { rule: 'ADB004', bad: `resource ⟦"aws_db_instance" "r"⟧ {\n  engine = "mysql"\n}\n`, good: R('aws_db_instance', '  engine = "mysql"\n  storage_encrypted = true'), says: 'storage_encrypted is not set' },
  { rule: 'ADB006', bad: DB('  publicly_accessible = ⟦true⟧'), good: DB('  publicly_accessible = false'), says: 'publicly_accessible' },
  { rule: 'ADB007', bad: DB('  multi_az = ⟦false⟧'), good: DB('  multi_az = true'), production: true, says: 'multi_az' },
  { rule: 'ADB009', bad: DB('  storage_type = ⟦"standard"⟧'), good: DB('  storage_type = "gp3"'), says: 'storage_type' },
  { rule: 'ADB012', bad: R('aws_db_instance', '  engine = "mysql"\n  password = ⟦"hunter2hunter2"⟧'), good: R('aws_db_instance', '  engine = "mysql"\n  manage_master_user_password = true'), says: 'manage_master_user_password' },
  { rule: 'ADB015', bad: DB('  deletion_protection = ⟦false⟧'), good: DB('  deletion_protection = true'), production: true, says: 'deletion_protection' },
  { rule: 'ADB017', bad: R('aws_db_instance', '  engine = "mysql"\n  engine_version = ⟦"5.7"⟧'), good: R('aws_db_instance', '  engine = "mysql"\n  engine_version = "8.4"') },
  {
    rule: 'ADB021',
    bad: `${R('aws_security_group', '  ingress {\n    from_port = 5432\n    to_port = 5432\n    protocol = "tcp"\n    cidr_blocks = [⟦"0.0.0.0/0"⟧]\n  }', 'db')}${DB('  vpc_security_group_ids = [aws_security_group.db.id]')}`,
    good: `${R('aws_security_group', '  ingress {\n    from_port = 5432\n    to_port = 5432\n    protocol = "tcp"\n    cidr_blocks = ["10.0.0.0/16"]\n  }', 'db')}${DB('  vpc_security_group_ids = [aws_security_group.db.id]')}`,
  },
  {
    rule: 'ADB021',
    bad: `${R('aws_vpc_security_group_ingress_rule', '  security_group_id = aws_security_group.db.id\n  from_port = 3306\n  to_port = 3306\n  ip_protocol = "tcp"\n  cidr_ipv4 = ⟦"0.0.0.0/0"⟧')}${R('aws_security_group', '  name = "db"', 'db')}${R('aws_rds_cluster', '  engine = "aurora-mysql"\n  storage_encrypted = true\n  vpc_security_group_ids = [aws_security_group.db.id]', 'c')}`,
    good: `${R('aws_vpc_security_group_ingress_rule', '  security_group_id = aws_security_group.db.id\n  from_port = 3306\n  to_port = 3306\n  ip_protocol = "tcp"\n  referenced_security_group_id = aws_security_group.app.id')}${R('aws_security_group', '  name = "db"', 'db')}${R('aws_rds_cluster', '  engine = "aurora-mysql"\n  storage_encrypted = true\n  vpc_security_group_ids = [aws_security_group.db.id]', 'c')}`,
  },
  {
    rule: 'ADB021',
    bad: `${R('aws_security_group_rule', '  type = "ingress"\n  security_group_id = aws_security_group.db.id\n  from_port = 6379\n  to_port = 6379\n  protocol = "tcp"\n  cidr_blocks = ["10.0.0.0/8", ⟦"0.0.0.0/0"⟧]')}${R('aws_security_group', '  name = "db"', 'db')}${R('aws_elasticache_replication_group', '  description = "x"\n  security_group_ids = [aws_security_group.db.id]', 'g')}`,
    good: `${R('aws_security_group_rule', '  type = "egress"\n  security_group_id = aws_security_group.db.id\n  from_port = 6379\n  to_port = 6379\n  protocol = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]')}${R('aws_security_group', '  name = "db"', 'db')}${R('aws_elasticache_replication_group', '  description = "x"\n  security_group_ids = [aws_security_group.db.id]', 'g')}`,
  },
  { rule: 'ADB031', bad: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true\n  backtrack_window = ⟦3600⟧'), good: R('aws_rds_cluster', '  engine = "aurora-mysql"\n  storage_encrypted = true\n  backtrack_window = 3600') },
  { rule: 'ADB033', bad: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = ⟦false⟧'), good: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true'), says: 'storage_encrypted' },
  { rule: 'ADB034', bad: R('aws_rds_cluster', '  engine = "aurora-mysql"\n  storage_encrypted = true\n  engine_mode = ⟦"serverless"⟧'), good: R('aws_rds_cluster', '  engine = "aurora-mysql"\n  storage_encrypted = true\n  engine_mode = "provisioned"') },
  {
    rule: 'ADB035',
    bad: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true\n  serverlessv2_scaling_configuration {\n    min_capacity = 0.5\n    max_capacity = ⟦300⟧\n  }'),
    good: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true\n  serverlessv2_scaling_configuration {\n    min_capacity = 0.5\n    max_capacity = 16\n  }'),
    says: 'serverlessv2_scaling_configuration.max_capacity',
  },
  { rule: 'ADB041', bad: R('aws_dsql_cluster', '  deletion_protection_enabled = ⟦false⟧'), good: R('aws_dsql_cluster', '  deletion_protection_enabled = true') },
  {
    rule: 'ADB050',
    bad: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  point_in_time_recovery {\n    enabled = ⟦false⟧\n  }'),
    good: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  point_in_time_recovery {\n    enabled = true\n  }'),
  },
  {
    rule: 'ADB053',
    bad: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  attribute {\n    name = ⟦"extra"⟧\n    type = "S"\n  }'),
    good: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }'),
  },
  {
    rule: 'ADB054',
    bad: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  ⟦read_capacity⟧ = 5\n  write_capacity = 5\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }'),
    good: R('aws_dynamodb_table', '  name = "t"\n  billing_mode = "PROVISIONED"\n  read_capacity = 5\n  write_capacity = 5\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }'),
  },
  { rule: 'ADB057', bad: R('aws_dax_cluster', '  node_type = "dax.r5.large"\n  replication_factor = 3\n  server_side_encryption {\n    enabled = ⟦false⟧\n  }'), good: R('aws_dax_cluster', '  node_type = "dax.r5.large"\n  replication_factor = 3\n  server_side_encryption {\n    enabled = true\n  }') },
  { rule: 'ADB058', bad: R('aws_dax_cluster', '  node_type = "dax.r5.large"\n  replication_factor = ⟦1⟧\n  server_side_encryption {\n    enabled = true\n  }'), good: R('aws_dax_cluster', '  node_type = "dax.r5.large"\n  replication_factor = 3\n  server_side_encryption {\n    enabled = true\n  }'), production: true },
  {
    rule: 'ADB060',
    bad: R('aws_elasticache_replication_group', '  description = "x"\n  engine = "redis"\n  at_rest_encryption_enabled = ⟦false⟧\n  transit_encryption_enabled = true\n  auth_token = var.t'),
    good: R('aws_elasticache_replication_group', '  description = "x"\n  engine = "redis"\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n  auth_token = var.t'),
  },
  {
    rule: 'ADB061',
    bad: R('aws_elasticache_replication_group', '  description = "x"\n  engine = "redis"\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = false\n  ⟦auth_token⟧ = var.t'),
    good: R('aws_elasticache_replication_group', '  description = "x"\n  engine = "redis"\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n  auth_token = var.t'),
  },
  { rule: 'ADB068', bad: R('aws_memorydb_cluster', '  name = "m"\n  node_type = "db.r6g.large"\n  acl_name = "open-access"\n  tls_enabled = ⟦false⟧'), good: R('aws_memorydb_cluster', '  name = "m"\n  node_type = "db.r6g.large"\n  acl_name = "open-access"\n  tls_enabled = true') },
  { rule: 'ADB070', bad: R('aws_docdb_cluster', '  storage_encrypted = ⟦false⟧'), good: R('aws_docdb_cluster', '  storage_encrypted = true'), says: 'storage_encrypted' },
  { rule: 'ADB073', bad: R('aws_neptune_cluster', '  storage_encrypted = true\n  iam_database_authentication_enabled = ⟦false⟧'), good: R('aws_neptune_cluster', '  storage_encrypted = true\n  iam_database_authentication_enabled = true') },
  {
    rule: 'ADB076',
    bad: R('aws_opensearch_domain', '  domain_name = "d"\n  encrypt_at_rest {\n    enabled = ⟦false⟧\n  }\n  node_to_node_encryption {\n    enabled = true\n  }\n  domain_endpoint_options {\n    enforce_https = true\n  }'),
    good: R('aws_opensearch_domain', '  domain_name = "d"\n  encrypt_at_rest {\n    enabled = true\n  }\n  node_to_node_encryption {\n    enabled = true\n  }\n  domain_endpoint_options {\n    enforce_https = true\n  }'),
  },
  { rule: 'ADB077', bad: R('aws_redshift_cluster', '  node_type = "ra3.xlplus"\n  encrypted = true\n  publicly_accessible = ⟦true⟧'), good: R('aws_redshift_cluster', '  node_type = "ra3.xlplus"\n  encrypted = true\n  publicly_accessible = false') },
  {
    rule: 'ADB078',
    bad: R('aws_keyspaces_table', '  keyspace_name = "k"\n  table_name = "t"\n  point_in_time_recovery {\n    status = ⟦"DISABLED"⟧\n  }'),
    good: R('aws_keyspaces_table', '  keyspace_name = "k"\n  table_name = "t"\n  point_in_time_recovery {\n    status = "ENABLED"\n  }'),
  },
  { rule: 'ADB080', bad: R('aws_db_proxy', '  name = "p"\n  engine_family = "POSTGRESQL"\n  require_tls = ⟦false⟧'), good: R('aws_db_proxy', '  name = "p"\n  engine_family = "POSTGRESQL"\n  require_tls = true') },
  { rule: 'ADB082', bad: R('aws_dms_replication_instance', '  replication_instance_class = "dms.t3.micro"\n  publicly_accessible = ⟦true⟧'), good: R('aws_dms_replication_instance', '  replication_instance_class = "dms.t3.micro"') },
];

function strip(marked: string): { text: string; want?: string } {
  const s = marked.indexOf('⟦');
  const e = marked.indexOf('⟧');
  if (s < 0) return { text: marked };
  return { text: marked.slice(0, s) + marked.slice(s + 1, e) + marked.slice(e + 1), want: `${s}:${e - 1}` };
}

describe('existing rules on Terraform, on the exact argument', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.bad.split('\n').find((l) => l.includes('⟦'))?.trim().replace(/[⟦⟧]/g, '')}`, () => {
      const { text, want } = strip(c.bad);
      const opts = { fileName: 'main.tf', only: [c.rule], production: c.production ? ('always' as const) : ('never' as const) };
      const a = analyze(text, opts);
      assert.deepEqual(a.internalErrors, []);
      assert.equal(a.kind, 'terraform');
      assert.deepEqual(a.findings.map((f) => `${f.span.start}:${f.span.end}`), [want], `${c.rule} on\n${text}\n${JSON.stringify(a.findings.map((f) => f.message))}`);
      if (c.says) assert.ok(a.findings[0].message.includes(c.says), a.findings[0].message);
      const ok = analyze(c.good, opts);
      assert.deepEqual(ok.findings.map((f) => f.message), [], `${c.rule} must not fire on\n${c.good}`);
    });
  }

  it('a finding on a variable default names the variable and points at the argument that uses it', () => {
    const text = 'variable "retention" {\n  default = 0\n}\nresource "aws_db_instance" "r" {\n  engine = "mysql"\n  storage_encrypted = true\n  backup_retention_period = var.retention\n}\n';
    const [f] = analyze(text, { fileName: 'main.tf', only: ['ADB002'] }).findings;
    assert.equal(text.slice(f.span.start, f.span.end), 'var.retention');
    assert.match(f.message, /\(variable `retention` defaults to 0\)$/);
    assert.doesNotMatch(f.message, /parameter/);
    assert.deepEqual(f.related.map((r) => [r.message, text.slice(r.span.start, r.span.end)]), [['default of variable `retention`', '0']]);
  });

  it('a value from terraform.tfvars is named with its file; allowed values with the validation', () => {
    const text = 'variable "retention" {\n  default = 7\n}\nresource "aws_db_instance" "r" {\n  engine = "mysql"\n  storage_encrypted = true\n  backup_retention_period = var.retention\n}\n';
    const a = analyze(text, { fileName: 'main.tf', only: ['ADB002'], siblings: [{ name: 'terraform.tfvars', text: 'retention = 0\n' }] });
    assert.equal(a.findings.length, 1);
    assert.match(a.findings[0].message, /\(variable `retention` is 0 in terraform\.tfvars\)$/);
    assert.deepEqual(a.findings[0].related.map((r) => r.message), ['value of variable `retention` in terraform.tfvars']);
    const v = 'variable "t" {\n  validation {\n    condition = contains(["standard", "io1"], var.t)\n    error_message = "x"\n  }\n}\n';
    const b = analyze(`${v}${DB('  storage_type = var.t')}`, { fileName: 'main.tf', only: ['ADB009'] });
    assert.equal(b.findings.length, 1, JSON.stringify(b.findings.map((f) => f.message)));
    assert.match(b.findings[0].message, /variable `t` allows "standard" \(its validation\)/);
    assert.ok(b.findings[0].related.every((r) => r.message.startsWith('validation of variable `t`')), JSON.stringify(b.findings[0].related));
  });

  it('Aurora members are counted through aws_rds_cluster_instance references (ADB030: more than 15 replicas)', () => {
    const cluster = R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true', 'c');
    const member = (n: number) => R('aws_rds_cluster_instance', '  cluster_identifier = aws_rds_cluster.c.id\n  instance_class = "db.r6g.large"\n  engine = "aurora-postgresql"', `m${n}`);
    const members = (k: number) => Array.from({ length: k }, (_, i) => member(i)).join('');
    const over = analyze(cluster + members(17), { fileName: 'main.tf', only: ['ADB030'] });
    assert.equal(over.findings.length, 1, JSON.stringify(over.findings.map((f) => f.message)));
    assert.equal(analyze(cluster + members(16), { fileName: 'main.tf', only: ['ADB030'] }).findings.length, 0);
  });
});

describe('DynamoDB index keys written as key_schema blocks (newer AWS providers)', () => {
  const table = (index: string, extra = '') =>
    R('aws_dynamodb_table', `  name = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  attribute {\n    name = "PetType"\n    type = "S"\n  }\n${extra}  global_secondary_index {\n    name = "by-type"\n${index}    projection_type = "ALL"\n  }`);
  const adb053 = (text: string) => analyze(text, { fileName: 'main.tf', only: ['ADB053'] }).findings.map((f) => text.slice(f.span.start, f.span.end));

  it('an attribute a key_schema block uses is a key attribute; one no key uses is still reported', () => {
    assert.deepEqual(adb053(table('    key_schema {\n      attribute_name = "PetType"\n      key_type = "HASH"\n    }\n')), []);
    assert.deepEqual(adb053(table('    key_schema {\n      attribute_name = "pk"\n      key_type = "HASH"\n    }\n')), ['"PetType"']);
    assert.deepEqual(adb053(table('    hash_key = "PetType"\n')), []);
  });

  it('an index key written in a way not read (a dynamic key_schema, none at all) leaves the attributes unknown', () => {
    assert.deepEqual(adb053(table('    dynamic "key_schema" {\n      for_each = var.keys\n      content {\n        attribute_name = key_schema.value\n        key_type = "HASH"\n      }\n    }\n')), []);
    assert.deepEqual(adb053(table('')), []);
  });
});

describe('ADB037 on Terraform: a production Aurora cluster with one instance', () => {
  const cluster = R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  storage_encrypted = true', 'c');
  const member = (name: string, extra = '') => R('aws_rds_cluster_instance', `  cluster_identifier = aws_rds_cluster.c.id\n  instance_class = "db.r6g.large"\n  engine = "aurora-postgresql"${extra}`, name);
  const run = (text: string, siblings: { name: string; text: string }[] = []) =>
    analyze(text, { fileName: 'main.tf', only: ['ADB037'], production: 'always', siblings });

  it('fires on the cluster\'s labels, with the only instance related', () => {
    const text = cluster + member('w');
    const a = run(text);
    assert.deepEqual(a.internalErrors, []);
    assert.equal(a.findings.length, 1);
    const f = a.findings[0];
    assert.equal(text.slice(f.span.start, f.span.end), '"aws_rds_cluster" "c"');
    assert.match(f.message, /aws_rds_cluster\.c has one DB instance \(aws_rds_cluster_instance\.w\)/);
    assert.equal(text.slice(f.related[0].span.start, f.related[0].span.end), '"aws_rds_cluster_instance" "w"');
    assert.equal(run(cluster + member('w', '\n  count = 1')).findings.length, 1);
  });

  it('does not fire with a reader, a literal count of 2, an open count or for_each, or outside production', () => {
    assert.equal(run(cluster + member('w') + member('r')).findings.length, 0);
    assert.equal(run(cluster + member('w', '\n  count = 2')).findings.length, 0);
    assert.equal(run(cluster + member('w', '\n  count = var.n')).findings.length, 0);
    assert.equal(run(cluster + member('w', '\n  for_each = toset(["a"])')).findings.length, 0);
    assert.equal(analyze(cluster + member('w'), { fileName: 'main.tf', only: ['ADB037'], production: 'never' }).findings.length, 0);
  });

  it('does not fire when readers may be declared elsewhere: another file\'s instance, a module, replica auto scaling', () => {
    assert.equal(run(cluster + member('w'), [{ name: 'readers.tf', text: member('r') }]).findings.length, 0);
    assert.equal(run(cluster + member('w'), [{ name: 'variables.tf', text: 'variable "n" {}\n' }]).findings.length, 1);
    assert.equal(run(`${cluster}${member('w')}module "readers" {\n  source = "./readers"\n  cluster = aws_rds_cluster.c.id\n}\n`).findings.length, 0);
    const scaling = R('aws_appautoscaling_target', '  service_namespace = "rds"\n  scalable_dimension = "rds:cluster:ReadReplicaCount"\n  resource_id = "cluster:${aws_rds_cluster.c.id}"\n  min_capacity = 1\n  max_capacity = 4', 'replicas');
    assert.equal(run(cluster + member('w') + scaling).findings.length, 0);
  });
});
