/** DocumentDB, Neptune and Redshift rules on AWS CLI scripts. */
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

describe('other-service rules in AWS CLI scripts', () => {
  it('names the negative flags and the CLI fixes', () => {
    const sh = [
      'aws docdb create-db-cluster --db-cluster-identifier docs --engine docdb --backup-retention-period 0 --no-storage-encrypted',
      'aws neptune create-db-cluster --db-cluster-identifier graph --engine neptune --storage-encrypted --no-enable-iam-database-authentication',
      'aws redshift create-cluster --cluster-identifier wh --node-type ra3.xlplus --master-username a --no-encrypted --publicly-accessible',
      '',
    ].join('\n');
    const f = lint(sh, { fileName: 'deploy.sh', ids: ['ADB070', 'ADB071', 'ADB073', 'ADB077'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [
      ['ADB071', '0'], ['ADB070', '--no-storage-encrypted'], ['ADB073', '--no-enable-iam-database-authentication'],
      ['ADB077', '--no-encrypted'], ['ADB077', '--publicly-accessible'],
    ]);
    assert.match(f[1].message, /^--no-storage-encrypted is given: use --storage-encrypted/);
    assert.match(f[2].message, /^--no-enable-iam-database-authentication is given: use --enable-iam-database-authentication/);
    assert.match(f[4].message, /use --no-publicly-accessible/);
  });
  it('does not judge missing settings on modify commands', () => {
    const sh = 'aws neptune modify-db-cluster --db-cluster-identifier graph --backup-retention-period 7\n';
    assert.deepEqual(lint(sh, { fileName: 'deploy.sh', ids: ['ADB070', 'ADB071', 'ADB072', 'ADB073'], production: 'always' }), []);
  });
});
