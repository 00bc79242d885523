/**
 * Proof of the CloudFormation snippets (YAML and the JSON generated from it): filled with their
 * defaults and wrapped into a template when they are one resource, they cover the database
 * resource types and patterns, and our own linter reports no error or warning, in auto and in
 * production mode. That cfn-lint finds no error is an integration test
 * (test/integration/snippets-cfn-lint.test.ts).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asTemplate, lintProblems, loadSnippets } from '../snippets/harness';

const YAML_FILE = 'snippets/cloudformation-yaml.code-snippets';
const JSON_FILE = 'snippets/cloudformation-json.code-snippets';

describe('snippets: CloudFormation', function () {
  this.timeout(170_000);
  const yaml = loadSnippets(YAML_FILE);
  const json = loadSnippets(JSON_FILE);
  let dir: string;
  const files: { prefix: string; file: string; text: string }[] = [];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adb-cfn-snippets-'));
    for (const [list, ext] of [[yaml, 'yaml'], [json, 'json']] as const) {
      for (const s of list) {
        const file = path.join(dir, `${s.prefix}.${ext}`);
        const text = asTemplate(s, ext === 'json');
        fs.writeFileSync(file, text);
        files.push({ prefix: s.prefix, file, text });
      }
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('YAML and JSON have the same snippets, and each JSON snippet parses once filled', () => {
    assert.deepEqual(json.map((s) => s.prefix.replace('adb-json-', '')), yaml.map((s) => s.prefix.replace('adb-yaml-', '')));
    for (const f of files.filter((x) => x.file.endsWith('.json'))) assert.doesNotThrow(() => JSON.parse(f.text), f.prefix);
  });

  it('covers the database resource types and the six architecture patterns of the study guide', () => {
    const types = new Set(files.flatMap((f) => [...f.text.matchAll(/Type"?:\s*"?(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)/g)].map((m) => m[1])));
    for (const t of ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::GlobalCluster', 'AWS::RDS::DBProxy', 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'AWS::DAX::Cluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ServerlessCache', 'AWS::MemoryDB::Cluster', 'AWS::DocDB::DBCluster', 'AWS::DocDB::DBInstance', 'AWS::Neptune::DBCluster', 'AWS::Neptune::DBInstance', 'AWS::Cassandra::Keyspace', 'AWS::Cassandra::Table', 'AWS::Timestream::InfluxDBInstance', 'AWS::OpenSearchService::Domain', 'AWS::DMS::ReplicationInstance', 'AWS::DMS::Endpoint', 'AWS::DMS::ReplicationTask', 'AWS::DSQL::Cluster', 'AWS::Redshift::Cluster']) {
      assert.ok(types.has(t), `no snippet for ${t}`);
    }
    const patterns = yaml.filter((s) => /^Pattern \d/.test(s.description)).map((s) => Number(/^Pattern (\d)/.exec(s.description)![1]));
    assert.deepEqual(patterns.sort(), [1, 2, 3, 4, 5, 6]);
  });

  it('our linter reports no error or warning (auto and production mode)', () => {
    const problems: string[] = [];
    for (const f of files) for (const mode of ['auto', 'always'] as const) for (const p of lintProblems(f.text, path.basename(f.file), mode)) problems.push(`${path.basename(f.file)} (${mode}): ${p}`);
    assert.deepEqual(problems, []);
    // Control: the instance snippet with encryption turned off must be flagged.
    const db = files.find((f) => f.prefix === 'adb-yaml-rds-instance')!;
    assert.ok(lintProblems(db.text.replace('StorageEncrypted: true', 'StorageEncrypted: false'), 'control.yaml', 'auto').some((p) => p.startsWith('ADB004')));
  });
});
