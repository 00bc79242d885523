/** Completion in Terraform `.tf` files: database resource types, argument and block names (src/core/forms/terraform/completion.ts). */
import * as vscode from 'vscode';
import { terraformCompletions, type TerraformCompletion } from '../core/forms/terraform/completion';
import { report } from '../core/log';

const KIND: Record<TerraformCompletion['kind'], vscode.CompletionItemKind> = {
  argument: vscode.CompletionItemKind.Property,
  block: vscode.CompletionItemKind.Module,
  resource: vscode.CompletionItemKind.Class,
};

export class TerraformCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    try {
      // `.tf.json` is JSON: the template completion does not serve it and neither does this one.
      if (!/\.tf$/i.test(document.uri.path) && document.languageId !== 'terraform') return undefined;
      const items = terraformCompletions(document.getText(), document.offsetAt(position));
      if (!items.length) return undefined;
      return items.map((c) => {
        const item = new vscode.CompletionItem(c.label, KIND[c.kind]);
        item.range = new vscode.Range(document.positionAt(c.replace.start), document.positionAt(c.replace.end));
        item.insertText = new vscode.SnippetString(c.snippet);
        item.sortText = c.sort;
        item.detail = c.detail;
        if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
        return item;
      });
    } catch (e) {
      // Nothing may throw into the extension host: no completion, and the log says why.
      report('error', `Terraform completion failed in ${document.uri.path}`, e);
      return undefined;
    }
  }
}
