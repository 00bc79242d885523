/**
 * Live diagnostics: every open document the engine recognises is analysed (debounced 300 ms
 * after a change) in the worker; results older than the document's current version are dropped.
 * Closing a document clears its diagnostics.
 */
import * as vscode from 'vscode';
import type { AnalysisClient } from './analysis-client';
import { toRange, toSeverity } from './convert';
import { analyzeOptions } from './settings';
import type { AnalyzeResponse } from './worker-protocol';

const LANGS = new Set(['yaml', 'json', 'jsonc', 'shellscript', 'typescript', 'markdown', 'plaintext', 'cloudformation', 'cfn-yaml', 'cfn-json']);
const DEBOUNCE_MS = 300;

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aws-db-architect');
  private timers = new Map<string, NodeJS.Timeout>();
  private disposables: vscode.Disposable[] = [];
  /** The last analysis of each document, for hovers and quick fixes. */
  readonly results = new Map<string, { version: number; result: AnalyzeResponse }>();
  private readonly listeners = new Set<(uri: vscode.Uri) => void>();

  constructor(private readonly client: AnalysisClient, private readonly docsUri: vscode.Uri) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('awsDbArchitect')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** Called after each analysis lands (the diagram view listens). */
  onDidAnalyze(listener: (uri: vscode.Uri) => void): vscode.Disposable {
    this.listeners.add(listener);
    return new vscode.Disposable(() => this.listeners.delete(listener));
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private wanted(d: vscode.TextDocument): boolean {
    if (d.uri.scheme === 'output' || d.uri.scheme === 'vscode-scm' || d.uri.scheme === 'git') return false;
    return LANGS.has(d.languageId) || /\.(ya?ml|json|template|sh|bash|ts|md)$/i.test(d.uri.path);
  }

  schedule(d: vscode.TextDocument, delay: number): void {
    if (!this.wanted(d)) return;
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.run(d);
    }, delay));
  }

  private async run(d: vscode.TextDocument): Promise<void> {
    if (d.isClosed) return;
    const version = d.version;
    const result = await this.client.analyze(d.getText(), analyzeOptions(d));
    if (d.isClosed || d.version !== version) return;
    this.results.set(d.uri.toString(), { version, result });
    this.collection.set(d.uri, this.toDiagnostics(result, d.uri));
    for (const l of this.listeners) l(d.uri);
  }

  toDiagnostics(r: AnalyzeResponse, uri: vscode.Uri): vscode.Diagnostic[] {
    const out: vscode.Diagnostic[] = [];
    for (const p of r.problems) {
      const d = new vscode.Diagnostic(toRange(p.range), p.message, toSeverity(p.severity));
      d.source = 'aws-db-architect';
      d.code = 'ADB000';
      out.push(d);
    }
    for (const f of r.findings) {
      const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
      d.source = 'aws-db-architect';
      d.code = { value: f.ruleId, target: this.docsUri.with({ fragment: f.ruleId.toLowerCase() }) };
      if (f.related.length) {
        d.relatedInformation = f.related.map((x) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(x.range)), x.message));
      }
      out.push(d);
    }
    return out;
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
