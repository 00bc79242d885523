/**
 * Findings in the editor, beyond the diagnostics themselves: the rule documentation (docs/rules.md
 * at the rule's heading, for diagnostic links and "Show documentation for ADBnnn"), "Fix all in
 * this file" (the code action kind `source.fixAll.awsDbArchitect` and a command: the preferred fixes
 * that are safe together, computed in the analysis worker, applied as one edit so one undo reverts
 * it), and a warning when `awsDbArchitect.rules` names rules that do not exist.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { errorText } from '../core/log';
import type { AnalysisClient } from './analysis-client';
import type { HostLog } from './host-log';
import { FIX_ALL_COMMAND, SHOW_RULE_DOCS_COMMAND } from './ids';
import { ruleDocLines, unknownRuleIds, unknownRulesMessage } from './rule-docs';
import { analyzeOptions, baseOptions } from './settings';
import { changedRegion } from '../core/fixes/text';

/** The line of each rule in docs/rules.md, read once on first use (undefined when the file cannot be read). */
export function docLinesOf(docsUri: vscode.Uri, log: HostLog): () => Map<string, number> | undefined {
  let lines: Map<string, number> | undefined;
  let tried = false;
  return () => {
    if (!tried) {
      tried = true;
      try {
        lines = ruleDocLines(fs.readFileSync(docsUri.fsPath, 'utf8'));
      } catch (e) {
        log.warn(`could not read ${docsUri.fsPath}, so rule links open the file at its top: ${errorText(e)}`);
      }
    }
    return lines;
  };
}

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('awsDbArchitect');

/** The one edit of "fix all" on a document, and how many fixes it holds (undefined: nothing to fix, or the document changed meanwhile). */
async function fixAllEdit(client: AnalysisClient, doc: vscode.TextDocument, log: HostLog): Promise<{ edit: vscode.WorkspaceEdit; count: number } | undefined> {
  const version = doc.version;
  const text = doc.getText();
  const r = await client.fixAll(text, { ...analyzeOptions(doc), ...baseOptions(doc), fixes: true });
  if (r.error !== undefined) {
    log.error(`fix all failed in ${doc.uri.fsPath || doc.uri.path}: ${r.error}`, r.errorStack);
    return undefined;
  }
  if (!r.fixAll || doc.version !== version) return undefined;
  const region = changedRegion(text, r.fixAll.text);
  if (!region) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(region.span.start), doc.positionAt(region.span.end)), region.newText);
  return { edit, count: r.fixAll.applied.length };
}

const title = (n: number) => `Fix all AWS DB Architect problems in this file (${n} fix${n === 1 ? '' : 'es'})`;

class FixAllProvider implements vscode.CodeActionProvider {
  constructor(private readonly client: AnalysisClient, private readonly log: HostLog) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // A source action: computed only when asked for (the Source Action menu, codeActionsOnSave).
    if (!context.only || !context.only.contains(FIX_ALL_KIND)) return [];
    try {
      const made = await fixAllEdit(this.client, doc, this.log);
      if (!made) return [];
      const action = new vscode.CodeAction(title(made.count), FIX_ALL_KIND);
      action.edit = made.edit;
      return [action];
    } catch (e) {
      this.log.error(`fix all failed in ${doc.uri.path}`, e);
      return [];
    }
  }
}

/** Opens docs/rules.md at the rule's heading, the heading at the top of the editor. */
async function showRuleDocs(docsUri: vscode.Uri, lines: () => Map<string, number> | undefined, ruleId: unknown, log: HostLog): Promise<void> {
  try {
    const id = typeof ruleId === 'string' ? ruleId : undefined;
    const line = id ? lines()?.get(id) : undefined;
    const doc = await vscode.workspace.openTextDocument(docsUri);
    const pos = new vscode.Position(line ?? 0, 0);
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  } catch (e) {
    log.error(`could not open the documentation of ${String(ruleId)}`, e);
  }
}

/** Warns (output channel, and once per set of names a notification) about unknown rule IDs in the settings. */
function checkRuleSetting(lines: () => Map<string, number> | undefined, log: HostLog, warned: Set<string>): void {
  const known = lines();
  if (!known) return;
  const ids = new Set(known.keys());
  const setting = vscode.workspace.getConfiguration('awsDbArchitect').get<Record<string, unknown>>('rules', {});
  const unknown = unknownRuleIds(setting, ids);
  if (!unknown.length) return;
  const message = unknownRulesMessage(unknown, ids);
  log.warn(message);
  const key = unknown.join(',');
  if (warned.has(key)) return;
  warned.add(key);
  void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'awsDbArchitect.rules');
  });
}

export function registerFindingsUi(client: AnalysisClient, docsUri: vscode.Uri, lines: () => Map<string, number> | undefined, log: HostLog): vscode.Disposable[] {
  const warned = new Set<string>();
  // Off the activation path: the settings are read (and docs/rules.md parsed) a moment later.
  const timer = setTimeout(() => checkRuleSetting(lines, log, warned), 1500);
  return [
    { dispose: () => clearTimeout(timer) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('awsDbArchitect.rules')) checkRuleSetting(lines, log, warned);
    }),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (ruleId?: unknown) => showRuleDocs(docsUri, lines, ruleId, log)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      try {
        const made = await fixAllEdit(client, doc, log);
        if (!made) {
          void vscode.window.showInformationMessage('AWS DB Architect: nothing in this file has a fix that is safe to apply with the others.');
          return;
        }
        await vscode.workspace.applyEdit(made.edit);
      } catch (e) {
        log.error(`fix all failed in ${doc.uri.path}`, e);
      }
    }),
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new FixAllProvider(client, log), { providedCodeActionKinds: [FIX_ALL_KIND] }),
  ];
}
