/**
 * The hover adapter: CloudFormation (YAML/JSON) and CDK TypeScript documents get the core's
 * Markdown. One HoverDocument per document version (parsed once); findings come from the
 * diagnostics of the same version, so the engine never runs twice on the extension host.
 */
import * as vscode from 'vscode';
import { HoverDocument } from '../core/hover';
import { report } from '../core/log';
import { hoverMarkdown } from './hover-details';
import type { DiagnosticsController } from './diagnostics';

const MAX_BYTES = 5 * 1024 * 1024;

export class HoverAdapter implements vscode.HoverProvider, vscode.Disposable {
  private readonly docs = new Map<string, { version: number; doc: HoverDocument }>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Registered by lazy-views.ts (a stand-in that creates this adapter on the first hover). */
  constructor(private readonly diagnostics?: DiagnosticsController) {
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((d) => this.docs.delete(d.uri.toString())));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const key = document.uri.toString();
      let entry = this.docs.get(key);
      if (!entry || entry.version !== document.version) {
        const text = document.getText();
        if (text.length > MAX_BYTES) return undefined;
        entry = { version: document.version, doc: new HoverDocument(text, document.uri.path, { noAnalysis: !!this.diagnostics }) };
        this.docs.set(key, entry);
      }
      const analysed = this.diagnostics?.results.get(key);
      if (analysed && analysed.version === document.version && !entry.doc.hasFindings) entry.doc.setFindings(analysed.result.findings);
      const markdown = entry.doc.hover(document.offsetAt(position));
      if (!markdown) return undefined;
      const range = document.getWordRangeAtPosition(position, /[A-Za-z0-9_:$.-]+/);
      const md = hoverMarkdown(markdown);
      return new vscode.Hover(md, range);
    } catch (e) {
      // Nothing may throw into the extension host: no hover, and the log says why.
      report('error', `hover failed in ${document.uri.path}`, e);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.docs.clear();
  }
}
