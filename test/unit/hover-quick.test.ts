/**
 * The quick (one-resource) YAML hover agrees with the hover on the fully read template, at every
 * 7th offset (over a character, not whitespace) of the real templates of the corpus and of a generated template.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../src/core/engine';
import { locateCfn, resourceEntries } from '../../src/core/hover/cloudformation';
import { quickYamlSpot } from '../../src/core/hover/quick-yaml';
import { HoverDocument } from '../../src/core/hover';

const CORPUS = '/work/shared/corpus';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.ya?ml$/i.test(e.name) ? [p] : [];
  });
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

  it('agrees with the full read on the corpus templates', function () {
    this.timeout(60_000);
    const files = yamlFiles(CORPUS);
    assert.ok(files.length > 0, 'no corpus');
    let compared = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const doc = readDocument(text, f);
      if (doc?.kind !== 'cloudformation') continue;
      const full = resourceEntries(doc.root);
      for (let o = 0; o < text.length; o += 7) {
        // Positions over characters, as the editor asks (on indentation the two reads may differ harmlessly).
        if (/\s/.test(text[o])) continue;
        const q = quickYamlSpot(text, o);
        if (q === 'full') continue;
        compared++;
        assert.deepEqual(q, locateCfn(full, o), `${f} offset ${o}`);
      }
    }
    assert.ok(compared > 1000, `only ${compared} offsets compared`);
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
