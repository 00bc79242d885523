/**
 * The `adb-cdk-…` snippets in TypeScript, as completion items fitted to the file: the body uses
 * the file's own import names and the items add only the imports still missing
 * (src/core/forms/cdk/snippets.ts). The snippets are read from the shipped snippet file, which is
 * not contributed as static snippets (those cannot add imports, and the list would show each twice).
 */
import * as vscode from 'vscode';
import { cdkSnippetCompletions, cdkSnippetsOf, fitSnippet, snippetContext, snippetModules, IMPORTS_SNIPPET, type CdkSnippet, type FittedSnippet } from '../core/forms/cdk/snippets';
import { report } from '../core/log';
import { CDK_SNIPPETS_FILE } from './ids';

/** The shipped CDK snippets, read once. */
function loader(extensionUri: vscode.Uri): () => Promise<CdkSnippet[]> {
  let loading: Promise<CdkSnippet[]> | undefined;
  return () => {
    loading ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, CDK_SNIPPETS_FILE)))
      .then((bytes) => cdkSnippetsOf(JSON.parse(Buffer.from(bytes).toString('utf8'))))
      .catch((e: unknown) => {
        report('error', `The CDK snippets (${CDK_SNIPPETS_FILE}) could not be read, so no adb-cdk- snippet is offered`, e);
        return [];
      });
    return loading;
  };
}

function documentation(s: CdkSnippet & FittedSnippet): vscode.MarkdownString {
  const md = new vscode.MarkdownString(s.description);
  if (s.added.length) {
    md.appendMarkdown('\n\nAdds to the file\'s imports:');
    md.appendCodeblock(s.added.join('\n'), 'typescript');
  }
  if (s.unfilled.length) md.appendMarkdown(`\n\nFill in ${s.unfilled.map((u) => `\`${u}\``).join(', ')}: nothing of that name is in scope here.`);
  return md;
}

export class CdkSnippetProvider implements vscode.CompletionItemProvider {
  private readonly snippets: () => Promise<CdkSnippet[]>;

  constructor(extensionUri: vscode.Uri) {
    this.snippets = loader(extensionUri);
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token?: vscode.CancellationToken, context?: vscode.CompletionContext): Promise<vscode.CompletionItem[] | vscode.CompletionList | undefined> {
    try {
      const text = document.getText();
      const offset = document.offsetAt(position);
      const explicit = context?.triggerKind === vscode.CompletionTriggerKind.Invoke && !/[A-Za-z0-9-]$/.test(text.slice(Math.max(0, offset - 1), offset));
      const got = cdkSnippetCompletions(text, offset, await this.snippets(), explicit, document.uri.path);
      if (!got) return undefined;
      if (got.incomplete) return new vscode.CompletionList([], true);
      const range = new vscode.Range(document.positionAt(got.start), position);
      return got.items.map((s) => {
        // The prefix is the label; the snippet's name shows beside it, its description in the details.
        const item = new vscode.CompletionItem({ label: s.prefix, description: s.name }, vscode.CompletionItemKind.Snippet);
        item.range = range;
        item.filterText = s.prefix;
        item.sortText = s.prefix;
        item.insertText = new vscode.SnippetString(s.body);
        item.additionalTextEdits = s.edits.map((e) => vscode.TextEdit.insert(document.positionAt(e.offset), e.text));
        item.documentation = documentation(s);
        return item;
      });
    } catch (e) {
      // Nothing may throw into the extension host: no completion, and the log says why.
      report('error', `CDK snippet completion failed in ${document.uri.path}`, e);
      return undefined;
    }
  }
}

/**
 * Inserts a CDK snippet body at the editor's selection with the imports it needs (the pattern
 * catalogue's insert button): the imports first, then the snippet at the selection they moved.
 */
export async function insertCdkSnippet(editor: vscode.TextEditor, body: string, shipped: readonly { prefix: string; body: string }[]): Promise<void> {
  const document = editor.document;
  const imports = shipped.find((s) => s.prefix === IMPORTS_SNIPPET);
  const fitted = fitSnippet(body, snippetModules(imports?.body ?? ''), snippetContext(document.getText(), document.offsetAt(editor.selection.start), document.uri.path));
  if (fitted.edits.length) await editor.edit((b) => { for (const e of fitted.edits) b.insert(document.positionAt(e.offset), e.text); });
  await editor.insertSnippet(new vscode.SnippetString(fitted.body), editor.selection);
}
