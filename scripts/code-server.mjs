// A real VS Code (code-server) for `npm start` and the end-to-end tests: install, add the .vsix, start, stop.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, 'tools', 'code-server');
const NODE24 = path.join(TOOLS, 'node_modules', 'node', 'bin');
const CODE_SERVER = path.join(TOOLS, 'node_modules', '.bin', 'code-server');
export const VSIX = path.join(ROOT, 'out', 'aws-db-architect.vsix');

const env = () => ({ ...process.env, PATH: `${NODE24}:${process.env.PATH}` });

/** Installs Node 24 and code-server into tools/code-server (its own lockfile); quick when already there. */
export function ensureCodeServer() {
  execFileSync('bash', [path.join(TOOLS, 'install.sh')], { stdio: 'inherit' });
}

/** Builds the .vsix with vsce (`npm run package`). */
export function buildVsix() {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
}

/** Installs the .vsix into an extensions folder of our own. */
export function installVsix(extensionsDir, userDataDir) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  execFileSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', VSIX, '--force'], { env: env(), stdio: 'pipe' });
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1 only, without auth, telemetry or update checks, on a throwaway
 * profile. Resolves when it answers HTTP; `stop()` ends it and every child it started.
 */
export async function startCodeServer({ port, workspace, userDataDir, extensionsDir, settings = {}, log = () => {} }) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const userSettings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': true,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    ...settings,
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, workspace];
  const child = spawn(CODE_SERVER, args, { env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('code-server did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    // code-server leaves an agent-host child behind: end the whole process group, then stragglers by pattern.
    try { execFileSync('pkill', ['-f', '--', userDataDir], { stdio: 'ignore' }); } catch { /* none left */ }
  };
  return { url, stop, child };
}

/** The extension host log of a user-data dir (activation events and errors are there). */
export function extensionHostLog(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return '';
  const out = [];
  const walk = (d) => {
    for (const n of fs.readdirSync(d)) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/exthost\.log$/.test(n)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(logs);
  return out.join('\n');
}
