/**
 * Quick fixes in the editor: the fixes the core computed for each finding (Finding.fixes), read
 * from the DiagnosticsController's last analysis of the document, offered as QuickFix code
 * actions on our diagnostics (a summary diagnostic offers those of every finding it stands for),
 * plus "Show documentation for ADBnnn". Each fix is one WorkspaceEdit, so one undo reverts it.
 */
import * as vscode from 'vscode';
import { report } from '../core/log';
import { specFor } from './diagnostic-list';
import type { DiagnosticsController } from './diagnostics';
import { SHOW_RULE_DOCS_COMMAND } from './ids';

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
      const docs: vscode.CodeAction[] = [];
      const documented = new Set<string>();
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const range = { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } };
        const spec = specFor(last.specs, { range, message: d.message });
        for (const f of spec?.findings ?? []) {
          for (const fix of f.fixes) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.diagnostics = [d];
            action.isPreferred = !!fix.preferred;
            const edit = new vscode.WorkspaceEdit();
            for (const e of fix.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
            action.edit = edit;
            out.push(action);
          }
          if (documented.has(f.ruleId)) continue;
          documented.add(f.ruleId);
          const show = new vscode.CodeAction(`Show documentation for ${f.ruleId}`, vscode.CodeActionKind.QuickFix);
          show.diagnostics = [d];
          show.command = { command: SHOW_RULE_DOCS_COMMAND, title: show.title, arguments: [f.ruleId] };
          docs.push(show);
        }
      }
      // The fixes first, then the documentation links.
      return [...out, ...docs];
    } catch (e) {
      // Nothing may throw into the extension host: no quick fixes, and the log says why.
      report('error', `quick fixes failed in ${document.uri.path}`, e);
      return [];
    }
  }
}

/** Registers the quick-fix provider for every document the diagnostics cover. */
export function registerCodeActions(diagnostics: DiagnosticsController): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new FixProvider(diagnostics), {
    providedCodeActionKinds: FixProvider.kinds,
  });
}
