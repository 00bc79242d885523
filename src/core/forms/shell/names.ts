/**
 * Settings in the AWS CLI's words: the flag the CLI reader maps onto a CloudFormation property
 * (read back from its own flag -> property mapping), and the inverse for hovers.
 */
import type { Resource } from '../../model';
import { serviceModel } from '../../cli-model/model';
import { targetOf, type PropMap } from './mappings';

/**
 * `--flag`, or `--flag Key` for a key of a structure flag: the flag of the command's own operation
 * first; a flag only other operations take is named with that said; in words where no flag sets it.
 */
export function cliName(r: Resource, path: string): string {
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

/** `Type.Path` of the flag (`backup-retention-period`, no dashes) of `service operation`, or undefined. */
export function cfnTargetOfCliFlag(service: string, operation: string, flag: string): string | undefined {
  const target = targetOf(service, operation);
  const pm = target?.props[flag.replace(/^--/, '')];
  return target && pm ? `${target.type}.${pm.path}` : undefined;
}
