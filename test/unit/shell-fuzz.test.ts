/**
 * Seeded fuzzing of the AWS CLI reader and checks: cut, duplicate and scramble pieces of a real
 * script (quotes, continuations, JSON, shorthand) and require that nothing throws, no rule
 * crashes, and every finding, fix and model span lies inside the text.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { cliCompletions, cliHover } from '../../src/core/forms/shell/assist';

const BASE = [
  '#!/bin/bash',
  'set -euo pipefail',
  'ENV=production',
  'aws rds create-db-instance \\',
  "  --db-instance-identifier \"orders-${ENV}\" --db-instance-class db.r6g.large --engine mysql \\",
  "  --master-user-password 'S3cret!' --publicly-accessible false --tags Key=Env,Value=prod \\",
  '  --enable-cloudwatch-logs-exports \'["error","slowquery"]\' --backup-retention-period 40',
  'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S \\',
  "  --key-schema AttributeName=a,KeyType=HASH --global-secondary-indexes '[{\"IndexName\":\"i\",\"KeySchema\":[{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}]'",
  'aws rds create-db-cluster --db-cluster-identifier c --engine aurora-postgresql --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=[4] $EXTRA',
  'ID=$(aws dsql create-cluster --multi-region-properties witnessRegion=us-west-2 --query identifier --output text)',
  "cat <<'EOF'\naws rds nonsense\nEOF",
  "aws elasticache create-replication-group --replication-group-id r --replication-group-description \"d\" --auth-token $'tok\\x41' --cluster-mode Enabled",
].join('\n');

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['"', "'", '\\', '\n', ' ', '=', ',', '[', ']', '{', '}', '--', '$(', ')', '`', '#', '<<EOF', '|', '&&', ';', '--no-', '=[', 'Key=', '"a":'];

function mutate(text: string, r: () => number): string {
  let t = text;
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const op = r();
    if (op < 0.4) t = t.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + t.slice(at);
    else if (op < 0.7) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 20));
    else {
      const from = Math.floor(r() * t.length);
      t = t.slice(0, at) + t.slice(from, from + Math.floor(r() * 40)) + t.slice(at);
    }
  }
  return t;
}

describe('AWS CLI reader and checks under fuzzing', function () {
  this.timeout(120000);
  it('never throw and keep every span inside the text (400 mutated scripts; FUZZ_N=4000 for more)', () => {
    const r = rng(20261125);
    for (let i = 0; i < Number(process.env.FUZZ_N ?? 400); i++) {
      const text = mutate(BASE, r);
      const fileName = i % 5 === 0 ? 'README.md' : 'deploy.sh';
      const input = fileName === 'README.md' ? `Intro\n\n\`\`\`bash\n${text}\n\`\`\`\n` : text;
      const a = analyze(input, { fileName });
      assert.deepEqual(a.internalErrors, [], `rule crashed on case ${i}: ${JSON.stringify(input)}`);
      for (const f of a.findings) {
        assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= input.length, `finding span out of the text in case ${i}: ${f.ruleId} ${JSON.stringify(f.span)} len ${input.length} ${JSON.stringify(input)}`);
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= input.length && e.span.start <= e.span.end, `fix span in case ${i}: ${f.ruleId} ${fix.title} ${JSON.stringify(e)} len ${input.length}\n${JSON.stringify(input)}`);
      }
      for (const res of a.doc?.resources ?? []) assert.ok(res.anchor.start >= 0 && res.anchor.end <= input.length);
      const at = Math.floor(r() * input.length);
      cliCompletions(input, fileName, at);
      cliHover(input, fileName, at);
    }
  });
});
