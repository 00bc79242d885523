import { strict as assert } from 'node:assert';
import { PEER_RULES, peerToAdb } from '../../src/core/peers';
import { RULES } from '../../src/core/rules';
import { lint } from './helpers';
import { FIXTURES, fixtureTemplate, suppressionMetadata } from './peers-fixtures';

const ruleIds = (text: string) => lint(text, { production: 'always' }).map((f) => f.ruleId).sort();

describe('peer rule table', () => {
  it('maps only to rules that exist, with a rule source for each entry', () => {
    const ours = new Set(RULES.map((r) => r.id));
    for (const p of PEER_RULES) {
      for (const id of p.adb) assert.ok(ours.has(id), `${p.tool} ${p.id} maps to unknown ${id}`);
      assert.match(p.source, /^https:\/\/github\.com\/(bridgecrewio\/checkov|stelligent\/cfn_nag|cdklabs\/cdk-nag|aws-cloudformation\/cfn-lint|aquasecurity\/trivy-checks|terraform-linters\/tflint-ruleset-aws)\/blob\/|^https:\/\/docs\.aws\.amazon\.com\/config\/latest\/developerguide\/[a-z0-9-]+\.html$/);
    }
  });

  it('has no peer ID twice', () => {
    const seen = PEER_RULES.map((p) => p.id);
    assert.deepEqual(seen.filter((id, i) => seen.indexOf(id) !== i), []);
  });

  it('leaves out peer rules that ask for something else', () => {
    for (const id of ['AwsSolutions-N3', 'AwsSolutions-DOC4', 'CKV_AWS_356', 'CKV_AWS_361', 'AwsSolutions-DOC3', 'W1011']) assert.deepEqual(peerToAdb(id), [], id);
  });

  for (const [id, f] of Object.entries(FIXTURES)) {
    it(`fixture for ${id} fires it`, () => assert.ok(ruleIds(fixtureTemplate(f)).includes(id), ruleIds(fixtureTemplate(f)).join(',')));
  }
});

describe('peer suppressions', () => {
  // Every entry, in its own tool's Metadata form, on a resource where the mapped rule fires: the mapped
  // rules disappear and every other finding on that resource stays.
  for (const p of PEER_RULES) {
    for (const adb of p.adb) {
      it(`${p.tool} ${p.id} silences ${adb} and nothing else`, () => {
        const f = FIXTURES[adb];
        assert.ok(f, `no fixture for ${adb}`);
        const before = ruleIds(fixtureTemplate(f));
        const after = ruleIds(fixtureTemplate(f, suppressionMetadata(p.tool, p.id)));
        assert.ok(before.includes(adb));
        assert.deepEqual(after, before.filter((r) => !p.adb.includes(r)));
      });
    }
  }

  const both = {
    type: 'AWS::RDS::DBInstance',
    props: ['Engine: mysql', 'DBInstanceClass: db.t3.micro', 'AllocatedStorage: 20', 'StorageEncrypted: false', 'PubliclyAccessible: true'],
  };

  it('each form silences the mapped rule and not an unmapped one', () => {
    const base = ruleIds(fixtureTemplate(both));
    assert.ok(base.includes('ADB004') && base.includes('ADB006'));
    const cases: [Parameters<typeof suppressionMetadata>[0], string, string, string][] = [
      ['checkov', 'CKV_AWS_16', 'ADB004', 'ADB006'],
      ['cfn_nag', 'F22', 'ADB006', 'ADB004'],
      ['cdk-nag', 'AwsSolutions-RDS2', 'ADB004', 'ADB006'],
      ['cfn-lint', 'E3720', 'ADB005', 'ADB004'],
      ['cfn-guard', 'RDS_STORAGE_ENCRYPTED', 'ADB004', 'ADB006'],
    ];
    for (const [tool, id, gone, kept] of cases) {
      const props = tool === 'cfn-lint' ? [...both.props, 'KmsKeyId: alias/db'] : both.props;
      const before = ruleIds(fixtureTemplate({ ...both, props }));
      const after = ruleIds(fixtureTemplate({ ...both, props }, suppressionMetadata(tool, id)));
      assert.ok(before.includes(gone), `${id}: ${gone} should fire first`);
      assert.ok(!after.includes(gone), `${tool} ${id} should silence ${gone}`);
      assert.ok(after.includes(kept), `${tool} ${id} must not silence ${kept}`);
    }
  });

  it('an unknown or unmapped peer ID silences nothing', () => {
    const base = ruleIds(fixtureTemplate(both));
    for (const [tool, id] of [['checkov', 'CKV_AWS_999'], ['cdk-nag', 'AwsSolutions-N3'], ['cfn_nag', 'W35'], ['cfn-lint', 'W1011']] as const) {
      assert.deepEqual(ruleIds(fixtureTemplate(both, suppressionMetadata(tool, id))), base, id);
    }
  });

  it('a suppression on one resource leaves another resource alone', () => {
    const one = fixtureTemplate(both, suppressionMetadata('checkov', 'CKV_AWS_16'));
    const two = `${one}  Other:\n    Type: AWS::RDS::DBInstance\n    Properties:\n${both.props.map((p) => `      ${p}`).join('\n')}\n`;
    const findings = lint(two, { production: 'always' }).filter((f) => f.ruleId === 'ADB004');
    assert.deepEqual(findings.map((f) => f.finding.resource), ['Other']);
  });
});
