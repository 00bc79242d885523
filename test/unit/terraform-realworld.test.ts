/**
 * Regressions from the real-world Terraform sample (modules never seen before): each case is a
 * minimal text of its own reproducing a false finding that sample showed.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';

const run = (text: string, only: string[], siblings: { name: string; text: string }[] = []) =>
  analyze(text, { fileName: 'main.tf', only, siblings }).findings.map((f) => [f.ruleId, f.severity, text.slice(f.span.start, f.span.end)]);

describe('Terraform real-world sample: conditions and provider versions', () => {
  // A boolean local written as `cond ? true : false` (or `a && b`) used as `count = local.x ? 1 : 0`.
  const domain = (service: string, local: string) => `
variable "service" {
  default = "${service}"
}
variable "version_default" {
  default = "7.10"
}
locals {
  on = ${local}
}
resource "aws_opensearch_domain" "d" {
  count          = local.on ? 1 : 0
  domain_name    = "d"
  engine_version = var.version_default
}
`;

  it('a default-derived value of a resource its defaults do not create is information, not an error', () => {
    for (const local of ['module.this.enabled && var.service == "opensearch" ? true : false', 'var.service == "opensearch" && module.this.enabled']) {
      const f = run(domain('elasticsearch', local), ['ADB133']);
      assert.deepEqual(f, [['ADB133', 'info', 'var.version_default']], local);
    }
  });

  it('the same value stays an error when the defaults create the resource (or cannot tell)', () => {
    assert.deepEqual(run(domain('opensearch', 'var.service == "opensearch" ? true : false'), ['ADB133']), [['ADB133', 'error', 'var.version_default']]);
    assert.deepEqual(run(domain('elasticsearch', 'module.this.enabled'), ['ADB133']), [['ADB133', 'error', 'var.version_default']]);
  });

  it('a literal value of a resource off by default keeps its severity (the author wrote it)', () => {
    const text = domain('elasticsearch', 'var.service == "opensearch"').replace('engine_version = var.version_default', 'engine_version = "7.10"');
    assert.deepEqual(run(text, ['ADB133']), [['ADB133', 'error', '"7.10"']]);
  });

  it('`var.x == null` is judged with a null default: a branch taken only when it is set is off the defaults', () => {
    const text = `
variable "global_id" {
  default = null
}
variable "storage" {
  default = "standard"
}
resource "aws_db_instance" "r" {
  count          = var.global_id != null ? 1 : 0
  engine         = "postgres"
  instance_class = "db.t3.micro"
  storage_type   = var.storage
}
`;
    assert.deepEqual(run(text, ['ADB009']), [['ADB009', 'info', 'var.storage']]);
    assert.deepEqual(run(text.replace('!= null', '== null'), ['ADB009']), [['ADB009', 'warning', 'var.storage']]);
  });
});

describe('Terraform real-world sample: ADB090 and the AWS provider version the configuration requires', () => {
  const proxy = `
resource "aws_db_proxy" "p" {
  name                  = "p"
  engine_family         = "MYSQL"
  role_arn              = "arn:aws:iam::123456789012:role/r"
  vpc_subnet_ids        = ["subnet-1"]
  endpoint_network_typo = "IPV4"
  auth {
    auth_scheme = "SECRETS"
  }
}
`;
  const versions = (v: string) => [{ name: 'versions.tf', text: `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${v}"\n    }\n  }\n}\n` }];

  it('an unknown argument is reported when the constraints allow the table\'s release (or say nothing)', () => {
    // No known argument is near it, so it may be a later release's: a warning (ADB090 on Terraform).
    assert.deepEqual(run(proxy, ['ADB090']), [['ADB090', 'warning', 'endpoint_network_typo']]);
    assert.deepEqual(run(proxy, ['ADB090'], versions('>= 5.0')), [['ADB090', 'warning', 'endpoint_network_typo']]);
    assert.deepEqual(run(proxy, ['ADB090'], versions('~> 6.0')), [['ADB090', 'warning', 'endpoint_network_typo']]);
  });

  it('is not judged when the configuration requires a newer release than the table, or pins an older one', () => {
    for (const v of ['>= 6.28', '~> 5.0', '< 6.0', '4.67.0', '>= 5.0, < 6.0']) assert.deepEqual(run(proxy, ['ADB090'], versions(v)), [], v);
  });

  it('reads the constraint in the file itself and in the legacy string form', () => {
    const own = `terraform {\n  required_providers {\n    aws = "~> 3.0"\n  }\n}\n${proxy}`;
    assert.deepEqual(run(own, ['ADB090']), []);
  });

  it('still reports a wrong value type under such a constraint (ADB091 is not version-bound here)', () => {
    const text = proxy.replace('endpoint_network_typo = "IPV4"', 'require_tls = [true]');
    assert.deepEqual(run(text, ['ADB091'], versions('>= 6.28')).map((f) => f[0]), ['ADB091']);
  });
});

describe('Terraform real-world sample: words of the form', () => {
  it('ADB021 names the Terraform argument that admits a security group, not the CloudFormation property', () => {
    const text = `
resource "aws_security_group" "db" {
  name = "db"
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group_rule" "extra" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.db.id
}
resource "aws_db_instance" "r" {
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  vpc_security_group_ids = [aws_security_group.db.id]
}
`;
    const f = analyze(text, { fileName: 'main.tf', only: ['ADB021'] }).findings;
    assert.deepEqual(f.map((x) => /security group \((\w+)\)/.exec(x.message)?.[1]), ['security_groups', 'source_security_group_id']);
  });
});
