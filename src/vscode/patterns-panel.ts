/**
 * "AWS DB Architect: Show Architecture Patterns": one panel with the searchable catalogue. Mermaid
 * lives in the webview bundle, so it loads only when this panel (or the template diagram) opens.
 */
import * as vscode from 'vscode';
import { patternViews } from '../knowledge/patterns/view';
import { handleExport, onMessage, post, setPage } from './diagram-webview';
import { PatternDiagramPanel } from './pattern-panel';
import { insertPatternSnippet, shippedSnippets } from './patterns-snippets';

import { PATTERNS_VIEW_TYPE } from './ids';
export { PATTERNS_VIEW_TYPE };

export class PatternsPanel implements vscode.Disposable {
  private static current: PatternsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the catalogue (reusing the open panel). */
  static show(context: vscode.ExtensionContext, log: (s: string) => void): void {
    if (PatternsPanel.current) {
      PatternsPanel.current.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PATTERNS_VIEW_TYPE, 'AWS Architecture Patterns', vscode.ViewColumn.Beside, { enableScripts: true });
    PatternsPanel.current = new PatternsPanel(panel, context, log);
  }

  /** Takes over a panel restored after a reload (WebviewPanelSerializer). */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, log: (s: string) => void): void {
    PatternsPanel.current?.dispose();
    PatternsPanel.current = new PatternsPanel(panel, context, log);
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, log: (s: string) => void) {
    setPage(panel, context.extensionUri, 'patterns');
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'diagram.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      onMessage(panel, async (m) => {
        if (m.type === 'ready') post(panel, { type: 'patterns', entries: patternViews() });
        else if (m.type === 'insertSnippet') {
          const shipped = await shippedSnippets(this.context.extension, this.context.extensionUri);
          post(panel, { type: 'notice', level: 'info', text: await insertPatternSnippet(m.patternId, shipped) });
        } else if (m.type === 'openPattern') PatternDiagramPanel.show(this.context, m.patternId, log);
        else if (m.type === 'rendered') {
          if (!m.ok) log(`patterns view: Mermaid error: ${m.error}`);
        } else await handleExport(panel, m);
      }, log),
    );
  }

  dispose(): void {
    if (PatternsPanel.current === this) PatternsPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
