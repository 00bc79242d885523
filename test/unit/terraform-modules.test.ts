/**
 * Community modules (terraform-aws-modules rds, rds-aurora, dynamodb-table, elasticache): a `module`
 * block is read as the resources the module creates, so the rules fire on its inputs (the exact
 * range of the value written), on the `source` string for a module default the block leaves, and
 * not on good or unknown values. Plus: sources and versions, names in messages, quick fixes, and the
 * committed table being what the script makes from the vendored module sources.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { analyze } from '../../src/core/engine';
import { readTerraform, readTfConfig, terraformInfo } from '../../src/core/forms/terraform';
import { constraintRange, matchModule } from '../../src/core/forms/terraform/modules';
import { buildTable, TABLE_PATH } from '../../scripts/gen-terraform-modules';
import { hoverAt } from '../../src/core/hover';
import { cfnHover } from '../../src/core/forms/cloudformation/hover';

const M = (source: string, body: string, extra = '', name = 'db') => `module "${name}" {\n  source = "${source}"\n${extra}${body}\n}\n`;
const RDS = (body: string, extra = '  version = "~> 7.0"\n') => M('terraform-aws-modules/rds/aws', `  identifier = "orders"\n  engine = "postgres"\n  engine_version = "16.6"\n  instance_class = "db.m6g.large"\n  allocated_storage = 20\n${body}`, extra);
const AURORA = (body: string) => M('terraform-aws-modules/rds-aurora/aws', `  name = "orders"\n  engine = "aurora-postgresql"\n  engine_version = "16.6"\n${body}`, '  version = "~> 10.0"\n');
const DDB = (body: string) => M('terraform-aws-modules/dynamodb-table/aws', `  name = "t"\n  hash_key = "pk"\n  attributes = [{ name = "pk", type = "S" }]\n${body}`, '  version = "5.5.0"\n', 't');
const CACHE = (body: string) => M('terraform-aws-modules/elasticache/aws', `  replication_group_id = "c"\n  engine = "redis"\n${body}`, '  version = ">= 1.0, < 2.0"\n', 'cache');

interface Case {
  name: string;
  rule: string;
  /** `⟦...⟧` marks where the finding must be. */
  bad: string;
  good: string;
  /** The same setting from something the reader cannot know: no finding. */
  unknown?: string;
  production?: boolean;
  says?: string;
}

const CASES: Case[] = [
  { name: 'rds: storage_encrypted = false', rule: 'ADB004', bad: RDS('  storage_encrypted = ⟦false⟧'), good: RDS('  storage_encrypted = true'), unknown: RDS('  storage_encrypted = var.enc'), says: 'storage_encrypted' },
  { name: 'rds: publicly_accessible = true', rule: 'ADB006', bad: RDS('  publicly_accessible = ⟦true⟧'), good: RDS('  publicly_accessible = false'), unknown: RDS('  publicly_accessible = local.pub'), says: 'publicly_accessible' },
  { name: 'rds: backup_retention_period = 0', rule: 'ADB002', bad: RDS('  backup_retention_period = ⟦0⟧'), good: RDS('  backup_retention_period = 7'), unknown: RDS('  backup_retention_period = 0\n  blue_green_update = var.bg'), says: 'backup_retention_period' },
  {
    name: 'rds: the module default deletion_protection = false in production, on the source string', rule: 'ADB015', production: true,
    bad: M('⟦"terraform-aws-modules/rds/aws"⟧', '  engine = "postgres"\n  storage_encrypted = true').replace('source = "⟦"', 'source = ⟦"').replace('aws"⟧"', 'aws"⟧'),
    good: RDS('  deletion_protection = true'), unknown: RDS('  deletion_protection = var.dp'), says: 'deletion_protection',
  },
  {
    name: 'rds: the parameter group the module creates has a family other than the engine version\'s', rule: 'ADB125',
    bad: RDS('  storage_encrypted = true\n  family = ⟦"postgres14"⟧'), good: RDS('  storage_encrypted = true\n  family = "postgres16"'),
    unknown: RDS('  storage_encrypted = true\n  family = "postgres14"\n  create_db_parameter_group = var.enc'), says: 'family',
  },
  {
    name: 'rds-aurora: the cluster parameter group\'s family', rule: 'ADB125',
    bad: AURORA('  cluster_parameter_group = {\n    family = ⟦"aurora-postgresql14"⟧\n  }'), good: AURORA('  cluster_parameter_group = {\n    family = "aurora-postgresql16"\n  }'),
    unknown: AURORA('  cluster_parameter_group = var.instances'),
  },
  {
    name: 'rds sub-module //modules/db_instance through git::https with a ref tag', rule: 'ADB006',
    bad: M('git::https://github.com/terraform-aws-modules/terraform-aws-rds.git//modules/db_instance?ref=v7.1.0', '  engine = "mysql"\n  storage_encrypted = true\n  publicly_accessible = ⟦true⟧'),
    good: M('git::https://github.com/terraform-aws-modules/terraform-aws-rds.git//modules/db_instance?ref=v7.1.0', '  engine = "mysql"\n  storage_encrypted = true'),
  },
  {
    name: 'rds-aurora: storage_encrypted = false', rule: 'ADB033', bad: AURORA('  storage_encrypted = ⟦false⟧'), good: AURORA(''), unknown: AURORA('  storage_encrypted = var.enc'), says: 'storage_encrypted',
  },
  {
    name: 'rds-aurora: an instance of the instances map publicly accessible', rule: 'ADB006',
    bad: AURORA('  instances = {\n    one = { instance_class = "db.r6g.large", publicly_accessible = ⟦true⟧ }\n  }'),
    good: AURORA('  instances = {\n    one = { instance_class = "db.r6g.large", publicly_accessible = false }\n  }'),
    unknown: AURORA('  instances = var.instances'), says: 'publicly_accessible',
  },
  {
    name: 'rds-aurora: Serverless v2 capacity above the limit', rule: 'ADB035',
    bad: AURORA('  serverlessv2_scaling_configuration = { min_capacity = 0.5, max_capacity = ⟦300⟧ }'),
    good: AURORA('  serverlessv2_scaling_configuration = { min_capacity = 0.5, max_capacity = 16 }'),
    unknown: AURORA('  engine_mode = var.mode\n  serverlessv2_scaling_configuration = { min_capacity = 0.5, max_capacity = 300 }'),
  },
  {
    name: 'dynamodb-table: point_in_time_recovery_enabled = false', rule: 'ADB050', bad: DDB('  point_in_time_recovery_enabled = ⟦false⟧'), good: DDB('  point_in_time_recovery_enabled = true'),
    unknown: DDB('  point_in_time_recovery_enabled = var.pitr'),
  },
  {
    name: 'dynamodb-table: an attribute no key uses (from the attributes list)', rule: 'ADB053',
    bad: DDB('  attributes = [{ name = "pk", type = "S" }, { name = ⟦"extra"⟧, type = "S" }]\n  point_in_time_recovery_enabled = true').replace('  attributes = [{ name = "pk", type = "S" }]\n', ''),
    good: DDB('  point_in_time_recovery_enabled = true'),
    unknown: DDB('  point_in_time_recovery_enabled = true').replace('[{ name = "pk", type = "S" }]', 'var.attributes'),
  },
  {
    name: 'elasticache: at_rest_encryption_enabled = false', rule: 'ADB060', bad: CACHE('  at_rest_encryption_enabled = ⟦false⟧'), good: CACHE(''), unknown: CACHE('  at_rest_encryption_enabled = var.enc'),
    says: 'at_rest_encryption_enabled',
  },
];

function strip(marked: string): { text: string; want?: string } {
  const s = marked.indexOf('⟦');
  const e = marked.indexOf('⟧');
  if (s < 0) return { text: marked };
  return { text: marked.slice(0, s) + marked.slice(s + 1, e) + marked.slice(e + 1), want: `${s}:${e - 1}` };
}

const VARS = 'variable "enc" {}\nvariable "dp" {}\nvariable "bg" {}\nvariable "pitr" {}\nvariable "mode" {}\nvariable "instances" {}\nvariable "attributes" {}\nlocals {\n  pub = timestamp()\n}\n';

describe('terraform-aws-modules: a module block is judged on its inputs', () => {
  for (const c of CASES) {
    it(`${c.rule} ${c.name}`, () => {
      const { text, want } = strip(c.bad);
      const opts = { fileName: 'main.tf', only: [c.rule], production: c.production ? ('always' as const) : ('never' as const) };
      const a = analyze(text, opts);
      assert.deepEqual(a.internalErrors, []);
      assert.deepEqual(a.findings.map((f) => `${f.span.start}:${f.span.end}`), [want], `${c.rule} on\n${text}\n${JSON.stringify(a.findings.map((f) => [f.message, text.slice(f.span.start, f.span.end)]))}`);
      if (c.says) assert.ok(a.findings[0].message.includes(c.says), a.findings[0].message);
      assert.deepEqual(analyze(c.good, opts).findings.map((f) => f.message), [], `${c.rule} must not fire on\n${c.good}`);
      if (c.unknown) assert.deepEqual(analyze(VARS + c.unknown, opts).findings.map((f) => f.message), [], `${c.rule} must not fire on an unknown value\n${c.unknown}`);
    });
  }

  it('module defaults that are good give nothing: the rds module encrypts, keeps a final snapshot and manages the password', () => {
    const text = RDS('  multi_az = true\n  deletion_protection = true\n  backup_retention_period = 7\n  tags = { Environment = "production" }');
    const a = analyze(text, { fileName: 'main.tf', only: ['ADB004', 'ADB012', 'ADB015', 'ADB150', 'ADB002', 'ADB003', 'ADB006', 'ADB007'] });
    assert.deepEqual(a.findings.map((f) => `${f.ruleId} ${f.message}`), []);
    const [pg, r] = readTerraform(text).resources;
    assert.equal(pg.type, 'AWS::RDS::DBParameterGroup', 'the module creates a parameter group by default');
    assert.equal(r.type, 'AWS::RDS::DBInstance');
    const ref = r.properties!.entries.find((e) => e.key === 'DBParameterGroupName')!.value;
    assert.equal(ref.kind === 'map' && ref.entries[0].key === 'Ref' && ref.entries[0].value.kind === 'scalar' ? ref.entries[0].value.value : undefined, pg.id);
    assert.equal(r.id, 'module.db.module.db_instance.aws_db_instance.this');
    const prop = (k: string) => r.properties!.entries.find((e) => e.key === k);
    // The module default stands at the source string; a written input at its own key.
    assert.equal(text.slice(prop('StorageEncrypted')!.value.start, prop('StorageEncrypted')!.value.end), '"terraform-aws-modules/rds/aws"');
    assert.equal(text.slice(prop('MultiAZ')!.keySpan.start, prop('MultiAZ')!.keySpan.end), 'multi_az');
  });

  it('create_db_instance = false creates nothing; an unknown one makes the instance conditional', () => {
    const instances = (text: string) => readTerraform(text).resources.filter((x) => x.type === 'AWS::RDS::DBInstance');
    assert.equal(instances(RDS('  create_db_instance = false')).length, 0);
    const r = instances(`variable "on" {}\n${RDS('  create_db_instance = var.on')}`);
    assert.equal(r.length, 1);
    assert.ok(r[0].attributes.has('Condition'));
  });

  it('the rds-aurora instances are members of the module\'s cluster', () => {
    const doc = readTerraform(AURORA('  instances = {\n    one = {}\n    two = { instance_class = "db.r6g.large" }\n  }'));
    assert.deepEqual(doc.resources.map((r) => r.id), ['module.db.aws_rds_cluster.this', 'module.db.aws_rds_cluster_instance.this["one"]', 'module.db.aws_rds_cluster_instance.this["two"]']);
    const ref = doc.resources[1].properties!.entries.find((e) => e.key === 'DBClusterIdentifier')!.value;
    assert.equal(ref.kind === 'map' && ref.entries[0].value.kind === 'scalar' ? ref.entries[0].value.value : undefined, 'module.db.aws_rds_cluster.this');
  });

  it('the elasticache serverless-cache sub-module is a serverless cache, its inputs at their keys', () => {
    const text = M('terraform-aws-modules/elasticache/aws//modules/serverless-cache', '  cache_name = "s"\n  engine = "redis"\n  snapshot_retention_limit = 7');
    const [r] = readTerraform(text).resources;
    assert.equal(r.type, 'AWS::ElastiCache::ServerlessCache');
    const e = r.properties!.entries.find((x) => x.key === 'ServerlessCacheName')!;
    assert.equal(text.slice(e.keySpan.start, e.keySpan.end), 'cache_name');
    assert.equal(terraformInfo(r)!.module!.inputs.get('snapshot_retention_limit'), 'snapshot_retention_limit');
  });

  it('a field an instance leaves out takes its optional() default from the input\'s type, not the cluster\'s value', () => {
    // instances: map(object({ copy_tags_to_snapshot = optional(bool, true) })): the coalesce with the cluster's false never sees null.
    const doc = readTerraform(AURORA('  copy_tags_to_snapshot = false\n  instances = {\n    one = {}\n  }'));
    const value = (id: string) => {
      const e = doc.resources.find((r) => r.id === id)!.properties!.entries.find((x) => x.key === 'CopyTagsToSnapshot')!.value;
      return e.kind === 'scalar' ? e.value : undefined;
    };
    assert.equal(value('module.db.aws_rds_cluster.this'), false);
    assert.equal(value('module.db.aws_rds_cluster_instance.this["one"]'), true);
  });

  it('names the module input in messages (rds-aurora cluster_performance_insights_enabled)', () => {
    const doc = readTerraform(AURORA('  cluster_performance_insights_enabled = false'));
    const info = terraformInfo(doc.resources[0])!;
    assert.equal(info.module?.inputs.get('performance_insights_enabled'), 'cluster_performance_insights_enabled');
  });
});

describe('terraform-aws-modules: sources and versions', () => {
  const mapped = (text: string) => readTerraform(text).resources.length > 0;
  it('registry, git::https, github.com and git@ sources map; a relative or other source does not', () => {
    for (const s of ['terraform-aws-modules/rds/aws', 'github.com/terraform-aws-modules/terraform-aws-rds', 'git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v7.2.0',
      'git@github.com:terraform-aws-modules/terraform-aws-rds.git', 'github.com/terraform-aws-modules/terraform-aws-rds//modules/db_instance?ref=7.0.0']) {
      assert.ok(mapped(M(s, '  engine = "mysql"')), s);
    }
    for (const s of ['../../', './modules/db_instance', 'terraform-aws-modules/rds/google', 'cloudposse/rds/aws', 'terraform-aws-modules/rds/aws//modules/db_option_group']) {
      assert.ok(!mapped(M(s, '  engine = "mysql"')), s);
    }
  });

  it('a version outside the table\'s range maps nothing and says so on the version', () => {
    for (const v of ['~> 6.0', '6.10.0', '>= 8.0', '< 7.0', '>= 6.0, < 9.0']) {
      const text = RDS('  storage_encrypted = false', `  version = "${v}"\n`);
      const doc = readTerraform(text);
      assert.equal(doc.resources.length, 0, v);
      assert.equal(doc.problems.length, 1, v);
      assert.equal(doc.problems[0].severity, 'info');
      assert.equal(text.slice(doc.problems[0].span.start, doc.problems[0].span.end), `"${v}"`);
      assert.match(doc.problems[0].message, /7\.0\.0 to below 8\.0\.0/);
    }
    for (const v of ['~> 7.0', '~> 7.1.0', '7.2.0', '>= 7.0, < 8.0', '>= 6.0, < 8.0', '>= 5.0', '~> 7']) {
      const doc = readTerraform(RDS('  storage_encrypted = false', `  version = "${v}"\n`));
      assert.equal(doc.resources.filter((x) => x.type === 'AWS::RDS::DBInstance').length, 1, v);
      assert.deepEqual(doc.problems, [], v);
    }
    const git = readTerraform(M('git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v6.9.0', '  engine = "mysql"'));
    assert.equal(git.resources.length, 0);
    assert.match(git.problems[0].message, /may select another release/);
    const branch = readTerraform(M('git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=master', '  engine = "mysql"'));
    assert.equal(branch.resources.length, 0);
    assert.match(branch.problems[0].message, /not a version/);
  });

  it('reads version constraints as Terraform does', () => {
    assert.deepEqual(constraintRange('~> 7.1'), { lo: [7, 1, 0], hi: [8, 0, 0] });
    assert.deepEqual(constraintRange('~> 7.1.2'), { lo: [7, 1, 2], hi: [7, 2, 0] });
    assert.deepEqual(constraintRange('>= 6.0, < 7.5'), { lo: [6, 0, 0], hi: [7, 5, 0] });
    assert.deepEqual(constraintRange('<= 7.2.0'), { lo: [0, 0, 0], hi: [7, 2, 1] });
    assert.equal(constraintRange('latest'), undefined);
    assert.equal(matchModule(readTfConfig('module "x" {\n  source = var.src\n}\n').modules[0]), undefined);
  });
});

describe('terraform-aws-modules: quick fixes edit the module block', () => {
  const apply = (text: string, rule: string) => {
    const f = analyze(text, { fileName: 'main.tf', only: [rule], production: 'always' }).findings.find((x) => x.ruleId === rule);
    assert.ok(f, `${rule} fires on\n${text}`);
    const fix = (f!.fixes ?? []).find((x) => !/ignore|suppress/i.test(x.title));
    assert.ok(fix, JSON.stringify((f!.fixes ?? []).map((x) => x.title)));
    assert.equal(fix!.edits.length, 1);
    const e = fix!.edits[0];
    const out = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
    assert.deepEqual(readTfConfig(out).errors, []);
    assert.deepEqual(analyze(out, { fileName: 'main.tf', only: [rule], production: 'always' }).findings.map((x) => x.message), [], out);
    return out;
  };

  it('replaces the value the block writes', () => {
    assert.match(apply(RDS('  storage_encrypted = false'), 'ADB004'), /storage_encrypted = true/);
  });

  it('adds the module input for a module default, never touching the source string', () => {
    const out = apply(RDS(''), 'ADB015');
    assert.match(out, /source = "terraform-aws-modules\/rds\/aws"/);
    assert.match(out, /\n {2}deletion_protection = true\n/);
  });
});

describe('terraform-aws-modules: hovers', () => {
  const TEXT = RDS('  storage_encrypted = false\n  point_in_time_recovery_enabled = true') + DDB('  point_in_time_recovery_enabled = true');
  const hover = (needle: string, from = 0) => hoverAt(TEXT, TEXT.indexOf(needle, from) + 2, 'main.tf');
  it('on an input: the facts of the property the argument it sets maps to', () => {
    const h = hover('storage_encrypted');
    const cfn = cfnHover({ type: 'AWS::RDS::DBInstance', onType: false, path: 'StorageEncrypted' });
    assert.ok(cfn);
    assert.ok(h?.includes('`storage_encrypted` (input of `terraform-aws-modules/rds/aws`) sets `storage_encrypted` of `aws_db_instance`'), h);
    assert.ok(h!.includes(cfn!));
    const pitr = hover('point_in_time_recovery_enabled', TEXT.indexOf('module "t"'));
    assert.ok(pitr?.includes('sets `point_in_time_recovery.enabled` of `aws_dynamodb_table`'), pitr);
  });
  it('on source: what the module is read as and its versions; nothing on an input the rds module does not have', () => {
    assert.match(hover('terraform-aws-modules/rds/aws') ?? '', /is read as `aws_db_parameter_group` .*, `aws_db_instance` .*7\.0\.0 to below 8\.0\.0/);
    assert.equal(hover('point_in_time_recovery_enabled'), undefined);
  });
});

describe('terraform-aws-modules: the table', () => {
  it('is what scripts/gen-terraform-modules.ts makes from the vendored module sources (run it when this fails)', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(TABLE_PATH, 'utf8')), JSON.parse(JSON.stringify(buildTable())));
  });
});
