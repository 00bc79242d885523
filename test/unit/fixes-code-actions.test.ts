/**
 * The editor side of quick fixes: FixProvider turns the fixes of the finding behind a diagnostic into
 * QuickFix code actions, each with one WorkspaceEdit. Run against a minimal stand-in for the `vscode`
 * module (only the classes the provider uses), since unit tests run without an editor.
 */
import assert from 'node:assert/strict';
import Module from 'node:module';
import { analyze } from '../../src/core/engine';
import type { AnalyzeResponse } from '../../src/vscode/worker-protocol';
import { diagnosticsOf } from '../../src/vscode/diagnostic-list';

class Position { constructor(readonly line: number, readonly character: number) {} }
class Range { constructor(readonly start: Position, readonly end: Position) {} }
class WorkspaceEdit {
  readonly edits: { uri: unknown; range: Range; newText: string }[] = [];
  replace(uri: unknown, range: Range, newText: string): void { this.edits.push({ uri, range, newText }); }
}
class CodeAction {
  diagnostics?: unknown[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
  constructor(readonly title: string, readonly kind: string) {}
}
const fake = { CodeAction, WorkspaceEdit, Range, Position, CodeActionKind: { QuickFix: 'quickfix' }, languages: {} };

// Serve the stand-in for `import * as vscode from 'vscode'` while the provider module loads.
const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
const load = M._load;
M._load = (req: string, ...rest: unknown[]) => (req === 'vscode' ? fake : load(req, ...rest));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FixProvider } = require('../../src/vscode/code-actions') as typeof import('../../src/vscode/code-actions');
M._load = load;

const TEXT = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageType: gp2\n';

function setup(version = 3, text = TEXT, fileName = 't.yaml') {
  const a = analyze(text, { fileName, production: 'always' });
  const result = { id: 1, kind: a.kind, findings: a.findings, problems: a.problems, internalErrors: [] } as AnalyzeResponse;
  const uri = { toString: () => 'file:///t.yaml' };
  const lines = text.split('\n');
  const document = {
    uri, version,
    positionAt: (o: number) => {
      let line = 0;
      while (o > lines[line].length) { o -= lines[line].length + 1; line++; }
      return new Position(line, o);
    },
  };
  const specs = diagnosticsOf(result);
  const controller = { results: new Map([['file:///t.yaml', { version: 3, result, specs }]]) };
  const provider = new FixProvider(controller as never);
  const diag = (ruleId: string) => {
    const spec = specs.find((x) => x.findings.some((y) => y.ruleId === ruleId))!;
    const r = spec.range;
    return { source: 'aws-db-architect', code: { value: spec.code, target: {} }, message: spec.message, range: new Range(new Position(r.start.line, r.start.character), new Position(r.end.line, r.end.character)) };
  };
  return { provider, document, diag, specs };
}

describe('quick fixes: code action provider', () => {
  it('offers the finding\'s fixes as QuickFix actions, preferred first, each one WorkspaceEdit', () => {
    const { provider, document, diag } = setup();
    const d = diag('ADB008');
    const actions = provider.provideCodeActions(document as never, d.range as never, { diagnostics: [d] } as never) as unknown as CodeAction[];
    assert.deepEqual(actions.map((x) => [x.title, x.kind, x.isPreferred]), [
      ['Set StorageType to gp3', 'quickfix', true],
      ['Suppress ADB008 for Db (Metadata)', 'quickfix', false],
      ['Show documentation for ADB008', 'quickfix', undefined],
    ]);
    assert.deepEqual(actions[2].command, { command: 'awsDbArchitect.showRuleDocumentation', title: 'Show documentation for ADB008', arguments: ['ADB008'] });
    assert.deepEqual(actions[0].diagnostics, [d]);
    assert.deepEqual(actions[0].edit!.edits.map((e) => [e.range.start, e.range.end, e.newText]), [[new Position(5, 19), new Position(5, 22), 'gp3']]);
  });

  it('offers nothing for other sources, or when the document changed since the analysis', () => {
    const { provider, document, diag } = setup();
    const other = { ...diag('ADB008'), source: 'cfn-lint' };
    assert.deepEqual(provider.provideCodeActions(document as never, other.range as never, { diagnostics: [other] } as never), []);
    const stale = setup(4);
    const d = stale.diag('ADB008');
    assert.deepEqual(stale.provider.provideCodeActions(stale.document as never, d.range as never, { diagnostics: [d] } as never), []);
  });

  it('a summary diagnostic offers the fixes and documentation of every finding it stands for', () => {
    const sh = 'aws rds create-db-instance --db-instance-identifier d --db-instance-class db.m7g.large --engine postgres\n';
    const { provider, document, diag, specs } = setup(3, sh, 't.sh');
    const summary = specs.find((x) => x.findings.length > 1)!;
    assert.ok(summary.findings.length >= 3, `${summary.findings.length} findings summarised`);
    const d = diag(summary.findings[0].ruleId);
    const actions = provider.provideCodeActions(document as never, d.range as never, { diagnostics: [d] } as never) as unknown as CodeAction[];
    const titles = actions.map((x) => x.title);
    for (const f of summary.findings) {
      for (const fix of f.fixes) assert.ok(titles.includes(fix.title), `${fix.title} missing from ${titles.join(' | ')}`);
      assert.ok(titles.includes(`Show documentation for ${f.ruleId}`));
    }
    assert.ok(titles.includes('Add --storage-encrypted'));
  });
});
