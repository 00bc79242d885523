/**
 * What a setting is called in the form a resource was written in, for messages and fix titles alike:
 * CloudFormation the property path, the AWS CLI the flag (read back from the CLI reader's own
 * flag -> property mapping), the CDK the camelCase prop of an L1 `Cfn*` class or the L2 prop (read
 * back from the CDK reader's own prop tables). Each form names its settings (Form.settingName, in
 * src/core/forms/<form>/names.ts, from the readers' own tables): no table here.
 */
import { formOf } from './forms';
import type { Resource } from './model';

/** The name of the CloudFormation property `path` (dotted for nested ones) in the resource's form. */
export function displayName(r: Resource, path: string): string {
  return formOf(r.form)?.settingName?.(r, path) ?? path;
}
