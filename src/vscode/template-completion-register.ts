/**
 * Registers the template completion (CloudFormation YAML and JSON) at activation with a stand-in:
 * the provider, the schema table and the deploy data load on the first request (dist/features.js).
 */
import * as vscode from 'vscode';
import { TEMPLATE_LANGUAGES, TEMPLATE_TRIGGER_CHARACTERS } from './ids';
import { guarded, once, type Features } from './lazy';

export function registerTemplateCompletion(features: () => Features): vscode.Disposable {
  const provider = once(() => new (features().TemplateCompletionProvider)());
  return vscode.languages.registerCompletionItemProvider(TEMPLATE_LANGUAGES.map((language) => ({ language })), {
    provideCompletionItems: (d, p) => guarded('template completion', () => provider().provideCompletionItems(d, p)),
  }, ...TEMPLATE_TRIGGER_CHARACTERS);
}
