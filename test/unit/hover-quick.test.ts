/**
 * The quick (one-resource) YAML hover agrees with the hover on the fully read template, at every
 * 7th offset (over a character, not whitespace) of the real templates of the corpus and of a generated template.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { readDocument } from '../../src/core/engine';
import { locateCfn, resourceEntries } from '../../src/core/forms/cloudformation/hover';
import { quickYamlSpot } from '../../src/core/forms/cloudformation/hover-quick-yaml';
import { quickJsonSpot } from '../../src/core/forms/cloudformation/hover-quick-json';
import { HoverDocument } from '../../src/core/hover';
import { CFN_SAMPLES, fixtureFiles } from '../fixture';


/** Compares the quick spot with the full read at every 7th non-space offset; returns how many were compared. */
function compare(files: string[], quick: (text: string, o: number) => unknown): number {
  let compared = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const doc = readDocument(text, f);
    if (doc?.kind !== 'cloudformation') continue;
    const full = resourceEntries(doc.root);
    for (let o = 0; o < text.length; o += 7) {
      // Positions over characters, as the editor asks (on indentation the two reads may differ harmlessly).
      if (/\s/.test(text[o])) continue;
      const q = quick(text, o);
      if (q === 'full') continue;
      compared++;
      assert.deepEqual(q, locateCfn(full, o), `${f} offset ${o}`);
    }
  }
  return compared;
}

const SAMPLE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
Resources:
  # a comment at the logical-ID indentation
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      StorageType: gp2
      BackupRetentionPeriod: 7

      Tags:
        - Key: a
          Value: |
            text
  Table:
    Type: AWS::DynamoDB::Table
    Properties: { BillingMode: PAY_PER_REQUEST }
Outputs:
  Out:
    Value: !Ref Db
`;

describe('hover: quick one-resource YAML read', () => {
  it('agrees with the full read on a sample with comments, blank lines, block and flow styles', () => {
    const full = resourceEntries(readDocument(SAMPLE, 't.yaml')!.root);
    for (let o = 0; o < SAMPLE.length; o++) {
      if (/\s/.test(SAMPLE[o])) continue;
      const q = quickYamlSpot(SAMPLE, o);
      if (q !== 'full') assert.deepEqual(q, locateCfn(full, o), `offset ${o}: ${JSON.stringify(SAMPLE.slice(o, o + 15))}`);
    }
    assert.equal(quickYamlSpot(SAMPLE, SAMPLE.indexOf('Value: !Ref') + 8), undefined, 'Outputs are not resources');
    assert.deepEqual(quickYamlSpot(SAMPLE, SAMPLE.indexOf('PAY_PER') + 1), { type: 'AWS::DynamoDB::Table', onType: false, path: 'BillingMode', value: 'PAY_PER_REQUEST' });
    const multiLineFlow = SAMPLE.replace('{ BillingMode: PAY_PER_REQUEST }', '{\n      BillingMode: PAY_PER_REQUEST }');
    assert.equal(quickYamlSpot(multiLineFlow, multiLineFlow.indexOf('PAY_PER') + 1), 'full', 'a flow collection over several lines reads the whole text');
    const anchored = SAMPLE.replace('StorageType: gp2', 'StorageType: &st gp2');
    assert.equal(quickYamlSpot(anchored, anchored.indexOf('gp2') + 1), 'full', 'anchors read the whole text');
    assert.deepEqual(quickYamlSpot(SAMPLE, SAMPLE.indexOf('gp2') + 1), { type: 'AWS::RDS::DBInstance', onType: false, path: 'StorageType', value: 'gp2' });
  });

  it('agrees with the full read on the corpus templates (YAML and JSON)', function () {
    this.timeout(60_000);
    const yaml = fixtureFiles(CFN_SAMPLES, /\.ya?ml$/i);
    const json = fixtureFiles(CFN_SAMPLES, /\.json$/i);
    assert.ok(compare(yaml, (t, o) => quickYamlSpot(t, o)) > 1000);
    assert.ok(compare(json, (t, o) => quickJsonSpot(t, o)) > 1000);
  });

  it('JSON: outside Resources nothing, a minified file reads the whole text', () => {
    const json = JSON.stringify({ Parameters: { P: { Type: 'String' } }, Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { StorageType: 'gp2' } } }, Outputs: { O: { Value: 1 } } }, null, 2);
    assert.deepEqual(quickJsonSpot(json, json.indexOf('"gp2"') + 1), { type: 'AWS::RDS::DBInstance', onType: false, path: 'StorageType', value: 'gp2' });
    assert.equal(quickJsonSpot(json, json.indexOf('"String"') + 1), undefined);
    assert.equal(quickJsonSpot(json, json.indexOf('"O"') + 1), undefined);
    const min = JSON.stringify(JSON.parse(json));
    assert.equal(quickJsonSpot(min, min.indexOf('"gp2"') + 1), 'full');
  });

  it('a HoverDocument gives the same Markdown before and after reading the whole text', () => {
    const a = new HoverDocument(SAMPLE, 't.yaml', { noAnalysis: true });
    const at = SAMPLE.indexOf('BackupRetentionPeriod') + 2;
    const quick = a.hover(at);
    const b = new HoverDocument(SAMPLE, 't.yaml', { noAnalysis: true });
    for (let i = 0; i < 60; i++) b.hover(0); // past the quick-hover limit: the text is read
    assert.ok(quick);
    assert.equal(b.hover(at), quick);
  });
});
