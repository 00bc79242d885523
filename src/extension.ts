/**
 * Composition root: wires the core to VS Code through small adapters. Keep it short and light:
 * analysis runs in a worker, and the heavy features (hover, AWS CLI model, diagram panels) load
 * from dist/features.js on first use, so activation loads almost nothing.
 */
import * as vscode from 'vscode';
import { AnalysisClient } from './vscode/analysis-client';
import { registerCliProviders } from './vscode/cli-providers';
import { registerCodeActions } from './vscode/code-actions';
import { docLinesOf, registerFindingsUi } from './vscode/findings-ui';
import { registerDataLossGuard } from './vscode/dataloss';
import { DiagnosticsController } from './vscode/diagnostics';
import { setReporter } from './core/log';
import { hostLog, OUTPUT_CHANNEL } from './vscode/host-log';
import { featuresLoader } from './vscode/lazy';
import { registerDiagramViews, registerHover } from './vscode/lazy-views';
import { registerTemplateCompletion } from './vscode/template-completion-register';
import { registerTerraformCompletion } from './vscode/terraform-completion-register';
import { registerCdkSnippets } from './vscode/cdk-snippets-register';
import { WorkspaceView } from './vscode/workspace';

let client: AnalysisClient | undefined;

export function activate(context: vscode.ExtensionContext): { diagnostics: DiagnosticsController } {
  const started = performance.now();
  const channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  // One logger for everything that goes wrong: the adapters, the analysis worker and the core
  // (through its reporter, shared by dist/extension.js and dist/features.js) write to the channel.
  const log = hostLog(channel);
  setReporter(log);
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath;
  const features = featuresLoader(dist);
  client = new AnalysisClient(dist, log);
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const docLines = docLinesOf(docsUri, log);
  const diagnostics = new DiagnosticsController(client, docsUri, log, docLines);
  context.subscriptions.push(channel, diagnostics, { dispose: () => client?.dispose() }, { dispose: () => setReporter(undefined) });
  context.subscriptions.push(...registerHover(diagnostics, features));
  context.subscriptions.push(...registerCliProviders(features));
  context.subscriptions.push(registerTemplateCompletion(features));
  context.subscriptions.push(registerTerraformCompletion(features));
  context.subscriptions.push(registerCdkSnippets(context.extensionUri, features));
  context.subscriptions.push(registerCodeActions(diagnostics));
  context.subscriptions.push(...registerFindingsUi(client, docsUri, docLines, log));
  context.subscriptions.push(registerDataLossGuard(diagnostics, log));
  context.subscriptions.push(new WorkspaceView(client, diagnostics, log, features));
  context.subscriptions.push(...registerDiagramViews(context, (s) => log.warn(s), features, diagnostics));
  // Our own cost: evaluating the bundle plus activate(). The host's own work between loading the
  // module and calling activate() (context, storage) is reported apart.
  const g = globalThis as { __adbLoadStart?: number; __adbLoadEnd?: number };
  const load = (g.__adbLoadEnd ?? started) - (g.__adbLoadStart ?? started);
  const own = performance.now() - started;
  channel.info(`activated in ${(load + own).toFixed(1)} ms (module evaluation ${load.toFixed(1)} ms, activate() ${own.toFixed(1)} ms; host wait before activate() ${(started - (g.__adbLoadEnd ?? started)).toFixed(1)} ms)`);
  return { diagnostics };
}

export function deactivate(): void {
  client?.dispose();
  client = undefined;
}
