/** The RDS offer table (data/deploy/rds.json) and its API: real combinations, valid and invalid. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { setDeploySource } from '../../src/core/deploy/load';
import {
  clusterServiceClassVerdict, compareVersions, docdbVersionVerdict, isOffered, isRdsEngine, nearest, rdsClassVerdict, rdsDataInfo,
  rdsEngineVersions, rdsEngines, rdsFamilyOf, rdsInstanceClasses, rdsVersionVerdict, resetRdsData, versionLine,
} from '../../src/core/deploy/rds';
import { setReporter } from '../../src/core/log';
import { HoverDocument } from '../../src/core/hover';
import { repoPath } from './helpers';

describe('deploy data: RDS offers', () => {
  it('records its sources and date', () => {
    const i = rdsDataInfo()!;
    assert.match(i.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(i.sources['cfn-lint'], /^\d+\.\d+\.\d+$/);
    assert.match(i.sources['aws-cdk-lib'], /^2\.\d+\.\d+$/);
    assert.ok(fs.existsSync(repoPath('data/deploy/LICENSE-cfn-lint')));
    assert.ok(fs.existsSync(repoPath('data/deploy/SOURCES.md')));
  });

  it('knows the engines of CreateDBInstance and CreateDBCluster, and their spelling neighbours', () => {
    const es = rdsEngines()!;
    for (const e of ['postgres', 'mysql', 'mariadb', 'aurora-mysql', 'aurora-postgresql', 'oracle-ee', 'sqlserver-ex', 'db2-se', 'neptune']) assert.ok(es.includes(e), e);
    assert.equal(isRdsEngine('MySQL'), true);
    assert.equal(isRdsEngine('postgresql'), false);
    assert.deepEqual(nearest('postgresql', es), ['postgres']);
    assert.deepEqual(nearest('aurora-postgres', es), ['aurora-postgresql']);
  });

  it('orders versions by their numbers', () => {
    assert.ok(compareVersions('16.10', '16.9') > 0);
    assert.ok(compareVersions('8.0.mysql_aurora.3.10.0', '8.0.mysql_aurora.3.9.0') > 0);
    assert.equal(versionLine('postgres', '16.4'), '16');
    assert.equal(versionLine('mysql', '8.0.36'), '8.0');
    assert.equal(versionLine('aurora-mysql', '8.0.mysql_aurora.3.04.0'), '8.0.mysql_aurora.3');
    const pg = rdsEngineVersions('postgres')!;
    assert.ok(pg.length > 100);
    for (let i = 1; i < pg.length; i++) assert.ok(compareVersions(pg[i - 1], pg[i]) >= 0, `${pg[i - 1]} before ${pg[i]}`);
  });

  it('judges engine versions: offered, major only, deprecated, never offered, newer than the data', () => {
    assert.equal(rdsVersionVerdict('postgres', '17.4')?.status, 'offered');
    assert.equal(rdsVersionVerdict('aurora-mysql', '8.0.mysql_aurora.3.08.0')?.status, 'offered');
    // A major version alone: RDS takes its default minor.
    for (const [e, v] of [['postgres', '16'], ['mysql', '8.0'], ['mariadb', '10.11'], ['aurora-mysql', '8.0'], ['sqlserver-ee', '15.00']]) assert.equal(rdsVersionVerdict(e, v)?.status, 'major', `${e} ${v}`);
    // 15.0 was never a PostgreSQL version on RDS.
    const v15 = rdsVersionVerdict('postgres', '15.0')!;
    assert.equal(v15.status, 'not-offered');
    assert.ok(v15.suggestions.every((s) => s.startsWith('15.')) && v15.suggestions.length > 0);
    // Aurora MySQL written the CDK's way, without the 8.0.mysql_aurora. prefix.
    const a = rdsVersionVerdict('aurora-mysql', '3.04.0')!;
    assert.equal(a.status, 'not-offered');
    assert.deepEqual(a.suggestions.slice(0, 1), ['8.0.mysql_aurora.3.04.0']);
    assert.equal(rdsVersionVerdict('mysql', '8.0.28')?.status, 'deprecated');
    assert.equal(rdsVersionVerdict('mysql', '8.0.28')?.latestInLine, rdsEngineVersions('mysql')!.find((v) => v.startsWith('8.0.') && rdsVersionVerdict('mysql', v)?.status === 'offered'));
    assert.equal(rdsVersionVerdict('postgres', '99.1')?.status, 'newer');
    assert.equal(rdsVersionVerdict('aurora-mysql', '8.0.mysql_aurora.3.99.0')?.status, 'newer');
    // No version data for Oracle: no verdict.
    assert.equal(rdsVersionVerdict('oracle-ee', '19.0.0.0.ru-2024-01.rur-2024-01.r1'), undefined);
  });

  it('judges instance classes per engine and version', () => {
    assert.equal(rdsClassVerdict('postgres', '17.4', 'db.r7g.large')?.offered, true);
    assert.equal(rdsClassVerdict('aurora-postgresql', '16.6', 'db.serverless')?.offered, true);
    const s = rdsClassVerdict('mysql', '8.0.40', 'db.serverless')!;
    assert.deepEqual([s.offered, s.why], [false, 'engine']);
    // Aurora MySQL version 3 does not run on db.t2.
    const t2 = rdsClassVerdict('aurora-mysql', '8.0.mysql_aurora.3.08.0', 'db.t2.small')!;
    assert.deepEqual([t2.offered, t2.why], [false, 'version']);
    assert.ok(t2.suggestions.length > 0 && t2.suggestions.every((c) => rdsClassVerdict('aurora-mysql', '8.0.mysql_aurora.3.08.0', c)?.offered));
    const typo = rdsClassVerdict('postgres', undefined, 'db.r7g.lrge')!;
    assert.equal(typo.offered, false);
    assert.equal(typo.suggestions[0], 'db.r7g.large');
    assert.ok(rdsInstanceClasses('postgres', '17.4')!.length <= rdsInstanceClasses('postgres')!.length);
    assert.equal(rdsClassVerdict('custom-oracle-ee', undefined, 'db.r5.large'), undefined);
    assert.equal(isOffered('postgres', '17.4', 'db.m7g.large'), true);
    assert.equal(isOffered('postgres', '15.0'), false);
    assert.equal(isOffered('postgres', '99.1'), undefined);
  });

  it('derives parameter-group families', () => {
    assert.equal(rdsFamilyOf('postgres', '16.4'), 'postgres16');
    assert.equal(rdsFamilyOf('postgres', '9.6.24'), 'postgres9.6');
    assert.equal(rdsFamilyOf('mysql', '8.4.3'), 'mysql8.4');
    assert.equal(rdsFamilyOf('aurora-mysql', '8.0.mysql_aurora.3.04.0'), 'aurora-mysql8.0');
    assert.equal(rdsFamilyOf('aurora-postgresql', '15.4'), 'aurora-postgresql15');
    assert.equal(rdsFamilyOf('mariadb', '10.11.6'), 'mariadb10.11');
    assert.equal(rdsFamilyOf('sqlserver-ee', '15.00.4073.23.v1'), 'sqlserver-ee-15.0');
    assert.equal(rdsFamilyOf('oracle-ee', '19.0.0.0.ru-2024-01.rur-2024-01.r1'), 'oracle-ee-19');
    assert.equal(rdsFamilyOf('docdb', '5.0.0'), 'docdb5.0');
    assert.equal(rdsFamilyOf('mysql', '8'), undefined);
    assert.equal(rdsFamilyOf('custom-oracle-ee', '19.c'), undefined);
  });

  it('DocumentDB and Neptune: classes and DocumentDB versions', () => {
    assert.equal(clusterServiceClassVerdict('docdb', 'db.r6g.large')?.offered, true);
    assert.equal(clusterServiceClassVerdict('docdb', 'db.serverless')?.offered, true);
    assert.equal(clusterServiceClassVerdict('docdb', 'db.m5.large')?.offered, false);
    assert.equal(clusterServiceClassVerdict('neptune', 'db.r6g.large')?.offered, true);
    assert.equal(clusterServiceClassVerdict('neptune', 'db.t2.micro')?.offered, false);
    assert.equal(docdbVersionVerdict('5.0.0')?.status, 'offered');
    assert.equal(docdbVersionVerdict('4.0')?.status, 'major');
    assert.equal(docdbVersionVerdict('4.1.0')?.status, 'not-offered');
    assert.equal(docdbVersionVerdict('9.0.0')?.status, 'newer');
  });

  it('missing or corrupt data: no answer, said once, no throw', () => {
    const said: string[] = [];
    const prev = setReporter({ log: (_l, m) => void said.push(m) });
    try {
      setDeploySource(() => undefined);
      resetRdsData();
      assert.equal(rdsEngines(), undefined);
      assert.equal(rdsVersionVerdict('postgres', '15.0'), undefined);
      assert.equal(isOffered('postgres', '15.0'), undefined);
      setDeploySource(() => ({ nonsense: true }));
      resetRdsData();
      assert.equal(rdsClassVerdict('postgres', '16.4', 'db.r7g.large'), undefined);
      setDeploySource(() => {
        throw new SyntaxError('Unexpected token');
      });
      resetRdsData();
      assert.equal(rdsDataInfo(), undefined);
      assert.ok(said.some((m) => /missing/.test(m)) && said.some((m) => /not in the expected shape/.test(m)), said.join('\n'));
    } finally {
      setReporter(prev);
      setDeploySource(undefined);
      resetRdsData();
    }
    assert.equal(rdsVersionVerdict('postgres', '15.0')?.status, 'not-offered');
  });
});

describe('hover on an engine version', () => {
  const at = (t: string, needle: string) => new HoverDocument(t, 't.yaml', { noAnalysis: true }).hover(t.indexOf(needle) + 1) ?? '';
  const tpl = (type: string, engine: string, version: string) => `Resources:\n  Db:\n    Type: ${type}\n    Properties:\n${engine ? `      Engine: ${engine}\n` : ''}      EngineVersion: "${version}"\n`;
  it('says offered or not, the newest minor of the major version and its support end, with sources', () => {
    const h = at(tpl('AWS::RDS::DBInstance', 'postgres', '14.6'), '14.6');
    assert.match(h, /^\*\*PostgreSQL 14\.6\*\*: deprecated: RDS no longer creates databases with it \(cfn-lint [\d.]+ data, \d{4}-\d\d-\d\d: \[DescribeDBEngineVersions\]\(https:/);
    assert.match(h, /Newest minor version of its major version: 14\.\d+/);
    assert.match(h, /End of RDS standard support for PostgreSQL 14: 2027-02-28 \(\[source\]\(https:\/\/docs\.aws\.amazon\.com\//);
    assert.match(at(tpl('AWS::RDS::DBInstance', 'postgres', '15.0'), '15.0'), /not offered: creating a database with it fails[\s\S]*Offered instead: 15\./);
    assert.match(at(tpl('AWS::RDS::DBCluster', 'aurora-mysql', '8.0.mysql_aurora.3.99.0'), '3.99'), /not known as of \d{4}-\d\d-\d\d/);
    assert.match(at(tpl('AWS::RDS::DBInstance', 'mysql', '8.0'), '8.0'), /a major version: RDS takes its default minor version[\s\S]*past: paid RDS Extended Support/);
    assert.match(at(tpl('AWS::DocDB::DBCluster', '', '5.0.0'), '5.0.0'), /DocumentDB 5\.0\.0\*\*: offered/);
  });
  it('says nothing without a known engine', () => {
    assert.doesNotMatch(at(tpl('AWS::RDS::DBInstance', '!Ref E', '15.0'), '15.0'), /PostgreSQL 15\.0/);
  });
});
