/** Aurora DSQL rules on AWS CLI scripts. */
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

describe('DSQL rules in AWS CLI scripts', () => {
  it('flags a multi-Region cluster without witnessRegion and --no-deletion-protection-enabled', () => {
    const sh = 'aws dsql create-cluster --no-deletion-protection-enabled --multi-region-properties \'{"clusters":["arn:aws:dsql:us-east-2:111122223333:cluster/abc"]}\'\n';
    const f = lint(sh, { fileName: 'dsql.sh', ids: ['ADB040', 'ADB041'] });
    assert.deepEqual(f.map((x) => [x.ruleId, x.at]), [['ADB041', '--no-deletion-protection-enabled'], ['ADB040', '--multi-region-properties']]);
    assert.match(f[0].message, /^--no-deletion-protection-enabled is given: use --deletion-protection-enabled/);
    assert.match(f[1].message, /^--multi-region-properties witnessRegion is missing/);
  });
  it('accepts the AWS documentation\'s multi-Region commands (JSON and shorthand)', () => {
    const sh = 'aws dsql create-cluster --region us-east-1 --multi-region-properties \'{"witnessRegion":"us-west-2"}\'\naws dsql create-cluster --region us-east-2 --multi-region-properties witnessRegion=us-west-2\n';
    assert.deepEqual(lint(sh, { fileName: 'dsql.sh', ids: ['ADB040', 'ADB041'] }), []);
  });
});
