/**
 * What both diagram panels share: the webview's options and page, the typed message channel, and
 * the export actions (copy, save SVG or PNG, insert a Markdown block).
 */
import * as vscode from 'vscode';
import type { FromWebview, ToWebview } from '../protocol/messages';
import { parseFromWebview } from '../protocol/validate';
import { makeNonce, webviewHtml } from './diagram-html';
import { insertText } from './diagram-editor';
import { REVEAL, revealCommand } from './reveal';

/** Webview options: scripts on, resources only from the bundle and the stylesheet folders. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** Sets the page of a panel (options included, so a restored panel gets them too). */
export function setPage(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, view: 'patterns' | 'diagram'): void {
  const w = panel.webview;
  w.options = webviewOptions(extensionUri);
  w.html = webviewHtml({
    view,
    cspSource: w.cspSource,
    nonce: makeNonce(),
    scriptUri: w.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'webview.js')).toString(),
    styleUri: w.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'diagram.css')).toString(),
    title: panel.title,
  });
}

/** Sends a typed message. */
export function post(panel: vscode.WebviewPanel, message: ToWebview): void {
  void panel.webview.postMessage(message);
}

/** Listens for valid messages only; anything else from the page is dropped. */
export function onMessage(panel: vscode.WebviewPanel, handler: (m: FromWebview) => void | Promise<void>, log: (s: string) => void): vscode.Disposable {
  return panel.webview.onDidReceiveMessage(async (raw: unknown) => {
    const m = parseFromWebview(raw);
    if (!m) return log(`diagram view: ignored a malformed message`);
    try {
      await handler(m);
    } catch (e) {
      log(`diagram view: ${(e as Error).message}`);
      post(panel, { type: 'notice', level: 'error', text: (e as Error).message });
    }
  });
}

/** Handles the export messages; returns false for messages that are not exports. */
export async function handleExport(panel: vscode.WebviewPanel, m: FromWebview): Promise<boolean> {
  switch (m.type) {
    case 'copyText':
      await vscode.env.clipboard.writeText(m.text);
      post(panel, { type: 'notice', level: 'info', text: 'Mermaid source copied to the clipboard.' });
      return true;
    case 'insertMarkdown':
      await insertText('```mermaid\n' + m.mermaid.trimEnd() + '\n```\n');
      return true;
    case 'saveSvg':
      await save(panel, m.name, Buffer.from(m.svg, 'utf8'), { 'SVG image': ['svg'] });
      return true;
    case 'savePng':
      await save(panel, m.name, Buffer.from(m.base64, 'base64'), { 'PNG image': ['png'] });
      return true;
    default:
      return false;
  }
}

async function save(panel: vscode.WebviewPanel, name: string, bytes: Uint8Array, filters: Record<string, string[]>): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, saveLabel: 'Save diagram' });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  // A VS Code notification (not the page's own notice) with the way to the file; not awaited, so the
  // panel's next message is handled while the notification stays up.
  void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}.`, REVEAL).then(async (choice) => {
    if (choice !== REVEAL) return;
    const how = revealCommand({ inWorkspace: vscode.workspace.getWorkspaceFolder(target) !== undefined, scheme: target.scheme, remote: vscode.env.remoteName !== undefined, desktop: vscode.env.uiKind === vscode.UIKind.Desktop });
    await vscode.commands.executeCommand(how, target);
  }, () => undefined);
}
