/** Hovers on AWS CLI services, operations and flags: the service model's docs and the knowledge base's facts. */
import * as vscode from 'vscode';
import { cliHover } from '../core/forms/shell/assist';
import { report } from '../core/log';
import { hoverMarkdown } from './hover-details';

export class CliHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const h = cliHover(document.getText(), document.uri.path, document.offsetAt(position));
      if (!h) return undefined;
      const md = hoverMarkdown(h.markdown);
      return new vscode.Hover(md, new vscode.Range(document.positionAt(h.span.start), document.positionAt(h.span.end)));
    } catch (e) {
      // Nothing may throw into the extension host: no hover, and the log says why.
      report('error', `AWS CLI hover failed in ${document.uri.path}`, e);
      return undefined;
    }
  }
}
