import { fact } from '../../../knowledge';
import { resolve } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { GLOBAL_TABLE, TABLE } from './tables';

const gsi = fact('dynamodb.gsi-limit');
const lsi = fact('dynamodb.lsi-limit');

export default defineRule({
  id: 'ADB052',
  title: 'Too many secondary indexes on a DynamoDB table',
  severity: 'error',
  services: ['dynamodb'],
  resourceTypes: [TABLE, GLOBAL_TABLE],
  description:
    'A table can have at most 5 local secondary indexes (a hard limit, and LSIs can only be created with the table) and, by default, ' +
    '20 global secondary indexes. CreateTable fails above those numbers. The GSI number is a default quota that AWS Support can raise ' +
    'for an account: the rule still reports it as an error because the template fails in every account that has not asked, and a ' +
    'template cannot show the raised quota. If your account has a higher quota, suppress ADB052 on that resource ' +
    '(`Metadata: aws-db-architect: ignore: [ADB052]`). Otherwise merge access patterns (overloaded GSIs, sparse indexes) or split the table.',
  source: {
    seed: 'seed [NoSQL Databases] Indexes',
    urls: [...new Set([...gsi.sources, ...lsi.sources])],
    note: 'The seed gives no number; AWS: 20 GSIs per table (default quota, adjustable), 5 LSIs per table (fixed).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const limits: [string, number, string][] = [
        ['GlobalSecondaryIndexes', gsi.max!, 'the default quota (raise it through Service Quotas, then suppress ADB052 here)'],
        ['LocalSecondaryIndexes', lsi.max!, 'a hard limit'],
      ];
      for (const [cfn, max, kind] of limits) {
        const p = ctx.prop(r, cfn);
        if (!p.entry) continue;
        // Count each written list (each Fn::If branch); items that may vanish (AWS::NoValue) are not counted.
        for (const c of p.candidates) {
          if (c.node.kind !== 'list') continue;
          const n = c.node.items.filter((it) => {
            const res = resolve(it, ctx.doc);
            return !res.unknown && res.candidates.length > 0 && res.candidates.every((x) => !x.noValue);
          }).length;
          if (n > max) {
            const at = c.node === p.entry.value ? p.entry.keySpan : c;
            ctx.report({ resource: r, at, message: `${settingName(r, cfn)} has ${n} indexes; a table allows ${max} (${kind}). Merge or remove indexes.` });
          }
        }
      }
    }
  },
});
