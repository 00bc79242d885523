/**
 * Entry point VS Code calls inside the extension host (`extensionTestsPath`): runs the mocha suites.
 * Bundled by test/electron/run.mjs; the test files are imported after mocha defines its globals.
 */
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  mocha.suite.emit('pre-require', globalThis, 'electron-suite', mocha);
  await import('./diagnostics.test');
  await import('./editing.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed`);
}
