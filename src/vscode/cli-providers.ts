/**
 * Registers the AWS CLI completion and hover providers for shell scripts and Markdown. The
 * providers (and the service model behind them) load on the first request, not at activation.
 */
import * as vscode from 'vscode';
import { CLI_LANGUAGES, CLI_TRIGGER_CHARACTERS } from './ids';
import { guarded, once, type Features } from './lazy';

const SELECTOR: vscode.DocumentSelector = CLI_LANGUAGES.map((language) => ({ language }));

export function registerCliProviders(features: () => Features): vscode.Disposable[] {
  const completion = once(() => new (features().CliCompletionProvider)());
  const hover = once(() => new (features().CliHoverProvider)());
  return [
    vscode.languages.registerCompletionItemProvider(SELECTOR, {
      provideCompletionItems: (d, p) => guarded('AWS CLI completion', () => completion().provideCompletionItems(d, p)),
    }, ...CLI_TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (d, p) => guarded('AWS CLI hover', () => hover().provideHover(d, p)) }),
  ];
}
