/**
 * The workspace view: a status bar item for the active file (its errors and warnings, and whether it
 * is treated as production; its click says why, with the setting), "Lint Workspace" (every file some
 * form reads, analysed in the analysis worker one at a time with cancellable progress, results in
 * the Problems view) and "Export Findings" (SARIF or Markdown). The output channel says what was
 * analysed, what was skipped and why. The pure parts are in src/core/report/.
 */
import * as vscode from 'vscode';
import { FORM_FILES } from '../core/forms/files';
import { countFindings, excludeGlob, formFilesGlob, productionExplanation, reportFindingsOf, selectFiles, statusOf, toMarkdown, type ReportFile } from '../core/report/files';
import { errorText } from '../core/log';
import type { AnalysisClient } from './analysis-client';
import { diagnosticsOf, logLinesOf } from './diagnostic-list';
import type { DiagnosticsController } from './diagnostics';
import type { HostLog } from './host-log';
import type { Features } from './lazy';
import { EXPORT_FINDINGS_COMMAND, LINT_WORKSPACE_COMMAND, SHOW_FILE_STATUS_COMMAND } from './ids';
import { REVEAL, revealCommand } from './reveal';
import { analyzeOptions } from './settings';
import { terraformSiblings } from './terraform';
import type { AnalyzeResponse } from './worker-protocol';

const EXTENSIONS = Object.values(FORM_FILES).flatMap((r) => r.extensions);

export class WorkspaceView implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('awsDbArchitect.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  /** The last "Lint Workspace": its files (relative paths) and findings. */
  private last: ReportFile[] | undefined;
  private running: Promise<ReportFile[] | undefined> | undefined;

  constructor(private readonly client: AnalysisClient, private readonly diagnostics: DiagnosticsController, private readonly log: HostLog, private readonly features: () => Features) {
    this.item.name = 'AWS Database Architect';
    this.item.command = SHOW_FILE_STATUS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidAnalyze(() => this.update()),
      vscode.commands.registerCommand(SHOW_FILE_STATUS_COMMAND, () => this.showFileStatus()),
      vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => this.lintWorkspace()),
      vscode.commands.registerCommand(EXPORT_FINDINGS_COMMAND, () => this.exportFindings()),
    );
    this.update();
  }

  /** The active file's analysis, when a form read it. */
  private active(): AnalyzeResponse | undefined {
    const ed = vscode.window.activeTextEditor;
    const r = ed && this.diagnostics.results.get(ed.document.uri.toString());
    return r && r.result.kind !== 'none' ? r.result : undefined;
  }

  /** The walkthrough's steps tick on these context keys (package.json completionEvents `onContext:`). */
  private readonly contexts = new Set<string>();
  private readonly lastCounts = new Map<string, number>();

  private setContext(key: string): void {
    if (this.contexts.has(key)) return;
    this.contexts.add(key);
    void vscode.commands.executeCommand('setContext', key, true);
  }

  private update(): void {
    const r = this.active();
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    if (r && uri) {
      // A database file is open (a snippet was inserted, or a template opened); a finding shows; one went away after an edit.
      this.setContext('awsDbArchitect.databaseFileOpen');
      if (r.findings.length) this.setContext('awsDbArchitect.findingShown');
      const before = this.lastCounts.get(uri);
      if (before !== undefined && r.findings.length < before) this.setContext('awsDbArchitect.findingFixed');
      this.lastCounts.set(uri, r.findings.length);
    }
    if (!r) {
      this.item.hide();
      return;
    }
    const s = statusOf(countFindings(r.findings), r.production?.production);
    this.item.text = s.text;
    this.item.tooltip = s.tooltip;
    this.item.show();
  }

  private async showFileStatus(): Promise<void> {
    const r = this.active();
    const c = countFindings(r?.findings ?? []);
    const message = `${productionExplanation(r?.production)} Findings: ${c.errors} error(s), ${c.warnings} warning(s), ${c.infos} information.`;
    const choice = await vscode.window.showInformationMessage(message, 'Open Production Setting', 'Show Problems');
    if (choice === 'Open Production Setting') await vscode.commands.executeCommand('workbench.action.openSettings', 'awsDbArchitect.production');
    else if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  lintWorkspace(): Promise<ReportFile[] | undefined> {
    // One run at a time: a second request waits for the first.
    this.running ??= this.lint().finally(() => (this.running = undefined));
    return this.running;
  }

  private async lint(): Promise<ReportFile[] | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Lint Workspace needs an open folder.');
      return undefined;
    }
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'AWS Database Architect: Lint Workspace', cancellable: true }, (progress, token) => this.run(progress, token));
    } catch (e) {
      this.log.error(`Lint Workspace failed: ${errorText(e)}`, e);
      void vscode.window.showErrorMessage(`Lint Workspace failed: ${errorText(e)} (see the output channel).`);
      return undefined;
    }
  }

  private async run(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<ReportFile[] | undefined> {
    const started = Date.now();
    progress.report({ message: 'finding files…' });
    const exclude = excludeGlob(vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'));
    const uris = await vscode.workspace.findFiles(formFilesGlob(EXTENSIONS), exclude, undefined, token);
    const byPath = new Map<string, vscode.Uri>();
    const candidates: { path: string; size: number }[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const rel = vscode.workspace.asRelativePath(uri, true);
      try {
        const st = await vscode.workspace.fs.stat(uri);
        byPath.set(rel, uri);
        candidates.push({ path: rel, size: st.size });
      } catch (e) {
        this.log.warn(`Lint Workspace: skipped ${rel}: could not read it (${errorText(e)})`);
      }
    }
    const maxBytes = analyzeOptions({ uri: vscode.workspace.workspaceFolders![0].uri }).maxBytes ?? 5 * 1024 * 1024;
    const { analyse, skipped } = selectFiles(candidates, maxBytes);
    for (const s of skipped) this.log.info(`Lint Workspace: skipped ${s.path}: ${s.reason} (${s.detail})`);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const files: ReportFile[] = [];
    let notRead = 0;
    let unsupported = 0;
    let failed = 0;
    for (const [i, c] of analyse.entries()) {
      if (token.isCancellationRequested) {
        this.log.info(`Lint Workspace: cancelled after ${i} of ${analyse.length} files`);
        break;
      }
      progress.report({ message: `${i + 1}/${analyse.length} ${c.path}`, increment: 100 / analyse.length });
      const uri = byPath.get(c.path)!;
      const doc = open.get(uri.toString());
      let text: string;
      if (doc) text = doc.getText();
      else {
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.subarray(0, 8192).includes(0)) {
            this.log.info(`Lint Workspace: skipped ${c.path}: binary file`);
            continue;
          }
          text = new TextDecoder().decode(bytes);
        } catch (e) {
          this.log.warn(`Lint Workspace: skipped ${c.path}: could not read it (${errorText(e)})`);
          continue;
        }
      }
      const options = analyzeOptions({ uri });
      const siblings = /\.tf(\.json)?$/i.test(uri.path) ? await terraformSiblings({ uri }) : undefined;
      const r = await this.client.analyze(text, siblings ? { ...options, siblings } : options);
      for (const l of logLinesOf(r, c.path)) {
        if (l.level === 'error') this.log.error(`Lint Workspace: ${l.message}`, l.detail);
        else this.log.warn(`Lint Workspace: ${l.message}`);
      }
      if (r.error !== undefined) failed++;
      else if (r.problems.some((p) => p.notAnalysed)) {
        // Read as its form but not analysed (a CDK v1 app): counted as skipped; its information diagnostic says why.
        unsupported++;
        this.log.info(`Lint Workspace: skipped ${c.path}: ${r.problems.find((p) => p.notAnalysed)!.message}`);
        if (!doc) this.diagnostics.collection.set(uri, this.diagnostics.toDiagnostics(diagnosticsOf(r), uri));
        continue;
      } else if (r.kind === 'none') {
        notRead++;
        this.log.info(`Lint Workspace: skipped ${c.path}: not a recognised form (no template, AWS CLI command, CDK database construct or Terraform resource in it)`);
        if (!doc) this.diagnostics.collection.delete(uri);
        continue;
      }
      const findings = reportFindingsOf(r);
      files.push({ path: c.path, findings });
      this.log.info(`Lint Workspace: analysed ${c.path} (${r.kind}): ${findings.length} finding(s)`);
      // An open document's diagnostics are the live ones (its unsaved text); the others come from here.
      if (!doc) this.diagnostics.collection.set(uri, this.diagnostics.toDiagnostics(diagnosticsOf(r), uri));
    }
    const total = countFindings(files.flatMap((f) => f.findings));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `Lint Workspace: ${files.length} file(s) analysed in ${seconds} s: ${total.errors} error(s), ${total.warnings} warning(s), ${total.infos} information; skipped ${skipped.length + notRead + unsupported} (${skipped.length} by name, folder or size, ${notRead} not a recognised form${unsupported ? `, ${unsupported} not analysed: CDK v1` : ''})${failed ? `; ${failed} could not be analysed` : ''}.`;
    this.log.info(summary);
    this.last = files;
    if (!token.isCancellationRequested) {
      void vscode.window.showInformationMessage(summary, 'Show Problems').then((c) => c && vscode.commands.executeCommand('workbench.actions.view.problems'));
    }
    return files;
  }

  private async exportFindings(): Promise<void> {
    try {
      const files = this.last ?? (await this.lintWorkspace());
      if (!files) return;
      const pick = await vscode.window.showQuickPick([
        { label: 'SARIF', description: 'for code scanning (GitHub, Azure DevOps)', ext: 'sarif' },
        { label: 'Markdown', description: 'a readable report', ext: 'md' },
      ], { placeHolder: `Export the findings of ${files.length} file(s) as` });
      if (!pick) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `aws-db-architect-findings.${pick.ext}`), filters: { [pick.label]: [pick.ext] } });
      if (!target) return;
      const text = pick.ext === 'sarif' ? `${JSON.stringify(this.features().toSarif(files), null, 2)}\n` : toMarkdown(files);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      this.log.info(`Export Findings: wrote ${files.length} file(s) as ${pick.label} to ${target.fsPath || target.path}`);
      const choice = await vscode.window.showInformationMessage(`Saved the findings as ${pick.label} to ${vscode.workspace.asRelativePath(target)}.`, REVEAL);
      if (choice === REVEAL) {
        const command = revealCommand({ inWorkspace: !!vscode.workspace.getWorkspaceFolder(target), scheme: target.scheme, remote: !!vscode.env.remoteName, desktop: vscode.env.uiKind === vscode.UIKind.Desktop });
        await vscode.commands.executeCommand(command, target);
      }
    } catch (e) {
      this.log.error(`Export Findings failed: ${errorText(e)}`, e);
      void vscode.window.showErrorMessage(`Export Findings failed: ${errorText(e)}`);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
