/**
 * The "Diagram This Template" command body. The commands and serializers are registered at
 * activation by lazy-views.ts, which loads this module (through features.ts) on first use.
 */
import * as vscode from 'vscode';
import { targetEditor } from './diagram-editor';
import { DiagramPanel, type FindingsSource } from './diagram-panel';

export async function diagramCommand(context: vscode.ExtensionContext, log: (s: string) => void, uri?: vscode.Uri, findings?: FindingsSource): Promise<void> {
  // From the Explorer's context menu a URI comes in; from the palette, the editor's document.
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : targetEditor()?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a CloudFormation template (YAML or JSON) to diagram it.');
    return;
  }
  DiagramPanel.show(context, document, log, findings);
}
