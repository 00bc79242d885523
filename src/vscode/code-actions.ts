/**
 * Quick fixes in the editor: the fixes the core computed for each finding (Finding.fixes), read
 * from the DiagnosticsController's last analysis of the document, offered as QuickFix code
 * actions on our diagnostics. Each fix is one WorkspaceEdit, so one undo reverts it.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/engine';
import { report } from '../core/log';
import type { DiagnosticsController } from './diagnostics';

const SOURCE = 'aws-db-architect';

export class FixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    try {
      const last = this.diagnostics.results.get(document.uri.toString());
      // Fixes carry offsets into the analysed text: after an edit they wait for the next analysis.
      if (!last || last.version !== document.version) return [];
      const out: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const f = findingOf(last.result.findings, d);
        for (const fix of f?.fixes ?? []) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [d];
          action.isPreferred = !!fix.preferred;
          const edit = new vscode.WorkspaceEdit();
          for (const e of fix.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
          action.edit = edit;
          out.push(action);
        }
      }
      return out;
    } catch (e) {
      // Nothing may throw into the extension host: no quick fixes, and the log says why.
      report('error', `quick fixes failed in ${document.uri.path}`, e);
      return [];
    }
  }
}

/** The finding a diagnostic was made from: same rule, same range. */
function findingOf(findings: Finding[], d: vscode.Diagnostic): Finding | undefined {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  const r = d.range;
  return findings.find((f) => f.ruleId === code && f.range.start.line === r.start.line && f.range.start.character === r.start.character
    && f.range.end.line === r.end.line && f.range.end.character === r.end.character);
}

/** Registers the quick-fix provider for every document the diagnostics cover. */
export function registerCodeActions(diagnostics: DiagnosticsController): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new FixProvider(diagnostics), {
    providedCodeActionKinds: FixProvider.kinds,
  });
}
