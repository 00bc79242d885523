/**
 * One catalogue pattern's diagram full size, in its own editor tab (the catalogue's "Open full
 * size" button and the "Open Architecture Pattern Full Size" command): the diagram page with zoom,
 * pan and export, one tab per pattern.
 */
import * as vscode from 'vscode';
import { PATTERNS } from '../knowledge/patterns';
import { handleExport, onMessage, post, setPage } from './diagram-webview';
import { PATTERN_DIAGRAM_VIEW_TYPE } from './ids';

export class PatternDiagramPanel implements vscode.Disposable {
  private static readonly open = new Map<string, PatternDiagramPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Opens (or shows again) the tab of a pattern; an unknown id says so. */
  static show(context: vscode.ExtensionContext, patternId: string, log: (s: string) => void): void {
    const pattern = PATTERNS.find((p) => p.id === patternId);
    if (!pattern) {
      void vscode.window.showWarningMessage(`There is no architecture pattern "${patternId}".`);
      return;
    }
    const shown = PatternDiagramPanel.open.get(patternId);
    if (shown) {
      shown.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PATTERN_DIAGRAM_VIEW_TYPE, pattern.title, vscode.ViewColumn.Active, { enableScripts: true });
    PatternDiagramPanel.open.set(patternId, new PatternDiagramPanel(panel, context, patternId, log));
  }

  /** Asks which pattern to open (the command without an argument). */
  static async pick(context: vscode.ExtensionContext, log: (s: string) => void, patternId?: unknown): Promise<void> {
    let id = typeof patternId === 'string' ? patternId : undefined;
    if (!id) {
      const choice = await vscode.window.showQuickPick(PATTERNS.map((p) => ({ label: p.title, description: p.origin, detail: p.summary, id: p.id })), { placeHolder: 'Architecture pattern to open full size', matchOnDetail: true });
      id = choice?.id;
    }
    if (id) PatternDiagramPanel.show(context, id, log);
  }

  /** Takes over a tab restored after a reload. */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, patternId: string | undefined, log: (s: string) => void): void {
    const id = patternId && PATTERNS.some((p) => p.id === patternId) ? patternId : undefined;
    if (!id) {
      panel.dispose();
      return;
    }
    PatternDiagramPanel.open.get(id)?.dispose();
    PatternDiagramPanel.open.set(id, new PatternDiagramPanel(panel, context, id, log));
  }

  private constructor(readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private readonly patternId: string, log: (s: string) => void) {
    setPage(panel, context.extensionUri, 'diagram');
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'diagram.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      onMessage(panel, async (m) => {
        if (m.type === 'ready') {
          const p = PATTERNS.find((x) => x.id === patternId)!;
          post(panel, { type: 'diagram', title: p.title, uri: '', mermaid: p.mermaid, problems: [], version: 1, patternId });
        } else if (m.type === 'rendered') {
          if (!m.ok) log(`pattern view: Mermaid error: ${m.error}`);
        } else await handleExport(panel, m);
      }, log),
    );
  }

  dispose(): void {
    if (PatternDiagramPanel.open.get(this.patternId) === this) PatternDiagramPanel.open.delete(this.patternId);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
