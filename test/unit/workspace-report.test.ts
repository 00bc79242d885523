/** Issue 18, the workspace view's pure parts: counts and status text, why production, which files Lint Workspace reads, the reports. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze } from '../../src/core/engine';
import { FORM_FILES } from '../../src/core/forms/files';
import { countFindings, excludeGlob, formFilesGlob, productionExplanation, reportFindingsOf, selectFiles, statusOf, toMarkdown, type ReportFile } from '../../src/core/report/files';
import { toSarif } from '../../src/core/report/sarif';
import { repoPath } from './helpers';

const exampleTemplate = () => {
  const file = repoPath('examples/templates/orders-database-prod.yaml');
  return { path: 'templates/orders-database-prod.yaml', text: fs.readFileSync(file, 'utf8') };
};

describe('workspace view: counts and status', () => {
  it('counts errors, warnings and information of an analysis', () => {
    const c = countFindings([{ severity: 'error' }, { severity: 'warning' }, { severity: 'warning' }, { severity: 'info' }]);
    assert.deepEqual(c, { errors: 1, warnings: 2, infos: 1 });
  });

  it('says the counts and production in the status text, production only when it is', () => {
    const prod = statusOf({ errors: 2, warnings: 1, infos: 0 }, true);
    assert.equal(prod.text, '$(database) $(error) 2 $(warning) 1 $(shield) prod');
    assert.match(prod.tooltip, /2 errors, 1 warning — treated as production/);
    const dev = statusOf({ errors: 0, warnings: 1, infos: 3 }, false);
    assert.equal(dev.text, '$(database) $(error) 0 $(warning) 1');
    assert.match(dev.tooltip, /0 errors, 1 warning, 3 informations — not treated as production/);
  });

  it('explains production with the signal that made it (src/core/production.ts)', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: orders-prod\n      Engine: postgres\n';
    const a = analyze(text, { fileName: 'db.yaml', production: 'auto' });
    assert.ok(a.production?.production);
    const why = productionExplanation(a.production);
    assert.match(why, /^This file is treated as production: Db\.DBInstanceIdentifier says "orders-prod"/);
    const never = analyze(text, { fileName: 'db.yaml', production: 'never' });
    assert.match(productionExplanation(never.production), /^This file is not treated as production: setting awsDbArchitect.production is "never"/);
    const plain = analyze(text.replace('orders-prod', 'orders'), { fileName: 'db.yaml', production: 'auto' });
    assert.match(productionExplanation(plain.production), /not treated as production: nothing in the file says prod or production/);
    assert.match(productionExplanation(undefined), /not been analysed/);
  });
});

describe('workspace view: which files Lint Workspace reads', () => {
  it('searches every extension a form reads', () => {
    const glob = formFilesGlob(Object.values(FORM_FILES).flatMap((r) => r.extensions));
    for (const ext of ['yaml', 'yml', 'json', 'template', 'ts', 'sh', 'tf', 'md']) assert.ok(glob.includes(`,${ext},`) || glob.includes(`{${ext},`) || glob.includes(`,${ext}}`), ext);
  });

  it('excludes the skipped folders and the files.exclude patterns that are on', () => {
    const g = excludeGlob({ '**/.git': true, '**/dist': true, '**/off': false, '**/*.js': { when: '$(basename).ts' } });
    assert.equal(g, '{**/node_modules/**,**/cdk.out/**,**/.terraform/**,**/.git/**,**/.git,**/dist}');
    assert.equal(excludeGlob(undefined), '{**/node_modules/**,**/cdk.out/**,**/.terraform/**,**/.git/**}');
  });

  it('skips dependency and generated folders, names no form reads and files above the size limit, saying why', () => {
    const mb = 1024 * 1024;
    const { analyse, skipped } = selectFiles([
      { path: 'templates/db.yaml', size: 1000 },
      { path: 'cdk-app/node_modules/x/index.ts', size: 10 },
      { path: 'cdk-app/cdk.out/Stack.template.json', size: 10 },
      { path: 'infra/.terraform/modules/m/main.tf', size: 10 },
      { path: 'big.json', size: 6 * mb },
      { path: 'notes.txt', size: 10 },
      { path: 'main.tf', size: 5 * mb },
    ], 5 * mb);
    assert.deepEqual(analyse.map((c) => c.path), ['main.tf', 'templates/db.yaml']);
    assert.deepEqual(skipped.map((s) => [s.path, s.reason]), [
      ['big.json', 'size limit'],
      ['cdk-app/cdk.out/Stack.template.json', 'folder'],
      ['cdk-app/node_modules/x/index.ts', 'folder'],
      ['infra/.terraform/modules/m/main.tf', 'folder'],
      ['notes.txt', 'not a recognised form'],
    ]);
    assert.match(skipped[0].detail, /6\.0 MB, above the 5\.0 MB limit \(awsDbArchitect\.maxFileSizeMB\)/);
  });
});

describe('workspace view: reports', () => {
  const files = (): ReportFile[] => {
    const t = exampleTemplate();
    const a = analyze(t.text, { fileName: t.path, production: 'auto' });
    return [{ path: t.path, findings: reportFindingsOf(a) }, { path: 'scripts/clean.sh', findings: [] }];
  };

  it('writes Markdown: totals, one table per file with 1-based lines, clean files listed', () => {
    const f = files();
    assert.ok(f[0].findings.length > 0, 'the example template has findings');
    const md = toMarkdown(f);
    const c = countFindings(f[0].findings);
    assert.match(md, new RegExp(`^# AWS Database Architect findings\\n\\n2 files analysed: ${c.errors} errors?, ${c.warnings} warnings?`));
    assert.ok(md.includes('## templates/orders-database-prod.yaml'));
    const first = [...f[0].findings].sort((a, b) => a.range.start.line - b.range.start.line)[0];
    assert.ok(md.includes(`| ${first.range.start.line + 1} | ${first.severity} | ${first.ruleId} |`));
    assert.equal(md.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length, f[0].findings.length);
    assert.match(md, /## Files without findings\n\n- scripts\/clean\.sh\n/);
  });

  it('escapes Markdown in messages so a table row stays one row', () => {
    const md = toMarkdown([{ path: 'a.yaml', findings: [{ ruleId: 'ADB001', severity: 'error', message: 'a | b `c`\nd', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } } }] }]);
    assert.ok(md.includes('| 4 | error | ADB001 |  | a \\| b \\`c\\` d |'));
  });

  it('writes SARIF from the same files (the CLI writer, now in the core)', () => {
    const f = files();
    const s = toSarif(f) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.equal(s.runs[0].results.length, f[0].findings.length);
    assert.ok(s.runs[0].results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'templates/orders-database-prod.yaml'));
  });
});
