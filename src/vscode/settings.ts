/** Reads the extension's settings into engine options. */
import * as vscode from 'vscode';
import type { AnalyzeOptions, RuleSetting } from '../core/engine';
import type { ProductionMode } from '../core/production';

export function analyzeOptions(doc: vscode.TextDocument): AnalyzeOptions {
  const c = vscode.workspace.getConfiguration('awsDbArchitect', doc.uri);
  const production = c.get<ProductionMode>('production', 'auto');
  const rules = c.get<Record<string, RuleSetting>>('rules', {});
  const mb = c.get<number>('maxFileSizeMB', 5);
  const awsCliVersion = c.get<string>('awsCliVersion', '2') === '1' ? '1' : '2';
  return { fileName: doc.uri.path, production, rules: { ...rules }, maxBytes: Math.max(0.1, mb) * 1024 * 1024, awsCliVersion };
}
