/** ADB156: an explicit AutoMinorVersionUpgrade false, in every form, on the value; absent or true gives nothing. */
import { strict as assert } from 'node:assert';
import { lint } from './helpers';

const cfn = (type: string, props: string[]) => ['Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...props.map((p) => `      ${p}`), ''].join('\n');
const tf = (type: string, body: string) => `resource "${type}" "r" {\n${body}\n}\n`;

describe('ADB156 automatic minor version upgrades turned off', () => {
  it('fires on an explicit false in a template, on the value, for each resource type', () => {
    for (const [type, base] of [
      ['AWS::RDS::DBInstance', ['Engine: postgres', 'DBInstanceClass: db.t3.micro']],
      ['AWS::DMS::ReplicationInstance', ['ReplicationInstanceClass: dms.t3.micro']],
      ['AWS::ElastiCache::CacheCluster', ['Engine: redis', 'CacheNodeType: cache.t3.micro', 'NumCacheNodes: 1']],
      ['AWS::ElastiCache::ReplicationGroup', ['ReplicationGroupDescription: x', 'Engine: valkey']],
    ] as const) {
      const f = lint(cfn(type, [...base, 'AutoMinorVersionUpgrade: false']), { ids: ['ADB156'] });
      assert.equal(f.length, 1, type);
      assert.equal(f[0].at, 'false');
      assert.match(f[0].message, /AutoMinorVersionUpgrade is false/);
      assert.equal(f[0].severity, 'info');
      assert.deepEqual(lint(cfn(type, [...base, 'AutoMinorVersionUpgrade: true']), { ids: ['ADB156'] }), [], type);
      assert.deepEqual(lint(cfn(type, [...base]), { ids: ['ADB156'] }), [], type);
    }
  });

  it('fires on a parameter whose value turns it off, and not on other resource types', () => {
    const text = ['Parameters:', '  Upgrade:', '    Type: String', '    Default: "false"', ...cfn('AWS::RDS::DBInstance', ['Engine: mysql', 'AutoMinorVersionUpgrade: !Ref Upgrade']).split('\n')].join('\n');
    const f = lint(text, { ids: ['ADB156'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Upgrade');
    assert.deepEqual(lint(cfn('AWS::Neptune::DBInstance', ['DBInstanceClass: db.r6g.large', 'AutoMinorVersionUpgrade: false']), { ids: ['ADB156'] }), []);
  });

  it('Terraform: on the argument value of aws_db_instance, DMS and ElastiCache', () => {
    for (const [type, base] of [
      ['aws_db_instance', '  engine = "postgres"'],
      ['aws_dms_replication_instance', '  replication_instance_class = "dms.t3.micro"'],
      ['aws_elasticache_replication_group', '  description = "x"\n  engine = "redis"'],
      ['aws_elasticache_cluster', '  engine = "redis"\n  node_type = "cache.t3.micro"'],
    ]) {
      const f = lint(tf(type, `${base}\n  auto_minor_version_upgrade = false`), { ids: ['ADB156'], fileName: 'main.tf', form: 'terraform' });
      assert.equal(f.length, 1, type);
      assert.equal(f[0].at, 'false');
      assert.match(f[0].message, /auto_minor_version_upgrade is false.*set it to true|auto_minor_version_upgrade is false/);
      assert.deepEqual(lint(tf(type, `${base}\n  auto_minor_version_upgrade = true`), { ids: ['ADB156'], fileName: 'main.tf', form: 'terraform' }), [], type);
      assert.deepEqual(lint(tf(type, base), { ids: ['ADB156'], fileName: 'main.tf', form: 'terraform' }), [], type);
    }
  });

  it('leaves Aurora instances alone (AWS advises turning it off on Aurora LTS releases)', () => {
    assert.deepEqual(lint(cfn('AWS::RDS::DBInstance', ['Engine: aurora-mysql', 'DBClusterIdentifier: !Ref C', 'AutoMinorVersionUpgrade: false']), { ids: ['ADB156'] }), []);
    assert.deepEqual(lint(cfn('AWS::RDS::DBInstance', ['Engine: aurora-postgresql', 'AutoMinorVersionUpgrade: false']), { ids: ['ADB156'] }), []);
    assert.deepEqual(lint(tf('aws_rds_cluster_instance', '  cluster_identifier = "c"\n  engine = "aurora-mysql"\n  auto_minor_version_upgrade = false'), { ids: ['ADB156'], fileName: 'main.tf', form: 'terraform' }), []);
  });

  it('AWS CLI: --no-auto-minor-version-upgrade, on the flag', () => {
    const f = lint('aws rds create-db-instance --db-instance-identifier d --engine mysql --db-instance-class db.t3.micro --no-auto-minor-version-upgrade\n', { ids: ['ADB156'], fileName: 'deploy.sh' });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '--no-auto-minor-version-upgrade');
    assert.match(f[0].message, /--no-auto-minor-version-upgrade is given.*--auto-minor-version-upgrade/);
    assert.deepEqual(lint('aws rds create-db-instance --db-instance-identifier d --engine mysql --db-instance-class db.t3.micro --auto-minor-version-upgrade\n', { ids: ['ADB156'], fileName: 'deploy.sh' }), []);
  });
});
