/** ADB040–ADB041: Aurora DSQL rules. */
import { strict as assert } from 'node:assert';
import { lint, resource } from '../helpers';

const DSQL = 'AWS::DSQL::Cluster';

describe('ADB040 multi-Region DSQL cluster without a witness Region', () => {
  it('flags MultiRegionProperties without WitnessRegion on the MultiRegionProperties key', () => {
    const f = lint(resource(DSQL, 'DeletionProtectionEnabled: true\nMultiRegionProperties:\n  Clusters:\n    - arn:aws:dsql:us-east-2:111122223333:cluster/abc'), { ids: ['ADB040'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'MultiRegionProperties');
    assert.match(f[0].message, /MultiRegionProperties.WitnessRegion is missing/);
  });
  it('flags an empty WitnessRegion on the value', () => {
    const f = lint(resource(DSQL, 'MultiRegionProperties:\n  WitnessRegion: ""'), { ids: ['ADB040'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '""');
  });
  it('accepts a witness Region, single-Region clusters and computed properties', () => {
    assert.deepEqual(lint(resource(DSQL, 'MultiRegionProperties:\n  WitnessRegion: us-west-2'), { ids: ['ADB040'] }), []);
    assert.deepEqual(lint(resource(DSQL, 'DeletionProtectionEnabled: true'), { ids: ['ADB040'] }), []);
    assert.deepEqual(lint(resource(DSQL, 'MultiRegionProperties: !If [Multi, {WitnessRegion: us-west-2}, !Ref AWS::NoValue]'), { ids: ['ADB040'] }), []);
    assert.deepEqual(lint(resource(DSQL, 'MultiRegionProperties:\n  WitnessRegion: !Ref Witness', 'Parameters:\n  Witness:\n    Type: String\n'), { ids: ['ADB040'] }), []);
  });
});

describe('ADB041 DSQL deletion protection', () => {
  it('flags DeletionProtectionEnabled false on the value', () => {
    const f = lint(resource(DSQL, 'DeletionProtectionEnabled: false'), { ids: ['ADB041'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].at, 'false');
    assert.match(f[0].message, /DeletionProtectionEnabled is false: set DeletionProtectionEnabled to true/);
  });
  it('names the parameter that allows false', () => {
    const f = lint(resource(DSQL, 'DeletionProtectionEnabled: !Ref Protect', 'Parameters:\n  Protect:\n    Type: String\n    AllowedValues: ["true", "false"]\n'), { ids: ['ADB041'] });
    assert.equal(f.length, 1);
    assert.equal(f[0].at, '!Ref Protect');
    assert.match(f[0].message, /parameter Protect allows "false"/);
  });
  it('accepts true and does not judge a missing value (no documented default)', () => {
    assert.deepEqual(lint(resource(DSQL, 'DeletionProtectionEnabled: true'), { ids: ['ADB041'] }), []);
    assert.deepEqual(lint(resource(DSQL, 'Tags: []'), { ids: ['ADB041'] }), []);
  });
});
