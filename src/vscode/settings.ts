/** Reads the extension's settings into engine options. */
import * as vscode from 'vscode';
import type { AnalyzeOptions, RuleSetting } from '../core/engine';
import type { ProductionMode } from '../core/production';

export function analyzeOptions(doc: { readonly uri: vscode.Uri }): AnalyzeOptions {
  const c = vscode.workspace.getConfiguration('awsDbArchitect', doc.uri);
  const production = c.get<ProductionMode>('production', 'auto');
  const rules = c.get<Record<string, RuleSetting>>('rules', {});
  const mb = c.get<number>('maxFileSizeMB', 5);
  const awsCliVersion = c.get<string>('awsCliVersion', '2') === '1' ? '1' : '2';
  return { fileName: doc.uri.path, production, rules: { ...rules }, maxBytes: Math.max(0.1, mb) * 1024 * 1024, awsCliVersion };
}

type BaseProvider = (doc: vscode.TextDocument) => { text: string; fileName?: string } | undefined;
let baseProvider: BaseProvider | undefined;

/** The data-loss guard (src/vscode/dataloss.ts) says here where the HEAD text of a document comes from. */
export function setBaseProvider(p: BaseProvider | undefined): void {
  baseProvider = p;
}

/**
 * The HEAD text of a document as `AnalyzeOptions.base`, when the data-loss guard has it (never waits):
 * "fix all" takes it, so a fix that would replace a deployed database is not applied.
 */
export function baseOptions(doc: vscode.TextDocument): Pick<AnalyzeOptions, 'base'> {
  try {
    const base = baseProvider?.(doc);
    return base ? { base } : {};
  } catch {
    return {};
  }
}
