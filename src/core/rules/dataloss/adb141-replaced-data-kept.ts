import { defineRule } from '../types';
import { GUARD_NOTE, GUARDED, reportChanges, SERVICES, UPDATE_BEHAVIORS, UPDATE_REPLACE_POLICY } from './common';

export default defineRule({
  id: 'ADB141',
  title: 'Edit replaces a database; UpdateReplacePolicy keeps the old data',
  severity: 'warning',
  services: SERVICES,
  resourceTypes: GUARDED,
  forms: ['cloudformation', 'cdk'],
  description:
    'The edit requires replacement, as in ADB140, but the old data survives: `UpdateReplacePolicy: Snapshot` takes a final snapshot of the ' +
    'old database (restore it by hand), `Retain` keeps the old database outside the stack, or the resource holds no data of its own ' +
    '(an Aurora, DocumentDB or Neptune instance keeps its data in the cluster volume, a read replica copies its source, DAX is a cache). ' +
    'The new database still starts empty and gets a new endpoint: applications see an empty database until the data is restored. ' + GUARD_NOTE,
  source: { urls: [UPDATE_BEHAVIORS, UPDATE_REPLACE_POLICY] },
  check(ctx) {
    reportChanges(ctx, (c) => c.kind === 'replace' && c.dataKept);
  },
});
