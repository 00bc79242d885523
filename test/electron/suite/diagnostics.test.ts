/** The extension activates on the examples and publishes the engine's findings as diagnostics. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, cliFindings, codeOf, describe as describeAll, openExample, waitForDiagnostics } from './util';

const EXAMPLES: { file: string; language: string; expect: string[] }[] = [
  { file: 'templates/orders-database-prod.yaml', language: 'yaml', expect: ['ADB004', 'ADB006', 'ADB012'] },
  { file: 'scripts/create-orders-db.sh', language: 'shellscript', expect: ['ADB004', 'ADB012'] },
  { file: 'cdk-app/lib/orders-stack.ts', language: 'typescript', expect: ['ADB004', 'ADB050'] },
];

describe('activation and diagnostics', () => {
  it('activates when a template opens', async () => {
    await openExample(EXAMPLES[0].file);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the test instance`);
    // Activation must come from the YAML file (onLanguage:yaml), not from the test asking for it.
    for (let waited = 0; !ext.isActive && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    assert.ok(ext.isActive, 'not activated by opening a YAML template');
  });

  for (const ex of EXAMPLES) {
    it(`${ex.file}: the same findings as the CLI, with rule links`, async () => {
      const doc = await openExample(ex.file);
      assert.equal(doc.languageId, ex.language);
      const ds = await waitForDiagnostics(doc.uri, (d) => ex.expect.every((id) => d.some((x) => codeOf(x) === id)), ex.expect.join(', '));
      assert.deepEqual(describeAll(ds), cliFindings(doc.uri.fsPath));
      for (const d of ds) {
        assert.equal(typeof d.code, 'object', 'the code links to the rule documentation');
        const target = (d.code as { target: vscode.Uri }).target;
        assert.ok(target.path.endsWith('/docs/rules.md'), target.toString());
        assert.equal(target.fragment, codeOf(d).toLowerCase());
      }
    });
  }
});
