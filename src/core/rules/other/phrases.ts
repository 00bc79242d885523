/** Message phrases that follow the form a resource was written in (template property, CLI flag, CDK prop). */
import type { Resource } from '../../model';
import { settingName } from '../util';

/** The setting's name as the author wrote it: the CloudFormation path, the CLI flag, or the CDK prop (src/core/names.ts). */
export function nameOf(r: Resource, cfn: string): string {
  return settingName(r, cfn);
}

/** "StorageEncrypted is false" / "--no-storage-encrypted is given" / "storageEncrypted is false". */
export function isOff(r: Resource, cfn: string): string {
  const name = settingName(r, cfn);
  if (r.form === 'aws-cli' && /^--[a-z0-9-]+$/.test(name)) return `${name.replace(/^--/, '--no-')} is given`;
  return `${name} is false`;
}

/** "set StorageEncrypted to true" / "use --storage-encrypted" / "set storageEncrypted: true". */
export function turnOn(r: Resource, cfn: string): string {
  const name = settingName(r, cfn);
  if (r.form === 'aws-cli' && /^--[a-z0-9-]+$/.test(name)) return `use ${name}`;
  if (r.form === 'cdk') return `set ${name}: true`;
  return `set ${name} to true`;
}
