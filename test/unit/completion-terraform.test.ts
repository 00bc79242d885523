/** Completion in `.tf` files from the AWS provider's schema (src/core/forms/terraform/completion.ts). */
import { strict as assert } from 'node:assert';
import { terraformCompletions } from '../../src/core/forms/terraform/completion';

/** Completions where `|` stands in the text (the bar removed). */
const at = (marked: string) => {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, items: terraformCompletions(text, offset) };
};
const labels = (marked: string) => at(marked).items.map((c) => c.label);

describe('Terraform completion', () => {
  it('offers the arguments of a database resource not written yet (required first, no computed-only ones) and its blocks', () => {
    const { items } = at('resource "aws_db_instance" "db" {\n  engine = "postgres"\n  |\n}\n');
    const names = items.map((c) => c.label);
    assert.ok(names.includes('multi_az') && names.includes('storage_encrypted') && names.includes('restore_to_point_in_time'));
    for (const no of ['engine', 'arn', 'endpoint', 'address', 'id']) assert.ok(!names.includes(no), no);
    const sorted = [...items].sort((a, b) => (a.sort < b.sort ? -1 : 1));
    assert.equal(sorted[0].label, 'instance_class', 'the required argument first');
    assert.equal(sorted[0].detail, 'string · required');
    const multi = items.find((c) => c.label === 'multi_az')!;
    assert.deepEqual([multi.kind, multi.detail, multi.snippet], ['argument', 'bool', 'multi_az = ${1|true,false|}']);
    assert.equal(items.find((c) => c.label === 'allocated_storage')!.snippet, 'allocated_storage = $1');
    assert.equal(items.find((c) => c.label === 'vpc_security_group_ids')!.snippet, 'vpc_security_group_ids = ["$1"]');
    assert.equal(items.find((c) => c.label === 'tags')!.snippet, 'tags = {\n\t$1\n}');
    const block = items.find((c) => c.label === 'restore_to_point_in_time')!;
    assert.deepEqual([block.kind, block.snippet], ['block', 'restore_to_point_in_time {\n\t$0\n}']);
    assert.match(multi.documentation!, /registry\.terraform\.io\/providers\/hashicorp\/aws\/6\.\d+\.\d+\/docs\/resources\/db_instance#multi_az/);
  });

  it('filters on the word typed and replaces the whole word', () => {
    const { text, items } = at('resource "aws_db_instance" "db" {\n  mul|ti\n}\n');
    assert.deepEqual(items.map((c) => c.label), ['multi_az']);
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), 'multi');
  });

  it('inserts only the name when the line already has its "=" or "{"', () => {
    const { items } = at('resource "aws_db_instance" "db" {\n  multi_a| = true\n}\n');
    assert.deepEqual(items.map((c) => [c.label, c.snippet]), [['multi_az', 'multi_az']]);
  });

  it('inside nested blocks and dynamic content, the nested block\'s arguments', () => {
    assert.deepEqual(labels('resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    |\n  }\n}\n').sort(), ['enabled', 'recovery_period_in_days']);
    assert.ok(labels('resource "aws_opensearch_domain" "d" {\n  cluster_config {\n    zone_awareness_config {\n      |\n    }\n  }\n}\n').includes('availability_zone_count'));
    assert.deepEqual(labels('resource "aws_db_instance" "db" {\n  dynamic "s3_import" {\n    for_each = var.x\n    content {\n      bucket_|\n    }\n  }\n}\n').sort(), ['bucket_name', 'bucket_prefix']);
    // Repeating blocks stay offered; a single block already written does not.
    assert.ok(labels('resource "aws_dynamodb_table" "t" {\n  attribute {\n    name = "id"\n    type = "S"\n  }\n  |\n}\n').includes('attribute'));
    assert.ok(!labels('resource "aws_db_instance" "db" {\n  timeouts {\n  }\n  |\n}\n').includes('timeouts'));
  });

  it('works in a half-typed file (unclosed block, a broken line above)', () => {
    assert.ok(labels('resource "aws_rds_cluster" "c" {\n  engine = \n  serverlessv2|').includes('serverlessv2_scaling_configuration'));
  });

  it('offers the database resource types in a resource type label', () => {
    const { text, items } = at('resource "aws_dsql_|" "c" {}\n');
    assert.deepEqual(items.map((c) => c.label), ['aws_dsql_cluster', 'aws_dsql_cluster_peering']);
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), 'aws_dsql_');
  });

  it('gives nothing at a value, in lifecycle, in other resource types, data sources, modules or outside blocks', () => {
    assert.deepEqual(labels('resource "aws_db_instance" "db" {\n  multi_az = t|\n}\n'), []);
    assert.deepEqual(labels('resource "aws_db_instance" "db" {\n  lifecycle {\n    |\n  }\n}\n'), []);
    assert.deepEqual(labels('resource "aws_s3_bucket" "b" {\n  |\n}\n'), []);
    assert.deepEqual(labels('data "aws_db_instance" "d" {\n  |\n}\n'), []);
    assert.deepEqual(labels('module "db" {\n  source = "terraform-aws-modules/rds/aws"\n  |\n}\n'), []);
    assert.deepEqual(labels('|\nresource "aws_db_instance" "db" {\n}\n'), []);
    assert.deepEqual(labels('resource "aws_db_instance" "db" {\n  tags = {\n    |\n  }\n}\n'), [], 'inside an object value, not a block');
  });

  it('never throws, at any offset of any cut of a file', () => {
    const text = 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n  dynamic "s3_import" {\n    content {\n      x = 1\n    }\n  }\n  restore_to_point_in_time {\n  }\n  tags = { a = "b" }\n}\n';
    for (let cut = 0; cut <= text.length; cut += 3) {
      const t = text.slice(0, cut);
      for (let i = -1; i <= t.length + 1; i++) terraformCompletions(t, i);
    }
  });
});
