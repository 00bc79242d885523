import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { inCluster, sourceOf } from './common';

const type = fact('rds.storage-type');

export default defineRule({
  id: 'ADB009',
  title: 'Magnetic (standard) storage',
  severity: 'warning',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'StorageType standard is magnetic storage, which RDS keeps only for backward compatibility: it is limited to 3 TiB, slow, and ' +
    'AWS recommends General Purpose (gp3) or Provisioned IOPS (io2) SSD for any new storage. Set StorageType to gp3.',
  source: sourceOf(type, fact('rds.storage-magnetic').sources, null),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'StorageType', to: (c) => (c === 'gp2' || c === 'standard' ? 'gp3' : undefined), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const name = settingName(r, 'StorageType');
      for (const c of ctx.prop(r, 'StorageType').candidates) {
        if (asString(c.value)?.toLowerCase() !== 'standard') continue;
        ctx.report({ resource: r, at: c, message: `${name} standard is legacy magnetic storage: use gp3 (or io2 for sustained high IOPS).` });
      }
    }
  },
});
