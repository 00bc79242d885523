/**
 * The data-loss guard in the editor (issue 14): each CloudFormation template or CDK file in a git
 * repository is compared with its version in HEAD, so ADB140–ADB144 report, while the edit is typed,
 * the changes that replace or delete a database. HEAD is read through VS Code's built-in Git extension
 * (no `git` process from the extension host), once per file and HEAD commit (HeadCache), never waited
 * for: the first analysis runs without it and the file is analysed again when it lands. A CodeLens on
 * each stateful database resource says what replaces it and whether its data survives.
 * Where the Git extension is off (Restricted Mode, `git.enabled: false`) the guard is off and says so:
 * in the output channel, in the CodeLens, and in the command "Data-loss guard: status".
 */
import * as vscode from 'vscode';
import type { ReplacementSummary } from '../core/dataloss';
import { errorText } from '../core/log';
import { HeadCache, lensItems, lensTitle, notInHead, statusText, type GuardState, type HeadRef, type HeadText } from './dataloss-state';
import type { DiagnosticsController } from './diagnostics';
import type { HostLog } from './host-log';
import { HOVER_LANGUAGES } from './ids';
import { setBaseProvider } from './settings';

export const DATALOSS_STATUS_COMMAND = 'awsDbArchitect.dataLossGuard.status';
export const DATALOSS_SHOW_COMMAND = 'awsDbArchitect.dataLossGuard.showReplacement';

/** The part of the Git extension's API (`vscode.git`, API version 1) the guard uses. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; readonly onDidChange: vscode.Event<void> };
  show(ref: string, path: string): Promise<string>;
}
interface GitAPI {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
}
interface GitExtension {
  getAPI(version: 1): GitAPI;
}

type Git = { kind: 'connecting' } | { kind: 'off'; why: string } | { kind: 'on'; api: GitAPI };

const GUARDED_KINDS = new Set(['cloudformation', 'cdk']);

const setting = (d: vscode.TextDocument | undefined, key: 'enabled' | 'codeLens') =>
  vscode.workspace.getConfiguration('awsDbArchitect', d?.uri).get<boolean>(`dataLossGuard.${key}`, true);

class DataLossGuard implements vscode.Disposable, vscode.CodeLensProvider {
  private git: Git = { kind: 'connecting' };
  private readonly cache: HeadCache;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watched = new Set<string>();
  private readonly heads = new Map<string, string | undefined>();
  private readonly lensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;

  constructor(private readonly diagnostics: DiagnosticsController, private readonly log: HostLog) {
    this.cache = new HeadCache((file, ref) => this.readHead(file, ref), (file) => this.reanalyse((d) => d.uri.fsPath === file));
    diagnostics.extra = (d) => this.extra(d);
    setBaseProvider((d) => this.extra(d)?.base);
    this.disposables.push(
      this.lensChanged,
      diagnostics.onDidAnalyze((uri) => this.analysed(uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.forget(d.uri.fsPath)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('awsDbArchitect.dataLossGuard')) this.lensChanged.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.git.kind === 'off') void this.connect();
      }),
      vscode.languages.registerCodeLensProvider(HOVER_LANGUAGES.map((language) => ({ language })), this),
      vscode.commands.registerCommand(DATALOSS_STATUS_COMMAND, (uri?: vscode.Uri) => this.showStatus(uri)),
      vscode.commands.registerCommand(DATALOSS_SHOW_COMMAND, (uri?: vscode.Uri, logicalId?: string) => this.showReplacement(uri, logicalId)),
    );
    void this.connect();
  }

  // ---- git ---------------------------------------------------------------------------------------

  private async connect(): Promise<void> {
    this.git = { kind: 'connecting' };
    try {
      const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
      if (!ext) return this.off('the built-in Git extension (vscode.git) is disabled or absent (it is off in Restricted Mode)');
      const exports = ext.isActive ? ext.exports : await ext.activate();
      let api: GitAPI;
      try {
        api = exports.getAPI(1);
      } catch (e) {
        return this.off(`Git is disabled (setting git.enabled) or not found (${errorText(e)})`);
      }
      this.git = { kind: 'on', api };
      this.disposables.push(
        api.onDidOpenRepository((r) => this.watch(r)),
        api.onDidChangeState(() => {
          for (const r of api.repositories) this.watch(r);
        }),
      );
      for (const r of api.repositories) this.watch(r);
      this.log.info(`data-loss guard: on (templates and CDK files are compared with their version in git HEAD, read through the Git extension; ${api.repositories.length} repositories open)`);
      this.reanalyse(() => true);
    } catch (e) {
      this.off(`the Git extension could not be reached (${errorText(e)})`);
    }
  }

  private off(why: string): void {
    this.git = { kind: 'off', why };
    this.log.warn(`data-loss guard off: ${why}. Templates are not compared with git HEAD; run "Data-loss guard: status" to see it per file.`);
    this.lensChanged.fire();
  }

  /** Follows a repository's HEAD: when it moves, its files are read again at the new commit. */
  private watch(r: GitRepository): void {
    const root = r.rootUri.fsPath;
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.heads.set(root, r.state.HEAD?.commit);
    this.disposables.push(r.state.onDidChange(() => {
      const commit = r.state.HEAD?.commit;
      if (this.heads.get(root) === commit) return;
      this.heads.set(root, commit);
      this.cache.headChanged(root, commit);
      this.reanalyse((d) => isUnder(d.uri.fsPath, root));
    }));
    this.reanalyse((d) => isUnder(d.uri.fsPath, root));
  }

  private repoOf(d: vscode.TextDocument): GitRepository | undefined {
    if (this.git.kind !== 'on' || d.uri.scheme !== 'file') return undefined;
    try {
      return this.git.api.getRepository(d.uri) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private headOf(d: vscode.TextDocument): HeadRef | 'no-repository' | 'no-commit' {
    const repo = this.repoOf(d);
    if (!repo) return 'no-repository';
    const commit = repo.state.HEAD?.commit;
    return commit ? { root: repo.rootUri.fsPath, commit } : 'no-commit';
  }

  private async readHead(file: string, ref: HeadRef): Promise<HeadText> {
    const repo = this.git.kind === 'on' ? this.git.api.getRepository(vscode.Uri.file(file)) : undefined;
    if (!repo) return { kind: 'none', reason: 'the file is not in a git repository' };
    try {
      return { kind: 'text', text: await repo.show(ref.commit, file) };
    } catch (e) {
      const message = errorText(e) + ' ' + String((e as { stderr?: unknown })?.stderr ?? '');
      if (notInHead(message)) return { kind: 'none', reason: 'the file is not committed: untracked or new' };
      this.log.warn(`data-loss guard: could not read ${file} in HEAD ${ref.commit.slice(0, 7)}: ${errorText(e)}`);
      return { kind: 'none', reason: `HEAD could not be read: ${errorText(e)}` };
    }
  }

  // ---- analysis ----------------------------------------------------------------------------------

  private reanalyse(which: (d: vscode.TextDocument) => boolean): void {
    for (const d of vscode.workspace.textDocuments) if (which(d)) this.diagnostics.schedule(d, 0);
    this.lensChanged.fire();
  }

  private guarded(d: vscode.TextDocument): boolean {
    const last = this.diagnostics.results.get(d.uri.toString());
    return !!last && GUARDED_KINDS.has(last.result.kind);
  }

  /** What an analysis of `d` takes: the HEAD text (when it is cached) and whether to summarise. */
  private extra(d: vscode.TextDocument): { base?: { text: string }; summary?: boolean } | undefined {
    if (!setting(d, 'enabled')) return undefined;
    const summary = setting(d, 'codeLens');
    if (!this.guarded(d) && !this.cache.peek(d.uri.fsPath)) return { summary };
    const ref = this.headOf(d);
    if (typeof ref === 'string') return { summary };
    const head = this.cache.get(d.uri.fsPath, ref);
    return head?.kind === 'text' ? { base: { text: head.text }, summary } : { summary };
  }

  /** After an analysis: a template or CDK file whose HEAD text is not read yet starts its read. */
  private analysed(uri: vscode.Uri): void {
    this.lensChanged.fire();
    const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
    if (!d || !setting(d, 'enabled') || !this.guarded(d)) return;
    const ref = this.headOf(d);
    if (typeof ref !== 'string') this.cache.get(d.uri.fsPath, ref);
  }

  stateOf(d: vscode.TextDocument): GuardState {
    if (!setting(d, 'enabled')) return { state: 'off-setting' };
    if (this.git.kind === 'off') return { state: 'off-git', why: this.git.why };
    if (this.git.kind === 'connecting') return { state: 'reading' };
    const ref = this.headOf(d);
    if (ref === 'no-repository' || ref === 'no-commit') return { state: ref };
    const head = this.cache.peek(d.uri.fsPath, ref.commit);
    if (!head) return { state: 'reading' };
    if (head.kind === 'none') return { state: 'no-base', reason: head.reason };
    const last = this.diagnostics.results.get(d.uri.toString());
    return { state: 'base', commit: ref.commit, ...(last?.result.base ? { analysis: last.result.base } : {}) };
  }

  // ---- CodeLens and commands ---------------------------------------------------------------------

  provideCodeLenses(d: vscode.TextDocument): vscode.CodeLens[] {
    try {
      if (!setting(d, 'enabled') || !setting(d, 'codeLens')) return [];
      const summary = this.diagnostics.results.get(d.uri.toString())?.result.summary;
      if (!summary?.length) return [];
      const at = (s: ReplacementSummary) => {
        // The last analysis may be one edit behind: keep the lens on a line that exists.
        const line = Math.min(s.range.start.line, d.lineCount - 1);
        return new vscode.Range(line, 0, line, 0);
      };
      const lenses = [new vscode.CodeLens(at(summary[0]), { title: statusText(this.stateOf(d)), command: DATALOSS_STATUS_COMMAND, arguments: [d.uri] })];
      for (const s of summary) lenses.push(new vscode.CodeLens(at(s), { title: lensTitle(s), tooltip: `${s.label} ${s.logicalId}: ${s.dataNote}`, command: DATALOSS_SHOW_COMMAND, arguments: [d.uri, s.logicalId] }));
      return lenses;
    } catch (e) {
      this.log.error(`data-loss guard: the CodeLens failed in ${d.uri.path}`, e);
      return [];
    }
  }

  private docOf(uri?: vscode.Uri): vscode.TextDocument | undefined {
    if (!uri) return vscode.window.activeTextEditor?.document;
    return vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
  }

  private async showStatus(uri?: vscode.Uri): Promise<void> {
    try {
      const d = this.docOf(uri);
      const text = d ? `${statusText(this.stateOf(d))} (${vscode.workspace.asRelativePath(d.uri)})`
        : this.git.kind === 'off' ? `Data-loss guard off: ${this.git.why}` : 'Data-loss guard: open a CloudFormation template or CDK file to see its status';
      this.log.info(text);
      await vscode.window.showInformationMessage(text);
    } catch (e) {
      this.log.error('data-loss guard: status failed', e);
    }
  }

  private async showReplacement(uri?: vscode.Uri, logicalId?: string): Promise<void> {
    try {
      const d = this.docOf(uri);
      const summary = d && this.diagnostics.results.get(d.uri.toString())?.result.summary?.find((s) => s.logicalId === logicalId);
      if (!d || !summary) {
        await vscode.window.showInformationMessage('Data-loss guard: the resource is no longer in the file (edit it, or wait for the analysis).');
        return;
      }
      const items = lensItems(summary, statusText(this.stateOf(d))).map((i) => ({
        label: i.label, description: i.description, detail: i.detail, url: i.url,
        kind: i.separator ? vscode.QuickPickItemKind.Separator : vscode.QuickPickItemKind.Default,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: `${summary.label} ${summary.logicalId}: what replaces it (select one to open AWS's page)`, matchOnDescription: true, matchOnDetail: true });
      if (picked?.url) await vscode.env.openExternal(vscode.Uri.parse(picked.url));
    } catch (e) {
      this.log.error('data-loss guard: the list failed', e);
    }
  }

  dispose(): void {
    this.diagnostics.extra = undefined;
    setBaseProvider(undefined);
    for (const x of this.disposables) x.dispose();
    this.cache.clear();
  }
}

function isUnder(file: string, root: string): boolean {
  return file === root || file.startsWith(root.endsWith('/') || root.endsWith('\\') ? root : root + (root.includes('\\') ? '\\' : '/'));
}

/** Starts the guard (one call from the activation); it reads git only once a template or CDK file is analysed. */
export function registerDataLossGuard(diagnostics: DiagnosticsController, log: HostLog): vscode.Disposable {
  return new DataLossGuard(diagnostics, log);
}

