/**
 * Terraform in the editor: a `.tf` file is read with the other files of its folder (the module's
 * variables, locals and the tfvars Terraform loads by itself), which the pure core cannot read. Open
 * documents give their current (unsaved) text; the rest is read from disk. Bounded: at most
 * MAX_FILES files of at most MAX_BYTES each; a folder that cannot be listed gives no siblings (the
 * values they would give stay unknown: no finding rather than a guess).
 */
import * as vscode from 'vscode';
import { isTerraformSibling } from '../core/forms/terraform/siblings';

const MAX_FILES = 64;
const MAX_BYTES = 1024 * 1024;

export const isTerraformFile = (d: vscode.TextDocument): boolean => d.languageId === 'terraform' || /\.tf(\.json)?$/i.test(d.uri.path);

/** The other files of the document's folder the Terraform reader uses. Never throws. */
export async function terraformSiblings(d: { readonly uri: vscode.Uri }): Promise<{ name: string; text: string }[]> {
  if (!/\.tf(\.json)?$/i.test(d.uri.path)) return [];
  try {
    const dir = vscode.Uri.joinPath(d.uri, '..');
    const open = new Map(vscode.workspace.textDocuments.filter((x) => x.uri.toString().startsWith(dir.toString())).map((x) => [x.uri.toString(), x]));
    const entries = await vscode.workspace.fs.readDirectory(dir);
    const names = entries.filter(([n, t]) => t === vscode.FileType.File && isTerraformSibling(n) && n !== d.uri.path.split('/').pop()).map(([n]) => n).sort().slice(0, MAX_FILES);
    const out: { name: string; text: string }[] = [];
    for (const n of names) {
      const uri = vscode.Uri.joinPath(dir, n);
      const doc = open.get(uri.toString());
      if (doc) {
        out.push({ name: n, text: doc.getText() });
        continue;
      }
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength <= MAX_BYTES) out.push({ name: n, text: new TextDecoder().decode(bytes) });
      } catch {
        // Unreadable sibling: its values stay unknown.
      }
    }
    return out;
  } catch {
    return [];
  }
}
