/** CDK constructs beyond the basic tables: Aurora Serverless v1, engines in consts, proxies, replica counts. */
import assert from 'node:assert/strict';
import { dedent, lint } from './helpers';

const IMPORTS = [
  "import * as cdk from 'aws-cdk-lib';",
  "import * as rds from 'aws-cdk-lib/aws-rds';",
  "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
  "import { Duration } from 'aws-cdk-lib';",
  '',
].join('\n');

const seen = (body: string, ids: string[], production: 'always' | 'never' = 'never') =>
  lint(IMPORTS + dedent(body), { fileName: 'lib/db-stack.ts', ids, production }).map((s) => `${s.ruleId} ${s.at}`);

describe('CDK: Aurora Serverless v1 constructs', () => {
  const pg = 'engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL';

  it('ADB013/ADB020 suggest no prop ServerlessCluster lacks; a DatabaseCluster still gets them', () => {
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, vpc });`, ['ADB013', 'ADB020'], 'always'), []);
    assert.deepEqual(seen(`new rds.ServerlessClusterFromSnapshot(this, 'Db', { ${pg}, vpc, snapshotIdentifier: 's' });`, ['ADB013', 'ADB020'], 'always'), []);
    assert.deepEqual(seen(`new rds.DatabaseCluster(this, 'Db', { ${pg}, vpc });`, ['ADB013', 'ADB020'], 'always'), ['ADB013 DatabaseCluster', 'ADB020 DatabaseCluster']);
  });

  it('ADB003 names ServerlessCluster\'s own prop (backupRetention, not backup.retention)', () => {
    const [f] = lint(IMPORTS + `new rds.ServerlessCluster(this, 'Db', { ${pg}, vpc });`, { fileName: 'lib/db-stack.ts', ids: ['ADB003'], production: 'always' });
    assert.match(f.message, /^backupRetention is not set/);
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, backupRetention: Duration.days(14) });`, ['ADB003'], 'always'), []);
    assert.deepEqual(seen(`new rds.ServerlessCluster(this, 'Db', { ${pg}, backupRetention: Duration.days(2) });`, ['ADB003'], 'always'), ['ADB003 Duration.days(2)']);
  });

  it('ServerlessClusterFromSnapshot is read as Aurora Serverless v1 (ADB034 on the class name)', () => {
    assert.deepEqual(seen(`new rds.ServerlessClusterFromSnapshot(this, 'Db', { ${pg}, snapshotIdentifier: 's' });`, ['ADB034']), ['ADB034 ServerlessClusterFromSnapshot']);
  });
});
