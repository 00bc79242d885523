/**
 * The text editor the diagram views act on. A webview takes the focus from the editor, so the
 * last text editor that had it is remembered.
 */
import * as vscode from 'vscode';

let last: vscode.TextEditor | undefined;

/** Starts tracking; dispose to stop. */
export function trackTextEditors(): vscode.Disposable {
  last = vscode.window.activeTextEditor;
  return vscode.window.onDidChangeActiveTextEditor((e) => {
    if (e) last = e;
  });
}

/** The active text editor, or the last one that was active and is still visible. */
export function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  if (last && vscode.window.visibleTextEditors.includes(last)) return last;
  return vscode.window.visibleTextEditors[0];
}

/** Inserts plain text (not a snippet) at the cursor of the target editor, or in a new Markdown document. */
export async function insertText(text: string, language = 'markdown'): Promise<void> {
  const editor = targetEditor();
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language, content: text });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    return;
  }
  await editor.edit((b) => b.replace(editor.selection, text));
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
}
