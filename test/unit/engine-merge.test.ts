/** One problem, one finding: the engine merges a rule's reports on one range (src/core/engine.ts). */
import { strict as assert } from 'node:assert';
import { lint } from './helpers';

/** An Aurora PostgreSQL cluster whose EngineVersion is `value`, with a DBEngineVersion parameter (YAML lines at 4 spaces). */
function cluster(value: string, param = ''): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    ...(param ? ['Parameters:', '  DBEngineVersion:', '    Type: String', param] : []),
    'Resources:',
    '  Cluster:',
    '    Type: AWS::RDS::DBCluster',
    '    Properties:',
    '      Engine: aurora-postgresql',
    `      EngineVersion: ${value}`,
    '',
  ].join('\n');
}

/** The message ADB017 gives for a literal version: the text the merged findings build on. */
function literal(v: string): string {
  const f = lint(cluster(`"${v}"`), { ids: ['ADB017'] });
  assert.equal(f.length, 1, `ADB017 fires on ${v}`);
  return f[0].message;
}

// 24 versions past RDS standard support, as in the Aurora PostgreSQL Quick Start (ones RDS still lists: a version it
// no longer lists, such as 9.6.8, is ADB121's error instead).
const OLD = ['9.6.22', '10.7', '10.21', '11.9', '11.12', '11.13', '11.14', '11.15', '11.16', '11.17', '11.18', '11.19',
  '11.20', '11.21', '12.4', '12.7', '12.8', '12.9', '12.10', '12.11', '12.12', '12.13', '12.14', '12.15'];
const allowed = (vs: string[]) => `    AllowedValues: [${vs.map((v) => `"${v}"`).join(', ')}]`;

describe('one problem, one finding', () => {
  it('gives one warning for a parameter offering 24 old versions without a Default, naming the first five', () => {
    const f = lint(cluster('!Ref DBEngineVersion', allowed(OLD)), { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref DBEngineVersion');
    assert.equal(f[0].line, 10);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, `${literal('9.6.22')} (parameter DBEngineVersion allows "9.6.22", "10.7", "10.21", "11.9", "11.12" and 19 more, which this rule flags)`);
    // Related information points at the parameter's values (the first six).
    assert.deepEqual(f[0].finding.related.map((r) => r.message).slice(0, 2), ['AllowedValues of parameter DBEngineVersion: "9.6.22"', 'AllowedValues of parameter DBEngineVersion: "10.7"']);
    assert.equal(f[0].finding.related.length, 6);
  });

  it('keeps the warning when the Default is one of them, and says the others are flagged too', () => {
    const t = cluster('!Ref DBEngineVersion', `    Default: "11.13"\n${allowed(['11.13', '12.8', '16.4'])}`);
    const f = lint(t, { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, `${literal('11.13')} (parameter DBEngineVersion defaults to "11.13"; it also allows "12.8", which this rule flags too)`);
    const rel = f[0].finding.related.map((r) => `${t.slice(r.span.start, r.span.end)}: ${r.message}`);
    assert.deepEqual(rel, ['"11.13": Default of parameter DBEngineVersion: "11.13"', '"12.8": AllowedValues of parameter DBEngineVersion: "12.8"']);
  });

  it('is information when the Default is compliant and only the alternatives are not, never as if one were configured', () => {
    const t = cluster('!Ref DBEngineVersion', `    Default: "16.4"\n${allowed(['11.13', '11.16', '12.8', '16.4'])}`);
    const f = lint(t, { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref DBEngineVersion');
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, `Parameter DBEngineVersion also offers "11.13", "11.16" and "12.8"; its default "16.4" is not flagged. If "11.13" is chosen: ${literal('11.13')}`);
    assert.ok(!f[0].message.startsWith('EngineVersion'));
    assert.ok(f[0].finding.related.some((r) => r.message === 'Default of parameter DBEngineVersion' && t.slice(r.span.start, r.span.end) === '"16.4"'));
  });

  it('a single alternative reads the same way', () => {
    const f = lint(cluster('!Ref DBEngineVersion', `    Default: "16.4"\n${allowed(['12.8', '16.4'])}`), { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, `Parameter DBEngineVersion also offers "12.8"; its default "16.4" is not flagged. If "12.8" is chosen: ${literal('12.8')}`);
  });

  it('a compliant parameter gives nothing', () => {
    assert.deepEqual(lint(cluster('!Ref DBEngineVersion', `    Default: "16.4"\n${allowed(['16.4', '17.5'])}`), { ids: ['ADB017'] }), []);
  });

  it('keeps the findings of two Fn::If branches apart (two ranges)', () => {
    const t = cluster('!If [Old, "11.13", "12.8"]').replace('Resources:', 'Conditions:\n  Old: !Equals [!Ref AWS::Region, us-east-1]\nResources:');
    const f = lint(t, { ids: ['ADB017'] });
    assert.deepEqual(f.map((x) => [x.at, x.severity, x.message]), [
      ['"11.13"', 'warning', `${literal('11.13')} (when condition Old is true)`],
      ['"12.8"', 'warning', `${literal('12.8')} (when condition Old is false)`],
    ]);
  });

  it('reports a value given twice (Default and MinValue) once', () => {
    const t = [
      'Parameters:',
      '  Size:',
      '    Type: Number',
      '    Default: 5',
      '    MinValue: 5',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: mysql',
      '      StorageType: gp3',
      '      AllocatedStorage: !Ref Size',
      '',
    ].join('\n');
    const f = lint(t, { ids: ['ADB010'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].message, 'AllocatedStorage 5 GiB is outside 20–65536 GiB for gp3 storage: choose a size in that range. (parameter Size defaults to 5)');
  });

  it('a user setting keeps its severity for the configured value, and alternatives stay information', () => {
    const bad = lint(cluster('!Ref DBEngineVersion', allowed(['11.13'])), { ids: ['ADB017'], rules: { ADB017: 'error' } });
    assert.deepEqual(bad.map((x) => x.severity), ['error']);
    const alt = lint(cluster('!Ref DBEngineVersion', `    Default: "16.4"\n${allowed(['11.13', '16.4'])}`), { ids: ['ADB017'], rules: { ADB017: 'error' } });
    assert.deepEqual(alt.map((x) => x.severity), ['info']);
  });

  it('keeps a parameter behind Fn::FindInMap: its own values are named, alternatives are information (Aurora MySQL Quick Start)', () => {
    const t = [
      'Parameters:',
      '  DBEngineVersion:',
      '    Type: String',
      '    Default: Aurora-MySQL-3.04.0',
      '    AllowedValues: [Aurora-MySQL5.7-2.07.9, Aurora-MySQL5.7-2.11.1, Aurora-MySQL-3.04.0]',
      'Mappings:',
      '  Versions:',
      '    Aurora-MySQL5.7-2.07.9: { engineversion: 5.7.mysql_aurora.2.07.9 }',
      '    Aurora-MySQL5.7-2.11.1: { engineversion: 5.7.mysql_aurora.2.11.1 }',
      '    Aurora-MySQL-3.04.0: { engineversion: 8.0.mysql_aurora.3.04.0 }',
      'Resources:',
      '  Cluster:',
      '    Type: AWS::RDS::DBCluster',
      '    Properties:',
      '      Engine: aurora-mysql',
      '      EngineVersion: !FindInMap [Versions, !Ref DBEngineVersion, engineversion]',
      '',
    ].join('\n');
    const lit = lint(t.replace(/EngineVersion: !FindInMap.*/, 'EngineVersion: 5.7.mysql_aurora.2.07.9'), { ids: ['ADB017'] });
    assert.equal(lit.length, 1);
    const f = lint(t, { ids: ['ADB017'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!FindInMap [Versions, !Ref DBEngineVersion, engineversion]');
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, `Parameter DBEngineVersion also offers "Aurora-MySQL5.7-2.07.9" and "Aurora-MySQL5.7-2.11.1"; its default "Aurora-MySQL-3.04.0" is not flagged. If "Aurora-MySQL5.7-2.07.9" is chosen: ${lit[0].message}`);
  });

  it('a finding that needs another parameter\'s non-default value is information (Report.also; SQL Server Quick Start)', () => {
    const t = (size: string) => [
      'Parameters:',
      '  I: { Type: Number, Default: 1000 }',
      `  S: { Type: Number, ${size} }`,
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: sqlserver-se',
      '      StorageType: io1',
      '      Iops: !Ref I',
      '      AllocatedStorage: !Ref S',
      '',
    ].join('\n');
    const alt = lint(t('Default: 500, MaxValue: 16000'), { ids: ['ADB011'] });
    assert.deepEqual(alt.map((x) => [x.at, x.severity, x.message]), [
      ['!Ref I', 'info', 'Iops 1000 is 0.06 IOPS per GiB of 16000 GiB: io1 takes 1–50 per GiB, so change Iops or the allocated storage. (parameter I defaults to 1000) (only with parameter values other than their defaults)'],
    ]);
    // The same pair from the Defaults is the configured template: the rule's severity.
    const conf = lint(t('Default: 16000'), { ids: ['ADB011'] });
    assert.deepEqual(conf.map((x) => [x.severity, x.message]), [
      ['error', 'Iops 1000 is 0.06 IOPS per GiB of 16000 GiB: io1 takes 1–50 per GiB, so change Iops or the allocated storage. (parameter I defaults to 1000)'],
    ]);
  });

  it('a report on a span that needs a non-default value is information too (ADB061)', () => {
    const t = [
      'Parameters:',
      '  Tls: { Type: String, Default: "true", AllowedValues: ["true", "false"] }',
      'Resources:',
      '  Rg:',
      '    Type: AWS::ElastiCache::ReplicationGroup',
      '    Properties:',
      '      ReplicationGroupDescription: d',
      '      Engine: redis',
      '      AuthToken: "{{resolve:secretsmanager:tok}}"',
      '      TransitEncryptionEnabled: !Ref Tls',
      '',
    ].join('\n');
    const f = lint(t, { ids: ['ADB061'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'AuthToken');
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, / \(only with parameter values other than their defaults\)$/);
    const fixed = lint(t.replace('Default: "true", ', ''), { ids: ['ADB061'] });
    assert.deepEqual(fixed.map((x) => x.severity), ['error']);
  });
});
