/** Aurora rules on AWS CLI scripts (the study guide's commands and variations): flags named as written. */
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

describe('Aurora rules in AWS CLI scripts', () => {
  it('flags Serverless v1, a backtrack window on PostgreSQL and --no-storage-encrypted on the flag or value', () => {
    const sh = 'aws rds create-db-cluster \\\n  --db-cluster-identifier app \\\n  --engine aurora-postgresql \\\n  --engine-mode serverless \\\n  --backtrack-window 3600 \\\n  --no-storage-encrypted\n';
    const f = lint(sh, { fileName: 'deploy.sh', ids: ['ADB031', 'ADB033', 'ADB034'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB034', 'serverless'], ['ADB031', '3600'], ['ADB033', '--no-storage-encrypted']]);
    assert.match(f[0].message, /^--engine-mode serverless is Aurora Serverless v1.*--serverless-v2-scaling-configuration/);
    assert.match(f[1].message, /^--backtrack-window is set on engine aurora-postgresql/);
    assert.match(f[2].message, /^--no-storage-encrypted is given, so Aurora encrypts this cluster only with an AWS owned key.*: use --storage-encrypted instead \(with --kms-key-id/);
  });
  it('counts the secondaries of a global database across create-db-cluster commands', () => {
    let sh = 'aws rds create-global-cluster --global-cluster-identifier gdb --engine aurora-mysql \\\n  --source-db-cluster-identifier arn:aws:rds:us-east-1:123456789012:cluster:primary\n';
    for (let i = 1; i <= 11; i++) sh += `aws rds create-db-cluster --db-cluster-identifier sec-${i} --engine aurora-mysql --global-cluster-identifier gdb --region r-${i}\n`;
    const f = lint(sh, { fileName: 'global.sh', ids: ['ADB032'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].line, 12);
    assert.equal(f[0].at, 'gdb');
    assert.match(f[0].message, /^--global-cluster-identifier: .*11 secondary clusters/);
  });
  it('accepts the study guide\'s Aurora cluster and global database commands', () => {
    const sh = [
      'aws rds create-db-cluster --db-cluster-identifier production-aurora-cluster --engine aurora-mysql \\',
      '  --engine-version 8.0.mysql_aurora.3.05.2 --storage-encrypted --backup-retention-period 7',
      'aws rds create-global-cluster --global-cluster-identifier production-global-cluster --engine aurora-mysql \\',
      '  --source-db-cluster-identifier arn:aws:rds:us-east-1:123456789012:cluster:production-aurora-cluster',
      'aws rds create-db-cluster --db-cluster-identifier production-aurora-cluster-eu --engine aurora-mysql \\',
      '  --global-cluster-identifier production-global-cluster --region eu-west-1',
      '',
    ].join('\n');
    assert.deepEqual(lint(sh, { fileName: 'seed.sh', ids: ['ADB030', 'ADB031', 'ADB032', 'ADB033', 'ADB034', 'ADB035', 'ADB036'] }), []);
  });
});
