/**
 * Integration: the RDS/Aurora offer checks (ADB120 engine, ADB121 version, ADB123 instance class; ADB022
 * for `aurora`) against cfn-lint's own rules on the same data (E3690/E3691 engine and version of a DB
 * cluster / instance, E3062 instance class per engine version, E3025 instance class per Region and
 * licence model), on every CloudFormation template of the real-world corpus and on a generated set of
 * DB instance combinations: engines × versions (offered, deprecated, a major alone, never offered,
 * newer than the data) × classes (offered, retired, another engine's, Aurora Serverless, a typo).
 * cfn-lint runs once over all files, in its default Region (us-east-1: its Region-dependent class check
 * E3025 then judges that Region's price list; a class priced elsewhere is one of the LENIENT reasons).
 *
 * Claims, per resource group (a DB instance, with its Aurora cluster): (1) where cfn-lint accepts, we
 * report no error; (2) where cfn-lint rejects, we report an error too, or the reason is one of
 * LENIENT (each with its source). The figures are printed for the record.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/core/engine';
import { rdsClassVerdict, rdsDeprecatedVersions, rdsEngineVersions, rdsInstanceClasses, rdsVersionVerdict, versionLine } from '../../src/core/deploy/rds';
import { repoPath } from '../fixture';
import { corpusTemplates, requireCfnLint } from './tools';

interface CfnLintMatch {
  Level: string;
  Rule: { Id: string };
  Filename: string;
  Message: string;
  Location: { Start: { LineNumber: number }; Path?: (string | number)[] };
}

const CFN_IDS = new Set(['E3690', 'E3691', 'E3062', 'E3025']);
const OUR_ERRORS = new Set(['ADB022', 'ADB120', 'ADB121', 'ADB123']);
const IDS = [...OUR_ERRORS, 'ADB017', 'ADB122', 'ADB128'];

interface Combo {
  group: string;
  engine: string;
  version: string;
  cls: string;
}

/** Why cfn-lint rejects and we give no error: each reason with its source. */
const LENIENT: { name: string; test: (c: Combo, cfn: Set<string>) => boolean; why: string }[] = [
  {
    name: 'major version alone',
    test: (c) => rdsVersionVerdict(c.engine, c.version)?.status === 'major',
    why: 'RDS takes a major version alone (`8.0`, `10.11`, `15.00`) and picks its default minor version (CreateDBInstance EngineVersion, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html; aws-cdk-lib has MysqlEngineVersion.VER_8_0 = "8.0"); cfn-lint lists only the versions DescribeDBEngineVersions returns',
  },
  {
    name: 'newer than cfn-lint data',
    test: (c) => rdsVersionVerdict(c.engine, c.version)?.status === 'newer' || (rdsVersionVerdict(c.engine, c.version)?.status === 'offered' && !CFN_VERSIONS.get(c.engine)?.has(c.version)),
    why: 'a version newer than cfn-lint\'s data (ADB128, information; or added from aws-cdk-lib, released after cfn-lint\'s data was made)',
  },
  {
    name: 'deprecated version',
    test: (c) => rdsVersionVerdict(c.engine, c.version)?.status === 'deprecated',
    why: 'the version is deprecated (ADB122 or ADB017 warning: RDS creates no new database with it), so its class list is not judged',
  },
  {
    name: 'class priced in some list',
    test: (c, cfn) => cfn.size === 1 && cfn.has('E3025') && rdsClassVerdict(c.engine, undefined, c.cls)?.offered === true,
    why: 'the class is priced for the engine in another Region (or another of cfn-lint\'s price lists for the Region, which it intersects): we do not know the stack\'s Region and take the union (data/deploy/SOURCES.md)',
  },
];

/** The versions cfn-lint's data lists (our table minus what aws-cdk-lib added), for LENIENT. */
const CFN_VERSIONS = new Map<string, Set<string>>();

const BAD_VERSIONS: Record<string, string[]> = {
  postgres: ['15.0', '17.0', '12.0'], mysql: ['8.0.0', '8.4.0', '5.7.1'], mariadb: ['10.11.0', '11.4.0', '10.6.1'],
  'sqlserver-se': ['15.00.0000.0.v1', '16.00.1000.0.v1', '14.00'], 'aurora-mysql': ['3.04.0', '8.0.mysql_aurora.3.04.9', '5.7.12.1'],
  'aurora-postgresql': ['15.0', '16.0', '14.1'],
};
const NEWER: Record<string, string> = {
  postgres: '99.1', mysql: '8.4.99', mariadb: '11.8.99', 'sqlserver-se': '16.00.9999.1.v1', 'aurora-mysql': '8.0.mysql_aurora.3.99.0', 'aurora-postgresql': '17.99',
};

function combos(): { text: string; list: Combo[] } {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
  const list: Combo[] = [];
  for (const engine of Object.keys(BAD_VERSIONS)) {
    const all = rdsEngineVersions(engine)!;
    const deprecated = new Set(rdsDeprecatedVersions(engine));
    const available = all.filter((v) => !deprecated.has(v) && rdsVersionVerdict(engine, v)?.status === 'offered');
    const newest = available[0];
    const versions = [...available.slice(0, 3), available[Math.floor(available.length / 2)], ...[...deprecated].filter((v) => rdsVersionVerdict(engine, v)?.status === 'deprecated').slice(0, 2),
      versionLine(engine, newest), ...BAD_VERSIONS[engine], NEWER[engine]];
    const offered = rdsInstanceClasses(engine, newest)!;
    const classes = [offered[0], offered[Math.floor(offered.length / 2)], offered[offered.length - 1], 'db.t2.small', engine.startsWith('aurora') ? 'db.m5d.large' : 'db.serverless', 'db.r7g.lrge'];
    const aurora = engine.startsWith('aurora');
    for (const version of versions) {
      for (const cls of classes) {
        const group = `G${list.length}`;
        list.push({ group, engine, version, cls });
        if (aurora) {
          lines.push(`  ${group}C:`, '    Type: AWS::RDS::DBCluster', '    Properties:', `      Engine: ${engine}`, `      EngineVersion: "${version}"`,
            '      ServerlessV2ScalingConfiguration: {MinCapacity: 0.5, MaxCapacity: 4}');
        }
        lines.push(`  ${group}I:`, '    Type: AWS::RDS::DBInstance', '    Properties:', `      Engine: ${engine}`, `      EngineVersion: "${version}"`, `      DBInstanceClass: ${cls}`);
        if (aurora) lines.push(`      DBClusterIdentifier: !Ref ${group}C`);
        else lines.push('      AllocatedStorage: "20"', '      MasterUsername: u', '      ManageMasterUserPassword: true');
        if (engine.startsWith('sqlserver')) lines.push('      LicenseModel: license-included');
      }
    }
  }
  return { text: `${lines.join('\n')}\n`, list };
}


describe('integration: RDS offers against cfn-lint (engines, versions, instance classes)', function () {
  this.timeout(900_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-deploy-rds-'));
    const data = JSON.parse(fs.readFileSync(repoPath('data/deploy/rds.json'), 'utf8')) as { engines: Record<string, { v?: string[] }>; cdkAdded: string[] };
    for (const [e, x] of Object.entries(data.engines)) CFN_VERSIONS.set(e, new Set((x.v ?? []).filter((v) => !data.cdkAdded.includes(`${e} ${v}`))));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no error where cfn-lint accepts; where it rejects, we report it or the reason is listed', () => {
    requireCfnLint();
    const gen = combos();
    assert.ok(gen.list.length >= 300, `${gen.list.length} generated combinations`);
    const genFile = path.join(dir, 'combinations.yaml');
    fs.writeFileSync(genFile, gen.text);
    const corpus = corpusTemplates();
    const r = spawnSync('cfn-lint', ['--format', 'json', '--', genFile, ...corpus], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    assert.ok(r.stdout, `cfn-lint did not run: ${r.error ?? r.stderr}`);
    const matches = (JSON.parse(r.stdout) as CfnLintMatch[]).filter((m) => CFN_IDS.has(m.Rule.Id) && m.Level === 'Error');
    for (const id of CFN_IDS) assert.ok(matches.some((m) => m.Filename === genFile && m.Rule.Id === id), `control: cfn-lint reported no ${id}`);

    // Rejections per (file, resource group, rule).
    const rejected = new Map<string, Set<string>>();
    const groupOf = (file: string, res: string) => (file === genFile ? res.replace(/[CI]$/, '') : res);
    for (const m of matches) {
      const res = String(m.Location.Path?.[1] ?? '?');
      const key = `${m.Filename}\u0000${groupOf(m.Filename, res)}`;
      (rejected.get(key) ?? rejected.set(key, new Set()).get(key)!).add(m.Rule.Id);
    }

    const byGroup = new Map(gen.list.map((c) => [c.group, c]));
    let agree = 0;
    let bothAccept = 0;
    const lenient = new Map<string, number>();
    const wrong: string[] = [];
    const corpusCfnOnly: string[] = [];
    for (const file of [genFile, ...corpus]) {
      const a = analyze(fs.readFileSync(file, 'utf8'), { fileName: file, only: IDS });
      assert.deepEqual(a.internalErrors, [], file);
      const ours = new Map<string, string[]>();
      for (const f of a.findings) {
        if (f.severity !== 'error' || !OUR_ERRORS.has(f.ruleId) || !f.resource) continue;
        const key = `${file}\u0000${groupOf(file, f.resource)}`;
        ours.set(key, [...(ours.get(key) ?? []), `${f.ruleId} ${f.message}`]);
      }
      const keys = new Set([...ours.keys(), ...[...rejected.keys()].filter((k) => k.startsWith(`${file}\u0000`))]);
      if (file === genFile) for (const c of gen.list) keys.add(`${file}\u0000${c.group}`);
      for (const key of keys) {
        const cfn = rejected.get(key);
        const we = ours.get(key);
        const where = `${path.relative(repoPath('.'), file)} ${key.split('\u0000')[1]}`;
        const combo = file === genFile ? byGroup.get(key.split('\u0000')[1]) : undefined;
        const label = combo ? `${combo.engine} ${combo.version} ${combo.cls}` : where;
        if (cfn && we) agree++;
        else if (!cfn && !we) bothAccept++;
        else if (we) wrong.push(`${label}: we report an error cfn-lint accepts: ${we.join(' | ')}`);
        else if (combo) {
          const l = LENIENT.find((x) => x.test(combo, cfn!));
          if (l) lenient.set(l.name, (lenient.get(l.name) ?? 0) + 1);
          else wrong.push(`${label}: cfn-lint rejects (${[...cfn!].join(', ')}), we say nothing`);
        } else corpusCfnOnly.push(`${where}: ${[...cfn!].join(', ')}`);
      }
    }
    assert.deepEqual(wrong, []);
    // The corpus: cfn-lint's only rejections we do not share are `docdb` on AWS::RDS:: resources in AWS's own DocumentDB
    // global-cluster sample (the RDS API serves DocumentDB; the sample is how AWS adds a secondary Region).
    assert.deepEqual(corpusCfnOnly.sort(), [
      'test/corpus/cloudformation/aws-samples__amazon-documentdb-samples/samples/global-clusters/addRegion_globalCluster.yaml DocDBDBInstance: E3691',
      'test/corpus/cloudformation/aws-samples__amazon-documentdb-samples/samples/global-clusters/addRegion_globalCluster.yaml DocumentDBCluster: E3690',
    ].sort());
    console.log(`      ${gen.list.length} generated combinations + ${corpus.length} corpus templates: ${agree} rejections both report, ${bothAccept} accepted by both, lenient by design: ${[...lenient].map(([k, n]) => `${n} ${k}`).join(', ')}; 0 errors where cfn-lint accepts`);
    assert.ok(agree >= 150, `${agree} rejections agreed`);
  });
});
