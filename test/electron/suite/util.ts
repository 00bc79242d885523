/** Helpers for the extension-host suite: open example files, wait for our diagnostics, run the CLI. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'aws-db-architect.aws-db-architect';
export const SOURCE = 'aws-db-architect';

/** The repository root (run.mjs passes it; the suite bundle lives in out/electron/). */
export const ROOT = process.env.ADB_REPO_ROOT ?? path.resolve(__dirname, '../..');

/** A file of the examples/ workspace, opened and shown. */
export async function openExample(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(ROOT, 'examples', rel)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Our diagnostics of a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits until `check` holds for the document's diagnostics (re-checked on every change), or fails. */
export function waitForDiagnostics(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      const d = ours(uri);
      if (!check(d)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; have: ${describe(ours(uri)).join(', ')}`));
    }, ms);
    done();
  });
}

/** `ADB004 warning 20:21-20:26` for each diagnostic, sorted: ranges are 0-based as in the CLI's JSON. */
export function describe(ds: readonly vscode.Diagnostic[]): string[] {
  const sev = ['error', 'warning', 'info', 'info'];
  return ds
    .map((d) => `${codeOf(d)} ${sev[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort();
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

interface CliFinding { ruleId: string; severity: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/** The same findings from the CLI (dist/cli.js, run by the host's Node), in `describe` form. */
export function cliFindings(file: string): string[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'lint', file, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  const json = JSON.parse(r.stdout) as { files: { findings: CliFinding[] }[] };
  return json.files
    .flatMap((f) => f.findings)
    .map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`)
    .sort();
}
