/**
 * "AWS DB Architect: Diagram This Template": a panel that draws one template and redraws it as the
 * user edits (debounced), the webview keeping its scroll position. The graph is built in the
 * extension host from the core (pure, fast); Mermaid renders it in the webview.
 */
import * as vscode from 'vscode';
import { diagramTemplate } from '../core/diagram';
import { handleExport, onMessage, post, setPage } from './diagram-webview';

import { DIAGRAM_VIEW_TYPE } from './ids';
export { DIAGRAM_VIEW_TYPE };
const DEBOUNCE_MS = 400;

export class DiagramPanel implements vscode.Disposable {
  private static current: DiagramPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private version = 0;

  /** Shows the diagram of a document (reusing the open panel, which then follows this document). */
  static show(context: vscode.ExtensionContext, document: vscode.TextDocument, log: (s: string) => void): void {
    const cur = DiagramPanel.current;
    if (cur) {
      cur.document = document;
      cur.panel.reveal(undefined, true);
      cur.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(DIAGRAM_VIEW_TYPE, 'Template diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
    DiagramPanel.current = new DiagramPanel(panel, context, document, log);
  }

  /** Takes over a panel restored after a reload, reopening its template if it still exists. */
  static async revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, uri: string | undefined, log: (s: string) => void): Promise<void> {
    let document: vscode.TextDocument | undefined;
    try {
      if (uri) document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch {
      document = undefined;
    }
    DiagramPanel.current?.dispose();
    DiagramPanel.current = new DiagramPanel(panel, context, document, log);
  }

  private constructor(readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private document: vscode.TextDocument | undefined, private readonly log: (s: string) => void) {
    setPage(panel, context.extensionUri, 'diagram');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) this.schedule();
      }),
      onMessage(panel, async (m) => {
        if (m.type === 'ready') {
          this.ready = true;
          this.update();
        } else if (m.type === 'rendered') {
          if (!m.ok) this.log(`diagram view: Mermaid error: ${m.error}`);
        } else if (m.type === 'revealLine') await this.reveal(m.line);
        else if (m.type !== 'insertSnippet') await handleExport(panel, m);
      }, log),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  /** Builds the diagram of the current text and sends it; never throws. */
  update(): void {
    if (!this.ready) return;
    const doc = this.document;
    const name = doc ? doc.uri.path.replace(/^.*\//, '') : 'no template';
    this.panel.title = `Diagram: ${name}`;
    if (!doc) {
      post(this.panel, { type: 'diagram', title: name, uri: '', mermaid: 'flowchart LR\n  none["The template is no longer available"]\n', problems: [], version: ++this.version });
      return;
    }
    const mb = vscode.workspace.getConfiguration('awsDbArchitect', doc.uri).get<number>('maxFileSizeMB', 5);
    const text = doc.getText();
    const d = text.length > mb * 1048576
      ? { mermaid: 'flowchart LR\n  big["Too large to draw"]\n', problems: [`The file is larger than awsDbArchitect.maxFileSizeMB (${mb} MB).`] }
      : diagramTemplate(text, doc.uri.path);
    const lines = 'graph' in d ? Object.fromEntries(d.graph.nodes.filter((n) => n.line !== undefined).map((n) => [n.key, n.line!])) : {};
    post(this.panel, { type: 'diagram', title: name, uri: doc.uri.toString(), mermaid: d.mermaid, problems: d.problems, version: ++this.version, lines });
  }

  /** Shows a resource of the template in its editor (beside the diagram). */
  private async reveal(line: number): Promise<void> {
    if (!this.document) return;
    const column = vscode.window.visibleTextEditors.find((e) => e.document === this.document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, preserveFocus: false });
    const at = new vscode.Position(Math.min(line, this.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (DiagramPanel.current === this) DiagramPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
