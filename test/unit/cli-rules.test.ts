import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { lint } from './helpers';

const sh = (script: string, ids: string[], production?: 'always' | 'never') => lint(script, { fileName: 'deploy.sh', ids, ...(production ? { production } : {}) });
const DB = 'aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.t3.micro --engine mysql';

describe('rules on AWS CLI scripts (translation into the shared model)', () => {
  it('translates flags into CloudFormation properties with the spans of the values', () => {
    const text = `${DB} \\\n  --backup-retention-period 7 --no-multi-az --vpc-security-group-ids sg-1 sg-2 \\\n  --tags Key=Env,Value=prod '{"Key":"Team","Value":"db"}'\n`;
    const a = analyze(text, { fileName: 'x.sh' });
    const [r] = a.doc!.resources;
    assert.deepEqual([r.type, r.id, r.complete, r.form, text.slice(r.anchor.start, r.anchor.end)], ['AWS::RDS::DBInstance', 'db1', true, 'aws-cli', 'create-db-instance']);
    const at = (k: string) => {
      const e = r.properties!.entries.find((x) => x.key === k)!;
      return [e.value.kind === 'scalar' ? e.value.value : e.value.kind, text.slice(e.value.start, e.value.end)];
    };
    assert.deepEqual(at('BackupRetentionPeriod'), [7, '7']);
    assert.deepEqual(at('MultiAZ'), [false, '--no-multi-az']);
    assert.deepEqual(at('VPCSecurityGroups'), ['list', 'sg-1 sg-2']);
    assert.deepEqual(at('Engine'), ['mysql', 'mysql']);
  });

  it('ADB001: --backup-retention-period 40 at the value', () => {
    const fs = sh(`${DB} --backup-retention-period 40\n`, ['ADB001']);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at]), [['ADB001', '40']]);
  });

  it('ADB004: a create command without --storage-encrypted, at the operation; not a modify command', () => {
    assert.deepEqual(sh(`${DB}\n`, ['ADB004']).map((f) => f.at), ['create-db-instance']);
    assert.deepEqual(sh(`${DB} --storage-encrypted\n`, ['ADB004']), []);
    assert.deepEqual(sh(`${DB} --no-storage-encrypted\n`, ['ADB004']).map((f) => f.at), ['--no-storage-encrypted']);
    assert.deepEqual(sh('aws rds modify-db-instance --db-instance-identifier db1 --allocated-storage 50\n', ['ADB004']), []);
  });

  it('ADB006: --publicly-accessible, not --no-publicly-accessible', () => {
    assert.deepEqual(sh(`${DB} --publicly-accessible\n`, ['ADB006']).map((f) => f.at), ['--publicly-accessible']);
    assert.deepEqual(sh(`${DB} --no-publicly-accessible\n`, ['ADB006']), []);
  });

  it('ADB012: literal --master-user-password, --password, --auth-token; a variable is not reported', () => {
    const text = `${DB} --master-user-password 'S3cret!'\n` +
      'aws dms create-endpoint --endpoint-identifier e --endpoint-type source --engine-name mysql --password "p4ss"\n' +
      'aws elasticache create-replication-group --replication-group-id r --replication-group-description d --transit-encryption-enabled --auth-token tok3n-tok3n-tok3n\n' +
      `${DB} --master-user-password "$DB_PASSWORD"\n`;
    assert.deepEqual(sh(text, ['ADB012']).map((f) => f.at), ["'S3cret!'", '"p4ss"', 'tok3n-tok3n-tok3n']);
  });

  it('DynamoDB: PITR missing on create-table, turned on later by update-continuous-backups (merged)', () => {
    const create = 'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST\n';
    assert.deepEqual(sh(create, ['ADB050']).map((f) => f.at), ['create-table']);
    const later = `${create}aws dynamodb update-continuous-backups --table-name Orders --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true\n`;
    assert.deepEqual(sh(later, ['ADB050']), []);
    const off = 'aws dynamodb update-continuous-backups --table-name Other --point-in-time-recovery-specification PointInTimeRecoveryEnabled=false\n';
    assert.deepEqual(sh(off, ['ADB050']).map((f) => f.at), ['false']);
  });

  it('Aurora DSQL: multi-Region without a witness, deletion protection off', () => {
    const fs = sh("aws dsql create-cluster --no-deletion-protection-enabled --multi-region-properties '{\"clusters\":[\"arn:aws:dsql:us-east-1:111122223333:cluster/abc\"]}'\n", ['ADB040', 'ADB041']);
    assert.deepEqual(fs.map((f) => f.ruleId).sort(), ['ADB040', 'ADB041']);
    assert.deepEqual(sh('aws dsql create-cluster --deletion-protection-enabled --multi-region-properties witnessRegion=us-west-2\n', ['ADB040', 'ADB041']), []);
  });

  it('production detection from variables, names and tags', () => {
    const prodVar = analyze(`ENVIRONMENT=production\n${DB}\n`, { fileName: 'x.sh' });
    assert.equal(prodVar.production?.production, true);
    assert.match(prodVar.production!.reason, /variable assignment/);
    assert.equal(analyze(`${DB} --tags Key=Stage,Value=Prod\n`, { fileName: 'x.sh' }).production?.production, true);
    assert.equal(analyze('aws rds create-db-instance --db-instance-identifier orders-prod --db-instance-class x --engine mysql\n', { fileName: 'x.sh' }).production?.production, true);
    assert.equal(analyze(`${DB}\n`, { fileName: 'x.sh' }).production?.production, false);
    assert.equal(analyze('aws rds create-db-instance --db-instance-identifier product-db --db-instance-class x --engine mysql\n', { fileName: 'x.sh' }).production?.production, false);
  });

  it('inline suppressions with # comments', () => {
    assert.deepEqual(sh(`${DB} --publicly-accessible # aws-db-architect-ignore ADB006\n`, ['ADB006']), []);
    assert.deepEqual(sh(`# aws-db-architect-ignore ADB006\n${DB} --publicly-accessible\n`, ['ADB006']), []);
  });

  it('Markdown: only shell blocks, findings at spans in the Markdown file', () => {
    const md = '# Setup\n\n```sh\naws rds create-db-instance --db-instance-identifier a --db-instance-class b --engine mysql --backup-retention-period 99\n```\n';
    const fs = lint(md, { fileName: 'docs/setup.md', ids: ['ADB001'] });
    assert.deepEqual(fs.map((f) => [f.at, f.line]), [['99', 3]]);
    assert.equal(analyze('# Nothing here\n\n```bash\necho hi\n```\n', { fileName: 'a.md' }).kind, 'none');
  });

  it('restores and read replicas inherit from their source: no "not set" finding; a bad override is still one', () => {
    const all = ['ADB003', 'ADB004', 'ADB007', 'ADB014', 'ADB015', 'ADB020', 'ADB050', 'ADB051', 'ADB053', 'ADB054', 'ADB072'];
    const script = [
      'aws dynamodb restore-table-from-backup --target-table-name orders2 --backup-arn arn:aws:dynamodb:us-east-1:123456789012:table/orders/backup/01489173575360-b308cd7d',
      'aws dynamodb restore-table-to-point-in-time --source-table-name orders --target-table-name orders3 --use-latest-restorable-time',
      'aws rds restore-db-instance-from-db-snapshot --db-instance-identifier db2 --db-snapshot-identifier snap1',
      'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier c2 --source-db-cluster-identifier c1 --use-latest-restorable-time',
      'aws rds create-db-instance-read-replica --db-instance-identifier r1 --source-db-instance-identifier db1',
      'aws docdb restore-db-cluster-from-snapshot --db-cluster-identifier d2 --snapshot-identifier s --engine docdb',
      'aws redshift restore-from-cluster-snapshot --cluster-identifier r2 --snapshot-identifier s',
      '',
    ].join('\n');
    assert.deepEqual(sh(script, all, 'always'), []);
    const bad = 'aws dynamodb restore-table-to-point-in-time --source-table-name orders --target-table-name orders4 --use-latest-restorable-time --billing-mode-override PAY_PER_REQUEST --provisioned-throughput-override ReadCapacityUnits=5,WriteCapacityUnits=5\n';
    assert.deepEqual(sh(bad, ['ADB054']).map((f) => f.at), ['--provisioned-throughput-override']);
    // The same on a create still reports what is missing.
    assert.equal(sh('aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH\n', ['ADB054']).length, 1);
  });

  it('a create command reading its input from --cli-input-json/--cli-input-yaml: nothing is reported as missing, a written value is still judged', () => {
    const all = ['ADB003', 'ADB004', 'ADB050', 'ADB051', 'ADB054'];
    const script = [
      'aws dynamodb create-table --cli-input-json file://$T.json --region eu-west-1',
      'aws rds create-db-instance --cli-input-yaml file://db.yaml --db-instance-identifier db1',
      '',
    ].join('\n');
    assert.deepEqual(sh(script, all, 'always'), []);
    assert.deepEqual(sh('aws rds create-db-instance --cli-input-json file://db.json --backup-retention-period 40\n', ['ADB001']).map((f) => f.at), ['40']);
    // Without it, the same table command misses its capacity.
    assert.equal(sh('aws dynamodb create-table --table-name t --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH\n', ['ADB054']).length, 1);
  });

  it('a create command sent to a local emulator (--endpoint-url http://localhost:8000): nothing reported as missing; a remote endpoint is still AWS', () => {
    const all = ['ADB050', 'ADB051', 'ADB054'];
    const table = 'dynamodb create-table --table-name t --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH';
    for (const ep of ['--endpoint-url http://localhost:8000', '--endpoint-url=http://127.0.0.1:4566', '--endpoint-url http://host.docker.internal:8000/']) {
      assert.deepEqual(sh(`aws ${ep} ${table} --billing-mode PAY_PER_REQUEST\n`, all, 'always'), [], ep);
      assert.deepEqual(sh(`aws ${table} --billing-mode PAY_PER_REQUEST ${ep}\n`, all, 'always'), [], ep);
    }
    // What it writes is still judged (DynamoDB local rejects the same request).
    assert.deepEqual(sh(`aws ${table} --billing-mode PAY_PER_REQUEST --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 --endpoint-url http://localhost:8000\n`, ['ADB054']).map((f) => f.at), ['--provisioned-throughput']);
    assert.deepEqual(sh(`aws ${table} --billing-mode PAY_PER_REQUEST --endpoint-url https://dynamodb.eu-west-1.amazonaws.com\n`, ['ADB050'], 'always').length, 1);
    assert.deepEqual(sh(`aws ${table} --billing-mode PAY_PER_REQUEST --endpoint-url http://localhost.example.com\n`, ['ADB050'], 'always').length, 1);
  });

  it('update-table defines the attributes of new indexes: no ADB053 (the command shows no key schema), even after a create-table', () => {
    const upd = `aws dynamodb update-table --table-name orders --attribute-definitions AttributeName=gsk,AttributeType=S --global-secondary-index-updates '[{"Create":{"IndexName":"by-gsk","KeySchema":[{"AttributeName":"gsk","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}}]'\n`;
    assert.deepEqual(sh(upd, ['ADB053']), []);
    const create = 'aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST\n';
    assert.deepEqual(sh(create + upd, ['ADB053']), []);
    assert.equal(sh(create.replace('AttributeName=pk,AttributeType=S', 'AttributeName=pk,AttributeType=S AttributeName=x,AttributeType=S'), ['ADB053']).length, 1);
  });
});
