// `npm start`: build the .vsix, install code-server (once), install the extension, open examples/ in it.
import path from 'node:path';
import { buildVsix, ensureCodeServer, installVsix, ROOT, startCodeServer } from './code-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const state = path.join(ROOT, '.e2e', 'start');
ensureCodeServer();
buildVsix();
installVsix(path.join(state, 'extensions'), path.join(state, 'user-data'));
const server = await startCodeServer({
  port,
  workspace: path.join(ROOT, 'examples'),
  userDataDir: path.join(state, 'user-data'),
  extensionsDir: path.join(state, 'extensions'),
});
console.log(`\nAWS Database Architect is running in VS Code (code-server): open ${server.url}\nPress Ctrl+C to stop.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => process.exit(code ?? 0));
