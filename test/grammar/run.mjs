// Runs the TextMate grammar tests (test/grammar/*.test.*) with vscode-tmgrammar-test against the vendored
// host grammars (shell, Markdown). Markdown embeds dozens of languages we do not ship: their
// "grammar not found" warnings are dropped so a failure stands out.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = createRequire(import.meta.url).resolve('vscode-tmgrammar-test/dist/unit.js');
const r = spawnSync(process.execPath, [bin, '--config', path.join(here, 'config.json'), path.join(here, '*.test.*').split(path.sep).join('/')], { encoding: 'utf8' });
process.stdout.write(r.stdout ?? '');
process.stderr.write((r.stderr ?? '').split('\n').filter((l) => !/^grammar not found for /.test(l)).join('\n'));
if (r.error) throw r.error;
process.exit(r.status ?? 1);
