/** Template -> diagram graph -> Mermaid: node and edge sets for the corpus, references, escaping. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { diagramTemplate, type DiagramGraph } from '../../src/core/diagram';
import { escapeLabel } from '../../src/core/diagram/escape';
import { CFN_SAMPLES, fixture, fixtureFiles } from '../fixture';
import { dedent } from './helpers';

const CORPUS = fixture(CFN_SAMPLES);

const nodes = (g: DiagramGraph) => g.nodes.map((n) => `${n.logicalId}:${n.type}`).sort();
const edges = (g: DiagramGraph) => g.edges.map((e) => `${e.from} -${e.label}-> ${e.to}`).sort();
const read = (rel: string) => diagramTemplate(fs.readFileSync(path.join(CORPUS, rel), 'utf8'), rel);

/** Expected graphs of the corpus templates, written from reading each template. */
const EXPECTED: Record<string, { nodes: string[]; edges: string[] }> = {
  'RDS/RDS_MySQL_With_Read_Replica': {
    nodes: ['DBEC2SecurityGroup:AWS::EC2::SecurityGroup', 'MainDB:AWS::RDS::DBInstance', 'ReplicaDB:AWS::RDS::DBInstance'],
    edges: ['MainDB -security group-> DBEC2SecurityGroup', 'ReplicaDB -replica of-> MainDB'],
  },
  'DMS/DMSAuroraToS3FullLoadAndOngoingReplication': {
    nodes: [
      'AuroraCluster:AWS::RDS::DBCluster', 'AuroraDB:AWS::RDS::DBInstance', 'AuroraDBSubnetGroup:AWS::RDS::DBSubnetGroup',
      'AuroraSecurityGroup:AWS::EC2::SecurityGroup', 'AuroraSourceEndpoint:AWS::DMS::Endpoint', 'DMSReplicationInstance:AWS::DMS::ReplicationInstance',
      'DMSReplicationSubnetGroup:AWS::DMS::ReplicationSubnetGroup', 'DMSReplicationTask:AWS::DMS::ReplicationTask',
      'DMSSecurityGroup:AWS::EC2::SecurityGroup', 'S3TargetEndpoint:AWS::DMS::Endpoint',
    ],
    edges: [
      'AuroraCluster -security group-> AuroraSecurityGroup', 'AuroraCluster -subnet group-> AuroraDBSubnetGroup',
      'AuroraDB -member of-> AuroraCluster', 'AuroraDB -subnet group-> AuroraDBSubnetGroup',
      'AuroraSourceEndpoint -ServerName-> AuroraCluster', 'DMSReplicationInstance -security group-> DMSSecurityGroup',
      'DMSReplicationInstance -subnet group-> DMSReplicationSubnetGroup', 'DMSReplicationTask -runs on-> DMSReplicationInstance',
      'DMSReplicationTask -source-> AuroraSourceEndpoint', 'DMSReplicationTask -target-> S3TargetEndpoint',
    ],
  },
  'NeptuneDB/Neptune': {
    nodes: [
      'NeptuneDBCluster:AWS::Neptune::DBCluster', 'NeptuneDBClusterParameterGroup:AWS::Neptune::DBClusterParameterGroup',
      'NeptuneDBInstance:AWS::Neptune::DBInstance', 'NeptuneDBParameterGroup:AWS::Neptune::DBParameterGroup',
      'NeptuneDBSG:AWS::EC2::SecurityGroup', 'NeptuneDBSubnetGroup:AWS::Neptune::DBSubnetGroup',
    ],
    edges: [
      'NeptuneDBCluster -parameter group-> NeptuneDBClusterParameterGroup', 'NeptuneDBCluster -security group-> NeptuneDBSG',
      'NeptuneDBCluster -subnet group-> NeptuneDBSubnetGroup', 'NeptuneDBInstance -member of-> NeptuneDBCluster',
      'NeptuneDBInstance -parameter group-> NeptuneDBParameterGroup', 'NeptuneDBInstance -subnet group-> NeptuneDBSubnetGroup',
    ],
  },
  'ElastiCache/Elasticache-snapshot': {
    nodes: [
      'RedisParameterGroup:AWS::ElastiCache::ParameterGroup', 'RedisReplicationGroup:AWS::ElastiCache::ReplicationGroup',
      'RedisSecurityGroup:AWS::EC2::SecurityGroup', 'RedisSubnetGroup:AWS::ElastiCache::SubnetGroup',
    ],
    edges: [
      'RedisReplicationGroup -parameter group-> RedisParameterGroup', 'RedisReplicationGroup -security group-> RedisSecurityGroup',
      'RedisReplicationGroup -subnet group-> RedisSubnetGroup',
    ],
  },
  'RDS/RDS_with_DBParameterGroup': {
    nodes: ['MyDB:AWS::RDS::DBInstance', 'MyRDSParamGroup:AWS::RDS::DBParameterGroup'],
    edges: ['MyDB -parameter group-> MyRDSParamGroup'],
  },
  'RDS/RDS_PIOPS': { nodes: ['myDB:AWS::RDS::DBInstance'], edges: [] },
  'RDS/RDS_Snapshot_On_Delete': { nodes: ['MyDB:AWS::RDS::DBInstance'], edges: [] },
  'DynamoDB/DynamoDB_Table': { nodes: ['myDynamoDBTable:AWS::DynamoDB::Table'], edges: [] },
  'DynamoDB/DynamoDB_Secondary_Indexes': { nodes: ['TableOfBooks:AWS::DynamoDB::Table'], edges: [] },
  // The web app's EC2, ELB and IAM resources are not drawn: only its table.
  'Solutions/WebApp/webapp': { nodes: ['TestTable:AWS::DynamoDB::Table'], edges: [] },
};

describe('diagram: corpus templates', () => {
  for (const [name, want] of Object.entries(EXPECTED)) {
    for (const ext of ['yaml', 'json']) {
      it(`${name}.${ext}: nodes and edges`, () => {
        const d = read(`${name}.${ext}`);
        assert.equal(d.kind, 'cloudformation');
        assert.deepEqual(d.problems, []);
        assert.deepEqual(nodes(d.graph), want.nodes.slice().sort());
        assert.deepEqual(edges(d.graph), want.edges.slice().sort());
        // Every node and edge is written into the Mermaid text, by our own ids.
        for (const n of d.graph.nodes) assert.match(d.mermaid, new RegExp(`^  ${n.key}\\W`, 'm'));
        assert.equal(d.mermaid.split('\n').filter((l) => / -\.?->\|/.test(l)).length, d.graph.edges.length);
      });
    }
  }

  it('every corpus template gives a diagram without read problems', () => {
    const files = fixtureFiles(CFN_SAMPLES, /\.(ya?ml|json)$/).map((f) => path.relative(CORPUS, f));
    assert.ok(files.length >= 20, `corpus has ${files.length} templates`);
    for (const f of files) {
      const d = read(f);
      assert.equal(d.kind, 'cloudformation', f);
      assert.deepEqual(d.problems, [], f);
      assert.match(d.mermaid, /^flowchart LR\n/);
    }
  });
});

describe('diagram: references', () => {
  const text = dedent(`
    Resources:
      Global:
        Type: AWS::RDS::GlobalCluster
        Properties:
          Engine: aurora-postgresql
      Cluster:
        Type: AWS::RDS::DBCluster
        Properties:
          GlobalClusterIdentifier: !Ref Global
          VpcSecurityGroupIds: [!GetAtt DbSg.GroupId]
          DBSubnetGroupName: !Ref Subnets
      Writer:
        Type: AWS::RDS::DBInstance
        Properties:
          DBClusterIdentifier: { Ref: Cluster }
      Subnets:
        Type: AWS::RDS::DBSubnetGroup
        Properties:
          DBSubnetGroupDescription: x
          SubnetIds: [a, b]
      Proxy:
        Type: AWS::RDS::DBProxy
        Properties:
          VpcSecurityGroupIds: [!Ref DbSg]
      Targets:
        Type: AWS::RDS::DBProxyTargetGroup
        Properties:
          DBProxyName: !Ref Proxy
          DBClusterIdentifiers: [!Ref Cluster]
          ConnectionPoolConfigurationInfo:
            InitQuery: !Sub "SET application_name = '\${Writer}' -- \${!Literal} \${AWS::Region} \${Local}"
      DbSg:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: db
      AppSg:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: app, not used by a database resource
      Ingress:
        Type: AWS::EC2::SecurityGroupIngress
        Properties:
          GroupId: !Ref DbSg
          SourceSecurityGroupId: !Ref DbSg
      Cache:
        Type: AWS::DAX::Cluster
        Properties:
          Description: !Sub ["\${X} for \${Cluster}", { X: !Ref Writer }]
  `);

  it('draws members, global clusters, proxies, groups and Sub placeholders; skips unused security groups', () => {
    const d = diagramTemplate(text, 't.yaml');
    assert.deepEqual(nodes(d.graph), [
      'Cache:AWS::DAX::Cluster', 'Cluster:AWS::RDS::DBCluster', 'DbSg:AWS::EC2::SecurityGroup', 'Global:AWS::RDS::GlobalCluster',
      'Proxy:AWS::RDS::DBProxy', 'Subnets:AWS::RDS::DBSubnetGroup', 'Targets:AWS::RDS::DBProxyTargetGroup', 'Writer:AWS::RDS::DBInstance',
    ]);
    assert.deepEqual(edges(d.graph), [
      'Cache -Description-> Cluster', 'Cache -Description-> Writer',
      'Cluster -in global cluster-> Global', 'Cluster -security group-> DbSg', 'Cluster -subnet group-> Subnets',
      'Proxy -security group-> DbSg',
      'Targets -ConnectionPoolConfigurationInfo-> Writer', 'Targets -proxy target-> Cluster', 'Targets -target group of-> Proxy',
      'Writer -member of-> Cluster',
    ]);
    const strong = d.graph.edges.filter((e) => e.strong).map((e) => e.label);
    assert.ok(!strong.includes('Description') && strong.includes('member of'));
  });

  it('gives an explanatory diagram for text it cannot read, without throwing', () => {
    const d = diagramTemplate('Resources: [unclosed', 't.yaml');
    assert.equal(d.graph.nodes.length, 0);
    assert.match(d.mermaid, /No database resources/);
  });
});

describe('diagram: escaping', () => {
  it('turns every character Mermaid gives meaning to into an entity code', () => {
    const out = escapeLabel('a"b<c>d&e#f%g`h|i{j}k[l]m(n)o;p:q\\r$$s');
    assert.doesNotMatch(out.replace(/#\w+;/g, ''), /["<>&#%`|{}[\]();\\$]/);
    assert.equal(escapeLabel('x\ny\u0000z'), 'x y z');
  });

  it('truncates very long names with an ellipsis, never inside an entity code', () => {
    const out = escapeLabel('"'.repeat(200), 10);
    assert.equal(out, '#quot;'.repeat(9) + '…');
  });

  it('keeps a hostile template inside its labels: no statement of its own reaches the Mermaid text', () => {
    const hostile = dedent(`
      Resources:
        "A\\"]\\nclick n0 href \\"javascript:alert(1)\\"\\n%%{init: {'securityLevel':'loose'}}%%":
          Type: "AWS::RDS::DBInstance<script>alert(1)</script>"
          Properties:
            DBClusterIdentifier: !Ref "B]) --> x[<img src=x onerror=alert(1)>"
        "B]) --> x[<img src=x onerror=alert(1)>":
          Type: AWS::RDS::DBCluster
    `);
    const d = diagramTemplate(hostile, 'h.yaml');
    assert.equal(d.graph.nodes.length, 2);
    assert.equal(d.graph.edges.length, 1);
    const lines = d.mermaid.trim().split('\n');
    assert.equal(lines.length, 4, d.mermaid);
    for (const l of lines.slice(1)) {
      assert.match(l, /^ {2}n\d+(\[\(|\s)/, l);
      // Outside the quoted labels there is nothing but our ids, shapes and arrows.
      const outside = l.replace(/"[^"]*"/g, '""');
      assert.match(outside, /^ {2}n\d+(\[\(""\)\]| -->\|""\| n\d+)$/, l);
    }
    assert.doesNotMatch(d.mermaid, /<script|<img|%%\{|javascript:alert\(1\)"/);
  });
});
