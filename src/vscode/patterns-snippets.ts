/**
 * Inserting a catalogue entry's snippet: the shipped snippet files are read at run time (the ones
 * package.json contributes, so a new snippet needs no change here), then the chosen body goes into
 * the editor as a SnippetString, with its tab stops.
 */
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { pattern } from '../knowledge/patterns';
import { chooseSnippet, snippetsOf, type ShippedSnippet } from '../knowledge/patterns/snippet-match';
import { insertCdkSnippet } from './cdk-snippets';
import { targetEditor } from './diagram-editor';
import { CDK_SNIPPETS_FILE, CDK_SNIPPET_LANGUAGES } from './ids';

interface SnippetContribution {
  language?: string;
  path?: string;
}

/** Every snippet the extension contributes, read from its files now. Unreadable files are skipped. */
export async function shippedSnippets(extension: vscode.Extension<unknown> | undefined, extensionUri: vscode.Uri): Promise<ShippedSnippet[]> {
  const contributions = ((extension?.packageJSON as { contributes?: { snippets?: SnippetContribution[] } })?.contributes?.snippets ?? []);
  // The CDK snippets are shipped but served by the CDK snippet completion (with their imports), not contributed.
  const all = [...contributions, ...CDK_SNIPPET_LANGUAGES.map((language) => ({ language, path: CDK_SNIPPETS_FILE }))];
  const out: ShippedSnippet[] = [];
  for (const c of all) {
    if (!c.path) continue;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, c.path));
      out.push(...snippetsOf(parse(Buffer.from(bytes).toString('utf8')), c.language));
    } catch {
      // A missing or broken snippet file must not break the catalogue: the fallback template is used.
    }
  }
  return out;
}

/** Inserts the snippet of a pattern into the target editor (a new document of the snippet's language if none). */
export async function insertPatternSnippet(id: string, shipped: ShippedSnippet[]): Promise<string> {
  const p = pattern(id);
  if (!p) throw new Error(`No pattern ${id}.`);
  const chosen = chooseSnippet(p, shipped);
  let editor = targetEditor();
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language: p.snippet.language, content: '' });
    editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  } else {
    editor = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  }
  // A CDK snippet brings the imports it needs, fitted to the file (src/core/forms/cdk/snippets.ts).
  if (chosen.prefix?.startsWith('adb-cdk-')) await insertCdkSnippet(editor, chosen.body, shipped);
  else await editor.insertSnippet(new vscode.SnippetString(chosen.body), editor.selection);
  return chosen.prefix ? `Inserted snippet ${chosen.prefix} (${p.title}).` : `Inserted the ${p.snippet.label} template of ${p.title}.`;
}
