/**
 * Registers the CDK snippet completion (TypeScript) at activation with a stand-in: the provider
 * and the snippets load on the first request (dist/features.js).
 */
import * as vscode from 'vscode';
import { CDK_SNIPPET_LANGUAGES } from './ids';
import { guarded, once, type Features } from './lazy';

export function registerCdkSnippets(extensionUri: vscode.Uri, features: () => Features): vscode.Disposable {
  const provider = once(() => new (features().CdkSnippetProvider)(extensionUri));
  // `-` retriggers while typing `adb-cdk-` (it is not a word character in TypeScript).
  return vscode.languages.registerCompletionItemProvider(CDK_SNIPPET_LANGUAGES.map((language) => ({ language })), {
    provideCompletionItems: (d, p, t, c) => guarded('CDK snippet completion', () => provider().provideCompletionItems(d, p, t, c)),
  }, '-');
}
