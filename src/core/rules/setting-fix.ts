/**
 * A rule's setting fix: which property its finding is about and the value that answers it. Each
 * rule declares its own (Rule.settingFixes); the fix code (src/core/fixes) gathers them from the
 * rule registry. Each entry names the resource types, so a fix is only offered on the resource it
 * was written for.
 */
import type { Resource, ScalarValue } from '../model';

export interface SettingFix {
  types: string[];
  /** CloudFormation property (dotted for nested ones). */
  path: string;
  /** The value to write, from the current one (undefined: nothing to offer). */
  to: (current: ScalarValue | undefined, r: Resource) => ScalarValue | undefined;
  /** Add the property when it is absent (false where absence is already fine). */
  insert?: boolean;
  /** Only in these forms (a CDK prop that CloudFormation writes per replica). */
  forms?: Resource['form'][];
  /** Also offer to remove the property (where its absence means the safe default). */
  removable?: boolean;
}

/** Fixes a rule answers other than by a setting: a service-managed password, or DeletionPolicy/UpdateReplacePolicy (CDK: removalPolicy). */
export type SpecialFix = 'managed-password' | 'deletion-policy';

/** Write `v` (nothing to offer when it is already `v`). */
export const set = (v: ScalarValue) => (cur: ScalarValue | undefined) => (cur === v ? undefined : v);
/** Bring a number into [min, max] (nothing to offer inside it or for a non-number). */
export const clamp = (min: number, max: number) => (cur: ScalarValue | undefined) =>
  typeof cur === 'number' ? (cur < min ? min : cur > max ? max : undefined) : undefined;
/** At least `n` (also when absent). */
export const atLeast = (n: number) => (cur: ScalarValue | undefined) => (cur === undefined || (typeof cur === 'number' && cur < n) ? n : undefined);
