/**
 * The "Diagram This Template" command body. The commands and serializers are registered at
 * activation by lazy-views.ts, which loads this module (through features.ts) on first use.
 */
import * as vscode from 'vscode';
import { targetEditor } from './diagram-editor';
import { DiagramPanel, type FindingsSource } from './diagram-panel';

export async function diagramCommand(context: vscode.ExtensionContext, log: (s: string) => void, uri?: vscode.Uri, findings?: FindingsSource): Promise<void> {
  // From the Explorer's context menu a URI comes in (a file, or a folder of Terraform files); from the palette, the editor's document.
  if (uri instanceof vscode.Uri && (await isFolder(uri))) {
    const file = await terraformFileOf(uri);
    if (!file) {
      void vscode.window.showInformationMessage(`${uri.path.split('/').pop() ?? 'This folder'} holds no Terraform files (.tf, .tf.json) to diagram.`);
      return;
    }
    DiagramPanel.show(context, await vscode.workspace.openTextDocument(file), log, findings, { folder: true });
    return;
  }
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : targetEditor()?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a CloudFormation template (YAML or JSON) or a Terraform file (.tf) to diagram it.');
    return;
  }
  DiagramPanel.show(context, document, log, findings);
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory;
  } catch {
    return false;
  }
}

/** The folder's main.tf, or its first Terraform file by name; the diagram draws the others with it. */
async function terraformFileOf(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  try {
    const names = (await vscode.workspace.fs.readDirectory(folder)).filter(([n, t]) => t === vscode.FileType.File && /\.tf(\.json)?$/i.test(n)).map(([n]) => n).sort();
    if (!names.length) return undefined;
    return vscode.Uri.joinPath(folder, names.includes('main.tf') ? 'main.tf' : names[0]);
  } catch {
    return undefined;
  }
}
