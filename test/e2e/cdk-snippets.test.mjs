// End-to-end: the adb-cdk- snippets in a real VS Code (code-server). Typed in a TypeScript file with
// no import, a snippet is offered once (the static snippet file is not contributed) and, accepted,
// adds the imports it uses at the top; in a file with its own aliases it follows them.
// Run: node scripts/e2e-prepare.mjs && node --test test/e2e/cdk-snippets.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openFile, shot, suggestions } from './harness.mjs';

let s;

const ALIASED = "import * as core from 'aws-cdk-lib';\nimport * as r from 'aws-cdk-lib/aws-rds';\nimport { Construct } from 'constructs';\n\nexport class Db extends core.Stack {\n  constructor(scope: Construct, id: string, props: { vpc: import('aws-cdk-lib/aws-ec2').IVpc }) {\n    super(scope, id);\n    \n  }\n}\n";

before(async () => {
  s = await launch({
    name: 'e2e-cdk-snippets',
    prepare: (workspace) => {
      fs.writeFileSync(path.join(workspace, 'cdk-app', 'lib', 'new-database.ts'), '');
      fs.writeFileSync(path.join(workspace, 'cdk-app', 'lib', 'aliased-stack.ts'), ALIASED);
    },
  });
}, { timeout: 180_000 });
after(async () => {
  await s?.close();
});

async function waitFor(check, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('CDK snippets in a real VS Code', { timeout: 300_000 }, () => {
  it('typed in a .ts file with no import: offered once while typing, and accepting it adds the imports at the top', async () => {
    await openFile(s.page, 'cdk-app/lib/new-database.ts');
    await s.page.click('.monaco-editor .view-lines');
    await s.page.keyboard.type('adb-cdk-rds-inst', { delay: 60 });
    const rows = await suggestions(s.page, /adb-cdk-rds-instance/, 20_000);
    // Ctrl+Space on an open list shows the selected item's details: what it adds.
    await s.page.keyboard.press('Control+Space');
    const details = await s.page.waitForSelector('.suggest-details-container .suggest-details', { state: 'visible', timeout: 10_000 }).then((e) => e.textContent()).catch(() => '');
    await shot(s.page, 'completion-cdk-snippets');
    assert.match(details ?? '', /Adds to the file's imports:\s*import \* as cdk from 'aws-cdk-lib';\s*import \* as ec2 from 'aws-cdk-lib\/aws-ec2';\s*import \* as rds from 'aws-cdk-lib\/aws-rds';/, `details: ${details}`);
    const mine = rows.filter((r) => /adb-cdk-rds-instance/.test(r));
    assert.equal(mine.length, 1, `offered ${mine.length} times: ${rows.join(' | ')}`);
    assert.match(mine[0], /Multi-AZ DatabaseInstance/);
    // The row is the selected one (the only match): accept it, leave the snippet's tab stops, save.
    await s.page.keyboard.press('Enter');
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+S');
    const file = path.join(s.workspace, 'cdk-app', 'lib', 'new-database.ts');
    await waitFor(() => fs.readFileSync(file, 'utf8').includes('DatabaseInstance'));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith("import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n\nconst database = new rds.DatabaseInstance(this, 'Database', {\n"), text.slice(0, 400));
    assert.match(text, /removalPolicy: cdk\.RemovalPolicy\.SNAPSHOT,/);
    // No vpc in scope: the placeholder to fill, not a dangling name.
    assert.match(text, /vpc: \/\* your VPC \*\/,/);
    assert.doesNotMatch(text, /adb-cdk/);
  });

  it('in a file with its own aliases, the snippet follows them and adds only ec2', async () => {
    await openFile(s.page, 'cdk-app/lib/aliased-stack.ts');
    // Line 8 is the empty line in the constructor.
    await s.page.keyboard.press('Control+G');
    await s.page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await s.page.keyboard.type('8');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10_000 }).catch(() => {});
    await s.page.keyboard.press('End');
    await s.page.keyboard.type('adb-cdk-aurora-clu', { delay: 60 });
    const rows = await suggestions(s.page, /adb-cdk-aurora-cluster/, 20_000);
    assert.ok(rows.some((r) => /adb-cdk-aurora-cluster/.test(r)), rows.join(' | '));
    await s.page.keyboard.press('Enter');
    await s.page.waitForTimeout(500);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+S');
    const file = path.join(s.workspace, 'cdk-app', 'lib', 'aliased-stack.ts');
    await waitFor(() => fs.readFileSync(file, 'utf8').includes('DatabaseCluster'));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith("import * as core from 'aws-cdk-lib';\nimport * as r from 'aws-cdk-lib/aws-rds';\nimport { Construct } from 'constructs';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n\n"), text.slice(0, 300));
    assert.match(text, /new r\.DatabaseCluster\(this, 'AuroraCluster'/);
    assert.match(text, /removalPolicy: core\.RemovalPolicy\.SNAPSHOT,/);
    assert.match(text, /vpc: props\.vpc,/);
    assert.doesNotMatch(text, /\b(rds|cdk)\./);
  });
});
