/**
 * Integration: the installed AWS CLI as referee for the AWS CLI side of ADB130–ADB135. Every command
 * the rules judge in a script is one the real CLI accepts as written (its flags exist for the
 * operation and their values parse), so a finding is about a value AWS refuses at create time, not
 * about the command line; and the values the CLI's own enums refuse (OpenSearch instance types) are
 * left to ADB108, not reported twice.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { realVerdicts } from '../differential/generate';
import { requireAwsCli } from './tools';

const IDS = ['ADB130', 'ADB131', 'ADB132', 'ADB133', 'ADB134', 'ADB135', 'ADB139'];

/** Commands with values AWS does not offer (and one that is fine), each with the findings we give it. */
const CASES: { cmd: string; ours: string[] }[] = [
  { cmd: 'aws elasticache create-replication-group --replication-group-id rg1 --replication-group-description d --engine valkey --engine-version 7.1 --cache-node-type cache.r7g.medium', ours: ['ADB130', 'ADB130'] },
  { cmd: 'aws elasticache create-cache-cluster --cache-cluster-id c1 --engine memcached --engine-version 1.6.21 --cache-node-type cache.t4g.micro --num-cache-nodes 1', ours: ['ADB130'] },
  { cmd: 'aws elasticache create-cache-parameter-group --cache-parameter-group-name p --cache-parameter-group-family redis7.0 --description d', ours: ['ADB131'] },
  { cmd: 'aws elasticache create-replication-group --replication-group-id rg2 --replication-group-description d --engine redis --engine-version 7.1 --cache-parameter-group-name default.redis6.x', ours: ['ADB131'] },
  { cmd: 'aws memorydb create-cluster --cluster-name m --node-type cache.r6g.large --acl-name open-access', ours: ['ADB130'] },
  { cmd: 'aws memorydb create-parameter-group --parameter-group-name p --family redis7', ours: ['ADB131'] },
  { cmd: 'aws redshift create-cluster --cluster-identifier r --node-type ds2.xlarge --master-username u --manage-master-password', ours: ['ADB132'] },
  { cmd: 'aws opensearch create-domain --domain-name dom --engine-version OpenSearch_2.8', ours: ['ADB133'] },
  { cmd: 'aws opensearch create-domain --domain-name dom --engine-version OpenSearch_9.9', ours: ['ADB139'] },
  { cmd: 'aws dsql create-cluster --region af-south-1', ours: ['ADB135'] },
  { cmd: 'aws dsql create-cluster --region us-east1', ours: ['ADB134'] },
  { cmd: 'aws rds create-db-cluster --db-cluster-identifier sec --engine aurora-postgresql --global-cluster-identifier g --region us-gov-west-1', ours: ['ADB135'] },
  { cmd: 'aws elasticache create-replication-group --replication-group-id ok --replication-group-description d --engine valkey --engine-version 8.1 --cache-node-type cache.r7g.large --region eu-west-1', ours: [] },
];

describe('integration: the AWS CLI accepts the commands ADB130–ADB135 judge', function () {
  this.timeout(300_000);
  it('every command parses in the real CLI; our findings are on the values only', () => {
    const version = requireAwsCli();
    const live = realVerdicts(CASES.map((c) => ({ cmd: c.cmd, kind: 'deploy-other' })));
    assert.ok(live, `${version} did not answer`);
    const refused = live.verdicts.map((v, i) => (v.ok ? '' : `${CASES[i].cmd}: ${v.msg}`)).filter(Boolean);
    assert.deepEqual(refused, []);
    for (const c of CASES) {
      const a = analyze(`${c.cmd}\n`, { fileName: 'deploy.sh', only: IDS });
      assert.deepEqual(a.findings.map((f) => f.ruleId), c.ours, c.cmd);
    }
    // Control: the referee refuses a command with a flag the operation does not take.
    const bad = realVerdicts([{ cmd: 'aws redshift create-cluster --cluster-identifier r --node-typo ra3.large --master-username u', kind: 'control' }]);
    assert.equal(bad?.verdicts[0].ok, false);
  });
});
