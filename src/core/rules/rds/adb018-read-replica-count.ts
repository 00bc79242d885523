import { fact } from '../../../knowledge';
import type { Node, Resource } from '../../model';
import { get, intrinsicName } from '../../model';
import { defineRule, type RuleContext } from '../types';
import { settingName } from '../util';
import { family } from './common';

const general = fact('rds.read-replicas');
const commercial = fact('rds.read-replicas-commercial');
const db2 = fact('rds.read-replicas-db2');

/** A key naming the source: `ref:Logical` for Ref/GetAtt to a resource, `id:name` for a literal identifier. */
function sourceKey(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar' && node.value !== null && String(node.value).trim()) return `id:${String(node.value)}`;
  const fn = intrinsicName(node);
  if (fn === 'Ref') {
    const t = get(node, 'Ref');
    return t?.kind === 'scalar' ? `ref:${String(t.value)}` : undefined;
  }
  if (fn === 'Fn::GetAtt') {
    const t = get(node, 'Fn::GetAtt');
    if (t?.kind === 'list' && t.items[0]?.kind === 'scalar') return `ref:${String(t.items[0].value)}`;
    if (t?.kind === 'scalar') return `ref:${String(t.value).split('.')[0]}`;
  }
  return undefined;
}

/** The replica limit of a source in this file (its engine decides); 15, the highest, when unknown. */
function limitFor(ctx: RuleContext, key: string): { max: number; engine?: string } {
  const src = key.startsWith('ref:') ? ctx.doc.resources.find((x) => x.id === key.slice(4)) : undefined;
  const fam = src && src.type === 'AWS::RDS::DBInstance' ? family(ctx, src) : undefined;
  if (fam === 'oracle' || fam === 'sqlserver') return { max: commercial.max!, engine: fam === 'oracle' ? 'Oracle' : 'SQL Server' };
  if (fam === 'db2') return { max: db2.max!, engine: 'Db2' };
  return { max: general.max!, engine: fam === 'mysql' ? 'MySQL' : fam === 'mariadb' ? 'MariaDB' : fam === 'postgres' ? 'PostgreSQL' : undefined };
}

export default defineRule({
  id: 'ADB018',
  title: 'More read replicas of one source than RDS allows',
  severity: 'error',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'A DB instance can have up to 15 read replicas (MariaDB, MySQL, PostgreSQL), 5 for Oracle and SQL Server and 3 for Db2; RDS ' +
    'refuses to create more. The rule counts, in one file, the DB instances whose SourceDBInstanceIdentifier names the same source ' +
    '(a Ref or GetAtt to it, or the same literal identifier) and reports each replica beyond the limit. Replicas under a Condition ' +
    'are not counted, since they may not all exist. For more read capacity, cascade replicas (a replica of a replica) or use Aurora.',
  source: {
    seed: 'seed [Deployment Options]',
    urls: [...new Set([...general.sources, ...commercial.sources])],
    note: 'The seed says up to 5 read replicas for RDS engines and 15 for Aurora. AWS now allows 15 per source for MariaDB, MySQL and PostgreSQL, 5 for Oracle and SQL Server, 3 for Db2.',
  },
  check(ctx) {
    const groups = new Map<string, Resource[]>();
    for (const r of ctx.resources()) {
      if (r.attributes.has('Condition')) continue;
      const key = sourceKey(ctx.prop(r, 'SourceDBInstanceIdentifier').entry?.value);
      if (!key) continue;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const [key, replicas] of groups) {
      const { max, engine } = limitFor(ctx, key);
      if (replicas.length <= max) continue;
      const source = key.slice(key.indexOf(':') + 1);
      for (const r of replicas.slice(max)) {
        const at = ctx.prop(r, 'SourceDBInstanceIdentifier').entry!.value;
        const name = settingName(r, 'SourceDBInstanceIdentifier');
        ctx.report({
          resource: r, at,
          message: `${name}: ${replicas.length} read replicas of ${source} in this file, above the limit of ${max}${engine ? ` for ${engine}` : ''}: remove replicas or make some of them replicas of a replica.`,
        });
      }
    }
  },
});
