import { strict as assert } from 'node:assert';
import type { Fix } from '../../src/core/rules/types';
import { lint } from './helpers';

const IDS = ['ADB100', 'ADB101', 'ADB102', 'ADB103', 'ADB104', 'ADB105', 'ADB106', 'ADB107', 'ADB108', 'ADB109', 'ADB110', 'ADB111'];
const check = (script: string, fileName = 'deploy.sh') => lint(script, { fileName, ids: IDS });
const DB = 'aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.t3.micro --engine mysql';

function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('AWS CLI service-model check', () => {
  it('accepts a valid command, globals anywhere, and says nothing about unknown values', () => {
    assert.deepEqual(check(`${DB} --allocated-storage 20 --region eu-west-1 --output json --no-cli-pager\n`), []);
    assert.deepEqual(check('aws --profile p rds describe-db-instances --query "DBInstances[].Engine"\n'), []);
    // Global options between the service and the operation: the CLI reads them anywhere.
    assert.deepEqual(check("aws redshift --output text --query 'Clusters[*].ClusterIdentifier' describe-clusters\naws rds --region=eu-west-1 --no-paginate describe-db-instances\n"), []);
    assert.deepEqual(check('aws rds --output text\n').map((f) => [f.ruleId, f.at]), [['ADB101', 'rds']]);
    assert.deepEqual(check('aws rds --engine mysql describe-db-instances\n').map((f) => f.ruleId), ['ADB101'], 'a flag that is not global is no global option');
    assert.deepEqual(check(`${DB} --allocated-storage "$SIZE" --publicly-accessible $PUBLIC --tags $(cat tags) --port \`x\`\n`), []);
    assert.deepEqual(check('aws s3 cp a b --whatever\n'), [], 'services without a model are not checked');
  });

  it('unknown service and operation, with "did you mean"', () => {
    const [s] = check('aws rdss describe-db-instances\n');
    assert.equal(s.ruleId, 'ADB100');
    assert.equal(s.at, 'rdss');
    assert.match(s.message, /Did you mean rds/);
    assert.match(check('aws qldb create-ledger --name l --permissions-mode STANDARD\n')[0].message, /no "qldb" command/);
    const [o] = check('aws dsql describe-cluster --identifier abc\n');
    assert.deepEqual([o.ruleId, o.at], ['ADB101', 'describe-cluster']);
    assert.match(o.message, /Did you mean get-cluster/);
  });

  it('unknown flag: nearest flags and the operation it belongs to', () => {
    const text = 'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S \\\n  --key-schema AttributeName=a,KeyType=HASH --billing-mode PAY_PER_REQUEST \\\n  --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true\n';
    const [f] = check(text);
    assert.deepEqual([f.ruleId, f.at, f.line], ['ADB102', '--point-in-time-recovery-specification', 2]);
    assert.match(f.message, /belongs to aws dynamodb update-continuous-backups/);
    const [t] = check(`${DB} --storage-encripted\n`);
    assert.match(t.message, /Did you mean --storage-encrypted/);
    assert.equal(apply(`${DB} --storage-encripted\n`, t.finding.fixes[0]), `${DB} --storage-encrypted\n`);
  });

  it('a switch given a value, with the quick fix to the --no- form', () => {
    const text = `${DB} \\\n  --publicly-accessible false \\\n  --multi-az=true\n`;
    const fs = check(text);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at]), [['ADB103', 'false'], ['ADB103', 'true']]);
    assert.equal(apply(text, fs[0].finding.fixes[0]), `${DB} \\\n  --no-publicly-accessible \\\n  --multi-az=true\n`);
    assert.equal(apply(text, fs[1].finding.fixes[0]), `${DB} \\\n  --publicly-accessible false \\\n  --multi-az\n`);
  });

  it('missing required flags point at the operation; --cli-input-json turns the check off', () => {
    const fs = check('aws rds create-db-instance --db-instance-identifier db1\n');
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at]), [['ADB104', 'create-db-instance'], ['ADB104', 'create-db-instance']]);
    assert.match(fs.map((f) => f.message).join(), /--db-instance-class.*--engine|--engine.*--db-instance-class/);
    assert.deepEqual(check('aws rds create-db-instance --cli-input-json file://db.json\n'), []);
    assert.deepEqual(check('aws rds create-db-instance --generate-cli-skeleton\n'), []);
    assert.deepEqual(check('aws rds create-db-instance --generate-cli-skeleton bogus\n').map((f) => [f.ruleId, f.at]), [['ADB105', 'bogus']]);
    assert.deepEqual(check('aws rds describe-db-instances --page-size ten --max-items 5\n').map((f) => [f.ruleId, f.at]), [['ADB105', 'ten']]);
  });

  it('values of the wrong type, as the CLI converts them', () => {
    const fs = check(`${DB} --allocated-storage 5.0 --port abc --backup-retention-period 1_0\n`);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at]), [['ADB105', '5.0'], ['ADB105', 'abc']]);
    const [ts] = check('aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier a --source-db-cluster-identifier b --restore-to-time yesterday\n');
    assert.deepEqual([ts.ruleId, ts.at], ['ADB105', 'yesterday']);
    const [b] = check('aws rds create-db-cluster --db-cluster-identifier a --engine aurora-mysql --scaling-configuration AutoPause=yes\n');
    assert.deepEqual([b.ruleId, b.at], ['ADB105', 'yes']);
    const [comma] = check(`${DB} --tags Key=a,Value=b,c\n`);
    assert.deepEqual([comma.ruleId, comma.at], ['ADB105', 'b,c']);
  });

  it('shorthand: unknown keys, missing required keys, syntax errors', () => {
    const [k] = check('aws rds create-db-cluster --db-cluster-identifier a --engine aurora-postgresql --serverless-v2-scaling-configuration MinCap=0.5,MaxCapacity=4\n');
    assert.deepEqual([k.ruleId, k.at], ['ADB106', 'MinCap']);
    assert.match(k.message, /Did you mean MinCapacity/);
    const [r] = check('aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S --key-schema AttributeName=a,KeyType=HASH --provisioned-throughput ReadCapacityUnits=5\n');
    assert.match(r.message, /missing the required key WriteCapacityUnits/);
    const [s] = check(`${DB} --tags 'Key=[a'\n`);
    assert.equal(s.ruleId, 'ADB106');
    // A value that ends too early: the finding covers its last item, not only its last character.
    const [m] = check('aws memorydb create-user --user-name u --access-string "on ~* +@all" --authentication-mode "IAM"\n');
    assert.deepEqual([m.ruleId, m.at], ['ADB106', 'IAM']);
    assert.match(m.message, /expected "=" but the value ends/);
    const [d] = check(`${DB} --tags Key=a,Key=b\n`);
    assert.match(d.message, /second instance of key "Key"/);
  });

  it('JSON that does not parse, at the first error', () => {
    const text = `${DB} --tags '[{"Key": "a", "Value": "b",}]'\n`;
    const [j] = check(text);
    assert.equal(j.ruleId, 'ADB107');
    assert.equal(j.at, '}', 'points at one character');
    assert.ok(text.indexOf(',}') + 1 === j.finding.span.start, 'at the } after the trailing comma');
  });

  it('beyond the CLI: enum values (error) and abbreviated flags (warning, with a fix)', () => {
    const [e] = check('aws dynamodb create-table --table-name t --attribute-definitions AttributeName=a,AttributeType=S --key-schema AttributeName=a,KeyType=HASH --billing-mode ON_DEMAND\n');
    assert.deepEqual([e.ruleId, e.severity, e.at], ['ADB108', 'error', 'ON_DEMAND']);
    assert.match(e.message, /PROVISIONED, PAY_PER_REQUEST/);
    const [p] = check('aws rds create-db-proxy --db-proxy-name p --engine-family POSTGRES --role-arn arn:aws:iam::123456789012:role/proxy --vpc-subnet-ids a b --auth AuthScheme=SECRETS\n');
    assert.deepEqual([p.ruleId, p.at], ['ADB108', 'POSTGRES']);
    assert.match(p.message, /Did you mean POSTGRESQL/);
    const modeText = "aws elasticache create-replication-group --replication-group-id r --replication-group-description d --cluster-mode 'Enabled'\n";
    const [mode] = check(modeText);
    assert.equal(apply(modeText, mode.finding.fixes[0]), modeText.replace("'Enabled'", "'enabled'"), 'the fix keeps the quotes');
    const text = 'aws rds modify-db-instance --db-instance-identifier db1 --apply-immediate\n';
    const [a] = check(text);
    assert.deepEqual([a.ruleId, a.severity, a.at], ['ADB109', 'warning', '--apply-immediate']);
    assert.equal(apply(text, a.finding.fixes[0]), 'aws rds modify-db-instance --db-instance-identifier db1 --apply-immediately\n');
    const amb = check('aws rds modify-db-instance --db-instance-identifier db1 --enable-\n');
    assert.deepEqual(amb.map((f) => f.ruleId), ['ADB102'], 'an ambiguous prefix is one error');
    assert.match(amb[0].message, /ambiguous/);
  });

  it('values below the minimum, missing and extra values', () => {
    const fs = check(`aws dynamodb query --table-name t --limit 0\n${DB} --port\n${DB} --port 1 2\naws rds describe-db-instances stray\n`);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at]), [['ADB111', '0'], ['ADB110', '--port'], ['ADB110', '2'], ['ADB110', 'stray']]);
  });

  it('a space after the line-ending backslash: one finding at the escaped space, nothing about the flags it cuts off', () => {
    const text = 'aws dynamodb put-item \\ \n  --table-name t \\\n  --item \'{"k": {"S": "v"}}\'\n';
    const fs = check(text);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at, f.line]), [['ADB110', '\\ ', 0]]);
    assert.match(fs[0].message, /space after the backslash/);
    // The rules that judge what a create command leaves out do not fire on the cut-off command either.
    assert.deepEqual(lint('aws rds create-db-instance --db-instance-identifier db1 \\ \n  --storage-encrypted\n', { fileName: 'x.sh', ids: ['ADB004'] }), []);
    // A quoted blank is an argument the writer meant: no such finding.
    assert.deepEqual(check('aws rds describe-db-instances " "\n').map((f) => f.ruleId), ['ADB110']);
    assert.doesNotMatch(check('aws rds describe-db-instances " "\n')[0].message, /backslash/);
  });

  it('checks Markdown shell blocks only, at spans in the Markdown, and honours inline suppressions', () => {
    const md = 'Run:\n\n```bash\n# aws-db-architect-ignore ADB103\naws rds create-db-instance --db-instance-identifier a --db-instance-class b --engine mysql --multi-az true\naws rds create-db-instance --db-instance-identifier a --db-instance-class b --engine mysql --storage-encrypted yes\n```\n\n```text\naws rds nonsense\n```\n';
    const fs = check(md, 'README.md');
    assert.deepEqual(fs.map((f) => [f.ruleId, f.at, f.line]), [['ADB103', 'yes', 5]]);
  });

  it('unquoted braces: bash makes several words, one finding at the braces with a quoting fix; quoted or list items are fine', () => {
    const script = 'aws dms create-data-provider --data-provider-name p --engine sqlserver \\\n  --settings MicrosoftSqlServerSettings={ServerName=h.example.com,Port=1433,DatabaseName=d}\n';
    const fs = check(script);
    assert.equal(fs.length, 1, JSON.stringify(fs));
    assert.equal(fs[0].ruleId, 'ADB110');
    assert.equal(fs[0].at, '{ServerName=h.example.com,Port=1433,DatabaseName=d}');
    assert.match(fs[0].message, /Bash expands the unquoted braces into 3 words.*--settings takes one value.*Quote the value/);
    const fixed = apply(script, fs[0].finding.fixes[0]);
    assert.match(fixed, /--settings 'MicrosoftSqlServerSettings=\{ServerName=h.example.com,Port=1433,DatabaseName=d\}'\n/);
    assert.deepEqual(check(fixed), []);
    // A brace without a comma is not expanded (the dms modify-data-provider example).
    assert.deepEqual(check('aws dms modify-data-provider --data-provider-identifier p --settings MicrosoftSqlServerSettings={ServerName=h}\n'), []);
    // Expanded into list items that are each valid: bash and the CLI accept it.
    assert.deepEqual(check('aws dynamodb tag-resource --resource-arn arn:aws:dynamodb:us-east-1:123456789012:table/t --tags Key={a,b},Value=v\n'), []);
    const [stray] = check('aws rds describe-db-instances {a,b}\n');
    assert.deepEqual([stray.ruleId, stray.at], ['ADB110', '{a,b}']);
  });

  it('AWS CLI version 2 by default: its own commands (v2.json) are known; version 1 says they are version 2 only', () => {
    const v2 = 'aws dsql generate-db-connect-auth-token --hostname abc.dsql.us-east-1.on.aws --region us-east-1 --expires-in 3600\n' +
      'aws dsql generate-db-connect-admin-auth-token --hostname abc.dsql.us-east-1.on.aws\n' +
      "aws ddb put MyTable '{id: 1, name: x}' --condition 'attribute_not_exists(id)'\n" +
      'aws ddb select MyTable --key-condition "id = 1" --projection "a, b" --attributes COUNT --no-consistent-read\n' +
      'aws rds generate-db-auth-token --hostname h --port 5432 --username u\n';
    assert.deepEqual(check(v2), []);
    const v1 = lint(v2, { fileName: 'deploy.sh', ids: IDS, awsCliVersion: '1' });
    assert.deepEqual(v1.map((f) => [f.ruleId, f.at]), [['ADB101', 'generate-db-connect-auth-token'], ['ADB101', 'generate-db-connect-admin-auth-token'], ['ADB100', 'ddb'], ['ADB100', 'ddb']]);
    assert.match(v1[0].message, /AWS CLI version 2 command: only AWS CLI version 2 has it; this check assumes version 1/);
    // Flags, values and positional words of version 2 commands are checked too.
    const [missing] = check('aws dsql generate-db-connect-auth-token --region us-east-1\n');
    assert.deepEqual([missing.ruleId, missing.message], ['ADB104', 'aws dsql generate-db-connect-auth-token requires --hostname (Cluster endpoint e.g. http://test.example.com).']);
    assert.deepEqual(check('aws ddb select MyTable --attributes SOME\n').map((f) => f.ruleId), ['ADB108']);
    assert.deepEqual(check('aws ddb select MyTable Other\n').map((f) => [f.ruleId, f.at]), [['ADB110', 'Other']]);
    // Messages say which version they assume where it matters.
    assert.match(check('aws dsql get-clusterz --identifier x\n')[0].message, /has no operation "get-clusterz" \(AWS CLI version 2\)/);
    assert.match(lint('aws rds describe-db-instances --bogus\n', { fileName: 'deploy.sh', ids: IDS, awsCliVersion: '1' })[0].message, /no flag --bogus \(AWS CLI version 1, as the awsCliVersion setting says\)/);
  });
});
