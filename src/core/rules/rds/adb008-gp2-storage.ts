import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { inCluster, sourceOf } from './common';

const gp = fact('rds.gp3-vs-gp2');

export default defineRule({
  id: 'ADB008',
  title: 'gp2 storage where gp3 gives more for the same price',
  severity: 'info',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'On RDS, gp3 storage costs the same per GB-month as gp2, but gp2 performance is tied to size (3 IOPS per GiB, with burst ' +
    'credits) while gp3 gives a 3,000 IOPS / 125 MiBps baseline at any size and lets you add IOPS and throughput without adding ' +
    'storage. Change StorageType to gp3. The study guide says gp3 is "20% cheaper": that is the EBS volume price difference, not RDS ' +
    'storage; the saving on RDS comes from not over-allocating storage for IOPS.',
  source: sourceOf(gp),
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const name = settingName(r, 'StorageType', '--storage-type', 'storageType');
      for (const c of ctx.prop(r, 'StorageType').candidates) {
        if (asString(c.value)?.toLowerCase() !== 'gp2') continue;
        ctx.report({ resource: r, at: c, message: `${name} gp2: use gp3, same storage price on RDS with a 3,000 IOPS baseline at any size and IOPS you can raise without adding storage.` });
      }
    }
  },
});
