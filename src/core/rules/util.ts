/** Small helpers rules share: engine families, value tests, fixes. */
import type { Resource } from '../model';
import { displayName } from '../names';
import type { Candidate } from '../resolve';
import { asBool, asNumber, asString } from '../resolve';
import type { RuleContext } from './types';

/** The engine of an RDS/DocumentDB/Neptune resource, when known (single candidate). */
export function engineOf(ctx: RuleContext, r: Resource): string | undefined {
  const p = ctx.prop(r, 'Engine');
  if (p.unknown || p.candidates.length !== 1) return undefined;
  return asString(p.candidates[0].value)?.toLowerCase();
}

export const isAuroraEngine = (e: string | undefined) => !!e && e.startsWith('aurora');

/** Candidates whose value is boolean false (true/"true" excluded, unknown excluded). */
export const falseValues = (cs: Candidate[]) => cs.filter((c) => asBool(c.value) === false);
export const trueValues = (cs: Candidate[]) => cs.filter((c) => asBool(c.value) === true);

/** Candidates with a numeric value, paired with the number. */
export function numbers(cs: Candidate[]): { c: Candidate; n: number }[] {
  const out: { c: Candidate; n: number }[] = [];
  for (const c of cs) {
    const n = asNumber(c.value);
    if (n !== undefined) out.push({ c, n });
  }
  return out;
}

/**
 * The name a setting has in the form the resource was written in, for messages: the same name fix
 * titles use (src/core/names.ts), from the CloudFormation property path.
 */
export function settingName(r: Resource, cfn: string): string {
  return displayName(r, cfn);
}

/**
 * Advice text written out per form, where it is not one setting's name (several settings, another
 * command or construct, a value): prefer settingName wherever a name is meant. Terraform: `tf`, else
 * the Terraform name of `cfn` when it is a property path (else `cfn` as written).
 */
export function inForm(r: Resource, cfn: string, cli: string, cdk: string, tf?: string): string {
  if (r.form === 'terraform') return tf ?? displayName(r, cfn);
  return r.form === 'aws-cli' ? cli : r.form === 'cdk' ? cdk : cfn;
}
