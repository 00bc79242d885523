/**
 * The knowledge base indexed by hover target: CloudFormation (`Type`, `Type.Path`, `Type.Path=value`),
 * AWS CLI (`service`, `service operation`, `service operation --flag`, `... --flag=value`) and CDK
 * (`Class`, `Class.prop`, optionally module-qualified: `docdb.CfnDBCluster.storageEncrypted`).
 * Built once, on first use, from FACTS.
 */
import { FACTS } from '../../knowledge';
import type { FactInput } from '../../knowledge/schema';

export type TargetKind = 'cfn' | 'cli' | 'cdk';

export interface FactIndex {
  /** Facts whose target of this kind is exactly `key`. */
  exact(kind: TargetKind, key: string): FactInput[];
  /** Facts with a target of this kind that starts with `prefix` (e.g. every property fact of a type). */
  under(kind: TargetKind, prefix: string): FactInput[];
  /** Every target key of this kind. */
  keys(kind: TargetKind): readonly string[];
}

let cached: FactIndex | undefined;
let cachedFrom: readonly FactInput[] | undefined;

/** Normalises a target key: no spaces around `=`, no list indexes, a single space between CLI words. */
export function normaliseTarget(kind: TargetKind, key: string): string {
  let k = key.trim().replace(/\s*=\s*/, '=').replace(/\[\d*\]/g, '');
  if (kind === 'cli') k = k.replace(/\s+/g, ' ');
  return k;
}

/** Builds (or returns the cached) index over `facts` (FACTS by default). */
export function factIndex(facts: readonly FactInput[] = FACTS): FactIndex {
  if (cached && cachedFrom === facts) return cached;
  const maps: Record<TargetKind, Map<string, FactInput[]>> = { cfn: new Map(), cli: new Map(), cdk: new Map() };
  for (const f of facts) {
    for (const kind of ['cfn', 'cli', 'cdk'] as const) {
      for (const t of f.targets?.[kind] ?? []) {
        const key = normaliseTarget(kind, t);
        const list = maps[kind].get(key);
        if (!list) maps[kind].set(key, [f]);
        else if (!list.includes(f)) list.push(f);
      }
    }
  }
  const sortedKeys: Record<TargetKind, string[]> = {
    cfn: [...maps.cfn.keys()].sort(),
    cli: [...maps.cli.keys()].sort(),
    cdk: [...maps.cdk.keys()].sort(),
  };
  cached = {
    exact: (kind, key) => maps[kind].get(normaliseTarget(kind, key)) ?? [],
    keys: (kind) => sortedKeys[kind],
    under: (kind, prefix) => {
      const out: FactInput[] = [];
      for (const k of sortedKeys[kind]) {
        if (!k.startsWith(prefix)) continue;
        for (const f of maps[kind].get(k)!) if (!out.includes(f)) out.push(f);
      }
      return out;
    },
  };
  cachedFrom = facts;
  return cached;
}

/** Pattern facts (`*.pattern-*`) describe an architecture of the study guide rather than a limit. */
export function isPatternFact(f: FactInput): boolean {
  return /\.pattern-/.test(f.id);
}
