/**
 * Registers the diagram views: the two commands and the serializers that bring the panels back
 * after a reload (package.json declares their onWebviewPanel activation events).
 */
import * as vscode from 'vscode';
import { parseState } from '../protocol/validate';
import { trackTextEditors, targetEditor } from './diagram-editor';
import { DIAGRAM_VIEW_TYPE, DiagramPanel } from './diagram-panel';
import { PATTERNS_VIEW_TYPE, PatternsPanel } from './patterns-panel';

import { DIAGRAM_TEMPLATE_COMMAND, SHOW_PATTERNS_COMMAND } from './ids';
export { DIAGRAM_TEMPLATE_COMMAND, SHOW_PATTERNS_COMMAND };

/** Wires the commands and serializers; everything returned is disposed with the extension. */
export function registerDiagramViews(context: vscode.ExtensionContext, log: (s: string) => void): vscode.Disposable[] {
  return [
    trackTextEditors(),
    vscode.commands.registerCommand(SHOW_PATTERNS_COMMAND, () => PatternsPanel.show(context, log)),
    vscode.commands.registerCommand(DIAGRAM_TEMPLATE_COMMAND, (uri?: vscode.Uri) => diagramCommand(context, log, uri)),
    vscode.window.registerWebviewPanelSerializer(PATTERNS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => PatternsPanel.revive(panel, context, log),
    }),
    vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => DiagramPanel.revive(panel, context, parseState(state)?.documentUri, log),
    }),
  ];
}

export async function diagramCommand(context: vscode.ExtensionContext, log: (s: string) => void, uri?: vscode.Uri): Promise<void> {
  // From the Explorer's context menu a URI comes in; from the palette, the editor's document.
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : targetEditor()?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a CloudFormation template (YAML or JSON) to diagram it.');
    return;
  }
  DiagramPanel.show(context, document, log);
}
