/**
 * data/deploy/other.json (scripts/gen-deploy-other.py): what AWS offers for ElastiCache, Redshift and
 * OpenSearch, and which Regions have which database resource types. Sources and licences:
 * data/deploy/SOURCES.md.
 */
import { deployData } from './load';

export interface OtherData {
  generated: string;
  /** What the data knows is as old as its oldest source: a newer value is "not known as of" this day. */
  asOf: string;
  sources: Record<string, { version: string; date?: string; licence: string }>;
  elasticache: { nodeTypes: string[]; versions: Record<string, string[]>; families: string[] };
  redshift: { nodeTypes: string[] };
  opensearch: { versions: string[]; instanceTypes: string[]; warmInstanceTypes: string[]; esInstanceTypes: string[]; esWarmInstanceTypes: string[] };
  /** `missing`: per resource type, the Regions of `regions` that do not have it; `unverified`: Regions the data has nothing of its own for. */
  regions: { regions: string[]; unverified: string[]; missing: Record<string, string[]> };
}

const arr = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isOther(v: unknown): v is OtherData {
  const d = v as OtherData;
  return !!d && typeof d === 'object' && typeof d.asOf === 'string' && !!d.elasticache && arr(d.elasticache.nodeTypes) &&
    !!d.elasticache.versions && arr(d.elasticache.families) && !!d.redshift && arr(d.redshift.nodeTypes) && !!d.opensearch &&
    arr(d.opensearch.versions) && arr(d.opensearch.instanceTypes) && !!d.regions && arr(d.regions.regions) && !!d.regions.missing;
}

/** The table, or undefined when it cannot be read (said once). */
export function otherData(): OtherData | undefined {
  return deployData('other.json', isOther);
}

/** The day the data is as of (`2026-05-20`), for "not known as of" messages; undefined without data. */
export function otherDataDate(): string | undefined {
  return otherData()?.asOf;
}

/** Compares dotted versions numerically (`7.10` after `7.9`); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._-]/);
  const pb = b.split(/[._-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const c = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (c) return c;
  }
  return 0;
}

/** Newest first. */
export const newestFirst = (vs: string[]) => [...vs].sort((a, b) => compareVersions(b, a));
