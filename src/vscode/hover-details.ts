/**
 * The hovers' "More…" link: a command that opens the hover's full text (every fact with its sources)
 * as a read-only virtual Markdown document, shown in the Markdown preview. Works in Restricted Mode:
 * no file is written and nothing runs but this extension's own command.
 */
import * as vscode from 'vscode';
import { report } from '../core/log';
import type { MoreTarget } from '../core/hover/render';

export const DETAILS_SCHEME = 'aws-db-architect-details';
/** Same id as the core's SHOW_DETAILS_COMMAND (the link the hovers write). */
export const SHOW_HOVER_DETAILS_COMMAND = 'awsDbArchitect.showHoverDetails';

/** Hover Markdown that may run only the "More…" command. */
export function hoverMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [SHOW_HOVER_DETAILS_COMMAND] };
  return md;
}

/** The command and the virtual documents; `details` renders a target (loaded with the features bundle). */
export function registerHoverDetails(details: () => (t: MoreTarget) => string | undefined): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      try {
        const t = JSON.parse(uri.query) as MoreTarget;
        return details()(t) ?? 'Nothing more is known about this item.';
      } catch (e) {
        report('error', 'the full text of a hover could not be rendered', e);
        return 'The full text of this hover could not be rendered (see the AWS DB Architect output).';
      }
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_HOVER_DETAILS_COMMAND, async (t?: MoreTarget) => {
      try {
        if (!t || typeof t !== 'object') return;
        const name = String(t.title ?? 'details').replace(/[^\w.:-]+/g, '-').slice(0, 80) || 'details';
        const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${name}.md`, query: JSON.stringify(t) });
        try {
          await vscode.commands.executeCommand('markdown.showPreview', uri);
        } catch {
          // No Markdown preview (disabled built-in extension): the text itself, read-only.
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
        }
      } catch (e) {
        report('error', 'the full text of a hover could not be opened', e);
      }
    }),
  ];
}
