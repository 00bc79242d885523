/** Completion in CloudFormation templates (YAML, JSON): database property names and values. */
import * as vscode from 'vscode';
import { templateCompletions, type TemplateCompletion } from '../core/forms/cloudformation/completion';
import { report } from '../core/log';

const KIND: Record<TemplateCompletion['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
};

export class TemplateCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    try {
      const text = document.getText();
      const items = templateCompletions(text, document.uri.path, document.offsetAt(position));
      if (!items.length) return undefined;
      return items.map((c) => {
        // A value's note (end of standard support, deprecated) shows beside it in the list; a property's type in its details.
        const item = new vscode.CompletionItem(c.kind === 'value' && c.detail ? { label: c.label, description: c.detail } : c.label, KIND[c.kind]);
        item.range = new vscode.Range(document.positionAt(c.replace.start), document.positionAt(c.replace.end));
        item.insertText = c.insertText;
        item.sortText = c.sort;
        // A JSON key or string is replaced with its quotes: the editor filters on the text in the range.
        if (text[c.replace.start] === '"') item.filterText = `"${c.label}"`;
        if (c.detail) item.detail = c.detail;
        if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
        if (c.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
        return item;
      });
    } catch (e) {
      // Nothing may throw into the extension host: no completion, and the log says why.
      report('error', `Template completion failed in ${document.uri.path}`, e);
      return undefined;
    }
  }
}
