import { fact } from '../../../knowledge';
import { defineRule } from '../types';

const eos = fact('qldb.end-of-support');

export default defineRule({
  id: 'ADB074',
  title: 'Amazon QLDB has reached end of support',
  severity: 'warning',
  services: ['qldb'],
  resourceTypes: ['AWS::QLDB::Ledger', 'AWS::QLDB::Stream'],
  description:
    'Amazon QLDB reached end of support on 31 July 2025 (announced 18 July 2024), so a ledger in a template cannot be ' +
    'relied on. AWS documents a migration path, "Migrate an Amazon QLDB Ledger to Amazon Aurora PostgreSQL". The seed\'s ' +
    'Scenario 4 (financial services with an audit trail) shows the audit trail on Aurora PostgreSQL: the pgAudit ' +
    'extension, Database Activity Streams and application logs in CloudWatch Logs.',
  source: {
    seed: eos.seed ?? undefined,
    urls: eos.sources,
    note: 'The seed recommends QLDB as the immutable ledger of an audit trail; AWS ended support on 2025-07-31.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const what = r.type === 'AWS::QLDB::Stream' ? 'QLDB journal stream' : 'QLDB ledger';
      ctx.report({
        resource: r,
        at: r.anchor,
        message: `${what} ${r.id}: Amazon QLDB reached end of support on 31 July 2025. Migrate to Aurora PostgreSQL with an audit trail (pgAudit, Database Activity Streams).`,
      });
    }
  },
});
