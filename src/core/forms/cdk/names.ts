/**
 * Settings in the CDK's words: the camelCase prop of an L1 `Cfn*` class or the L2 prop (read back
 * from the CDK reader's own prop tables), and the inverse for hovers.
 */
import type { Resource } from '../../model';
import { constructInfo } from './info';
import { l1KeyName, l1TsName, l1Type } from './l1';
import { L2 } from './l2';
import type { Handler } from './l2-common';

/** The CDK name of the CloudFormation property `path` of a construct's resource. */
export function cdkName(r: Resource, path: string): string {
  const info = constructInfo(r);
  // A member of a DatabaseCluster (`ClusterInstance.provisioned('writer', { publiclyAccessible, instanceType })`): its
  // props are camelCase, and the class is `instanceType`.
  if (!info) return r.origin?.construct === 'ClusterInstance' ? (MEMBER_PROPS[path] ?? path.split('.').map(lowerFirst).join('.')) : path;
  if (info.l1) return path.split('.').map((k) => l1TsName(info.module, r.type, k)).join('.');
  const spec = L2[`${info.module}.${info.construct}`];
  const found = spec && l2Props(spec.props, path);
  if (!found?.length) return `${path} (no ${info.construct} prop sets it)`;
  // Several props may set it (`backup.retention`, `backupRetention`): the one written, else the first.
  const written = info.tsKeys.get(path);
  return found.find((n) => n.split('.').pop() === written) ?? found[0];
}

const MEMBER_PROPS: Record<string, string> = { DBInstanceClass: 'instanceType' };

const lowerFirst = (k: string) => k.charAt(0).toLowerCase() + k.slice(1);

/**
 * The props of an L2 table (nested ones dotted) that set `path`, best first: a prop that sets exactly
 * it, then one that sets a structure holding it (its keys in camelCase after the prop), then one that
 * sets part of it; props the CDK deprecated last.
 */
function l2Props(table: Record<string, string | Handler>, path: string, prefix = ''): string[] {
  const found: { name: string; rank: number }[] = [];
  for (const [name, h] of Object.entries(table)) {
    const paths = typeof h === 'string' ? [h] : h.paths ?? [];
    const late = typeof h !== 'string' && h.deprecated ? 3 : 0;
    if (paths.includes(path)) found.push({ name: prefix + name, rank: late });
    else if (paths.some((p) => path.startsWith(`${p}.`))) {
      const p = paths.find((x) => path.startsWith(`${x}.`))!;
      found.push({ name: `${prefix}${name}.${path.slice(p.length + 1).split('.').map(lowerFirst).join('.')}`, rank: late + 1 });
    } else if (paths.some((p) => p.startsWith(`${path}.`))) found.push({ name: prefix + name, rank: late + 2 });
    else if (typeof h !== 'string' && h.table) found.push(...l2Props(h.table, path, `${prefix}${name}.`).map((n) => ({ name: n, rank: 0 })));
  }
  return found.sort((x, y) => x.rank - y.rank).map((x) => x.name);
}

/**
 * `Type.Path` targets a top-level prop of a CDK class sets: an L1 `Cfn*` class its CloudFormation
 * name, an L2 construct the paths of its prop in the L2 table. `module` is the aws-cdk-lib module
 * without `aws-` (`rds`), or undefined when unknown (then the class must be unambiguous).
 */
export function cfnTargetsOfCdkProp(module: string | undefined, cls: string, prop: string): string[] {
  const modules = module !== undefined ? [`aws-${module}`] : cdkModulesOf(cls);
  if (modules.length !== 1) return [];
  const mod = modules[0];
  const l1 = l1Type(mod, cls);
  if (l1) return [`${l1}.${l1KeyName(mod, l1)(prop)}`];
  const spec = L2[`${mod}.${cls}`];
  const h = spec && Object.prototype.hasOwnProperty.call(spec.props, prop) ? spec.props[prop] : undefined;
  if (!h) return [];
  const paths = typeof h === 'string' ? [h] : h.paths ?? [];
  return paths.map((p) => `${spec.type}.${p}`);
}

/** The aws-cdk-lib modules whose L2 table has a class named `cls`. */
function cdkModulesOf(cls: string): string[] {
  if (/^Cfn[A-Z]/.test(cls)) return []; // an L1 class name is shared by several modules: needs its module
  return Object.keys(L2).filter((key) => key.endsWith(`.${cls}`)).map((key) => key.slice(0, -cls.length - 1));
}
