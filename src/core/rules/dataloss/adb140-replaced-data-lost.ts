import { defineRule } from '../types';
import { GUARD_NOTE, GUARDED, RDS_INSTANCE, reportChanges, SERVICES, UPDATE_BEHAVIORS, UPDATE_REPLACE_POLICY } from './common';

export default defineRule({
  id: 'ADB140',
  title: 'Edit replaces a database and its data is lost',
  severity: 'error',
  services: SERVICES,
  resourceTypes: GUARDED,
  forms: ['cloudformation', 'cdk'],
  description:
    'Changing, adding or removing a property whose update requires replacement (StorageEncrypted, KmsKeyId, DBInstanceIdentifier, ' +
    'DBSubnetGroupName, MasterUsername or Port of an RDS DB instance; EngineVersion of a DocumentDB cluster; KeySchema or TableName of a ' +
    'DynamoDB table; …) makes CloudFormation create a new, empty database and delete the deployed one. Without `UpdateReplacePolicy: ' +
    'Snapshot` or `Retain` (CDK: `removalPolicy`) nothing of the old data is kept; for RDS the automated backups go with it. Adding such a ' +
    'property with the value the database already has (an explicit `StorageEncrypted: false` on an Aurora cluster that never set it) ' +
    'replaces it too. Keep the deployed value, or set UpdateReplacePolicy (and take a snapshot) before deploying. ' + GUARD_NOTE,
  source: { urls: [UPDATE_BEHAVIORS, UPDATE_REPLACE_POLICY, RDS_INSTANCE] },
  check(ctx) {
    reportChanges(ctx, (c) => c.kind === 'replace' && !c.dataKept);
  },
});
