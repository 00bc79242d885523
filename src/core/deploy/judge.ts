/**
 * Judging one written value against a list of offered values: offered, not offered (with the nearest
 * offered values), or newer than the data (a value of the right shape that the data cannot know yet,
 * which is never an error: stale data must not break a correct template).
 */
import { nearest } from '../cli-model/suggest';
import { compareVersions } from './other-data';

export type Verdict =
  | { kind: 'ok' }
  /** Not offered: `suggest` holds the nearest offered values (may be empty). */
  | { kind: 'not-offered'; suggest: string[] }
  /** Well formed, newer than anything the data has: information at most. */
  | { kind: 'newer' };

const OK: Verdict = { kind: 'ok' };

interface TypeParts {
  /** Letters before the generation (`r`, `ra`, `ultrawarm`). */
  cls: string;
  /** The generation number, or undefined (`rg`). */
  gen?: number;
  /** The family as written (`r6gd`). */
  family: string;
  size: string;
}

/** `r6gd.xlarge` -> r / 6 / r6gd / xlarge (the prefix and suffix already taken off). */
function parts(core: string): TypeParts | undefined {
  const m = /^([a-z]+?)(\d+)?([a-z-]*)\.([a-z0-9]+)$/.exec(core);
  if (!m) return undefined;
  return { cls: m[1], gen: m[2] === undefined ? undefined : Number(m[2]), family: `${m[1]}${m[2] ?? ''}${m[3]}`, size: m[4] };
}

export interface TypeOptions {
  /** Values of another form, also offered as "did you mean" for a value without the prefix/suffix. */
  others?: readonly string[];
  /** Families that existed and are no longer offered: not offered, never newer. */
  retired?: readonly string[];
  /** The list is known to be incomplete: only the shape (prefix, suffix) is judged; anything well formed is newer. */
  partial?: boolean;
}

/**
 * An instance or node type (`cache.r7g.large`, `ra3.xlplus`, `r6g.large.search`) against the offered
 * ones, which all have `prefix` and `suffix`. A type of an unknown family whose generation is above
 * every known one of its class (`cache.r8g.large`), or of a class the data has none of, is newer
 * than the data; a known family with an unknown size, an older generation, or a value without the
 * prefix/suffix (`r6g.large` for `cache.r6g.large`) is not offered.
 */
export function judgeType(value: string, offered: readonly string[], prefix = '', suffix = '', opts: TypeOptions = {}): Verdict {
  const { others = [], retired = [], partial = false } = opts;
  const v = value.trim();
  if (offered.includes(v)) return OK;
  const core = v.startsWith(prefix) && v.endsWith(suffix) && v.length > prefix.length + suffix.length ? v.slice(prefix.length, v.length - suffix.length) : undefined;
  const p = core === undefined ? undefined : parts(core);
  if (!p) {
    // Another form's spelling (`cache.r6g.large` for MemoryDB's `db.r6g.large`), or a missing prefix/suffix.
    const bare = v.replace(/^(cache|db|dax)\./, '').replace(/\.(search|elasticsearch)$/, '');
    const fixed = `${prefix}${bare}${suffix}`;
    if (offered.includes(fixed)) return { kind: 'not-offered', suggest: [fixed] };
    return { kind: 'not-offered', suggest: nearest(v, [...offered, ...others]).filter((x) => x !== v) };
  }
  // A list known to lag behind the service (an SDK enum): a well-formed value is at most newer.
  if (partial) return { kind: 'newer' };
  const known = offered.map((o) => parts(o.slice(prefix.length, o.length - suffix.length))).filter((x): x is TypeParts => !!x);
  const familyKnown = known.some((k) => k.family === p.family);
  if (!familyKnown && !retired.includes(p.family)) {
    const sameClass = known.filter((k) => k.cls === p.cls);
    const maxGen = Math.max(-1, ...sameClass.map((k) => k.gen ?? -1));
    if (!sameClass.length || (p.gen !== undefined && p.gen > maxGen)) return { kind: 'newer' };
  }
  return { kind: 'not-offered', suggest: suggestions(v, offered, familyKnown ? `${prefix}${p.family}.` : '') };
}

/** Nearest offered values; within a known family, its other sizes first. */
function suggestions(v: string, offered: readonly string[], familyPrefix: string): string[] {
  const near = nearest(v, offered);
  if (!familyPrefix) return near;
  const same = offered.filter((o) => o.startsWith(familyPrefix));
  const pick = nearest(v, same, 3);
  // No size is near: the smallest sizes of the family (by name length: large, xlarge, 2xlarge).
  return pick.length ? pick : [...same].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, 3);
}

/**
 * A version (`7.1`, `1.6.22`) against the offered ones: above the newest is newer than the data;
 * otherwise not offered, with the nearest offered versions of the same major first.
 */
export function judgeVersion(value: string, offered: readonly string[]): Verdict {
  const v = value.trim();
  if (offered.includes(v)) return OK;
  if (!offered.length) return OK;
  // Newer than the data: above the newest of its series (same major.minor for x.y.z, same major for x.y), or above all.
  const dotted = /^\d+(\.\d+)*$/.test(v);
  const parts = v.split('.');
  const series = parts.slice(0, Math.max(1, parts.length - 1)).join('.');
  const inSeries = offered.filter((o) => o === series || o.startsWith(`${series}.`));
  const newest = (inSeries.length ? inSeries : offered).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  if (dotted && compareVersions(v, newest) > 0) return { kind: 'newer' };
  return { kind: 'not-offered', suggest: nearestVersions(v, offered) };
}

/** Up to three offered versions nearest `v`: the same major first, then by edit distance. */
export function nearestVersions(v: string, offered: readonly string[]): string[] {
  const [major, minor] = v.split('.');
  const gap = (o: string) => Math.abs(Number(o.split('.')[1] ?? 0) - Number(minor ?? 0));
  const same = offered.filter((o) => o.split('.')[0] === major).sort((a, b) => gap(a) - gap(b) || compareVersions(b, a));
  const out = [...same.slice(0, 3)];
  for (const n of nearest(v, offered)) if (!out.includes(n)) out.push(n);
  return out.slice(0, 3);
}
