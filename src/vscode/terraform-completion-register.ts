/**
 * Registers the Terraform completion at activation with a stand-in: the provider and the provider
 * schema table load on the first request (dist/features.js).
 */
import * as vscode from 'vscode';
import { TERRAFORM_SELECTOR, TERRAFORM_TRIGGER_CHARACTERS } from './ids';
import { guarded, once, type Features } from './lazy';

export function registerTerraformCompletion(features: () => Features): vscode.Disposable {
  const provider = once(() => new (features().TerraformCompletionProvider)());
  return vscode.languages.registerCompletionItemProvider(TERRAFORM_SELECTOR, {
    provideCompletionItems: (d, p) => guarded('Terraform completion', () => provider().provideCompletionItems(d, p)),
  }, ...TERRAFORM_TRIGGER_CHARACTERS);
}
