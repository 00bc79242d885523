/** Diagnostics follow unsaved edits; quick fixes and hovers answer through the VS Code API. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, openExample, waitForDiagnostics } from './util';

const TEMPLATE = 'templates/orders-database-prod.yaml';

async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('editing', () => {
  it('an edit that fixes the setting removes its finding, and only that one', async () => {
    const doc = await openExample(TEMPLATE);
    const before = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'ADB004'), 'ADB004');
    const others = before.filter((d) => codeOf(d) !== 'ADB004').map(codeOf).sort();
    const at = doc.getText().indexOf('StorageEncrypted: false');
    assert.ok(at >= 0);
    const edit = new vscode.WorkspaceEdit();
    const start = doc.positionAt(at + 'StorageEncrypted: '.length);
    edit.replace(doc.uri, new vscode.Range(start, start.translate(0, 'false'.length)), 'true');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'ADB004'), 'ADB004 to go away');
      assert.deepEqual(after.map(codeOf).sort(), others);
    } finally {
      await revert(doc);
    }
  });

  it('offers the quick fix that sets StorageEncrypted to true, and it works', async () => {
    const doc = await openExample(TEMPLATE);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'ADB004'), 'ADB004');
    const finding = ds.find((x) => codeOf(x) === 'ADB004')!;
    assert.equal(doc.getText(finding.range), 'false');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Set StorageEncrypted to true');
    assert.ok(fix?.edit, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /StorageEncrypted: true/);
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'ADB004'), 'ADB004 to go away after the fix');
    } finally {
      await revert(doc);
    }
  });

  it('hovers a property with its limit', async () => {
    const doc = await openExample(TEMPLATE);
    const pos = doc.positionAt(doc.getText().indexOf('BackupRetentionPeriod') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /BackupRetentionPeriod/);
    assert.match(text, /35 days/);
  });
});
