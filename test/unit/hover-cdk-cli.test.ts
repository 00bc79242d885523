import { strict as assert } from 'node:assert';
import { cliHoverMarkdown, hoverAt } from '../../src/core/hover';
import { cdkModuleAliases, enclosingConstruct } from '../../src/core/forms/cdk/hover';
import { FACTS } from '../../src/knowledge';
import { withMore } from './hover-reachability.test';

const ts = `import * as cdk from 'aws-cdk-lib';
import { aws_rds as rds, aws_dsql as dsql } from 'aws-cdk-lib';
import * as docdb from 'aws-cdk-lib/aws-docdb';

new rds.DatabaseInstance(this, 'Db', {
  engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
  backupRetention: cdk.Duration.days(7),
  storageEncrypted: true,
});
new dsql.CfnCluster(this, 'Dsql', { deletionProtectionEnabled: true });
const unrelated = { backupRetention: 3 };
`;

const at = (needle: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = ts.indexOf(needle, i + 1);
  return hoverAt(ts, i + 1, 'stack.ts');
};

describe('hover: CDK TypeScript', () => {
  it('reads module aliases from both import styles', () => {
    const a = cdkModuleAliases(ts);
    assert.equal(a.get('rds'), 'rds');
    assert.equal(a.get('dsql'), 'dsql');
    assert.equal(a.get('docdb'), 'docdb');
  });

  it('finds the construct whose props hold the cursor', () => {
    assert.deepEqual(enclosingConstruct(ts, ts.indexOf('backupRetention')), { qualifier: 'rds', cls: 'DatabaseInstance' });
    assert.equal(enclosingConstruct(ts, ts.lastIndexOf('backupRetention')), undefined);
  });

  it('on a construct name and on a prop', () => {
    const cls = at('DatabaseInstance(')!;
    assert.ok(cls.includes('**rds.DatabaseInstance** (CDK)'));
    const prop = at('backupRetention')!;
    const f = FACTS.find((x) => x.targets?.cdk?.includes('DatabaseInstance.backupRetention'))!;
    assert.ok(prop.includes(f.sources[0]));
    assert.equal(at('backupRetention', 1), undefined, 'a plain object is no construct');
  });

  it('module-qualified lookups keep DSQL facts on dsql.CfnCluster', () => {
    const h = at('CfnCluster');
    const dsqlFacts = FACTS.filter((f) => f.service === 'aurora-dsql' && f.targets?.cdk?.some((t) => /(^|\.)CfnCluster$/.test(t)));
    if (dsqlFacts.length) assert.ok(h && dsqlFacts.every((f) => withMore(h)!.includes(f.sources[0])));
    const dax = FACTS.find((f) => f.id === 'dynamodb.pattern-dax')!;
    assert.ok(!h || !h.includes(dax.subject), 'the DAX pattern is not shown on a DSQL cluster');
    // And the other way round: a DAX cluster lists no DSQL prop.
    const daxText = "import { aws_dax as dax } from 'aws-cdk-lib';\nnew dax.CfnCluster(this, 'D', {});\n";
    const dh = hoverAt(daxText, daxText.indexOf('CfnCluster') + 2, 'dax.ts') ?? '';
    for (const f of FACTS.filter((x) => x.service === 'aurora-dsql')) assert.ok(!dh.includes(f.subject), `DSQL fact ${f.id} on a DAX cluster`);
  });

  it('on an enum member and a static factory: BillingMode.PAY_PER_REQUEST, Billing.onDemand()', () => {
    const text = "import { aws_dynamodb as dynamodb } from 'aws-cdk-lib';\nnew dynamodb.Table(this, 'T', { billingMode: dynamodb.BillingMode.PAY_PER_REQUEST });\nnew dynamodb.TableV2(this, 'U', { billing: dynamodb.Billing.onDemand() });\n";
    const f = FACTS.find((x) => x.targets?.cdk?.includes('BillingMode.PAY_PER_REQUEST'))!;
    assert.ok(withMore(hoverAt(text, text.indexOf('PAY_PER_REQUEST') + 2, 's.ts'))!.includes(f.sources[0]));
    assert.ok(withMore(hoverAt(text, text.indexOf('onDemand') + 2, 's.ts'))!.includes(f.sources[0]));
  });

  it('a TypeScript file without aws-cdk-lib gets no hover', () => {
    assert.equal(hoverAt('const DatabaseInstance = 1;\n', 8, 'x.ts'), undefined);
  });
});

describe('cliHoverMarkdown (for the AWS CLI hover)', () => {
  it('a flag, a flag value, a command', () => {
    const f = FACTS.find((x) => x.targets?.cli?.includes('rds create-db-instance --backup-retention-period'))!;
    const flag = cliHoverMarkdown('rds create-db-instance --backup-retention-period')!;
    assert.ok(flag.includes('**--backup-retention-period**'));
    for (const u of f.sources) assert.ok(withMore(flag)!.includes(`(${u})`));
    const cmd = cliHoverMarkdown('rds  create-db-instance')!;
    assert.ok(cmd.startsWith('**aws rds create-db-instance**'));
    assert.equal(cliHoverMarkdown('s3 ls'), undefined);
    assert.equal(cliHoverMarkdown(''), undefined);
    assert.equal(cliHoverMarkdown('rds create-db-instance --no-such-flag'), undefined);
  });

  it('--no-flag falls back to the flag', () => {
    const pos = cliHoverMarkdown('rds create-db-instance --storage-encrypted');
    if (pos) assert.ok(cliHoverMarkdown('rds create-db-instance --no-storage-encrypted')!.includes('--storage-encrypted'));
  });
});
