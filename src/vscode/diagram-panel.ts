/**
 * "AWS DB Architect: Diagram This Template": a panel that draws one template and redraws it as the
 * user edits (debounced), the webview keeping its scroll position. The graph is built in the
 * extension host from the core (pure, fast); Mermaid renders it in the webview.
 */
import * as vscode from 'vscode';
import { diagramTemplate } from '../core/diagram';
import type { FindingView } from '../protocol/messages';
import type { DiagnosticsController } from './diagnostics';
import { handleExport, onMessage, post, setPage } from './diagram-webview';
import { isTerraformFile, terraformSiblings } from './terraform';

import { DIAGRAM_VIEW_TYPE } from './ids';
export { DIAGRAM_VIEW_TYPE };
const DEBOUNCE_MS = 400;
/** A focused view follows the cursor this long after it stops moving. */
const CURSOR_MS = 150;
/** Findings sent to the webview at most (the badges of a very large template). */
const MAX_FINDINGS = 20_000;

/** Where the diagram gets the template's findings from (the live diagnostics). */
export type FindingsSource = Pick<DiagnosticsController, 'results' | 'onDidAnalyze'>;

export class DiagramPanel implements vscode.Disposable {
  private static current: DiagramPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private version = 0;
  /** A large template: its summary by type, or the resource at the cursor and its neighbours. */
  private view: 'summary' | 'cursor' = 'summary';
  /** The resource the focused view was last drawn around. */
  private focus: string | undefined;
  /** The last diagram drew less than every resource (a summary or a focused view). */
  private large = false;
  /** Terraform: draw the whole folder of the document, not the document with what it uses. */
  private folder = false;
  /** Node key -> the file (in the document's folder) of a resource drawn from another file. */
  private files = new Map<string, string>();

  /** Shows the diagram of a document (reusing the open panel, which then follows this document). */
  static show(context: vscode.ExtensionContext, document: vscode.TextDocument, log: (s: string) => void, findings?: FindingsSource, options: { folder?: boolean } = {}): void {
    const cur = DiagramPanel.current;
    if (cur) {
      if (cur.document !== document || cur.folder !== !!options.folder) {
        cur.view = 'summary';
        cur.focus = undefined;
      }
      cur.document = document;
      cur.folder = !!options.folder;
      cur.panel.reveal(undefined, true);
      cur.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(DIAGRAM_VIEW_TYPE, 'Template diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
    DiagramPanel.current = new DiagramPanel(panel, context, document, log, findings);
    DiagramPanel.current.folder = !!options.folder;
  }

  /** Takes over a panel restored after a reload, reopening its template if it still exists. */
  static async revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, uri: string | undefined, log: (s: string) => void, findings?: FindingsSource): Promise<void> {
    let document: vscode.TextDocument | undefined;
    try {
      if (uri) document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch {
      document = undefined;
    }
    DiagramPanel.current?.dispose();
    DiagramPanel.current = new DiagramPanel(panel, context, document, log, findings);
  }

  private constructor(readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private document: vscode.TextDocument | undefined,
    private readonly log: (s: string) => void, private readonly findings?: FindingsSource) {
    setPage(panel, context.extensionUri, 'diagram');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) this.schedule();
      }),
      // A focused view of a large template follows the cursor.
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.large && this.view === 'cursor' && e.textEditor.document === this.document) this.schedule(CURSOR_MS);
      }),
      onMessage(panel, async (m) => {
        if (m.type === 'ready') {
          this.ready = true;
          this.update();
        } else if (m.type === 'rendered') {
          if (!m.ok) this.log(`diagram view: Mermaid error: ${m.error}`);
        } else if (m.type === 'revealLine') await this.reveal(m.line, m.key);
        else if (m.type === 'diagramView') {
          this.view = m.view;
          this.update();
        } else if (m.type !== 'insertSnippet' && m.type !== 'openPattern') await handleExport(panel, m);
      }, log),
    );
    if (findings) {
      this.disposables.push(findings.onDidAnalyze((uri) => {
        if (this.document && uri.toString() === this.document.uri.toString()) this.sendFindings();
      }));
    }
  }

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  /** The 0-based line of the cursor in the template's editor, if it is shown. */
  private cursorLine(): number | undefined {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    return editor?.selection.active.line;
  }

  /** The template's errors and warnings on resources, as the Problems panel has them. */
  private sendFindings(): void {
    if (!this.ready || !this.document || !this.findings) return;
    const uri = this.document.uri.toString();
    const list: FindingView[] = [];
    for (const f of this.findings.results.get(uri)?.result.findings ?? []) {
      if (list.length >= MAX_FINDINGS) break;
      if (f.resource && (f.severity === 'error' || f.severity === 'warning')) list.push({ resource: f.resource, ruleId: f.ruleId, severity: f.severity, message: f.message });
    }
    post(this.panel, { type: 'findings', uri, findings: list });
  }

  /** Builds the diagram of the current text and sends it; never throws. */
  update(): void {
    this.draw().catch((e: unknown) => this.log(`diagram view: ${(e as Error)?.message ?? String(e)}`));
  }

  private async draw(): Promise<void> {
    if (!this.ready) return;
    const doc = this.document;
    // A Terraform file is drawn with the other files of its folder (what it uses there; all of them for a folder).
    let siblings: { name: string; text: string }[] | undefined;
    if (doc && isTerraformFile(doc)) {
      const asked = this.version;
      siblings = await terraformSiblings(doc);
      if (asked !== this.version || doc !== this.document) return;
    }
    const folder = this.folder && !!siblings;
    const name = doc ? (folder ? `${doc.uri.path.split('/').slice(-2, -1)[0] ?? ''}/ (Terraform folder)` : doc.uri.path.replace(/^.*\//, '')) : 'no template';
    this.panel.title = `Diagram: ${name}`;
    if (!doc) {
      post(this.panel, { type: 'diagram', title: name, uri: '', mermaid: 'flowchart LR\n  none["The template is no longer available"]\n', problems: [], version: ++this.version });
      return;
    }
    const mb = vscode.workspace.getConfiguration('awsDbArchitect', doc.uri).get<number>('maxFileSizeMB', 5);
    const text = doc.getText();
    if (text.length > mb * 1048576) {
      post(this.panel, { type: 'diagram', title: name, uri: doc.uri.toString(), mermaid: 'flowchart LR\n  big["Too large to draw"]\n', problems: [{ message: `The file is larger than awsDbArchitect.maxFileSizeMB (${mb} MB).` }], version: ++this.version });
      return;
    }
    const d = diagramTemplate(text, doc.uri.path, {
      ...(this.view === 'cursor' ? { focusLine: this.cursorLine(), focus: this.focus } : {}),
      ...(siblings ? { siblings } : {}), ...(folder ? { wholeFolder: true } : {}),
    });
    this.large = d.view !== 'all';
    if (this.view === 'cursor') {
      this.focus = d.focus;
      if (this.large && !d.focus) post(this.panel, { type: 'notice', level: 'info', text: 'Put the cursor on a database resource in the template to draw it and its neighbours.' });
    }
    const drawn = d.drawn.nodes;
    const lines = Object.fromEntries(drawn.filter((n) => n.line !== undefined).map((n) => [n.key, n.line!]));
    const resources = Object.fromEntries(drawn.map((n) => [n.key, n.stands ?? [n.logicalId]]));
    this.files = new Map(drawn.filter((n) => n.file !== undefined).map((n) => [n.key, n.file!]));
    post(this.panel, {
      type: 'diagram', title: name, uri: doc.uri.toString(), mermaid: d.mermaid, problems: d.problems, version: ++this.version, lines, resources,
      view: d.view, ...(d.note ? { note: d.note } : {}),
    });
    this.sendFindings();
  }

  /** Shows a resource of the template in its editor (beside the diagram); a node of another file of the folder opens that file. */
  private async reveal(line: number, key?: string): Promise<void> {
    if (!this.document) return;
    const other = key === undefined ? undefined : this.files.get(key);
    const target = other ? await vscode.workspace.openTextDocument(vscode.Uri.joinPath(this.document.uri, '..', other)) : this.document;
    const column = vscode.window.visibleTextEditors.find((e) => e.document === this.document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(target, { viewColumn: column, preserveFocus: false });
    const at = new vscode.Position(Math.min(line, target.lineCount - 1), 0);
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
