import { defineRule } from '../types';
import { CDK_REMOVAL, DELETION_POLICY, GUARD_NOTE, GUARDED, LOGICAL_IDS, reportChanges, SERVICES } from './common';

export default defineRule({
  id: 'ADB144',
  title: 'Database removed or renamed; DeletionPolicy keeps the old data',
  severity: 'warning',
  services: SERVICES,
  resourceTypes: GUARDED,
  forms: ['cloudformation', 'cdk'],
  description:
    'As ADB143, but the old data survives the deletion: `DeletionPolicy: Snapshot` (the default of an RDS DB cluster and of a DB instance ' +
    'outside a cluster) takes a final snapshot, `Retain` leaves the database running outside the stack. A renamed resource still starts ' +
    'empty under its new logical ID; the quick fix restores the old one. ' + GUARD_NOTE,
  source: { urls: [DELETION_POLICY, LOGICAL_IDS, CDK_REMOVAL] },
  check(ctx) {
    reportChanges(ctx, (c) => c.kind === 'delete' && c.dataKept);
  },
});
