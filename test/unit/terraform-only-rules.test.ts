/**
 * Terraform-only rules (ADB150-ADB169): each fires on the exact Terraform argument (or the resource's
 * labels for a missing setting) in production, not on its corrected twin, not outside production,
 * and not in other forms. The password rule is ADB012's (one problem, one finding): checked here too.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { PEER_RULES, peerToAdb } from '../../src/core/peers';

const R = (type: string, body: string, name = 'r') => `resource "${type}" "${name}" {\n${body}\n}\n`;
const DB = (body: string) => R('aws_db_instance', `  engine = "postgres"\n  instance_class = "db.t3.micro"\n  storage_encrypted = true\n  manage_master_user_password = true\n${body}`);
const RG = (body: string) => R('aws_elasticache_replication_group', `  description = "x"\n  engine = "redis"\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n${body}`);

interface Case { rule: string; bad: string; good: string; says?: string }

const CASES: Case[] = [
  { rule: 'ADB150', bad: DB('  skip_final_snapshot = ⟦true⟧'), good: DB('  skip_final_snapshot = false\n  final_snapshot_identifier = "final"'), says: 'skip_final_snapshot' },
  { rule: 'ADB150', bad: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  skip_final_snapshot = ⟦true⟧'), good: R('aws_rds_cluster', '  engine = "aurora-postgresql"\n  final_snapshot_identifier = "final"') },
  { rule: 'ADB150', bad: `variable "skip" {\n  default = true\n}\n${R('aws_redshift_cluster', '  node_type = "ra3.xlplus"\n  skip_final_snapshot = ⟦var.skip⟧')}`, good: `variable "skip" {\n  default = false\n}\n${R('aws_redshift_cluster', '  node_type = "ra3.xlplus"\n  skip_final_snapshot = var.skip')}` },
  // A read replica must skip its final snapshot (RDS requires it): not reported.
  { rule: 'ADB150', bad: DB('  skip_final_snapshot = ⟦true⟧'), good: DB('  replicate_source_db = aws_db_instance.p.identifier\n  skip_final_snapshot = true') },
  { rule: 'ADB151', bad: `resource ⟦"aws_elasticache_replication_group" "r"⟧ {\n  description = "x"\n  engine = "redis"\n}\n`, good: RG('  lifecycle {\n    prevent_destroy = true\n  }'), says: 'prevent_destroy' },
  { rule: 'ADB151', bad: RG('  lifecycle {\n    ⟦prevent_destroy⟧ = false\n  }'), good: RG('  lifecycle {\n    prevent_destroy = true\n  }') },
  // Memcached keeps no data; an RDS instance has deletion protection (ADB015's).
  { rule: 'ADB151', bad: `resource ⟦"aws_memorydb_cluster" "r"⟧ {\n  node_type = "db.r7g.large"\n}\n`, good: `${R('aws_elasticache_cluster', '  engine = "memcached"\n  node_type = "cache.t4g.micro"')}${DB('')}` },
  { rule: 'ADB152', bad: DB('  apply_immediately = ⟦true⟧'), good: DB('  apply_immediately = false'), says: 'maintenance window' },
  { rule: 'ADB152', bad: RG('  apply_immediately = ⟦true⟧'), good: RG('') },
];

function strip(marked: string): { text: string; want: string } {
  const s = marked.indexOf('⟦');
  const e = marked.indexOf('⟧');
  return { text: marked.slice(0, s) + marked.slice(s + 1, e) + marked.slice(e + 1), want: `${s}:${e - 1}` };
}

describe('Terraform-only rules (ADB150-ADB169)', () => {
  for (const c of CASES) {
    const line = c.bad.split('\n').find((l) => l.includes('⟦'))?.trim().replace(/[⟦⟧]/g, '');
    it(`${c.rule}: ${line}`, () => {
      const { text, want } = strip(c.bad);
      const prod = { fileName: 'main.tf', only: [c.rule], production: 'always' as const };
      const a = analyze(text, prod);
      assert.deepEqual(a.internalErrors, []);
      assert.deepEqual(a.findings.map((f) => `${f.span.start}:${f.span.end}`), [want], `${c.rule} on\n${text}\n${JSON.stringify(a.findings.map((f) => f.message))}`);
      if (c.says) assert.ok(a.findings[0].message.includes(c.says), a.findings[0].message);
      assert.deepEqual(analyze(c.good, prod).findings.map((f) => f.message), [], `${c.rule} must not fire on\n${c.good}`);
      assert.deepEqual(analyze(text, { ...prod, production: 'never' }).findings, [], 'production only');
    });
  }

  it('a finding on a variable default points at the argument and names the variable', () => {
    const text = `variable "skip" {\n  default = true\n}\n${DB('  skip_final_snapshot = var.skip')}`;
    const [f, ...rest] = analyze(text, { fileName: 'main.tf', only: ['ADB150'], production: 'always' }).findings;
    assert.deepEqual(rest, []);
    assert.equal(text.slice(f.span.start, f.span.end), 'var.skip');
  });

  it('an unknown value gives no finding', () => {
    for (const [rule, body] of [['ADB150', '  skip_final_snapshot = data.x.y'], ['ADB152', '  apply_immediately = local.z']]) {
      const a = analyze(DB(body), { fileName: 'main.tf', only: [rule], production: 'always' });
      assert.deepEqual(a.findings, [], rule);
    }
  });

  it('the rules read Terraform only: a template with the same words gives none', () => {
    const yaml = 'Resources:\n  Db:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: x\n      Engine: redis\n';
    const a = analyze(yaml, { fileName: 't.yaml', only: ['ADB150', 'ADB151', 'ADB152'], production: 'always' });
    assert.deepEqual(a.findings, []);
  });

  it('a literal password or a variable default: one finding, ADB012 on the value (no Terraform duplicate)', () => {
    const lit = R('aws_db_instance', '  engine = "mysql"\n  password = "hunter2hunter2"');
    const byVar = `variable "pw" {\n  default = "hunter2hunter2"\n}\n${R('aws_db_instance', '  engine = "mysql"\n  password = var.pw')}`;
    for (const text of [lit, byVar]) {
      const at = text.indexOf('password =');
      const fs = analyze(text, { fileName: 'main.tf', production: 'always' }).findings.filter((f) => f.span.end > at && f.span.start < text.indexOf('\n', at));
      assert.deepEqual(fs.map((f) => f.ruleId), ['ADB012'], JSON.stringify(fs.map((f) => [f.ruleId, f.message])));
      assert.match(text.slice(fs[0].span.start, fs[0].span.end), /hunter2|var\.pw/);
    }
    const sensitive = `variable "pw" {\n  type = string\n  sensitive = true\n}\n${R('aws_db_instance', '  engine = "mysql"\n  password = var.pw')}`;
    assert.deepEqual(analyze(sensitive, { fileName: 'main.tf', only: ['ADB012'], production: 'always' }).findings, []);
  });
});

describe('Terraform: peer suppression comments (checkov, Trivy, tfsec)', () => {
  const bad = (before: string, inside = '', after = '') => `${before}resource "aws_db_instance" "r" {\n${inside}  engine = "mysql"\n  storage_encrypted = false${after}\n  publicly_accessible = true\n}\n`;
  const ids = (text: string) => analyze(text, { fileName: 'main.tf', only: ['ADB004', 'ADB006'] }).findings.map((f) => f.ruleId).sort();

  it('without a comment both rules fire', () => assert.deepEqual(ids(bad('')), ['ADB004', 'ADB006']));
  it('#checkov:skip=CKV_AWS_16 inside the resource silences ADB004 on it', () => assert.deepEqual(ids(bad('', '  #checkov:skip=CKV_AWS_16:encrypted by the platform\n')), ['ADB006']));
  it('#trivy:ignore:AVD-AWS-0080 before the resource silences ADB004 on it', () => assert.deepEqual(ids(bad('#trivy:ignore:AVD-AWS-0080\n')), ['ADB006']));
  it('tfsec long IDs and the AWS-NNNN spelling are read', () => {
    assert.deepEqual(ids(bad('#tfsec:ignore:aws-rds-enable-public-access\n')), ['ADB004']);
    assert.deepEqual(ids(bad('# trivy:ignore:AWS-0180\n')), ['ADB004']);
  });
  it('a Trivy comment after an argument covers that line only', () => assert.deepEqual(ids(bad('', '', ' #trivy:ignore:AVD-AWS-0080')), ['ADB006']));
  it('an ID of another check, or a comment on another resource, silences nothing', () => {
    assert.deepEqual(ids(bad('#trivy:ignore:AVD-AWS-0024\n')), ['ADB004', 'ADB006']);
    assert.deepEqual(ids(`resource "aws_dynamodb_table" "t" {\n  #checkov:skip=CKV_AWS_16\n  name = "t"\n}\n${bad('')}`), ['ADB004', 'ADB006']);
  });
});

describe('Trivy IDs: every spelling maps to the same rules', () => {
  it('AVD-AWS-NNNN, AWS-NNNN and the tfsec long ID', () => {
    const rows = PEER_RULES.filter((p) => p.tool === 'trivy');
    assert.ok(rows.length >= 10);
    for (const p of rows) {
      assert.equal(p.aliases?.length, 2, p.id);
      for (const a of p.aliases ?? []) assert.deepEqual(peerToAdb(a), peerToAdb(p.id), a);
    }
  });
});

describe('Terraform: tflint annotations (tflint-ruleset-aws names mapped to our rules)', () => {
  const db = (before: string, cls = '', eng = '') => `${before}resource "aws_db_instance" "r" {\n  engine = "mysqll"${eng}\n${cls}  instance_class = "db.t9.huge"\n  allocated_storage = 20\n  storage_encrypted = false\n}\n`;
  const cache = (inside: string) => `resource "aws_elasticache_replication_group" "c" {\n  replication_group_id = "c"\n  description = "c"\n  engine = "redis"\n${inside}  node_type = "cache.m3.medium"\n}\n`;
  const ids = (text: string, fileName = 'main.tf') => analyze(text, { fileName, only: ['ADB004', 'ADB069', 'ADB120', 'ADB123'] }).findings.map((f) => f.ruleId).sort();

  it('without an annotation the rules fire', () => {
    assert.deepEqual(ids(db('')), ['ADB004', 'ADB120']);
    assert.deepEqual(ids(cache('')), ['ADB069']);
  });
  it('# tflint-ignore: aws_db_instance_invalid_engine on the line before silences ADB120 there only', () => {
    assert.deepEqual(ids(db('', '', '\n  # tflint-ignore: aws_db_instance_invalid_engine')), ['ADB004', 'ADB120']);
    assert.deepEqual(ids(db('').replace('  engine = "mysqll"', '  # tflint-ignore: aws_db_instance_invalid_engine\n  engine = "mysqll"')), ['ADB004']);
  });
  it('an annotation at the end of the line, with // and a trailing reason', () => {
    assert.deepEqual(ids(db('').replace('engine = "mysqll"', 'engine = "mysqll" # tflint-ignore: aws_db_instance_invalid_engine # a fork of ours')), ['ADB004']);
    assert.deepEqual(ids(db('').replace('engine = "mysqll"', 'engine = "mysqll" // tflint-ignore: aws_db_instance_invalid_engine // reason')), ['ADB004']);
  });
  it('several names, comma separated; an unmapped name silences nothing', () => {
    const two = db('').replace('  engine = "mysqll"', '  # tflint-ignore: aws_db_instance_default_parameter_group, aws_db_instance_invalid_engine\n  engine = "mysqll"');
    assert.deepEqual(ids(two), ['ADB004']);
    const none = db('').replace('  engine = "mysqll"', '  # tflint-ignore: aws_db_instance_default_parameter_group\n  engine = "mysqll"');
    assert.deepEqual(ids(none), ['ADB004', 'ADB120']);
  });
  it('all silences every rule of ours on its line and the next, not elsewhere', () => {
    const all = db('').replace('  storage_encrypted = false', '  # tflint-ignore: all\n  storage_encrypted = false');
    assert.deepEqual(ids(all), ['ADB120']);
  });
  it('aws_elasticache_replication_group_previous_type and _cluster_previous_type silence ADB069 on node_type', () => {
    assert.deepEqual(ids(cache('  # tflint-ignore: aws_elasticache_replication_group_previous_type\n')), []);
    assert.deepEqual(ids(cache('  # tflint-ignore: aws_elasticache_cluster_invalid_type\n')), ['ADB069']);
  });
  it('aws_db_instance_invalid_type silences ADB123 on instance_class', () => {
    const text = db('').replace('engine = "mysqll"', 'engine = "mysql"');
    assert.deepEqual(ids(text), ['ADB004', 'ADB123']);
    assert.deepEqual(ids(db('', '  # tflint-ignore: aws_db_instance_invalid_type\n').replace('engine = "mysqll"', 'engine = "mysql"')), ['ADB004']);
  });
  it('tflint-ignore-file at the top covers the file; below the first block it does nothing', () => {
    assert.deepEqual(ids(db('# tflint-ignore-file: aws_db_instance_invalid_engine\n\n')), ['ADB004']);
    assert.deepEqual(ids(db('# tflint-ignore-file: all\n')), []);
    assert.deepEqual(ids(`${db('')}# tflint-ignore-file: aws_db_instance_invalid_engine\n`), ['ADB004', 'ADB120']);
  });
  it('.tf.json: a top-level "//" tflint-ignore-file comment property', () => {
    const json = (comment: string) => JSON.stringify({ ...(comment ? { '//': comment } : {}), resource: { aws_db_instance: { r: { engine: 'mysqll', instance_class: 'db.t3.micro', storage_encrypted: false } } } }, null, 2);
    assert.deepEqual(ids(json(''), 'main.tf.json'), ['ADB004', 'ADB120']);
    assert.deepEqual(ids(json('tflint-ignore-file: aws_db_instance_invalid_engine # engine fork'), 'main.tf.json'), ['ADB004']);
    assert.deepEqual(ids(json('not an annotation: tflint-ignore-file: all'), 'main.tf.json'), ['ADB004', 'ADB120']);
  });
});
