/** Hovers in Terraform: the knowledge base's facts on database resource types and arguments, through the reader's mapping. */
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../src/core/hover';
import { cfnHover, typeHover } from '../../src/core/forms/cloudformation/hover';

const TEXT = [
  'resource "aws_db_instance" "db" {',
  '  engine                  = "postgres"',
  '  backup_retention_period = 7',
  '  storage_encrypted       = true',
  '  customer_owned_ip_enabled = false',
  '}',
  'resource "aws_dynamodb_table" "t" {',
  '  name = "t"',
  '  point_in_time_recovery {',
  '    enabled = true',
  '  }',
  '}',
  'resource "aws_s3_bucket" "b" {',
  '  bucket = "x"',
  '}',
  '',
].join('\n');
const at = (needle: string, plus = 1) => TEXT.indexOf(needle) + plus;
const hover = (offset: number) => hoverAt(TEXT, offset, 'main.tf');

describe('Terraform hovers', () => {
  it('on a resource type label: the facts of the CloudFormation type it maps to', () => {
    const h = hover(at('aws_db_instance'));
    assert.ok(h, 'a hover');
    assert.ok(h!.includes('`aws_db_instance` (Terraform) is read as AWS::RDS::DBInstance'), h);
    assert.ok(h!.includes(typeHover('AWS::RDS::DBInstance')!));
  });

  it('on an argument name: the facts of the property it sets, naming the argument', () => {
    const h = hover(at('backup_retention_period'));
    const cfn = cfnHover({ type: 'AWS::RDS::DBInstance', onType: false, path: 'BackupRetentionPeriod' });
    assert.ok(cfn, 'the knowledge base has facts on BackupRetentionPeriod');
    assert.ok(h?.includes('`backup_retention_period` (`aws_db_instance`) sets BackupRetentionPeriod'), h);
    assert.ok(h!.includes(cfn!));
  });

  it('on an argument of a nested block: the nested property', () => {
    const h = hover(at('enabled'));
    const cfn = cfnHover({ type: 'AWS::DynamoDB::Table', onType: false, path: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled' });
    if (cfn) assert.ok(h?.includes(cfn), h);
    else assert.equal(h, undefined);
  });

  it('nothing on an unmapped argument, a non-database resource, or outside resources', () => {
    // A provider argument the mapping does not name (an unknown one is ADB090's, whose finding has a hover).
    assert.equal(hover(at('customer_owned_ip_enabled')), undefined);
    assert.equal(hover(at('aws_s3_bucket')), undefined);
    assert.equal(hover(at('bucket')), undefined);
    assert.equal(hover(TEXT.length - 1), undefined);
  });

  it('a half-typed file does not throw', () => {
    const broken = 'resource "aws_db_instance" "db" {\n  engine = "post\n  backup_retention_period = ';
    for (let i = 0; i <= broken.length; i++) hoverAt(broken, i, 'main.tf');
  });
});
