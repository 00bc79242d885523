import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { family, inCluster, sourceOf } from './common';
import { compatible } from './pairs';
import { storageLimit } from './storage-limits';

const gp = fact('rds.storage-gp');

export default defineRule({
  id: 'ADB010',
  title: 'AllocatedStorage outside the range of its storage type',
  severity: 'error',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'RDS rejects an AllocatedStorage outside the range of the storage type and engine: gp2/gp3 20–65,536 GiB, io1/io2 100–65,536 GiB, ' +
    'magnetic 5–3,072 GiB (10 for Oracle); SQL Server magnetic 20–1,024 GiB. For SQL Server on gp2/gp3 and io1/io2 AWS\'s pages disagree ' +
    '(the RDS User Guide gives every instance a primary volume of up to 64 TiB, the CreateDBInstance API reference 16,384 GiB), so only sizes ' +
    'outside 20–65,536 (gp) or 100–65,536 GiB (io) are reported there. Choose a size ' +
    'inside the range (storage can grow later but never shrink). Checked only when StorageType is written: the default type has ' +
    'changed over time, so it is not guessed. With the engine unknown, the widest range of any engine is used. Aurora instances have ' +
    'no allocated storage and are skipped.',
  source: sourceOf(gp, fact('rds.storage-io').sources, 'The seed gives gp2/gp3 20 GiB–64 TiB and io1 100 GiB–64 TiB, which matches for most engines; it omits SQL Server (where AWS\'s pages disagree: 16 TiB in the API reference, 64 TiB in the User Guide) and magnetic storage sizes.'),
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const types = ctx.prop(r, 'StorageType').candidates;
      if (!types.length) continue;
      const fam = family(ctx, r);
      const name = settingName(r, 'AllocatedStorage');
      for (const { c, n } of numbers(ctx.prop(r, 'AllocatedStorage').candidates)) {
        for (const t of types) {
          const type = asString(t.value)?.toLowerCase();
          const limit = type ? storageLimit(type, fam) : undefined;
          if (!limit || !compatible(c, t) || (n >= limit.min && n <= limit.max)) continue;
          const engine = fam === 'sqlserver' ? ' on SQL Server' : fam === 'oracle' && type === 'standard' ? ' on Oracle' : '';
          ctx.report({
            resource: r, at: c,
            message: `${name} ${n} GiB is outside ${limit.min}–${limit.max} GiB for ${type} storage${engine}: choose a size in that range.`,
            related: [{ span: t.site, message: `storage type ${type}` }],
          });
          break;
        }
      }
    }
  },
});
