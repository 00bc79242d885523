/**
 * What a CloudFormation property is called in Terraform, for messages and fix titles: the argument as
 * written in the resource (`point_in_time_recovery.enabled`), else the first argument of the mapping
 * table that sets it, else the CloudFormation path itself. For a resource a community module creates
 * (modules.ts), the module input that sets that argument.
 */
import type { ModelDocument, Resource } from '../../model';
import type { ParameterWords } from '../form';
import { terraformDocInfo, terraformInfo } from './reader';
import { terraformNamesOf } from './resources';
import { directInput } from './modules';

/** Arguments of list items the table does not name (security group ingress blocks). */
const ITEM_NAMES: Record<string, Record<string, string>> = {
  aws_security_group: { CidrIp: 'ingress.cidr_blocks', CidrIpv6: 'ingress.ipv6_cidr_blocks', FromPort: 'ingress.from_port', ToPort: 'ingress.to_port', IpProtocol: 'ingress.protocol' },
  aws_security_group_rule: { CidrIp: 'cidr_blocks', CidrIpv6: 'ipv6_cidr_blocks' },
};

export function terraformName(r: Resource, path: string): string {
  const info = terraformInfo(r);
  const type = info?.tf.type ?? r.origin?.construct;
  if (!type) return path;
  const written = info?.names.get(path);
  const name = written && !info?.defaults.has(path) ? written : terraformNamesOf(type, path)[0] ?? ITEM_NAMES[type]?.[path] ?? path;
  // A community module's resource: the module input that sets the argument, when one does.
  const m = info?.module;
  if (m) return m.inputs.get(name) ?? directInput(m.entry, type, name) ?? name;
  return name;
}

/**
 * A parameter (`var.size`) in Terraform's words: "variable `size` defaults to 5", or, when a tfvars file
 * Terraform loads by itself sets it, "variable `size` is 5 in terraform.tfvars"; allowed values come from
 * a `contains([...], var.size)` validation.
 */
export function terraformParameterWords(doc: ModelDocument, name: string): ParameterWords | undefined {
  if (!name.startsWith('var.')) return undefined;
  const v = `variable \`${name.slice(4)}\``;
  const file = terraformDocInfo(doc)?.tfvarsFiles.get(name);
  return {
    name: v,
    says: (how, value) => {
      if (how === 'Default') return file ? `${v} is ${value} in ${file}` : `${v} defaults to ${value}`;
      return how === 'AllowedValues' ? `${v} allows ${value} (its validation)` : `${v} has ${how} ${value}`;
    },
    label: (how) => (how === 'Default' ? (file ? `value of ${v} in ${file}` : `default of ${v}`) : how === 'AllowedValues' ? `validation of ${v}` : `${how} of ${v}`),
    defaultWord: file ? `value in ${file}` : 'default',
  };
}
