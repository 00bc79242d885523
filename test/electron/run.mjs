// Runs the extension-API suite (test/electron/suite) in a real VS Code downloaded by @vscode/test-electron,
// on the examples/ workspace. Needs network access to update.code.visualstudio.com (and a display, or
// xvfb-run, on Linux); it is not part of `npm test` because CI here cannot download VS Code: the
// code-server + Chromium suite (npm run test:e2e) covers the same ground there.
//
// Usage: npm run test:electron            (VS Code stable)
//        VSCODE_VERSION=1.90.0 npm run test:electron
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'out', 'electron');

// The suite runs inside the extension host: bundle it to CommonJS, with vscode and mocha left to the host.
await esbuild.build({
  entryPoints: [path.join(root, 'test/electron/suite/index.ts')],
  outfile: path.join(outDir, 'suite.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

// A throwaway profile, so settings and other extensions of the user's VS Code never interfere.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-electron-'));
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(outDir, 'suite.cjs'),
    launchArgs: [path.join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(profile, 'user')}`, `--extensions-dir=${path.join(profile, 'ext')}`],
    extensionTestsEnv: { ADB_REPO_ROOT: root },
  });
} catch (e) {
  process.stderr.write(`VS Code tests failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
