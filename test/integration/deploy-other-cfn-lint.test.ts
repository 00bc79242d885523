/**
 * Integration: the offered-value checks (ADB130 ElastiCache engine versions and node types, ADB132
 * Redshift node types) against cfn-lint's own data (E3695 ElastiCache engine version, E3647 cache
 * node type, E3667 Redshift node type), on every CloudFormation template of the real-world corpus and
 * on a generated template of real combinations, valid and invalid: every engine × every version
 * either engine offers (and versions nobody offers), node types of every family and misspellings,
 * every Redshift node type and retired ones. cfn-lint runs once over all files, in every Region its
 * data has (`--regions` all listed), so "accepted" means accepted somewhere.
 *
 * Claims: (1) where cfn-lint accepts a value, we report no error on its line; (2) where cfn-lint
 * rejects one, we report it too (ADB130/132 error, or the neighbouring rule for it: ADB069 retired,
 * ADB025 deprecated Redis OSS 5.0.0-5.0.5) or the reason is one of LENIENT (forms the ElastiCache
 * API accepts that cfn-lint's enum lacks, and values newer than our data: ADB139 information).
 * Where cfn-lint is wrong (CFN_LINT_IS_WRONG), the reason and its AWS source are given.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze, type Finding } from '../../src/core/engine';
import { elasticacheEngineVersions, elasticacheNodeTypes } from '../../src/core/deploy/elasticache';
import { knownRegions } from '../../src/core/deploy/regions';
import { redshiftNodeTypes } from '../../src/core/deploy/redshift';
import { corpusTemplates, requireCfnLint } from './tools';

interface CfnLintMatch {
  Level: string;
  Rule: { Id: string };
  Filename: string;
  Message: string;
  Location: { Start: { LineNumber: number } };
}

const CFN_IDS = new Set(['E3695', 'E3647', 'E3667']);
const IDS = ['ADB025', 'ADB069', 'ADB130', 'ADB132', 'ADB139'];

/** Values cfn-lint rejects that we do not call errors, and why. */
const LENIENT: { test: RegExp; why: string }[] = [
  { test: /^EngineVersion (6\.x|\d+)$/, why: 'a major version alone (`7`) or `6.x`: ElastiCache takes the newest of that major; cfn-lint lists only what DescribeCacheEngineVersions returns' },
  { test: /^EngineVersion \d+\.\d+\.\d+$/, why: 'a patch of an offered major.minor (`7.1.0`) is not judged (the API reports major.minor for 6 and later)' },
];

/** Values cfn-lint's data accepts that AWS does not offer: our error stands, for the reason given. */
const CFN_LINT_IS_WRONG: { test: RegExp; why: string }[] = [
  { test: /^Engine memcached CacheNodeType cache\.r6gd\./, why: 'cfn-lint\'s node types do not depend on the engine; r6gd (data tiering) is for Valkey and Redis OSS replication groups only (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/data-tiering.html)' },
];

function combos(): { text: string; count: number } {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
  let n = 0;
  const add = (type: string, props: Record<string, string>) => {
    lines.push(`  R${n++}:`, `    Type: ${type}`, '    Properties:');
    for (const [k, v] of Object.entries(props)) lines.push(`      ${k}: "${v}"`);
  };
  const engines = ['redis', 'valkey', 'memcached'];
  const versions = [...new Set(engines.flatMap((e) => elasticacheEngineVersions(e)))];
  const bad = ['7.3', '1.6.21', '1.5.99', '4.0.9', '5.0.7', '6.1', '6.x', '7', '7.1.0', '5.0.4', '3.2.10', '2.8.24', '8.3', '0.9'];
  for (const e of engines) for (const v of [...versions, ...bad]) add('AWS::ElastiCache::CacheCluster', { Engine: e, EngineVersion: v, NumCacheNodes: '1' });
  const types = elasticacheNodeTypes(undefined, true);
  const badTypes = ['cache.r7g.medium', 'cache.r6g.24xlarge', 'r6g.large', 'db.r6g.large', 'cache.r6.large', 'cache.m7.large', 'cache.t3.nano', 'cache.t2.large', 'cache.m1.huge', 'cache.x2.large'];
  for (const e of engines) for (const t of [...types, ...badTypes]) add('AWS::ElastiCache::CacheCluster', { Engine: e, CacheNodeType: t, NumCacheNodes: '1' });
  for (const t of [...redshiftNodeTypes(), 'ds2.xlarge', 'ds2.8xlarge', 'dc1.large', 'dc1.8xlarge', 'dw.hs1.xlarge', 'ra3.xlarge', 'ra3.2xlarge', 'dc2.xlarge', 'rg.large']) {
    add('AWS::Redshift::Cluster', { NodeType: t, ClusterType: 'single-node', DBName: 'd', MasterUsername: 'u', MasterUserPassword: 'Passw0rdPassw0rd' });
  }
  return { text: `${lines.join('\n')}\n`, count: n };
}


describe('integration: offered values against cfn-lint (ElastiCache, Redshift)', function () {
  this.timeout(600_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-deploy-other-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no error where cfn-lint accepts; where it rejects, we report it or the reason is listed', () => {
    requireCfnLint();
    const gen = combos();
    assert.ok(gen.count >= 300, `${gen.count} generated combinations`);
    const genFile = path.join(dir, 'combinations.yaml');
    fs.writeFileSync(genFile, gen.text);
    const files = [genFile, ...corpusTemplates()];
    const r = spawnSync('cfn-lint', ['--format', 'json', '--regions', ...knownRegions(), '--', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.ok(r.stdout, `cfn-lint did not run: ${r.error ?? r.stderr}`);
    const matches = (JSON.parse(r.stdout) as CfnLintMatch[]).filter((m) => CFN_IDS.has(m.Rule.Id));
    // Control: the generated template has values cfn-lint rejects, so its rules ran.
    assert.ok(matches.some((m) => m.Filename === genFile && m.Rule.Id === 'E3647'), 'cfn-lint reported no E3647');
    assert.ok(matches.some((m) => m.Filename === genFile && m.Rule.Id === 'E3667'), 'cfn-lint reported no E3667');
    assert.ok(matches.some((m) => m.Filename === genFile && m.Rule.Id === 'E3695'), 'cfn-lint reported no E3695');
    // A value rejected in some Regions only is accepted somewhere: only a rejection in every Region counts.
    const regions = knownRegions();
    const rejectedIn = new Map<string, Set<string>>();
    for (const m of matches) {
      const k = `${m.Filename}:${m.Location.Start.LineNumber}`;
      const set = rejectedIn.get(k) ?? new Set<string>();
      set.add(/ in '([a-z0-9-]+)'$/.exec(m.Message)?.[1] ?? '*');
      rejectedIn.set(k, set);
    }
    const rejected = (k: string) => { const r = rejectedIn.get(k); return !!r && (r.has('*') || regions.every((x) => r.has(x))); };
    let agree = 0;
    let lenient = 0;
    let overruled = 0;
    const wrong: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const a = analyze(text, { fileName: file, only: IDS });
      const ours = new Map<number, Finding[]>();
      for (const f of a.findings) ours.set(f.range.start.line + 1, [...(ours.get(f.range.start.line + 1) ?? []), f]);
      const lines = text.split('\n');
      for (const [line, fs_] of ours) {
        const k = `${file}:${line}`;
        // The resource's other lines say what the value is judged with (the engine), for CFN_LINT_IS_WRONG.
        const engine = /Engine: "?([a-z]+)/.exec(lines.slice(Math.max(0, line - 3), line).join('\n'))?.[1];
        const said = `Engine ${engine} ${lines[line - 1].trim().replace(/"/g, '').replace(/: /, ' ')}`;
        if (!rejected(k) && CFN_LINT_IS_WRONG.some((w) => w.test.test(said))) {
          overruled++;
          continue;
        }
        if (!rejected(k) && fs_.some((f) => f.severity === 'error' && (f.ruleId === 'ADB130' || f.ruleId === 'ADB132'))) {
          wrong.push(`${path.basename(file)}:${line} we report an error cfn-lint's data accepts: ${lines[line - 1].trim()}`);
        }
      }
      for (const k of rejectedIn.keys()) {
        if (!k.startsWith(`${file}:`) || !rejected(k)) continue;
        const line = Number(k.slice(file.length + 1));
        const src = lines[line - 1].trim().replace(/"/g, '').replace(/: /, ' ');
        const f = ours.get(line) ?? [];
        if (f.some((x) => x.ruleId !== 'ADB139')) agree++;
        else if (LENIENT.some((l) => l.test.test(src)) || f.some((x) => x.ruleId === 'ADB139')) lenient++;
        else wrong.push(`${path.basename(file)}:${line} cfn-lint rejects, we say nothing: ${src}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(agree >= 100, `${agree} rejections agreed`);
    assert.ok(overruled > 0 && overruled <= 6, `${overruled} values overruled`);
    // The figures, for the record (docs and the report quote them).
    console.log(`      ${gen.count} generated combinations + ${files.length - 1} corpus templates: ${agree} cfn-lint rejections we report, ${lenient} lenient by design, ${overruled} overruled (CFN_LINT_IS_WRONG), 0 other errors where cfn-lint accepts`);
  });
});
