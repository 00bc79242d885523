import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import { diagramTemplate, nodeAtLine, type DiagramGraph } from '../../src/core/diagram';

const MAIN = `locals {
  sg = aws_security_group.db.id
}

resource "aws_kms_key" "db" {
  description = "db"
}

resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier        = "orders-prod"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = aws_rds_global_cluster.g.id
  db_subnet_group_name      = aws_db_subnet_group.db.name
  vpc_security_group_ids    = [local.sg]
  kms_key_id                = aws_kms_key.db.arn
  storage_encrypted         = true
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = aws_rds_cluster.orders.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.orders.engine
}

resource "aws_security_group" "db" {
  name = "db"
}

resource "aws_security_group" "app" {
  name = "app"
}
`;

const NETWORK = `resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = var.subnets
}

resource "aws_dynamodb_table" "t" {
  name         = "t"
  hash_key     = "pk"
  billing_mode = "PAY_PER_REQUEST"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.db.arn
  }
}
`;

const siblings = [{ name: 'network.tf', text: NETWORK }];
const edges = (g: DiagramGraph) => g.edges.map((e) => `${e.from} -${e.strong ? '' : '.'}-> ${e.to}: ${e.label}`).sort();
const ids = (g: DiagramGraph) => g.nodes.map((n) => n.logicalId).sort();

describe('Terraform diagram (Diagram This Template on a .tf file or folder)', () => {
  it('draws the file\'s database resources and what they refer to, with edges from Terraform references', () => {
    const d = diagramTemplate(MAIN, 'mod/main.tf', { siblings });
    assert.equal(d.kind, 'terraform');
    assert.deepEqual(d.problems, []);
    // The app security group is used by no database resource: not drawn, as in the template diagram.
    assert.deepEqual(ids(d.graph), ['aws_db_subnet_group.db', 'aws_kms_key.db', 'aws_rds_cluster.orders', 'aws_rds_cluster_instance.writer', 'aws_rds_global_cluster.g', 'aws_security_group.db']);
    assert.deepEqual(edges(d.graph), [
      'aws_rds_cluster.orders --> aws_db_subnet_group.db: subnet group',
      'aws_rds_cluster.orders --> aws_kms_key.db: encryption key',
      'aws_rds_cluster.orders --> aws_rds_global_cluster.g: in global cluster',
      // Through local.sg.
      'aws_rds_cluster.orders --> aws_security_group.db: security group',
      'aws_rds_cluster_instance.writer --> aws_rds_cluster.orders: member of',
      // A plain value reference: dotted, labelled with the Terraform argument.
      'aws_rds_cluster_instance.writer -.-> aws_rds_cluster.orders: engine',
    ]);
    assert.match(d.mermaid, /\("aws_rds_cluster\.orders<br\/>RDS::DBCluster"\)/);
  });

  it('a resource of another file of the folder carries its file; lines are 0-based in their own file', () => {
    const d = diagramTemplate(MAIN, 'mod/main.tf', { siblings });
    const sub = d.graph.nodes.find((n) => n.logicalId === 'aws_db_subnet_group.db')!;
    assert.equal(sub.file, 'network.tf');
    assert.equal(sub.line, 0);
    assert.match(d.mermaid, /in network\.tf/);
    const cluster = d.graph.nodes.find((n) => n.logicalId === 'aws_rds_cluster.orders')!;
    assert.equal(cluster.file, undefined);
    assert.equal(MAIN.split('\n')[cluster.line!], 'resource "aws_rds_cluster" "orders" {');
    assert.equal(MAIN.split('\n')[cluster.endLine!], '}');
    // The cursor's resource is one of this file's: line 0 of main.tf is not the subnet group of network.tf.
    assert.equal(nodeAtLine(d.graph, 0), undefined);
    assert.equal(nodeAtLine(d.graph, cluster.line! + 2)?.logicalId, 'aws_rds_cluster.orders');
  });

  it('without its siblings, a reference to another file draws nothing (no node, no edge)', () => {
    const d = diagramTemplate(MAIN, 'main.tf');
    assert.ok(!ids(d.graph).includes('aws_db_subnet_group.db'));
    assert.ok(!edges(d.graph).some((e) => e.includes('subnet group')));
  });

  it('a folder draws the database resources of every file', () => {
    const d = diagramTemplate(MAIN, 'mod/main.tf', { siblings, wholeFolder: true });
    assert.ok(ids(d.graph).includes('aws_dynamodb_table.t'));
    assert.ok(edges(d.graph).includes('aws_dynamodb_table.t --> aws_kms_key.db: encryption key'), edges(d.graph).join('\n'));
    assert.equal(d.graph.nodes.find((n) => n.logicalId === 'aws_dynamodb_table.t')?.file, 'network.tf');
  });

  it('security group rules, replicas, proxies and parameter groups', () => {
    const text = `resource "aws_db_instance" "primary" {
  engine               = "postgres"
  instance_class       = "db.r6g.large"
  parameter_group_name = aws_db_parameter_group.pg.name
  vpc_security_group_ids = [aws_security_group.db.id, aws_security_group.app.id]
}
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.r6g.large"
}
resource "aws_db_parameter_group" "pg" {
  family = "postgres16"
}
resource "aws_security_group" "db" {}
resource "aws_security_group" "app" {}
resource "aws_security_group_rule" "in" {
  type                     = "ingress"
  security_group_id        = aws_security_group.db.id
  source_security_group_id = aws_security_group.app.id
}
resource "aws_db_proxy" "p" {
  name = "p"
}
resource "aws_db_proxy_target" "t" {
  db_proxy_name          = aws_db_proxy.p.name
  target_group_name      = "default"
  db_instance_identifier = aws_db_instance.primary.identifier
}
resource "aws_db_instance" "never" {
  count          = 0
  engine         = "postgres"
  instance_class = "db.r6g.large"
}
`;
    const g = diagramTemplate(text, 'main.tf').graph;
    assert.deepEqual(edges(g), [
      'aws_db_instance.primary --> aws_db_parameter_group.pg: parameter group',
      'aws_db_instance.primary --> aws_security_group.app: security group',
      'aws_db_instance.primary --> aws_security_group.db: security group',
      'aws_db_instance.replica --> aws_db_instance.primary: replica of',
      'aws_db_proxy.p --> aws_db_instance.primary: proxy target',
      'aws_security_group.db --> aws_security_group.app: ingress from',
    ]);
    assert.ok(!ids(g).includes('aws_db_instance.never'), 'count = 0 creates nothing');
  });

  it('var.*, data.* and module.* values are not references to draw', () => {
    const text = `resource "aws_db_instance" "db" {
  engine                 = "postgres"
  instance_class         = "db.r6g.large"
  db_subnet_group_name   = var.subnet_group
  vpc_security_group_ids = [data.aws_security_group.db.id, module.sg.id]
}
`;
    const d = diagramTemplate(text, 'main.tf');
    assert.deepEqual(ids(d.graph), ['aws_db_instance.db']);
    assert.deepEqual(d.graph.edges, []);
  });

  it('a half-typed file gives its syntax errors as problems and still draws what it read', () => {
    const d = diagramTemplate(`${MAIN}\nresource "aws_db_instance" "x" {\n  engine = \n`, 'main.tf');
    assert.ok(d.problems.length > 0);
    assert.ok(d.problems.every((p) => typeof p.line === 'number'));
    assert.ok(ids(d.graph).includes('aws_rds_cluster.orders'));
  });

  it('.tf.json: the same references read from JSON syntax', () => {
    const json = JSON.stringify({
      resource: {
        aws_db_subnet_group: { db: { name: 'db' } },
        aws_db_instance: { db: { engine: 'postgres', instance_class: 'db.r6g.large', db_subnet_group_name: '${aws_db_subnet_group.db.name}' } },
      },
    }, null, 2);
    const d = diagramTemplate(json, 'main.tf.json');
    assert.equal(d.kind, 'terraform');
    assert.deepEqual(edges(d.graph), ['aws_db_instance.db --> aws_db_subnet_group.db: subnet group']);
  });
});

describe('aws-db-architect diagram on Terraform', () => {
  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await main(argv, (s) => { out += s + '\n'; }, (s) => { err += s + '\n'; });
    return { code, out, err };
  };
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-tf-diagram-'));
    fs.writeFileSync(path.join(dir, 'main.tf'), MAIN);
    fs.writeFileSync(path.join(dir, 'network.tf'), NETWORK);
    fs.mkdirSync(path.join(dir, 'empty'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a .tf file is drawn with what it uses in the other files of its folder', async () => {
    const r = await cli('diagram', path.join(dir, 'main.tf'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /aws_db_subnet_group\.db<br\/>RDS::DBSubnetGroup<br\/>in network\.tf/);
    assert.match(r.out, /-->\|"subnet group"\|/);
    assert.doesNotMatch(r.out, /aws_dynamodb_table/);
  });

  it('a folder is drawn whole; a folder without Terraform files exits 2 with a message', async () => {
    const r = await cli('diagram', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /aws_dynamodb_table\.t/);
    assert.match(r.out, /aws_rds_cluster\.orders/);
    const e = await cli('diagram', path.join(dir, 'empty'));
    assert.equal(e.code, 2);
    assert.match(e.err, /holds Terraform files/);
  });
});
