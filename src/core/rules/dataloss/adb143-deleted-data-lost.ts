import { defineRule } from '../types';
import { CDK_REMOVAL, DELETION_POLICY, GUARD_NOTE, GUARDED, LOGICAL_IDS, reportChanges, SERVICES } from './common';

export default defineRule({
  id: 'ADB143',
  title: 'Database removed or renamed: CloudFormation deletes it and its data',
  severity: 'error',
  services: SERVICES,
  resourceTypes: GUARDED,
  forms: ['cloudformation', 'cdk'],
  description:
    'A database resource that is in the deployed version but no longer in the file is deleted by the next stack update. A new logical ID ' +
    'for the same resource (a renamed template resource; in CDK a changed construct id, or a construct moved to another scope) is a ' +
    'deletion too: CloudFormation creates a new, empty database under the new ID and deletes the old one. Without `DeletionPolicy: ' +
    'Snapshot` or `Retain` (CDK: `removalPolicy`) the data is lost. For a rename, the quick fix restores the old logical ID (construct ' +
    'id); to really move a resource, keep its logical ID (CDK: `overrideLogicalId`) or import it into the new place. ' + GUARD_NOTE,
  source: { urls: [DELETION_POLICY, LOGICAL_IDS, CDK_REMOVAL] },
  check(ctx) {
    reportChanges(ctx, (c) => c.kind === 'delete' && !c.dataKept);
  },
});
