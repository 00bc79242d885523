/**
 * Diagram edge labels: Mermaid draws them as plain SVG text without decoding entity codes, so they
 * must hold none (a `(` written `#40;` showed as `&#40;`), while a template still cannot close the
 * label or start anything Mermaid reads. And a diagram past Mermaid's limits is refused with a
 * message, not drawn as Mermaid's placeholder.
 */
import { strict as assert } from 'node:assert';
import { diagramTemplate } from '../../src/core/diagram';
import { escapeEdgeLabel } from '../../src/core/diagram/escape';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../../src/protocol/mermaid-limits';

describe('diagram: edge labels', () => {
  it('keeps what reads right as it is: parentheses, brackets, braces, colons, semicolons, pipes', () => {
    assert.equal(escapeEdgeLabel('Endpoint(Address)[0]{x}: a;b|c $d\\e'), 'Endpoint(Address)[0]{x}: a;b|c $d\\e');
  });

  it('writes no entity code; quotes, #, %, &, <, >, and ` become look-alikes', () => {
    const out = escapeEdgeLabel('a"b#40;c%%{init}%%d&e<f>g`h');
    assert.equal(out, "a'b\uff0340;c\uff05\uff05{init}\uff05\uff05d\uff06e\u2039f\u203ag\u02cbh");
    assert.doesNotMatch(out, /#\w+;|["<>&%`#]/);
  });

  it('flattens control characters and truncates', () => {
    assert.equal(escapeEdgeLabel('a\nb\u0000c'), 'a b c');
    assert.equal(escapeEdgeLabel('x'.repeat(40), 10), 'x'.repeat(9) + '…');
  });

  it('a hostile property name stays inside its label in the Mermaid source', () => {
    const d = diagramTemplate('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      "X\\"| n1\\nclick n0 href #40; (y)": !Ref Cluster\n  Cluster:\n    Type: AWS::RDS::DBCluster\n', 't.yaml');
    const edges = d.mermaid.split('\n').filter((l) => l.includes('-.->'));
    assert.equal(edges.length, 1, d.mermaid);
    assert.equal(edges[0], "  n0 -.->|\"X'| n1 click n0 href \uff0340; (y)\"| n1");
    assert.equal(d.mermaid.trim().split('\n').length, 4);
  });
});

describe('diagram: too large for Mermaid', () => {
  const template = (n: number) => {
    const lines = ['Resources:', '  Cluster:', '    Type: AWS::RDS::DBCluster'];
    for (let i = 0; i < n; i++) lines.push(`  Db${i}:`, '    Type: AWS::RDS::DBInstance', '    Properties:', '      DBClusterIdentifier: !Ref Cluster');
    return lines.join('\n') + '\n';
  };

  it('past the link limit: a message, and a stand-in instead of Mermaid\'s placeholder', () => {
    // Every resource drawn one by one (the panel draws a summary past MAX_DRAWN_NODES).
    const d = diagramTemplate(template(MERMAID_MAX_EDGES + 1), 'huge.yaml', { maxNodes: Infinity });
    assert.match(d.tooLarge ?? '', new RegExp(`too large for Mermaid to draw: ${MERMAID_MAX_EDGES + 2} resources and ${MERMAID_MAX_EDGES + 1} links`));
    assert.ok(d.problems.some((p) => p.message === d.tooLarge));
    assert.match(d.mermaid, /Too large for Mermaid to draw/);
    assert.ok(d.mermaid.length < 200);
  });

  it('at the limit: drawn', () => {
    const d = diagramTemplate(template(MERMAID_MAX_EDGES), 'big.yaml', { maxNodes: Infinity });
    assert.equal(d.tooLarge, undefined);
    assert.ok(d.mermaid.length < MERMAID_MAX_TEXT);
    assert.equal(d.graph.edges.length, MERMAID_MAX_EDGES);
  });
});
