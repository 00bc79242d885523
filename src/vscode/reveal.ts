/**
 * Where "Reveal" takes a saved export: the Explorer when the file is in the workspace, the
 * operating system's file manager for a local file outside it on the desktop, and otherwise (a
 * remote or browser host, where no file manager of the user's machine can show it) the file itself
 * in an editor. No vscode import: the choice is tested on its own.
 */

/** The action of the "Saved …" notification. */
export const REVEAL = 'Reveal';

export interface RevealPlace {
  /** The file is inside a workspace folder. */
  inWorkspace: boolean;
  /** Its URI scheme (`file`, `vscode-remote`...). */
  scheme: string;
  /** VS Code runs remotely (vscode.env.remoteName is set). */
  remote: boolean;
  /** The desktop application (vscode.env.uiKind), not VS Code in a browser. */
  desktop: boolean;
}

/** The command that reveals the saved file (it takes the file's URI as its argument). */
export function revealCommand(p: RevealPlace): 'revealInExplorer' | 'revealFileInOS' | 'vscode.open' {
  if (p.inWorkspace) return 'revealInExplorer';
  if (p.scheme === 'file' && !p.remote && p.desktop) return 'revealFileInOS';
  return 'vscode.open';
}
