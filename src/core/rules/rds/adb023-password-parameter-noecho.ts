import type { Node, Parameter, Resource } from '../../model';
import { entry, getPath, intrinsicName } from '../../model';
import { asBool, asString } from '../../resolve';
import { defineRule } from '../types';

const NOECHO = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';
const PRACTICES = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html';
const DYNAMIC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html';
const MANAGED = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html';

/** Properties that take a database password or token, per resource type (ADB012's, and the other services' admin passwords). */
const SECRET_PROPS: Record<string, string[]> = {
  'AWS::RDS::DBInstance': ['MasterUserPassword'],
  'AWS::RDS::DBCluster': ['MasterUserPassword'],
  'AWS::DocDB::DBCluster': ['MasterUserPassword'],
  'AWS::DocDBElastic::Cluster': ['AdminUserPassword'],
  'AWS::Redshift::Cluster': ['MasterUserPassword'],
  'AWS::RedshiftServerless::Namespace': ['AdminUserPassword'],
  'AWS::ElastiCache::ReplicationGroup': ['AuthToken'],
  'AWS::ElastiCache::User': ['Passwords'],
  'AWS::MemoryDB::User': ['AuthenticationMode.Passwords'],
  'AWS::DMS::Endpoint': ['Password'],
};

const scalarOf = (n: Node | undefined) => (n?.kind === 'scalar' ? n.value : undefined);

/**
 * The names whose value becomes (part of) the password: `Ref`, both branches of `Fn::If`, the
 * variables of an `Fn::Sub` and the parts of an `Fn::Join`. A value that builds a dynamic reference
 * (`!Sub '{{resolve:secretsmanager:${SecretStack}...}}'`) passes no password through a parameter,
 * and an import, `GetAtt` or `Select` names nothing here.
 */
function passedNames(node: Node | undefined, out: Set<string>): Set<string> {
  if (!node || node.kind !== 'map') return out;
  const fn = intrinsicName(node);
  const arg = fn ? node.entries[0].value : undefined;
  if (fn === 'Ref' && arg?.kind === 'scalar') out.add(String(arg.value));
  else if (fn === 'Fn::If' && arg?.kind === 'list') for (const b of arg.items.slice(1)) passedNames(b, out);
  else if (fn === 'Fn::Sub') {
    const tpl = arg?.kind === 'list' ? arg.items[0] : arg;
    const text = tpl?.kind === 'scalar' ? String(tpl.value) : '';
    const own = arg?.kind === 'list' && arg.items[1]?.kind === 'map' ? new Set(arg.items[1].entries.map((e) => e.key)) : new Set<string>();
    if (!text.includes('{{resolve:')) for (const m of text.matchAll(/\$\{([^}!.]+)\}/g)) if (!own.has(m[1])) out.add(m[1]);
  } else if (fn === 'Fn::Join' && arg?.kind === 'list' && arg.items[1]?.kind === 'list') {
    const parts = arg.items[1].items;
    if (!parts.some((p) => p.kind === 'scalar' && String(p.value).includes('{{resolve:'))) for (const p of parts) passedNames(p, out);
  }
  return out;
}

function advice(r: Resource): string {
  return r.type === 'AWS::RDS::DBInstance' || r.type === 'AWS::RDS::DBCluster'
    ? 'ManageMasterUserPassword: true (RDS keeps and rotates it in Secrets Manager)'
    : 'a {{resolve:secretsmanager:...}} dynamic reference';
}

export default defineRule({
  id: 'ADB023',
  title: 'Password parameter without NoEcho, or with a literal Default',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'redshift', 'elasticache', 'memorydb', 'dms'],
  resourceTypes: Object.keys(SECRET_PROPS),
  forms: ['cloudformation'],
  description:
    'A template parameter that passes a database password or token (MasterUserPassword of RDS, Aurora, DocumentDB and Redshift, ' +
    'AdminUserPassword of DocumentDB elastic clusters and Redshift Serverless, ElastiCache AuthToken and user Passwords, ' +
    'MemoryDB user passwords, DMS endpoint Password) must be declared with NoEcho: true, or CloudFormation shows its value in ' +
    'the console, in describe-stacks and in stack events. The finding is on the parameter\'s name (or on NoEcho: false). A NoEcho ' +
    'parameter whose Default is a literal password is reported on the Default: NoEcho masks the value it displays, not what the ' +
    'template holds, and the Default sits in version control. AWS recommends dynamic references to Secrets Manager over ' +
    'parameters for secrets; for RDS, ManageMasterUserPassword. SSM parameter types, empty defaults and dynamic references are ' +
    'not reported. CloudFormation only (template parameters).',
  source: { urls: [NOECHO, PRACTICES, DYNAMIC, MANAGED] },
  check(ctx) {
    const seen = new Set<Parameter>();
    for (const r of ctx.resources()) {
      for (const path of SECRET_PROPS[r.type] ?? []) {
        const value = getPath(r.properties, path);
        if (!value) continue;
        for (const id of passedNames(value, new Set())) {
          const p = ctx.doc.parameters.get(id);
          if (!p || seen.has(p)) continue;
          seen.add(p);
          const type = asString(scalarOf(entry(p.node, 'Type')?.value)) ?? '';
          if (type.startsWith('AWS::SSM::Parameter')) continue;
          const use = `${path.split('.').pop()} of ${r.id}`;
          const noEcho = entry(p.node, 'NoEcho');
          if (asBool(scalarOf(noEcho?.value)) !== true) {
            const explicitFalse = noEcho && asBool(scalarOf(noEcho.value)) === false;
            ctx.report({
              resource: r,
              at: explicitFalse ? { start: noEcho.value.start, end: noEcho.value.end } : p.keySpan,
              message: `Parameter ${p.name} is the ${use} but ${explicitFalse ? 'has NoEcho false' : 'has no NoEcho: true'}: CloudFormation shows its value in the console, describe-stacks and stack events. Set NoEcho: true, or better, use ${advice(r)}.`,
            });
            continue;
          }
          const def = entry(p.node, 'Default');
          const v = asString(scalarOf(def?.value));
          if (!def || v === undefined || v.trim() === '' || v.includes('{{resolve:')) continue;
          ctx.report({
            resource: r,
            // A span: the message never repeats the secret.
            at: { start: def.value.start, end: def.value.end },
            message: `Parameter ${p.name} (the ${use}) has NoEcho, but its Default is a literal password: NoEcho hides what CloudFormation displays, not the template, which keeps the password in version control. Remove the Default and pass it when deploying, or use ${advice(r)}.`,
          });
        }
      }
    }
  },
});
