/** Message phrases that follow the form a resource was written in (template property, CLI flag, CDK prop). */
import type { Resource } from '../../model';
import { settingName } from '../util';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The setting's name as the author wrote it: the CloudFormation path, the CLI flag, or the CDK prop. CDK L1
 * constructs (`CfnDBCluster`) take the CloudFormation names in lower camel case; L2 constructs have their own (`cdk`).
 */
export function nameOf(r: Resource, cfn: string, cli: string, cdk: string): string {
  if (r.form === 'cdk' && r.origin?.construct?.startsWith('Cfn')) return cfn.split('.').map(lowerFirst).join('.');
  return settingName(r, cfn, cli, cdk);
}

/** "StorageEncrypted is false" / "--no-storage-encrypted is given" / "storageEncrypted is false". `cli` is the positive flag. */
export function isOff(r: Resource, cfn: string, cli: string, cdk: string): string {
  if (r.form === 'aws-cli') return `${cli.replace(/^--/, '--no-')} is given`;
  return `${nameOf(r, cfn, cli, cdk)} is false`;
}

/** "set StorageEncrypted to true" / "use --storage-encrypted" / "set storageEncrypted: true". */
export function turnOn(r: Resource, cfn: string, cli: string, cdk: string): string {
  if (r.form === 'aws-cli') return `use ${cli}`;
  if (r.form === 'cdk') return `set ${nameOf(r, cfn, cli, cdk)}: true`;
  return `set ${cfn} to true`;
}
