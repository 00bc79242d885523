/**
 * Readable diagrams (issue 18): a large template drawn as a summary by type or around one resource,
 * read problems with their lines and each once, the multi-tier pattern's VPC, the new protocol
 * messages, and where "Reveal" takes a saved export.
 */
import assert from 'node:assert/strict';
import { main } from '../../src/cli';
import { diagramTemplate, MAX_DRAWN_NODES, MAX_NEIGHBOURS, neighbourhood, nodeAtLine, summaryGraph, type DiagramGraph } from '../../src/core/diagram';
import { PATTERNS } from '../../src/knowledge/patterns';
import { parseFromWebview, parseToWebview } from '../../src/protocol/validate';
import { revealCommand } from '../../src/vscode/reveal';
import { bigTemplate } from '../browser/harness';

const edges = (g: DiagramGraph) => g.edges.map((e) => `${e.from} -${e.label}-> ${e.to}`).sort();

describe('diagram: large templates', () => {
  const big = bigTemplate(2600);
  const d = diagramTemplate(big, 'big.yaml');

  it('draws 2,600 resources as one node per type, with counts, and edges counted between types', () => {
    assert.equal(d.graph.nodes.length, 2600);
    assert.equal(d.view, 'summary');
    assert.deepEqual(d.drawn.nodes.map((n) => [n.type, n.stands!.length]), [
      ['AWS::EC2::SecurityGroup', 1], ['AWS::RDS::DBSubnetGroup', 1], ['AWS::RDS::DBCluster', 1299], ['AWS::RDS::DBInstance', 1299],
    ]);
    assert.deepEqual(d.drawn.nodes.map((n) => n.label), [
      ['EC2::SecurityGroup', '1 resource'], ['RDS::DBSubnetGroup', '1 resource'], ['RDS::DBCluster', '1,299 resources'], ['RDS::DBInstance', '1,299 resources'],
    ]);
    assert.deepEqual(edges(d.drawn), [
      'AWS::RDS::DBCluster -security group ×1,299-> AWS::EC2::SecurityGroup',
      'AWS::RDS::DBCluster -subnet group ×1,299-> AWS::RDS::DBSubnetGroup',
      'AWS::RDS::DBInstance -member of ×1,299-> AWS::RDS::DBCluster',
    ]);
    assert.match(d.note ?? '', /^Summary by resource type: 2,600 resources are more than are drawn one by one \(100\)\./);
    assert.equal(d.tooLarge, undefined);
    assert.ok(d.mermaid.length < 2000, d.mermaid);
    assert.match(d.mermaid, /n2\[\("RDS::DBCluster<br\/>1,299 resources"\)\]/);
    // A type node leads to its first resource.
    assert.equal(d.drawn.nodes[2].line, d.graph.nodes.find((n) => n.logicalId === 'Cluster0')!.line);
  });

  it('at the bound every resource is drawn; one more gives the summary', () => {
    const at = diagramTemplate(bigTemplate(MAX_DRAWN_NODES), 't.yaml');
    assert.equal(at.graph.nodes.length, MAX_DRAWN_NODES);
    assert.deepEqual([at.view, at.note, at.drawn], ['all', undefined, at.graph]);
    const over = diagramTemplate(bigTemplate(MAX_DRAWN_NODES + 2), 't.yaml');
    assert.equal(over.graph.nodes.length, MAX_DRAWN_NODES + 2);
    assert.equal(over.view, 'summary');
  });

  it('around the cursor: the resource, its neighbours, the rest of a crowd counted by type', () => {
    const writer = d.graph.nodes.find((n) => n.logicalId === 'Writer7')!;
    const f = diagramTemplate(big, 'big.yaml', { focusLine: writer.line! + 2 });
    assert.equal(f.view, 'focus');
    assert.equal(f.focus, 'Writer7');
    assert.deepEqual(f.drawn.nodes.map((n) => [n.logicalId, Boolean(n.focus)]), [['Cluster7', false], ['Writer7', true]]);
    assert.deepEqual(edges(f.drawn), ['Writer7 -member of-> Cluster7']);
    assert.match(f.mermaid, /\n {2}class n1 focus\n$/);
    assert.match(f.note ?? '', /^Writer7 and its 1 neighbour \(the resources it refers to or that refer to it\), out of 2,600 resources\.$/);

    // The security group is used by 1,299 clusters: MAX_NEIGHBOURS are drawn, the others counted.
    const sg = diagramTemplate(big, 'big.yaml', { focus: 'Sg' });
    assert.equal(sg.view, 'focus');
    const more = sg.drawn.nodes.filter((n) => n.stands);
    assert.deepEqual(more.map((n) => [n.label, n.stands!.length]), [[[`${(1299 - MAX_NEIGHBOURS).toLocaleString('en-US')} more`, 'RDS::DBCluster'], 1299 - MAX_NEIGHBOURS]]);
    assert.equal(sg.drawn.nodes.length, 1 + MAX_NEIGHBOURS + 1);
    assert.ok(edges(sg.drawn).includes(`AWS::RDS::DBCluster (more) -security group ×${(1299 - MAX_NEIGHBOURS).toLocaleString('en-US')}-> Sg`), edges(sg.drawn).join('\n'));
    assert.match(sg.note ?? '', /^Sg and its 1,299 neighbours \(.*; 1,269 of them counted by type\)/);

    // A line outside every drawn resource keeps the last focus; nothing known gives the summary.
    assert.equal(diagramTemplate(big, 'big.yaml', { focusLine: 0, focus: 'Writer7' }).focus, 'Writer7');
    assert.equal(diagramTemplate(big, 'big.yaml', { focusLine: 0 }).view, 'summary');
    assert.equal(diagramTemplate(big, 'big.yaml', { focus: 'NoSuchThing' }).view, 'summary');
  });

  it('finds the resource on a line from its first to its last line', () => {
    const g = diagramTemplate('Resources:\n  A:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n  B:\n    Type: AWS::DynamoDB::Table\n', 't.yaml').graph;
    assert.deepEqual([0, 1, 2, 4, 5, 6].map((l) => nodeAtLine(g, l)?.logicalId), [undefined, 'A', 'A', 'A', 'B', 'B']);
  });

  it('summary and neighbourhood of small graphs', () => {
    const g: DiagramGraph = {
      nodes: [
        { key: 'n0', logicalId: 'A', type: 'AWS::RDS::DBCluster', kind: 'cluster' },
        { key: 'n1', logicalId: 'B', type: 'AWS::RDS::DBInstance', kind: 'instance' },
        { key: 'n2', logicalId: 'C', type: 'AWS::RDS::DBInstance', kind: 'instance' },
      ],
      edges: [{ from: 'B', to: 'A', label: 'member of', strong: true }, { from: 'C', to: 'A', label: 'member of', strong: true }, { from: 'C', to: 'B', label: 'Tags', strong: false }],
    };
    assert.deepEqual(edges(summaryGraph(g)), ['AWS::RDS::DBInstance -Tags-> AWS::RDS::DBInstance', 'AWS::RDS::DBInstance -member of ×2-> AWS::RDS::DBCluster']);
    assert.deepEqual(edges(neighbourhood(g, 'B')!), ['B -member of-> A', 'C -Tags-> B', 'C -member of-> A']);
    assert.deepEqual(edges(neighbourhood(g, 'A', 1)!), ['AWS::RDS::DBInstance (more) -member of-> A', 'B -member of-> A']);
    assert.equal(neighbourhood(g, 'Z'), undefined);
  });

  it('the CLI says when it draws a summary, and --focus draws one resource and its neighbours', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-big-'));
    const file = path.join(dir, 'big.yaml');
    fs.writeFileSync(file, bigTemplate(300));
    try {
      let out = '';
      let err = '';
      assert.equal(await main(['diagram', file], (s) => { out += s; }, (s) => { err += s; }), 0);
      assert.match(err, /Summary by resource type: 300 resources.*--focus LOGICAL_ID/);
      assert.match(out, /149 resources/);
      out = '';
      err = '';
      assert.equal(await main(['diagram', file, '--focus', 'Writer3'], (s) => { out += s; }, (s) => { err += s; }), 0);
      assert.match(err, /^aws-db-architect: .*: Writer3 and its 1 neighbour /);
      assert.match(out, /Writer3/);
      assert.doesNotMatch(out, /Writer4/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('diagram: read problems', () => {
  it('come with their line, each once (a JSON reader reports one bad character several times)', () => {
    const json = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "A": @@ }\n    }\n  }\n}\n';
    const d = diagramTemplate(json, 't.json');
    assert.ok(d.problems.length > 0);
    assert.ok(d.problems.every((p) => p.line === 5 && !/^line /.test(p.message)), JSON.stringify(d.problems));
    assert.equal(new Set(d.problems.map((p) => `${p.line}:${p.message}`)).size, d.problems.length, JSON.stringify(d.problems));
    const yaml = diagramTemplate('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: "mysql\n', 't.yaml');
    assert.deepEqual(yaml.problems, [{ line: 5, message: 'a double-quoted value is not closed (no closing ").' }]);
  });

  it('a text that is no template says so, without a line', () => {
    assert.deepEqual(diagramTemplate('just words', 't.txt').problems, [{ message: 'Not a template this extension reads (CloudFormation YAML or JSON, or Terraform .tf).' }]);
  });
});

describe('diagram: the multi-tier pattern', () => {
  it('draws RDS Proxy and ElastiCache inside the VPC box (both run in the VPC\'s subnets)', () => {
    const m = PATTERNS.find((p) => p.id === 'multi-tier-rds')!.mermaid;
    const lines = m.split('\n');
    const start = lines.findIndex((l) => /^ {2}subgraph vpc\[/.test(l));
    // The VPC block ends at the `end` at its own indentation.
    const end = lines.findIndex((l, i) => i > start && l === '  end');
    assert.ok(start > 0 && end > start, m);
    const inside = lines.slice(start + 1, end).join('\n');
    const outside = [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
    // Mermaid puts a node in the subgraph where it first appears: both are declared inside, before any link names them.
    for (const id of ['proxy', 'cache', 'primary', 'standby', 'rr1', 'rr2']) {
      assert.match(inside, new RegExp(`^ +${id}[[(]`, 'm'), id);
      assert.doesNotMatch(lines.slice(0, start).join('\n'), new RegExp(`\\b${id}\\b`), id);
    }
    assert.match(outside, /backups\[\//);
  });
});

describe('diagram: protocol for readable diagrams', () => {
  it('carries problems with lines, resources per node, the view and its note, findings, and the new requests', () => {
    const d = {
      type: 'diagram', title: 't.yaml', uri: 'file:///t.yaml', mermaid: 'flowchart LR', problems: [{ message: 'x', line: 3 }, { message: 'y' }], version: 1,
      lines: { n0: 2 }, resources: { n0: ['A', 'B'] }, view: 'summary', note: 'Summary by resource type: …',
    };
    assert.deepEqual(parseToWebview(d), d);
    const plain = { ...d, view: undefined, note: undefined };
    delete plain.view;
    delete plain.note;
    assert.deepEqual(parseToWebview({ ...plain, patternId: 'multi-tier-rds' }), { ...plain, patternId: 'multi-tier-rds' });
    for (const bad of [{ problems: ['text'] }, { problems: [{ message: 'x', line: 0 }] }, { resources: { n0: 'A' } }, { view: 'everything' }, { note: 5 }]) {
      assert.equal(parseToWebview({ ...d, ...bad }), undefined, JSON.stringify(bad));
    }
    const f = { type: 'findings', uri: 'file:///t.yaml', findings: [{ resource: 'Db', ruleId: 'ADB004', severity: 'error', message: 'StorageEncrypted is false' }] };
    assert.deepEqual(parseToWebview(f), f);
    assert.equal(parseToWebview({ ...f, findings: [{ ...f.findings[0], severity: 'info' }] }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'diagramView', view: 'cursor' }), { type: 'diagramView', view: 'cursor' });
    assert.equal(parseFromWebview({ type: 'diagramView', view: 'all' }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'openPattern', patternId: 'multi-tier-rds' }), { type: 'openPattern', patternId: 'multi-tier-rds' });
    assert.equal(parseFromWebview({ type: 'openPattern' }), undefined);
  });
});

describe('diagram: "Reveal" after an export is saved', () => {
  it('shows a workspace file in the Explorer, a local file elsewhere in the OS, anything else in an editor', () => {
    assert.equal(revealCommand({ inWorkspace: true, scheme: 'file', remote: false, desktop: true }), 'revealInExplorer');
    assert.equal(revealCommand({ inWorkspace: true, scheme: 'vscode-remote', remote: true, desktop: false }), 'revealInExplorer');
    assert.equal(revealCommand({ inWorkspace: false, scheme: 'file', remote: false, desktop: true }), 'revealFileInOS');
    assert.equal(revealCommand({ inWorkspace: false, scheme: 'file', remote: false, desktop: false }), 'vscode.open');
    assert.equal(revealCommand({ inWorkspace: false, scheme: 'vscode-remote', remote: true, desktop: true }), 'vscode.open');
  });
});
