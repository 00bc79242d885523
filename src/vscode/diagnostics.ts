/**
 * Live diagnostics: every open document the engine recognises is analysed (debounced 300 ms
 * after a change) in the worker; results older than the document's current version are dropped.
 * Closing a document clears its diagnostics. An analysis that failed shows one diagnostic at the
 * top of the file and a line in the output channel (diagnostic-list.ts), never an empty list.
 */
import * as vscode from 'vscode';
import { FORM_FILE_NAME, FORM_LANGUAGES } from '../core/forms/files';
import { errorText } from '../core/log';
import type { AnalysisClient } from './analysis-client';
import { toRange, toSeverity } from './convert';
import { diagnosticsOf, FILE_CODE, logLinesOf, SOURCE, type DiagnosticSpec } from './diagnostic-list';
import { ruleFragment } from './rule-docs';
import type { HostLog } from './host-log';
import { analyzeOptions } from './settings';
import { isTerraformSibling } from '../core/forms/terraform/siblings';
import { isTerraformFile, terraformSiblings } from './terraform';
import type { AnalyzeResponse } from './worker-protocol';

/** Documents analysed: the forms' languages and file names (src/core/forms/files.ts); plain text by its name. */
const LANGS = new Set([...FORM_LANGUAGES, 'plaintext']);
const DEBOUNCE_MS = 300;

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aws-db-architect');
  private timers = new Map<string, NodeJS.Timeout>();
  private disposables: vscode.Disposable[] = [];
  /** The last analysis of each document, for hovers and quick fixes. */
  readonly results = new Map<string, { version: number; result: AnalyzeResponse; specs: DiagnosticSpec[] }>();
  private readonly listeners = new Set<(uri: vscode.Uri) => void>();
  /** Failure messages already logged per document. */
  private readonly logged = new Map<string, Set<string>>();
  /**
   * What an analysis also takes, per document (the data-loss guard: the HEAD text as `base`, and whether
   * to answer the CodeLens's summary). Asked synchronously: it never waits for git.
   */
  extra?: (d: vscode.TextDocument) => { base?: { text: string; fileName?: string }; summary?: boolean } | undefined;

  /** `docLines()`: the line of each rule in docs/rules.md (read once, on first use), so a rule's link lands on it. */
  constructor(private readonly client: AnalysisClient, private readonly docsUri: vscode.Uri, private readonly log: HostLog, private readonly docLines: () => Map<string, number> | undefined = () => undefined) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.schedule(e.document, DEBOUNCE_MS);
        // A Terraform file's variables, locals and tfvars live in the other files of its folder.
        if (isTerraformSibling(e.document.uri.path.split('/').pop() ?? '')) {
          const dir = e.document.uri.path.replace(/\/[^/]*$/, '/');
          for (const d of vscode.workspace.textDocuments) if (d !== e.document && isTerraformFile(d) && d.uri.path.startsWith(dir) && !d.uri.path.slice(dir.length).includes('/')) this.schedule(d, DEBOUNCE_MS);
        }
      }),
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
    return LANGS.has(d.languageId) || FORM_FILE_NAME.test(d.uri.path);
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
    let result: AnalyzeResponse;
    try {
      const siblings = isTerraformFile(d) ? await terraformSiblings(d) : undefined;
      if (d.isClosed) return;
      const extra = this.extraOf(d);
      const options = { ...analyzeOptions(d), ...(siblings ? { siblings } : {}), ...(extra?.base ? { base: extra.base } : {}) };
      result = await this.client.analyze(d.getText(), options, !!extra?.summary);
    } catch (e) {
      // The client answers failures as data; this is the last guard (nothing may throw into the host).
      result = { id: 0, kind: 'none', findings: [], problems: [], internalErrors: [], error: `the analysis could not run (${errorText(e)})`, errorStack: errorText(e, true) };
    }
    if (d.isClosed || d.version !== version) return;
    const key = d.uri.toString();
    const specs = diagnosticsOf(result);
    this.results.set(key, { version, result, specs });
    this.logFailures(key, d.uri.fsPath || d.uri.path, result);
    this.collection.set(d.uri, this.toDiagnostics(specs, d.uri));
    for (const l of this.listeners) l(d.uri);
  }

  private extraOf(d: vscode.TextDocument): ReturnType<NonNullable<DiagnosticsController['extra']>> {
    try {
      return this.extra?.(d);
    } catch (e) {
      this.log.error(`the data-loss guard failed for ${d.uri.fsPath || d.uri.path}; analysed without it`, e);
      return undefined;
    }
  }

  /** Writes what failed to the output channel, once per document and message (not on every keystroke). */
  private logFailures(key: string, file: string, r: AnalyzeResponse): void {
    const lines = logLinesOf(r, file);
    if (!lines.length) return;
    let seen = this.logged.get(key);
    if (!seen) this.logged.set(key, (seen = new Set()));
    for (const l of lines) {
      if (seen.has(l.message)) continue;
      seen.add(l.message);
      if (l.level === 'error') this.log.error(l.message, l.detail);
      else this.log.warn(l.message);
    }
  }

  toDiagnostics(specs: DiagnosticSpec[], uri: vscode.Uri): vscode.Diagnostic[] {
    return specs.map((s) => {
      const d = new vscode.Diagnostic(toRange(s.range), s.message, toSeverity(s.severity));
      d.source = SOURCE;
      // The rule's link opens docs/rules.md at the rule's heading (`#L123` selects that line), not at its top.
      d.code = s.code === FILE_CODE ? FILE_CODE : { value: s.code, target: this.docsUri.with({ fragment: ruleFragment(this.docLines(), s.code.split(' ')[0]) }) };
      if (s.related.length) {
        d.relatedInformation = s.related.map((x) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(x.range)), x.message));
      }
      return d;
    });
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.logged.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
