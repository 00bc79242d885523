import { fact } from '../../../knowledge';
import { asString } from '../../resolve';
import { defineRule } from '../types';
import { nameOf } from '../other/phrases';

const mm = fact('aurora.multimaster-retired');

export default defineRule({
  id: 'ADB036',
  title: 'Aurora Multi-Master (EngineMode multimaster) is retired',
  severity: 'warning',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  description:
    'Aurora multi-master clusters only ran on Aurora MySQL version 1 (MySQL 5.6 compatible), which reached end of life on ' +
    '28 February 2023, so EngineMode multimaster can no longer be created. For writes in several places use Amazon Aurora ' +
    'DSQL (active-active, multi-Region, PostgreSQL-compatible); to accept writes in secondary Regions of an Aurora global ' +
    'database, turn on Global Database write forwarding (EnableGlobalWriteForwarding); inside one cluster, local write ' +
    'forwarding lets readers forward writes to the writer.',
  source: {
    seed: mm.seed ?? undefined,
    urls: mm.sources,
    note: 'The seed presents Multi-Master as a current feature; AWS retired it with Aurora MySQL version 1 (end of life 2023-02-28).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, 'EngineMode');
      for (const c of ctx.prop(r, 'EngineMode').candidates) {
        if (asString(c.value)?.toLowerCase() !== 'multimaster') continue;
        ctx.report({
          resource: r,
          at: c,
          message: `${name} multimaster (Aurora Multi-Master) is retired with Aurora MySQL version 1: use Aurora DSQL for active-active writes, or Global Database write forwarding.`,
        });
      }
    }
  },
});
