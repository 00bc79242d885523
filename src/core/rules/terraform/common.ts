/** Shared by the Terraform-only rules (ADB150-ADB169): the provider's documentation and the model's Terraform attributes. */
import type { Resource } from '../../model';
import { resolve, type Candidate } from '../../resolve';
import type { RuleContext } from '../types';

/** AWS provider documentation (the v6 line; the arguments and defaults below hold for v5 and v6). */
export const PROVIDER_DOCS = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/';
export const LIFECYCLE_DOCS = 'https://developer.hashicorp.com/terraform/language/meta-arguments#lifecycle';

/** The known values of a Terraform-only setting the reader keeps as a resource attribute (reader.ts `terraformOnly`). */
export function tfSetting(ctx: RuleContext, r: Resource, name: string): { present: boolean; candidates: Candidate[]; unknown: boolean } {
  const e = r.attributes.get(name);
  if (!e) return { present: false, candidates: [], unknown: false };
  const res = resolve(e.value, ctx.doc);
  return { present: true, candidates: res.candidates, unknown: res.unknown };
}
