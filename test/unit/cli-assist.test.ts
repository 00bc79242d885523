import { strict as assert } from 'node:assert';
import { cliCompletions, cliHover } from '../../src/core/forms/shell/assist';

/** Completions with the cursor at `|`. */
function complete(withCursor: string, fileName = 'x.sh') {
  const offset = withCursor.indexOf('|');
  const text = withCursor.replace('|', '');
  return { items: cliCompletions(text, fileName, offset), text, offset };
}
const labels = (withCursor: string, fileName?: string) => complete(withCursor, fileName).items.map((i) => i.label);

describe('AWS CLI completion and hover', () => {
  it('services after `aws `, database services first', () => {
    const { items } = complete('aws |');
    assert.ok(items.length > 100);
    const sorted = [...items].sort((a, b) => a.sort.localeCompare(b.sort)).map((i) => i.label);
    assert.ok(sorted.indexOf('rds') < sorted.indexOf('s3'));
    assert.ok(labels('aws dyn|').includes('dynamodb'));
    assert.ok(labels('aws dyn|').every((l) => l.startsWith('dyn')));
  });

  it('operations after `aws rds `, with their docs, replacing the partial word', () => {
    const { items, offset } = complete('aws rds create-db-inst|');
    assert.deepEqual(items.map((i) => i.label).sort(), ['create-db-instance', 'create-db-instance-read-replica']);
    assert.deepEqual(items[0].replace, { start: offset - 'create-db-inst'.length, end: offset });
    assert.match(items.find((i) => i.label === 'create-db-instance')!.documentation!, /Creates a new DB instance/);
    assert.ok(labels('aws dsql |').includes('get-cluster'));
    assert.ok(labels('aws rds |').includes('wait'));
  });

  it('flags after `--`: required first, already written flags left out, docs and types', () => {
    const { items } = complete('aws rds create-db-instance --engine mysql \\\n  --|');
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.ok(!byLabel.has('--engine'), 'written already');
    assert.ok(!byLabel.has('--starting-token'));
    assert.equal(byLabel.get('--db-instance-class')!.detail, 'string · required');
    assert.equal(byLabel.get('--storage-encrypted')!.detail, 'switch');
    assert.equal(byLabel.get('--allocated-storage')!.detail, 'integer');
    assert.match(byLabel.get('--allocated-storage')!.documentation!, /storage/i);
    const first = [...items].sort((a, b) => a.sort.localeCompare(b.sort))[0];
    assert.equal(first.detail!.endsWith('required'), true);
    assert.deepEqual(labels('aws rds create-db-instance --storage-en|'), ['--storage-encrypted']);
  });

  it('enum values after a flag, also in the --flag= form', () => {
    assert.deepEqual(labels('aws rds create-db-proxy --engine-family |'), ['MYSQL', 'POSTGRESQL', 'SQLSERVER']);
    assert.deepEqual(labels('aws dynamodb create-table --billing-mode=PA|'), ['PAY_PER_REQUEST']);
    // No enum in the service model: the engines come from the deploy data (test/unit/completion-cli-values.test.ts).
    assert.ok(labels('aws rds create-db-instance --engine |').includes('postgres'));
  });

  it('shorthand keys of a structure value, the ones not written yet', () => {
    const { items, offset } = complete('aws rds create-db-cluster --serverless-v2-scaling-configuration MinCapacity=0.5,Ma|');
    assert.deepEqual(items.map((i) => i.label), ['MaxCapacity=']);
    assert.equal(items[0].detail, 'number');
    assert.deepEqual(items[0].replace, { start: offset - 2, end: offset });
    const tags = labels('aws rds create-db-instance --tags Key=Env,|');
    assert.deepEqual(tags, ['Value=']);
    assert.deepEqual(labels(`aws rds create-db-instance --tags '[{"Ke|`), [], 'JSON: no shorthand keys');
  });

  it('nothing outside aws commands or outside Markdown shell blocks', () => {
    assert.deepEqual(labels('echo |'), []);
    assert.deepEqual(labels('Text aws rds |\n\n```bash\naws rds create-db-cluster\n```\n', 'README.md'), []);
    assert.ok(labels('Text\n\n```bash\naws rds |\n```\n', 'README.md').includes('create-db-cluster'));
  });

  it('hovers: operation docs and required flags, flag docs with knowledge-base facts', () => {
    const text = 'aws rds create-db-instance --backup-retention-period 40 --engine-family X\n';
    const op = cliHover(text, 'x.sh', text.indexOf('create-db') + 3)!;
    assert.match(op.markdown, /\*\*aws rds create-db-instance\*\*/);
    assert.match(op.markdown, /Required: .*--db-instance-identifier/);
    assert.equal(text.slice(op.span.start, op.span.end), 'create-db-instance');
    const flag = cliHover(text, 'x.sh', text.indexOf('--backup') + 4)!;
    assert.match(flag.markdown, /\*\*--backup-retention-period\*\* · integer/);
    assert.match(flag.markdown, /0–35 days/, 'the knowledge-base fact for this flag');
    assert.match(flag.markdown, /docs\.aws\.amazon\.com/);
    const gp2 = 'aws rds create-db-instance --storage-type gp2\n';
    const v = cliHover(gp2, 'x.sh', gp2.indexOf('gp2') + 1)!;
    assert.equal(gp2.slice(v.span.start, v.span.end), 'gp2');
    assert.match(v.markdown, /\*\*--storage-type\*\* · string[\s\S]*docs\.aws\.amazon\.com/, 'the flag with its knowledge-base facts');
    const port = 'aws rds create-db-instance --port 5432\n';
    assert.equal(cliHover(port, 'x.sh', port.indexOf('5432') + 1)!.span.start, port.indexOf('5432'), 'a value: the flag hover, spanning the value');
    const svc = cliHover('aws dynamodb list-tables\n', 'x.sh', 6)!;
    assert.match(svc.markdown, /\*\*aws dynamodb\*\* · API 2012-08-10/);
  });
});
