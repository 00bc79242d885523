import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { numbers, settingName } from '../util';
import { inCluster, sourceOf } from './common';
import { compatible } from './pairs';

const gp = fact('rds.gp3-vs-gp2');

/** From this size gp2's baseline (3 IOPS per GiB) passes gp3's 12,000 IOPS baseline: gp3 is then not simply better. */
const GP2_BEATS_GP3_BASELINE_GIB = 4000;

export default defineRule({
  id: 'ADB008',
  title: 'gp2 storage where gp3 decouples performance from size',
  severity: 'info',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'gp2 performance is tied to size (3 IOPS per GiB, with burst credits on smaller volumes), so small gp2 volumes are ' +
    'over-allocated to buy IOPS. gp3 gives a 3,000 IOPS / 125 MiBps baseline at any size (12,000 IOPS / 500 MiBps from ' +
    '400 GiB) and lets you add IOPS and throughput without adding storage. Consider StorageType gp3. Not reported when the ' +
    'allocated storage is unknown or may exceed 4,000 GiB, where gp2\'s baseline is higher than gp3\'s. The study guide says gp3 is "20% ' +
    'cheaper": that is the EBS volume price difference; compare RDS storage prices on the RDS pricing page for your Region.',
  source: sourceOf(gp),
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'StorageType', to: (c) => (c === 'gp2' || c === 'standard' ? 'gp3' : undefined), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const size = ctx.prop(r, 'AllocatedStorage');
      // An unknown size could be a large volume, where gp2's baseline is the higher one.
      if (size.unknown) continue;
      const sizes = numbers(size.candidates);
      const name = settingName(r, 'StorageType');
      for (const c of ctx.prop(r, 'StorageType').candidates) {
        if (asString(c.value)?.toLowerCase() !== 'gp2') continue;
        // A large gp2 volume has a higher baseline than gp3's: no advice is certain there.
        if (sizes.some((s) => compatible(c, s.c) && s.n > GP2_BEATS_GP3_BASELINE_GIB)) continue;
        ctx.report({ resource: r, at: c, message: `${name} gp2: consider gp3, which gives a 3,000 IOPS baseline at any size and IOPS and throughput you can raise without adding storage (gp2 gives 3 IOPS per GiB).` });
      }
    }
  },
});
