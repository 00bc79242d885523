/**
 * Rewrites the real-world corpus snapshots (test/snapshot/corpus/*.json) from the current engine.
 * Read the git diff before committing it: every changed line is a finding that appeared or went.
 * Run: npm run snapshots
 */
import fs from 'node:fs';
import path from 'node:path';
import { groups, lintGroup, serialise, SNAPSHOTS, snapshotPath } from '../test/snapshot/corpus';

fs.mkdirSync(SNAPSHOTS, { recursive: true });
const keep = new Set<string>();
let findings = 0;
let files = 0;
const t0 = Date.now();
for (const g of groups()) {
  const { snapshot, internalErrors } = lintGroup(g);
  for (const e of internalErrors) console.error(`internal error: ${e}`);
  const file = snapshotPath(g);
  keep.add(path.basename(file));
  const text = serialise(snapshot);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.writeFileSync(file, text);
    console.log(`updated ${path.relative(process.cwd(), file)}`);
  }
  files += g.files.length;
  findings += Object.values(snapshot).reduce((n, l) => n + l.length - 1, 0);
}
for (const f of fs.readdirSync(SNAPSHOTS)) if (f.endsWith('.json') && !keep.has(f)) {
  fs.unlinkSync(path.join(SNAPSHOTS, f));
  console.log(`removed ${f}`);
}
console.log(`${files} files, ${findings} findings and problems, ${Date.now() - t0} ms`);
