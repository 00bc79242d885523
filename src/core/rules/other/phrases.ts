/** Message phrases that follow the form a resource was written in (template property, CLI flag, CDK prop). */
import type { Resource } from '../../model';
import { settingName } from '../util';

/** "StorageEncrypted is false" / "--no-storage-encrypted" / "storageEncrypted is false". `cli` is the positive flag. */
export function isOff(r: Resource, cfn: string, cli: string, cdk: string): string {
  if (r.form === 'aws-cli') return `${cli.replace(/^--/, '--no-')} is given`;
  return `${settingName(r, cfn, cli, cdk)} is false`;
}

/** "set StorageEncrypted to true" / "use --storage-encrypted" / "set storageEncrypted: true". */
export function turnOn(r: Resource, cfn: string, cli: string, cdk: string): string {
  if (r.form === 'aws-cli') return `use ${cli}`;
  if (r.form === 'cdk') return `set ${cdk}: true`;
  return `set ${cfn} to true`;
}
