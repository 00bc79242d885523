/**
 * Integration: the schema checks (ADB090 unknown property, ADB091 wrong type, ADB092 value outside
 * the enum) against cfn-lint (E3002 additional property, E3012 type, E3030 enum, E3031 pattern), on
 * every CloudFormation template of the real-world corpus and on generated templates: one per
 * database resource type with a misspelt name, a value of the wrong type and a value outside the
 * enum for its properties, plus values CloudFormation converts. Where we report an error, cfn-lint
 * reports one on the same line. (cfn-lint runs once over all files.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/core/engine';
import { resourceSchema, schemaTable, type ResourceSchema, type SchemaType } from '../../src/core/schema';
import { corpusTemplates, requireCfnLint } from './tools';

interface CfnLintMatch {
  Level: string;
  Rule: { Id: string };
  Filename: string;
  Location: { Start: { LineNumber: number } };
}

const IDS = ['ADB090', 'ADB091', 'ADB092'];

/**
 * Closed enums of the CloudFormation schema (aws-service-spec) that cfn-lint's older copy of the
 * schema does not have; the service API documents the same closed list, so our error stands.
 */
const CFN_LINT_HAS_NO_ENUM: Record<string, string> = {
  'AWS::DMS::ReplicationTask MigrationType': 'the DMS API enum MigrationTypeValue: full-load | cdc | full-load-and-cdc (https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationTask.html)',
  'AWS::DocDB::EventSubscription SourceType': 'the DocumentDB API: valid values db-instance, db-cluster, db-parameter-group, db-security-group, db-cluster-snapshot (https://docs.aws.amazon.com/documentdb/latest/developerguide/API_CreateEventSubscription.html)',
};
const CFN_IDS = new Set(['E3002', 'E3012', 'E3030', 'E3031']);

/** A wrong value for a type (undefined: no simple wrong value). */
function wrongValue(t: SchemaType): string | undefined {
  if (typeof t === 'string') {
    if (t === 'b') return 'maybe';
    if (t === 'i' || t === 'n' || t === 'D') return 'lots';
    if (t === 's' || t === 'd') return '[a, b]';
    if (t.startsWith('@')) return 'not-an-object';
    return undefined;
  }
  if (Array.isArray(t)) return undefined;
  if ('a' in t) return 'not-a-list';
  return 'not-a-map';
}

/** A right value CloudFormation converts (must give no finding of ours). */
function convertedValue(t: SchemaType): string | undefined {
  if (t === 'b') return '"True"';
  if (t === 'i' || t === 'D') return '"20"';
  if (t === 'n') return '"0.5"';
  if (t === 's') return '12';
  return undefined;
}

/** A misspelling: the name with its last letter doubled and its first two letters swapped. */
const misspell = (name: string) => `${name[1]}${name[0]}${name.slice(2)}${name[name.length - 1]}`;

function generated(type: string, s: ResourceSchema): string {
  const lines: string[] = [];
  const good: string[] = [];
  for (const [name, p] of Object.entries(s.p)) {
    const bad = misspell(name);
    if (!(bad in s.p) && !s.ro?.includes(bad)) lines.push(`      ${bad}: x`);
    if (p.e) lines.push(`      ${name}: ${p.e[0].toUpperCase() === p.e[0] ? `${p.e[0].toLowerCase()}x` : `${p.e[0].toUpperCase()}X`}`);
    else {
      const w = wrongValue(p.t);
      if (w) lines.push(`      ${name}: ${w}`);
    }
    const ok = p.e ? undefined : convertedValue(p.t);
    if (ok) good.push(`      ${name}: ${ok}`);
    // A misspelt key inside a property type.
    const shape = typeof p.t === 'string' && p.t.startsWith('@') ? s.types?.[p.t.slice(1)] : undefined;
    const inner = shape && Object.keys(shape.p)[0];
    if (inner && !(misspell(inner) in shape.p)) lines.push(`      ${name}:\n        ${misspell(inner)}: x`);
  }
  // A property may appear once per resource: the converted values go in a second resource.
  const dedupe = (ls: string[]) => {
    const seen = new Set<string>();
    return ls.filter((l) => {
      const k = l.trim().split(':')[0];
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bad:\n    Type: ${type}\n    Properties:\n${dedupe(lines).join('\n')}\n  Good:\n    Type: ${type}\n    Properties:\n${good.length ? dedupe(good).join('\n') : '      {}'}\n`;
}


describe('integration: schema checks (ADB090–ADB092) against cfn-lint', function () {
  this.timeout(600_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-schema-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('where we report an error, cfn-lint reports one on the same line (corpus and generated templates)', () => {
    requireCfnLint();
    const table = schemaTable();
    assert.ok(table, 'the schema table loads');
    const files: string[] = corpusTemplates(/\.(ya?ml|json|template|txt)$/i);
    const corpusCount = files.length;
    for (const type of Object.keys(table.resources)) {
      const f = path.join(dir, `${type.replace(/::/g, '-')}.yaml`);
      fs.writeFileSync(f, generated(type, resourceSchema(type)!));
      files.push(f);
    }
    const ours = new Map<string, { line: number; rule: string; message: string }[]>();
    let ourErrors = 0;
    for (const f of files) {
      const a = analyze(fs.readFileSync(f, 'utf8'), { fileName: f, only: IDS, fixes: false });
      assert.deepEqual(a.internalErrors, [], f);
      const errs = a.findings.filter((x) => x.severity === 'error').map((x) => ({ line: x.range.start.line + 1, rule: x.ruleId, message: x.message }));
      ourErrors += errs.length;
      ours.set(f, errs);
    }
    const r = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.ok(r.stdout, `cfn-lint did not run: ${r.error ?? r.stderr}`);
    const matches = JSON.parse(r.stdout) as CfnLintMatch[];
    const theirs = new Map<string, Set<number>>();
    let theirCount = 0;
    // Resource types cfn-lint does not know yet (E3006): it judges nothing in them.
    const unknownToCfnLint = new Set(matches.filter((m) => m.Rule.Id === 'E3006').map((m) => path.resolve(m.Filename)));
    for (const m of matches) {
      if (m.Level !== 'Error' || !CFN_IDS.has(m.Rule.Id)) continue;
      const f = path.resolve(m.Filename);
      if (!theirs.has(f)) theirs.set(f, new Set());
      theirs.get(f)!.add(m.Location.Start.LineNumber);
      theirCount++;
    }
    const falseErrors: string[] = [];
    let caught = 0;
    let skipped = 0;
    const disagreements = new Set<string>();
    for (const [f, errs] of ours) {
      if (unknownToCfnLint.has(path.resolve(f))) {
        skipped += errs.length;
        continue;
      }
      const type = /^ {4}Type: (\S+)$/m.exec(fs.readFileSync(f, 'utf8'))?.[1];
      for (const e of errs) {
        const prop = e.rule === 'ADB092' ? `${type} ${e.message.split(' ')[0]}` : '';
        if (theirs.get(path.resolve(f))?.has(e.line)) caught++;
        else if (prop in CFN_LINT_HAS_NO_ENUM) disagreements.add(prop);
        else falseErrors.push(`${path.basename(f)}:${e.line} ${e.rule} ${e.message}`);
      }
    }
    // Of cfn-lint's errors, how many lines we report too (recall, for the record).
    let recall = 0;
    for (const [f, lines] of theirs) {
      const ourLines = new Set((ours.get(f) ?? ours.get(files.find((x) => path.resolve(x) === f) ?? '') ?? []).map((e) => e.line));
      for (const l of lines) if (ourLines.has(l)) recall++;
    }
    const theirLines = [...theirs.values()].reduce((n, s) => n + s.size, 0);
    console.log(`      ${corpusCount} corpus templates + ${files.length - corpusCount} generated: ${ourErrors} errors of ours, ${caught} confirmed by cfn-lint, ${skipped} in ${unknownToCfnLint.size} types cfn-lint does not know, ${disagreements.size} enums cfn-lint lacks; cfn-lint ${theirCount} E3002/E3012/E3030/E3031 errors on ${theirLines} lines, ${recall} of them ours too`);
    assert.deepEqual(falseErrors, [], 'errors of ours that cfn-lint does not report');
    // The generated templates exercise every kind of check.
    assert.ok(ourErrors > 1000, `${ourErrors} errors on the generated templates`);
    for (const id of IDS) assert.ok([...ours.values()].some((es) => es.some((e) => e.rule === id)), `${id} fires on the generated templates`);
  });

  it('ADB093 (a key twice) agrees with cfn-lint E0000 "Duplicate found": same lines, corpus and generated templates', () => {
    requireCfnLint();
    const db = 'Type: AWS::RDS::DBInstance';
    const cases: Record<string, string> = {
      'dup-properties.yaml': `Resources:\n  Db:\n    ${db}\n    Properties:\n      Port: 1\n    Properties:\n      Port: 2\n`,
      'dup-logical-id.yaml': `Resources:\n  Db:\n    ${db}\n  Other:\n    ${db}\n  Db:\n    ${db}\n`,
      'dup-property.yaml': `Resources:\n  Db:\n    ${db}\n    Properties:\n      Engine: mysql\n      StorageEncrypted: true\n      StorageEncrypted: false\n`,
      'dup-flow.yaml': `Resources:\n  Db:\n    ${db}\n    Properties: {Port: 1, Port: 2}\n`,
      'dup-section.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    ${db}\nResources:\n  B:\n    ${db}\n`,
      'dup-property.json': '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Port": 1,\n        "Port": 2\n      }\n    }\n  }\n}\n',
      'no-dup.yaml': `Resources:\n  Db:\n    ${db}\n    Properties:\n      Port: 1\n      port: 2\n  Db2:\n    ${db}\n    Properties:\n      Port: 1\n`,
    };
    const files = corpusTemplates(/\.(ya?ml|json|template)$/i);
    for (const [name, text] of Object.entries(cases)) {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      files.push(f);
    }
    const r = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.ok(r.stdout, `cfn-lint did not run: ${r.error ?? r.stderr}`);
    const theirs = new Map<string, number[]>();
    for (const m of JSON.parse(r.stdout) as (CfnLintMatch & { Message: string })[]) {
      if (m.Rule.Id !== 'E0000' || !/^Duplicate found/.test(m.Message)) continue;
      const f = path.resolve(m.Filename);
      theirs.set(f, [...(theirs.get(f) ?? []), m.Location.Start.LineNumber]);
    }
    const disagree: string[] = [];
    let agreed = 0;
    for (const f of files) {
      const a = analyze(fs.readFileSync(f, 'utf8'), { fileName: f, only: ['ADB093'], fixes: false });
      // cfn-lint stops at the first duplicate and reports both of its keys: they are our first finding and its related key.
      const first = a.findings[0];
      const ours = first ? [first.related![0].range.start.line + 1, first.range.start.line + 1] : [];
      const them = (theirs.get(path.resolve(f)) ?? []).sort((x, y) => x - y);
      if (JSON.stringify(ours) === JSON.stringify(them)) agreed += ours.length ? 1 : 0;
      else disagree.push(`${path.basename(f)}: ours ${ours.join(',')} cfn-lint ${them.join(',')}`);
    }
    console.log(`      ADB093: ${files.length} templates, ${agreed} with a duplicate key, all on cfn-lint's E0000 lines`);
    assert.deepEqual(disagree, []);
    assert.ok(agreed >= Object.keys(cases).length - 1, `${agreed} duplicates agreed`);
  });
});
