// Before the end-to-end tests: Debian's Chromium, code-server in tools/code-server, and a fresh .vsix.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { buildVsix, ensureCodeServer } from './code-server.mjs';

if (!fs.existsSync('/usr/bin/chromium')) {
  console.log('Installing Chromium from Debian (apt-get)...');
  execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
}
ensureCodeServer();
buildVsix();
