import { fact } from '../../../knowledge';
import { intrinsicName } from '../../model';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { nameOf } from '../other/phrases';

const mr = fact('aurora-dsql.multi-region-witness');

export default defineRule({
  id: 'ADB040',
  title: 'Multi-Region Aurora DSQL cluster without a witness Region',
  severity: 'warning',
  services: ['aurora-dsql'],
  resourceTypes: ['AWS::DSQL::Cluster'],
  description:
    'A multi-Region Aurora DSQL cluster is two peered clusters in different Regions plus a witness Region that stores a ' +
    'limited window of encrypted transaction logs and maintains consistency and quorum, which AWS uses to improve ' +
    'multi-Region durability and availability. AWS\'s procedure creates each peer with the same witness Region before ' +
    'linking them. Whenever MultiRegionProperties is given, set MultiRegionProperties.WitnessRegion to a third Region ' +
    '(not the cluster\'s own), the same on both peers ' +
    '(CLI: `aws dsql create-cluster --multi-region-properties \'{"witnessRegion":"us-west-2"}\'`).',
  source: {
    seed: mr.seed ?? undefined,
    urls: mr.sources,
    note: 'The DSQL study guide describes active-active multi-Region writes but not the witness Region that the current API requires.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const mrp = ctx.prop(r, 'MultiRegionProperties');
      // A computed MultiRegionProperties (Fn::If, a parameter) cannot be looked into: no finding.
      if (!mrp.present || mrp.entry!.value.kind !== 'map' || intrinsicName(mrp.entry!.value)) continue;
      const name = r.form === 'aws-cli' ? '--multi-region-properties witnessRegion' : nameOf(r, 'MultiRegionProperties.WitnessRegion');
      let w = ctx.prop(r, 'MultiRegionProperties.WitnessRegion');
      if (!w.present) w = ctx.prop(r, 'MultiRegionProperties.witnessRegion');
      if (!w.present) {
        if (r.complete) ctx.report({ resource: r, at: mrp.entry!.keySpan, message: `${name} is missing: a multi-Region DSQL cluster needs a witness Region (a third Region, the same on both peers).` });
        continue;
      }
      for (const c of w.candidates) {
        if (asString(c.value)?.trim() === '') ctx.report({ resource: r, at: c, message: `${name} is empty: set the witness Region (a third Region, the same on both peers).` });
      }
    }
  },
});
