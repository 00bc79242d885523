import { strict as assert } from 'node:assert';
import { HoverDocument, hoverAt, hoverDocument } from '../../src/core/hover';
import { olderGuidance } from '../../src/core/hover/render';
import { withMore } from './hover-reachability.test';
import { FACTS } from '../../src/knowledge';
import { dedent } from './helpers';

const yaml = dedent(`
  AWSTemplateFormatVersion: "2010-09-09"
  Parameters:
    Retention:
      Type: Number
      Default: 7
  Resources:
    Db:
      Type: AWS::RDS::DBInstance
      Properties:
        Engine: mysql
        StorageType: gp2
        BackupRetentionPeriod: 40
        StorageEncrypted: true
        Tags:
          - Key: team
            Value: data
    Cluster:
      Type: AWS::RDS::DBCluster
      Properties:
        Engine: aurora-mysql
        EngineMode: serverless
        BackupRetentionPeriod: !Ref Retention
`);

/** Hover at the n-th occurrence of `needle` (+1 character, inside it). */
function at(text: string, needle: string, n = 0, file = 'template.yaml'): string | undefined {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return hoverAt(text, i + 1, file);
}

const factBy = (pred: (f: (typeof FACTS)[number]) => boolean) => FACTS.find(pred);

describe('hover: CloudFormation', () => {
  it('on a resource type: what it is, its reference page, key limits with sources', () => {
    const h = at(yaml, 'AWS::RDS::DBInstance')!;
    assert.match(h, /^\*\*AWS::RDS::DBInstance\*\*: An RDS DB instance/);
    assert.ok(h.includes('https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html'));
    const retention = factBy((f) => f.targets?.cfn?.includes('AWS::RDS::DBInstance.BackupRetentionPeriod') ?? false)!;
    assert.ok(h.includes('Key limits'));
    assert.ok(h.includes('Related pattern'), 'pattern 1 is related to DB instances');
    assert.ok(!h.includes(retention.sources[0]) && withMore(h)!.includes(retention.sources[0]), 'the sources are under More…');
  });

  it('on a property key: range, default, changeability and sources of the fact', () => {
    const h = at(yaml, 'BackupRetentionPeriod')!;
    const f = factBy((x) => x.id === 'rds.backup-retention')!;
    assert.ok(h.includes('**BackupRetentionPeriod** (AWS::RDS::DBInstance)'));
    assert.ok(h.includes(`**Limits:** ${f.min}–${f.max} ${f.unit}; 7 or more recommended for production`), h);
    assert.ok(!/Range/.test(h));
    assert.ok(h.includes('changeable after creation: yes'));
    for (const u of f.sources) assert.ok(withMore(h)!.includes(`(${u})`), u);
    // Older guidance differs: both are shown, in the user's terms.
    assert.ok(h.includes('Older guidance says') && h.includes('*AWS documents:*'));
  });

  it('says nothing of older guidance where it agrees with AWS (a "which matches" note)', () => {
    const agreeing = factBy((f) => /which matches\.?$/.test(f.seedSays ?? ''))!;
    assert.ok(agreeing, 'a fact whose older guidance agrees');
    assert.equal(olderGuidance(agreeing), undefined);
    const differing = factBy((f) => !!f.seedSays && !/which matches\.?$/.test(f.seedSays))!;
    assert.match(olderGuidance(differing)!, /\*AWS documents:\*/);
  });

  it('on a value: the value fact first, then the property', () => {
    const h = at(yaml, 'gp2')!;
    const v = factBy((f) => f.targets?.cfn?.includes('AWS::RDS::DBInstance.StorageType=gp2') ?? false)!;
    // (A finding on the value, if a rule reports one, comes first.)
    const prop = factBy((f) => f.id === 'rds.storage-type')!;
    assert.ok(h.includes('**StorageType: `gp2`**') && h.indexOf(v.subject) < h.indexOf(prop.subject), 'the value fact, then the property');
    assert.ok(withMore(h)!.includes(v.sources[0]));
    const serverless = at(yaml, 'serverless')!;
    const s = factBy((f) => f.targets?.cfn?.includes('AWS::RDS::DBCluster.EngineMode=serverless') ?? false)!;
    assert.ok(withMore(serverless)!.includes(s.sources[0]));
  });

  it('on a finding: the rule, its explanation and its source, before the facts', () => {
    const h = at(yaml, '40')!;
    assert.match(h, /^\*\*ADB001\*\*/);
    assert.ok(h.indexOf('ADB001') < h.indexOf('**BackupRetentionPeriod**'));
  });

  it('on an intrinsic function value: the property it sets', () => {
    const h = hoverAt(yaml, yaml.indexOf('!Ref Retention') + 7, 'template.yaml')!;
    assert.ok(h.includes('(AWS::RDS::DBCluster)'), h);
  });

  it('nothing outside resources, on unknown properties, or in a text that is no template', () => {
    assert.equal(at(yaml, 'AWSTemplateFormatVersion'), undefined);
    assert.equal(at(yaml, 'team'), undefined);
    assert.equal(hoverAt('name: x\nitems: [1, 2]\n', 2, 'notes.yaml'), undefined);
    assert.equal(hoverAt('{ broken', 3, 'x.json'), undefined);
    assert.equal(hoverAt(yaml, 1e9, 'template.yaml'), undefined);
  });

  it('JSON templates give the same hovers', () => {
    const json = JSON.stringify({ Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { StorageType: 'gp2', BackupRetentionPeriod: 7 } } } }, null, 2);
    assert.ok(at(json, '"gp2"', 0, 't.json')!.includes('**StorageType: `gp2`**'));
    assert.ok(at(json, 'BackupRetentionPeriod', 0, 't.json')!.includes('Automated backup retention'));
    assert.ok(at(json, 'AWS::RDS::DBInstance', 0, 't.json')!.includes('An RDS DB instance'));
  });

  it('reads a text once: the same document object answers every hover of that text', () => {
    const a = hoverDocument(yaml, 'cache.yaml');
    assert.equal(hoverDocument(yaml, 'cache.yaml'), a);
    assert.notEqual(hoverDocument(yaml + '\n', 'cache.yaml'), a);
  });

  it('with noAnalysis, findings come only from setFindings (the editor passes the diagnostics)', () => {
    const d = new HoverDocument(yaml, 't.yaml', { noAnalysis: true });
    const off = yaml.indexOf('40') + 1;
    assert.ok(!d.hover(off)!.includes('ADB001'));
    d.setFindings([{ ruleId: 'ADB001', severity: 'error', message: 'given', span: { start: off - 1, end: off + 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, related: [], fixes: [] }]);
    assert.ok(d.hover(off)!.startsWith('**ADB001**'));
  });
});
