/** Composition root: wires the core to VS Code through small adapters. Keep it short. */
import * as vscode from 'vscode';
import { AnalysisClient } from './vscode/analysis-client';
import { registerCliProviders } from './vscode/cli-providers';
import { registerCodeActions } from './vscode/code-actions';
import { DiagnosticsController } from './vscode/diagnostics';
import { registerDiagramViews } from './vscode/diagram-commands';
import { HoverAdapter } from './vscode/hover';

let client: AnalysisClient | undefined;

export function activate(context: vscode.ExtensionContext): { diagnostics: DiagnosticsController } {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('AWS Database Architect', { log: true });
  client = new AnalysisClient(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, (s) => log.warn(s));
  const diagnostics = new DiagnosticsController(client, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  context.subscriptions.push(log, diagnostics, { dispose: () => client?.dispose() });
  context.subscriptions.push(new HoverAdapter(diagnostics));
  context.subscriptions.push(...registerCliProviders());
  context.subscriptions.push(registerCodeActions(diagnostics));
  context.subscriptions.push(...registerDiagramViews(context, (s) => log.warn(s)));
  const loadStart = (globalThis as { __adbLoadStart?: number }).__adbLoadStart ?? started;
  log.info(`activated in ${(performance.now() - loadStart).toFixed(1)} ms (module load ${(started - loadStart).toFixed(1)} ms, activate() ${(performance.now() - started).toFixed(1)} ms)`);
  return { diagnostics };
}

export function deactivate(): void {
  client?.dispose();
  client = undefined;
}
