/**
 * AWS CLI hover text from the knowledge base, for the shell-script hover adapter: give it what is
 * under the cursor as `service`, `service operation`, `service operation --flag` or
 * `service operation --flag=value`, and it returns the facts' Markdown (with sources) or undefined.
 */
import type { FactInput } from '../../../knowledge/schema';
import { cfnTargetOfCliFlag } from './names';
import { factIndex, normaliseTarget } from '../../hover/facts-index';
import { compactHover, md, moreLink } from '../../hover/render';

/**
 * The knowledge-base Markdown for an AWS CLI target.
 * - `rds create-db-instance --backup-retention-period`: the facts about that flag;
 * - `rds create-db-instance --storage-type=gp2`: the facts about that value, then the flag's;
 * - `rds create-db-instance` or `rds`: the facts targeting the command, then a list of its flags' facts.
 * `--no-flag` forms are looked up as `--flag` too.
 */
export function cliHoverMarkdown(target: string): string | undefined {
  const idx = factIndex();
  const key = normaliseTarget('cli', target);
  const words = key.split(' ');
  if (!words[0]) return undefined;
  const last = words[words.length - 1];
  if (last.startsWith('--')) {
    const [flag, value] = splitValue(last);
    const base = words.slice(0, -1).join(' ');
    const flags = flag.startsWith('--no-') ? [flag, `--${flag.slice(5)}`] : [flag];
    const parts: string[] = [];
    // Hand-written targets, then the facts of the CloudFormation property the flag sets (the CLI reader's own mapping).
    const [service, operation] = words;
    const cfn = (f: string) => (words.length === 3 ? cfnTargetOfCliFlag(service, operation, f) : undefined);
    const union = (a: FactInput[], b: FactInput[]) => [...new Set([...a, ...b])];
    if (value !== undefined) {
      for (const f of flags) {
        const t = cfn(f);
        const vf = union(idx.exact('cli', `${base} ${f}=${value}`), t ? idx.exact('cfn', `${t}=${value}`) : []);
        if (vf.length) parts.push(compactHover(`**${md(f)} ${md(value)}** (\`aws ${md(base)}\`)`, vf, { more: { title: `aws ${base} ${f} ${value}`, ids: vf.map((x) => x.id) } }));
      }
    }
    for (const f of flags) {
      const t = cfn(f);
      const ff = union(idx.exact('cli', `${base} ${f}`), t ? idx.exact('cfn', t) : []);
      if (ff.length) parts.push(compactHover(`**${md(f)}** (\`aws ${md(base)}\`)`, ff, { more: { title: `aws ${base} ${f}`, ids: ff.map((x) => x.id), replace: t } }));
    }
    return parts.length ? parts.join('\n\n---\n\n') : undefined;
  }
  const own = idx.exact('cli', key);
  const below = idx.under('cli', `${key} `).filter((f) => !own.includes(f));
  if (!own.length && !below.length) return undefined;
  const parts = [`**aws ${md(key)}**`];
  for (const f of own.slice(0, 2)) parts.push(`${md(f.subject)}: ${md(f.value)}`);
  // A whole service lists many facts: keep the hover short, the rest is under More….
  const shown = below.slice(0, MAX_LISTED - parts.length - 2);
  if (shown.length) parts.push(`**Key limits** (hover a flag for details)\n${shown.map((f) => `- ${md(f.subject)}: ${md(f.value)}`).join('\n')}`);
  parts.push(moreLink({ title: `aws ${key}`, ids: [...own, ...below].map((f) => f.id) }));
  return parts.join('\n\n');
}

const MAX_LISTED = 12;

function splitValue(flag: string): [string, string | undefined] {
  const i = flag.indexOf('=');
  return i < 0 ? [flag, undefined] : [flag.slice(0, i), flag.slice(i + 1)];
}
