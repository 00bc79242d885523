/**
 * Message phrases that follow the form a resource was written in (template property, CLI flag, CDK
 * prop). A boolean is a value in a template or CDK (`set it to true`), but a switch on the AWS CLI:
 * the advice is to add the switch (`add --storage-encrypted`) or to write the other one
 * (`use --storage-encrypted instead of --no-storage-encrypted`), never "set it to true".
 */
import type { Resource } from '../../model';
import { settingName } from '../util';

/** The setting's name as the author wrote it: the CloudFormation path, the CLI flag, or the CDK prop (src/core/names.ts). */
export function nameOf(r: Resource, cfn: string): string {
  return settingName(r, cfn);
}

/** The flag when the setting is a plain AWS CLI switch (`--multi-az`), not a key of a structure flag nor a property without a flag. */
export function switchOf(r: Resource, cfn: string): string | undefined {
  if (r.form !== 'aws-cli') return undefined;
  const name = settingName(r, cfn);
  return /^--[a-z0-9-]+$/.test(name) ? name : undefined;
}

const no = (flag: string) => flag.replace(/^--/, '--no-');

/** "StorageEncrypted is false" / "--no-storage-encrypted is given" / "storageEncrypted is false". */
export function isOff(r: Resource, cfn: string): string {
  const flag = switchOf(r, cfn);
  return flag ? `${no(flag)} is given` : `${settingName(r, cfn)} is false`;
}

/** "PubliclyAccessible is true" / "--publicly-accessible is given" / "publiclyAccessible is true". */
export function isOn(r: Resource, cfn: string): string {
  const flag = switchOf(r, cfn);
  return flag ? `${flag} is given` : `${settingName(r, cfn)} is true`;
}

export interface SetOptions {
  /** The setting is written (with the other value): a CLI switch is then replaced, not added. */
  written?: boolean;
  /** Name the setting ("set MultiAZ to true") instead of "set it to true" after a message that named it. */
  named?: boolean;
}

/**
 * The advice to give a boolean setting `value`, in the resource's form: "set it to true" (template),
 * "set storageEncrypted: true" (CDK, when named), "add --multi-az" (a CLI switch not written),
 * "use --multi-az instead" (the other switch written).
 */
export function setBool(r: Resource, cfn: string, value: boolean, o: SetOptions = {}): string {
  const flag = switchOf(r, cfn);
  if (flag) {
    const want = value ? flag : no(flag);
    return o.written ? `use ${want} instead` : `add ${want}`;
  }
  if (!o.named) return `set it to ${value}`;
  const name = settingName(r, cfn);
  return r.form === 'cdk' ? `set ${name}: ${value}` : `set ${name} to ${value}`;
}

/** "set StorageEncrypted to true" / "use --storage-encrypted instead" (written false) or "add --storage-encrypted" (not written) / "set storageEncrypted: true". */
export function turnOn(r: Resource, cfn: string, written = true): string {
  return setBool(r, cfn, true, { written, named: true });
}

/** Capitalises the first letter (a phrase that starts a sentence). */
export const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
