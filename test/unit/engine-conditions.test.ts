/** Conditions narrow parameters inside Fn::If branches (src/core/conditions.ts, src/core/resolve.ts). */
import { strict as assert } from 'node:assert';
import { readDocument } from '../../src/core/engine';
import { getPath } from '../../src/core/model';
import { resolve } from '../../src/core/resolve';
import { lint } from './helpers';

/** An RDS instance whose StorageEncrypted is `value`, with these Parameters and Conditions (lines at 2 spaces). */
function template(value: string, parameters: string, conditions: string): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:', parameters,
    'Conditions:', conditions,
    'Resources:',
    '  Db:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    `      StorageEncrypted: ${value}`,
    '',
  ].join('\n');
}

const ENC = '  Enc:\n    Type: String\n    AllowedValues: ["true", "false"]';
const ENV = '  Env:\n    Type: String\n    AllowedValues: [dev, prod]';

/** The values StorageEncrypted can take, as strings ('-' for AWS::NoValue), with their conditions. */
function values(text: string): string[] {
  const doc = readDocument(text, 'template.yaml')!;
  const node = getPath(doc.resources[0].properties, 'StorageEncrypted');
  const r = resolve(node, doc);
  return r.candidates.map((c) => `${c.noValue ? '-' : String(c.value)}${c.condition ? ` when ${c.condition.name}=${c.condition.branch}` : ''}`);
}

describe('conditions narrow parameters (Fn::If)', () => {
  it('the branch of Equals [Ref P, "true"] does not offer P = false (the Quick Start contradiction)', () => {
    const t = template(`!If [UseEnc, !Ref Enc, !Ref AWS::NoValue]`, ENC, `  UseEnc: !Equals [!Ref Enc, "true"]`);
    assert.deepEqual(values(t), ['true when UseEnc=true', '- when UseEnc=false']);
    // Before: "StorageEncrypted is false … (parameter Enc allows "false") (when condition UseEnc is true)", a contradiction.
    assert.deepEqual(lint(t, { ids: ['ADB004'] }), []);
  });

  it('works with the literal first, and with a Default beside the AllowedValues', () => {
    const params = '  Enc:\n    Type: String\n    Default: "true"\n    AllowedValues: ["true", "false"]';
    const t = template(`!If [UseEnc, !Ref Enc, true]`, params, `  UseEnc: !Equals ["true", !Ref Enc]`);
    assert.deepEqual(values(t), ['true when UseEnc=true', 'true when UseEnc=false']);
    assert.deepEqual(lint(t, { ids: ['ADB004'] }), []);
  });

  it('keeps a value the condition does not exclude, and reports it once with the condition', () => {
    const t = template(`!If [IsProd, !Ref Enc, true]`, `${ENC}\n${ENV}`, `  IsProd: !Equals [!Ref Env, prod]`);
    const f = lint(t, { ids: ['ADB004'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Enc');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'StorageEncrypted is false: set it to true (encryption cannot be turned on after creation for non-Aurora engines). (parameter Enc allows "false") (when condition IsProd is true)');
  });

  it('narrows through Fn::Not', () => {
    const t = template(`!If [NoEnc, true, !Ref Enc]`, ENC, `  NoEnc: !Not [!Equals [!Ref Enc, "true"]]`);
    assert.deepEqual(values(t), ['true when NoEnc=true', 'true when NoEnc=false']);
    assert.deepEqual(lint(t, { ids: ['ADB004'] }), []);
  });

  it('narrows through Fn::And (true branch) and keeps values Fn::Or leaves open', () => {
    const cond = '  Both: !And [!Equals [!Ref Enc, "true"], !Equals [!Ref Env, prod]]\n  Either: !Or [!Equals [!Ref Enc, "true"], !Equals [!Ref Env, prod]]';
    assert.deepEqual(lint(template(`!If [Both, !Ref Enc, true]`, `${ENC}\n${ENV}`, cond), { ids: ['ADB004'] }), []);
    // Or: with Env = prod, Enc may still be false.
    assert.deepEqual(values(template(`!If [Either, !Ref Enc, true]`, `${ENC}\n${ENV}`, cond)), ['true when Either=true', 'false when Either=true', 'true when Either=false']);
    // And, false branch: Enc = false is possible (then Both is false).
    assert.deepEqual(values(template(`!If [Both, true, !Ref Enc]`, `${ENC}\n${ENV}`, cond)), ['true when Both=true', 'true when Both=false', 'false when Both=false']);
  });

  it('Fn::Or over a parameter that can never match narrows the other one', () => {
    const env = '  Env:\n    Type: String\n    AllowedValues: [dev, test]';
    const t = template(`!If [Either, !Ref Enc, true]`, `${ENC}\n${env}`, `  Either: !Or [!Equals [!Ref Enc, "true"], !Equals [!Ref Env, prod]]`);
    assert.deepEqual(values(t), ['true when Either=true', 'true when Either=false']);
  });

  it('follows Condition references, and conditions of nested Fn::If', () => {
    const cond = '  UseEnc: !Equals [!Ref Enc, "true"]\n  Prod: !Equals [!Ref Env, prod]\n  ProdEnc: !And [{ Condition: UseEnc }, { Condition: Prod }]';
    assert.deepEqual(values(template(`!If [ProdEnc, !Ref Enc, true]`, `${ENC}\n${ENV}`, cond)), ['true when ProdEnc=true', 'true when ProdEnc=false']);
    assert.deepEqual(values(template(`!If [Prod, !If [UseEnc, !Ref Enc, true], true]`, `${ENC}\n${ENV}`, cond)), ['true when UseEnc=true', 'true when UseEnc=false', 'true when Prod=false']);
  });

  it('a pseudo parameter or Fn::FindInMap in a condition prunes nothing', () => {
    const cond = '  InUsEast: !Equals [!Ref AWS::Region, us-east-1]\n  Mapped: !Equals [!FindInMap [M, !Ref Enc, v], "true"]';
    for (const c of ['InUsEast', 'Mapped']) {
      const t = template(`!If [${c}, !Ref Enc, true]`, ENC, cond);
      assert.deepEqual(values(t), [`true when ${c}=true`, `false when ${c}=true`, `true when ${c}=false`], c);
      assert.equal(lint(t, { ids: ['ADB004'] }).length, 1, c);
    }
  });

  it('drops a branch whose condition can never hold', () => {
    const never = template(`!If [Staging, false, true]`, ENV, `  Staging: !Equals [!Ref Env, staging]`);
    assert.deepEqual(values(never), ['true when Staging=false']);
    assert.deepEqual(lint(never, { ids: ['ADB004'] }), []);
    // Contradictory And: never true.
    const and = template(`!If [Both, false, true]`, ENV, `  Both: !And [!Equals [!Ref Env, prod], !Equals [!Ref Env, dev]]`);
    assert.deepEqual(values(and), ['true when Both=false']);
    // A parameter without AllowedValues may be anything: the branch stays, and so does the finding.
    const open = template(`!If [Staging, false, true]`, '  Env:\n    Type: String\n    Default: dev', `  Staging: !Equals [!Ref Env, staging]`);
    const f = lint(open, { ids: ['ADB004'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'false');
    // With Env at its Default (dev), Staging is false: the branch needs a non-default value, so information.
    assert.equal(f[0].severity, 'info');
  });

  it('a branch the parameters\' defaults do not take is information, and says so', () => {
    const pub = '  P:\n    Type: String\n    Default: "false"\n    AllowedValues: ["true", "false"]';
    const t = template(`!If [IsPublic, false, true]`, pub, `  IsPublic: !Equals [!Ref P, "true"]`);
    const f = lint(t, { ids: ['ADB004'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, 'false');
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].message, 'StorageEncrypted is false: set it to true (encryption cannot be turned on after creation for non-Aurora engines). (when condition IsPublic is true, which it is not with the parameters\' defaults)');
    // The branch the defaults take keeps the rule's severity.
    const g = lint(template(`!If [IsPublic, true, false]`, pub, `  IsPublic: !Equals [!Ref P, "true"]`), { ids: ['ADB004'] });
    assert.deepEqual(g.map((x) => [x.severity, x.message]), [['warning', 'StorageEncrypted is false: set it to true (encryption cannot be turned on after creation for non-Aurora engines). (when condition IsPublic is false)']]);
    // Without a Default, no branch is the default one: the rule's severity stays.
    const h = lint(template(`!If [IsPublic, false, true]`, ENC.replace('Enc', 'P'), `  IsPublic: !Equals [!Ref P, "true"]`), { ids: ['ADB004'] });
    assert.deepEqual(h.map((x) => x.severity), ['warning']);
  });

  it('a condition that is missing or malformed prunes nothing', () => {
    const t = template(`!If [Nowhere, !Ref Enc, true]`, ENC, `  Other: !Equals [!Ref Enc]`);
    assert.deepEqual(values(t), ['true when Nowhere=true', 'false when Nowhere=true', 'true when Nowhere=false']);
  });

  it('a resource created only under a Condition narrows the parameters it tests', () => {
    const t = template('!Ref Enc', ENC, '  UseEnc: !Equals [!Ref Enc, "true"]');
    assert.equal(lint(t, { ids: ['ADB004'] }).length, 1);
    const conditional = t.replace('    Type: AWS::RDS::DBInstance', '    Type: AWS::RDS::DBInstance\n    Condition: UseEnc');
    assert.deepEqual(lint(conditional, { ids: ['ADB004'] }), []);
    // Under another condition, nothing is pruned.
    const other = template('!Ref Enc', `${ENC}\n${ENV}`, '  Prod: !Equals [!Ref Env, prod]').replace('    Type: AWS::RDS::DBInstance', '    Type: AWS::RDS::DBInstance\n    Condition: Prod');
    assert.equal(lint(other, { ids: ['ADB004'] }).length, 1);
  });
});
