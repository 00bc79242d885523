/**
 * What a setting is called in the form a resource was written in, for messages and fix titles alike:
 * CloudFormation the property path, the AWS CLI the flag (read back from the CLI reader's own
 * flag -> property mapping), the CDK the camelCase prop of an L1 `Cfn*` class or the L2 prop (read
 * back from the CDK reader's own prop tables). One table per form, the readers' own: none here.
 */
import type { Resource } from './model';
import { constructInfo } from './forms/cdk/info';
import { l1KeyName, l1TsName, l1Type } from './forms/cdk/l1';
import { L2 } from './forms/cdk/l2';
import type { Handler } from './forms/cdk/l2-common';
import { targetOf, type PropMap } from './forms/shell/mappings';
import { serviceModel } from './cli-model/model';

/** The name of the CloudFormation property `path` (dotted for nested ones) in the resource's form. */
export function displayName(r: Resource, path: string): string {
  if (r.form === 'aws-cli') return cliName(r, path);
  if (r.form === 'cdk') return cdkName(r, path);
  return path;
}

/**
 * `--flag`, or `--flag Key` for a key of a structure flag: the flag of the command's own operation
 * first; a flag only other operations take is named with that said; in words where no flag sets it.
 */
function cliName(r: Resource, path: string): string {
  const { service, operation } = r.origin ?? {};
  const target = service && operation ? targetOf(service, operation) : undefined;
  if (!target) return path;
  const takes = serviceModel(service!)?.ops[operation!]?.a;
  const all = Object.entries(target.props);
  const own = all.filter(([f]) => !takes || f in takes);
  const named = flagFor(own, path) ?? flagFor(all, path);
  if (!named) return `${path} (no flag of ${operation} sets it)`;
  return takes && !(named.split(' ')[0].slice(2) in takes) ? `${named} (not an option of ${operation})` : named;
}

function flagFor(flags: [string, PropMap][], path: string): string | undefined {
  const exact = flags.find(([, pm]) => pm.path === path);
  if (exact) return `--${exact[0]}`;
  const outer = flags.find(([, pm]) => path.startsWith(`${pm.path}.`));
  if (!outer) return undefined;
  const [flag, pm] = outer;
  const back = Object.fromEntries(Object.entries(pm.rename ?? {}).map(([api, cfn]) => [cfn, api]));
  return `--${flag} ${path.slice(pm.path.length + 1).split('.').map((k) => back[k] ?? k).join('.')}`;
}

function cdkName(r: Resource, path: string): string {
  const info = constructInfo(r);
  if (!info) return path;
  if (info.l1) return path.split('.').map((k) => l1TsName(info.module, r.type, k)).join('.');
  const spec = L2[`${info.module}.${info.construct}`];
  const found = spec && l2Props(spec.props, path);
  if (!found?.length) return `${path} (no ${info.construct} prop sets it)`;
  // Several props may set it (`backup.retention`, `backupRetention`): the one written, else the first.
  const written = info.tsKeys.get(path);
  return found.find((n) => n.split('.').pop() === written) ?? found[0];
}

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

/*
 * The inverse direction, for hovers: the CloudFormation resource type and property path(s) a CLI flag
 * or a CDK prop sets, read from the same tables, so a fact found by its `cfn` target shows on them.
 */

/** `Type.Path` of the flag (`backup-retention-period`, no dashes) of `service operation`, or undefined. */
export function cfnTargetOfCliFlag(service: string, operation: string, flag: string): string | undefined {
  const target = targetOf(service, operation);
  const pm = target?.props[flag.replace(/^--/, '')];
  return target && pm ? `${target.type}.${pm.path}` : undefined;
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
