/**
 * Registers the AWS CLI completion and hover providers for shell scripts and Markdown. The service
 * model is loaded on the first request, not at activation.
 */
import * as vscode from 'vscode';
import { CliCompletionProvider } from './cli-completion';
import { CliHoverProvider } from './cli-hover';

export const CLI_LANGUAGES: vscode.DocumentSelector = [{ language: 'shellscript' }, { language: 'markdown' }];

export function registerCliProviders(): vscode.Disposable[] {
  return [
    vscode.languages.registerCompletionItemProvider(CLI_LANGUAGES, new CliCompletionProvider(), ' ', '-', '=', ','),
    vscode.languages.registerHoverProvider(CLI_LANGUAGES, new CliHoverProvider()),
  ];
}
