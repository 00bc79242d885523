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
  /**
   * The property the finding is on, when the fix writes another one: a finding on `MultiAZEnabled: true`
   * answered by adding `AutomaticFailoverEnabled: true`. Without it the fix writes the finding's own property.
   */
  on?: string;
  /** The value to write, from the current one (undefined: nothing to offer). */
  to: (current: ScalarValue | undefined, r: Resource) => ScalarValue | undefined;
  /** A second answer to a written value, offered after `to`'s and never preferred (7 days beside the nearest allowed 35). */
  alsoTo?: (current: ScalarValue | undefined, r: Resource) => ScalarValue | undefined;
  /** Add the property when it is absent (false where absence is already fine). */
  insert?: boolean;
  /** Only in these forms (a CDK prop that CloudFormation writes per replica). */
  forms?: Resource['form'][];
  /** Also offer to remove the property (where its absence means the safe default). */
  removable?: boolean;
  /**
   * Settings that must change with this one for the resource to stay deployable (written in the
   * same fix: Multi-AZ needs automatic failover, which needs a replica); undefined when that cannot
   * be known, and then the fix is not offered.
   */
  with?: (r: Resource) => Companion[] | undefined;
  /** false: one answer among others that changes the design (adds a node, turns failover off): never the preferred fix, so "fix all" leaves it. */
  preferred?: boolean;
}

/** A setting written together with a fix's own. */
export interface Companion {
  path: string;
  value: ScalarValue;
  /** Adds cost or capacity (a node): the fix is then not preferred, so "fix all" leaves it to the author. */
  costly?: boolean;
}

/** Fixes a rule answers other than by a setting: a service-managed password, or DeletionPolicy/UpdateReplacePolicy (CDK: removalPolicy). */
export type SpecialFix = 'managed-password' | 'deletion-policy';

/** Write `v` (nothing to offer when it is already `v`). */
export const set = (v: ScalarValue) => (cur: ScalarValue | undefined) => (cur === v ? undefined : v);
/** Write `v` when the current number is outside [min, max] (a second answer beside clamp: 7 days rather than 35). */
export const outside = (min: number, max: number, v: number) => (cur: ScalarValue | undefined) =>
  typeof cur === 'number' && (cur < min || cur > max || !Number.isInteger(cur)) && v >= min && v <= max ? v : undefined;
/** Bring a number into [min, max] (nothing to offer inside it or for a non-number). */
export const clamp = (min: number, max: number) => (cur: ScalarValue | undefined) =>
  typeof cur === 'number' ? (cur < min ? min : cur > max ? max : undefined) : undefined;
/** At least `n` (also when absent). */
export const atLeast = (n: number) => (cur: ScalarValue | undefined) => (cur === undefined || (typeof cur === 'number' && cur < n) ? n : undefined);
