/** Completion of AWS CLI commands in shell scripts and Markdown: services, operations, flags, enum values. */
import * as vscode from 'vscode';
import { cliCompletions, type CliCompletion } from '../core/forms/shell/assist';
import { report } from '../core/log';

const KIND: Record<CliCompletion['kind'], vscode.CompletionItemKind> = {
  service: vscode.CompletionItemKind.Module,
  operation: vscode.CompletionItemKind.Function,
  flag: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
};

export class CliCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    try {
      const text = document.getText();
      const items = cliCompletions(text, document.uri.path, document.offsetAt(position));
      if (!items.length) return undefined;
      return items.map((c) => {
        const item = new vscode.CompletionItem(c.kind === 'value' && c.detail ? { label: c.label, description: c.detail } : c.label, KIND[c.kind]);
        item.range = new vscode.Range(document.positionAt(c.replace.start), document.positionAt(c.replace.end));
        item.sortText = c.sort;
        if (c.detail) item.detail = c.detail;
        if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
        return item;
      });
    } catch (e) {
      // Nothing may throw into the extension host: no completion, and the log says why.
      report('error', `AWS CLI completion failed in ${document.uri.path}`, e);
      return undefined;
    }
  }
}
