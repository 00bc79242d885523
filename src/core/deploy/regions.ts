/**
 * Which Regions offer which database resource types (data/deploy/other.json, from the resource types
 * CloudFormation's registry has in each Region), for ADB134 and completions of Region values.
 */
import { otherData } from './other-data';
import { nearest } from '../cli-model/suggest';

/** The Regions the data knows (commercial, China and GovCloud), sorted. */
export function knownRegions(): string[] {
  return [...(otherData()?.regions.regions ?? [])];
}

/** The Regions that offer `resourceType` (`AWS::DSQL::Cluster`); undefined when the data does not have the type. */
export function regionsOffering(resourceType: string): string[] | undefined {
  const r = otherData()?.regions;
  const missing = r?.missing[resourceType];
  if (!r || !missing) return undefined;
  return r.regions.filter((x) => !missing.includes(x));
}

export type RegionVerdict =
  | { kind: 'offered' }
  /** The Region is known and does not offer the type (as of the data). */
  | { kind: 'not-offered'; offering: string[] }
  /** Not a Region name at all (`us-east`, `useast1`): the nearest known names. */
  | { kind: 'not-a-region'; suggest: string[] }
  /** A well-formed name the data does not know (a newer Region, an isolated partition): no judgment. */
  | { kind: 'unknown-region' };

/** Region names: `us-east-1`, `us-gov-west-1`, `ap-southeast-7`, `eusc-de-east-1`, `us-isob-east-1` (a direction, then a number). */
const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]{2,4})?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d{1,2}$/;

/** Whether `region` offers `resourceType`; undefined when there is no data or the type is not in it. */
export function regionOffers(resourceType: string, region: string): RegionVerdict | undefined {
  const r = otherData()?.regions;
  if (!r) return undefined;
  const v = region.trim();
  if (r.unverified.includes(v)) return { kind: 'unknown-region' };
  if (!r.regions.includes(v)) {
    if (REGION_SHAPE.test(v)) return { kind: 'unknown-region' };
    return { kind: 'not-a-region', suggest: nearest(v.toLowerCase(), r.regions) };
  }
  const missing = r.missing[resourceType];
  if (!missing) return undefined;
  return missing.includes(v) ? { kind: 'not-offered', offering: r.regions.filter((x) => !missing.includes(x)) } : { kind: 'offered' };
}
