/**
 * What ElastiCache offers (data/deploy/other.json): engines, engine versions, node types and parameter
 * group families, with the judgments the rules use (ADB130, ADB131) and the lists completions offer.
 */
import { newestFirst, otherData } from './other-data';
import { judgeType, judgeVersion, type Verdict } from './judge';

export const ELASTICACHE_ENGINES = ['valkey', 'redis', 'memcached'] as const;

/** Node type families ElastiCache no longer creates clusters with (ADB069 reports them). */
const RETIRED = /^cache\.(t1|t2|m1|m2|m3|c1|r3)\./;

/** The engine versions ElastiCache offers for `engine` (lower case), newest first; [] for an unknown engine or no data. */
export function elasticacheEngineVersions(engine: string): string[] {
  return newestFirst(otherData()?.elasticache.versions[engine.toLowerCase()] ?? []);
}

/**
 * The node types ElastiCache offers (in some Region), current generation only unless `retired`;
 * sorted by family and size. The data does not tell the engines apart: every type is offered for
 * Valkey and Redis OSS, and Memcached takes all but the data-tiering `r6gd` types.
 */
export function elasticacheNodeTypes(engine?: string, retired = false): string[] {
  const all = otherData()?.elasticache.nodeTypes ?? [];
  return all.filter((t) => (retired || !RETIRED.test(t)) && !(engine?.toLowerCase() === 'memcached' && /^cache\.r6gd\./.test(t)));
}

/** The parameter group families ElastiCache names (`redis7`, `valkey8`, `memcached1.6`). */
export function elasticacheFamilies(): string[] {
  return [...(otherData()?.elasticache.families ?? [])];
}

/** A node type: offered, not offered (did you mean), or of a family newer than the data. undefined without data. */
export function judgeElastiCacheNodeType(value: string, engine?: string): Verdict | undefined {
  const d = otherData();
  if (!d) return undefined;
  if (engine?.toLowerCase() === 'memcached' && /^cache\.r6gd\./.test(value.trim())) {
    return { kind: 'not-offered', suggest: [value.trim().replace('.r6gd.', '.r6g.')].filter((t) => d.elasticache.nodeTypes.includes(t)) };
  }
  return judgeType(value, d.elasticache.nodeTypes, 'cache.');
}

/**
 * An engine version for an engine: undefined when there is no data, the engine is unknown, or the
 * value is a form the data cannot judge: a major alone (`7`), `6.x`, or a patch of an offered
 * major.minor (`7.1.0`, `6.2.6`).
 */
export function judgeElastiCacheVersion(engine: string, value: string): Verdict | undefined {
  const offered = otherData()?.elasticache.versions[engine.toLowerCase()];
  if (!offered?.length) return undefined;
  const v = value.trim();
  const majors = new Set(offered.map((o) => o.split('.')[0]));
  if (/^\d+$/.test(v) && majors.has(v)) return undefined;
  const x = /^(\d+)\.x$/i.exec(v);
  if (x && majors.has(x[1])) return undefined;
  const mm = /^(\d+\.\d+)\.\d+$/.exec(v);
  if (mm && offered.includes(mm[1])) return undefined;
  return judgeVersion(v, offered);
}

/**
 * The parameter group family an engine version takes, from the ElastiCache naming (`redis6.x` for
 * 6.0 and 6.2, `redis7` for 7.0 and 7.1, `valkey7` for 7.2, `valkey8` for 8.x, `memcached1.6`,
 * `redis5.0`); undefined when the version is not a plain number.
 */
export function elasticacheFamilyFor(engine: string, version: string): string[] | undefined {
  const e = engine.toLowerCase();
  const m = /^(\d+)(?:\.(\d+|x))?/.exec(version.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = m[2];
  if (e === 'memcached') return minor === undefined || minor === 'x' ? undefined : [`memcached${major}.${minor}`];
  if (e === 'valkey') return [`valkey${major}`];
  if (e !== 'redis') return undefined;
  if (major >= 7) return [`redis${major}`];
  if (major === 6) return ['redis6.x', 'redis6.0', 'redis6.2'];
  return minor === undefined || minor === 'x' ? undefined : [`redis${major}.${minor}`];
}

/** The engine a family is for (`valkey8` -> valkey), or undefined. */
export function familyEngine(family: string): string | undefined {
  return /^(redis|valkey|memcached)\d/.exec(family.trim().toLowerCase())?.[1];
}

/** A family name: offered, not offered (did you mean), or newer than the data (`valkey9`). undefined without data. */
export function judgeElastiCacheFamily(value: string): Verdict | undefined {
  const d = otherData();
  if (!d) return undefined;
  const v = value.trim();
  if (d.elasticache.families.includes(v)) return { kind: 'ok' };
  const m = /^(redis|valkey|memcached)(\d+(?:\.\d+)?)$/.exec(v);
  if (m) {
    // Newer: a major above every known one (`valkey9`), or a minor above every known one of that major (`memcached1.7`).
    const num = (s: string) => s.split('.').map(Number);
    const [maj, min] = num(m[2]);
    const same = d.elasticache.families.filter((f) => f.startsWith(m[1])).map((f) => num(f.slice(m[1].length).replace('.x', '')));
    if (same.length && same.every(([km, kn]) => maj > km || (maj === km && kn !== undefined && min !== undefined && min > kn))) return { kind: 'newer' };
  }
  return judgeVersion(v, d.elasticache.families).kind === 'ok' ? { kind: 'ok' } : { kind: 'not-offered', suggest: nearestFamilies(v, d.elasticache.families) };
}

function nearestFamilies(v: string, fams: string[]): string[] {
  const lower = v.toLowerCase();
  if (fams.includes(lower)) return [lower];
  const eng = /^(redis|valkey|memcached)/.exec(lower)?.[1];
  const same = eng ? fams.filter((f) => f.startsWith(eng)) : [];
  return (same.length ? same.slice(-3).reverse() : fams.slice(-3).reverse());
}
