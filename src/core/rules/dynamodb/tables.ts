/** DynamoDB table helpers shared by the ADB05x rules: billing mode per branch, same-name resources. */
import type { Resource } from '../../model';
import type { Candidate } from '../../resolve';
import { asString } from '../../resolve';
import type { RuleContext } from '../types';
import type { Condition } from './values';

export const TABLE = 'AWS::DynamoDB::Table';
export const GLOBAL_TABLE = 'AWS::DynamoDB::GlobalTable';

/** One possible billing mode: from a written value, or the default when BillingMode is absent. */
export interface BillingBranch {
  mode: 'PAY_PER_REQUEST' | 'PROVISIONED';
  /** The written value; undefined when the default applies. */
  candidate?: Candidate;
  condition?: Condition;
}

/**
 * The billing modes a table can have. An absent BillingMode means PROVISIONED on a complete
 * resource (API and CloudFormation default); an unknown value yields no branch at all.
 */
export function billingBranches(ctx: RuleContext, r: Resource): BillingBranch[] {
  const p = ctx.prop(r, 'BillingMode');
  if (!p.present) return r.complete ? [{ mode: 'PROVISIONED' }] : [];
  const out: BillingBranch[] = [];
  for (const c of p.resolution.candidates) {
    if (c.noValue) {
      if (r.complete) out.push({ mode: 'PROVISIONED', condition: c.condition });
      continue;
    }
    const v = asString(c.value)?.toUpperCase();
    if (v === 'PAY_PER_REQUEST' || v === 'PROVISIONED') out.push({ mode: v, candidate: c, condition: c.condition });
  }
  return out;
}

/** Other resources of the same type and id (a CLI script that creates a table, then updates it). */
export function sameNamed(ctx: RuleContext, r: Resource): Resource[] {
  return ctx.doc.resources.filter((o) => o !== r && o.type === r.type && o.id === r.id);
}
