import { strict as assert } from 'node:assert';
import { cliCompletions } from '../../src/core/forms/shell/assist';

function complete(withCursor: string, fileName = 'x.sh') {
  const offset = withCursor.indexOf('|');
  const text = withCursor.replace('|', '');
  return cliCompletions(text, fileName, offset);
}
const labels = (s: string) => complete(s).map((i) => i.label);

describe('AWS CLI completion: values from the deploy data', () => {
  it('--engine lists RDS engines; --engine-version the versions of the command\'s engine, newest first, with end of standard support', () => {
    const engines = labels('aws rds create-db-instance --engine |');
    assert.ok(engines.includes('postgres') && engines.includes('mysql') && engines.includes('aurora-postgresql'));
    const versions = complete('aws rds create-db-instance --engine mysql --engine-version |').sort((a, b) => a.sort.localeCompare(b.sort));
    assert.match(versions[0].label, /^8\.4\./);
    assert.match(versions.find((v) => v.label.startsWith('8.0.'))!.detail!, /standard support ended 2026-07-31/);
    // The flag after the cursor counts too (order does not matter on a command line).
    assert.ok(labels('aws rds create-db-instance --engine-version 8.0.| --engine mysql').every((v) => v.startsWith('8.0.')));
  });
  it('--db-instance-class lists the classes for the engine, filtered by the typed prefix, in the --flag= form too', () => {
    const classes = labels('aws rds create-db-instance --engine postgres --db-instance-class db.r7|');
    assert.ok(classes.length > 3);
    assert.ok(classes.every((c) => c.startsWith('db.r7')));
    assert.ok(labels('aws rds create-db-instance --engine postgres --db-instance-class=db.t4g.|').includes('db.t4g.micro'));
  });
  it('ElastiCache and Redshift node types', () => {
    assert.ok(labels('aws elasticache create-replication-group --cache-node-type cache.r7g.|').includes('cache.r7g.large'));
    assert.ok(labels('aws redshift create-cluster --node-type ra3.|').includes('ra3.xlplus'));
  });
  it('nothing for a version without an engine, or for a flag with free values', () => {
    assert.deepEqual(labels('aws rds modify-db-instance --engine-version |'), []);
    assert.deepEqual(labels('aws rds create-db-instance --db-name |'), []);
  });
});
