/**
 * End of RDS standard support per engine major version, from the knowledge base (facts
 * `rds.eoss.*`). Older majors than the oldest listed one are past it as well.
 */
import { FACTS } from '../../../knowledge';
import type { EngineFamily } from './common';

export interface SupportEnd {
  /** `MySQL 8.0`, `Aurora PostgreSQL 12`. */
  label: string;
  /** ISO date of the end of standard support; undefined when only known to be in the past. */
  date?: string;
  factId?: string;
  upgrade: string;
}

const LABEL: Partial<Record<EngineFamily, string>> = {
  mysql: 'MySQL', postgres: 'PostgreSQL', 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora PostgreSQL',
};
const UPGRADE: Partial<Record<EngineFamily, string>> = {
  mysql: 'upgrade to MySQL 8.4', postgres: 'upgrade to a current major version (PostgreSQL 16 or later)',
  'aurora-mysql': 'upgrade to Aurora MySQL version 3', 'aurora-postgresql': 'upgrade to a current major version (Aurora PostgreSQL 16 or later)',
};

/** The major version of an engine version string (`8.0.36` → `8.0`, `13.7` → `13`, `5.7.mysql_aurora.2.11.2` → `5.7`). */
export function majorOf(fam: EngineFamily, version: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  if (fam === 'postgres' || fam === 'aurora-postgresql') return major >= 10 ? String(major) : `${m[1]}.${m[2] ?? '0'}`;
  return m[2] === undefined ? undefined : `${m[1]}.${m[2]}`;
}

/** The support end of an engine family and version, when the knowledge base knows it (or knows it is older than all listed). */
export function supportEnd(fam: EngineFamily, version: string): SupportEnd | undefined {
  const label = LABEL[fam];
  const major = majorOf(fam, version);
  if (!label || !major) return undefined;
  const id = `rds.eoss.${fam}-${major}`;
  const f = FACTS.find((x) => x.id === id);
  if (f) return { label: `${label} ${major}`, date: f.value, factId: id, upgrade: UPGRADE[fam]! };
  // Not listed: older than the oldest listed major is past support; a newer one is not known to be.
  const n = Number(major);
  const oldest = fam === 'postgres' || fam === 'aurora-postgresql' ? 11 : fam === 'mysql' ? 5.7 : undefined;
  if (oldest !== undefined && n < oldest) return { label: `${label} ${major}`, upgrade: UPGRADE[fam]! };
  return undefined;
}

/** Whether standard support has ended on `now` (the end date itself is still supported). */
export function ended(end: SupportEnd, now: Date): boolean {
  if (!end.date) return true;
  return now.getTime() > Date.parse(`${end.date}T23:59:59Z`);
}

/**
 * Why a version string cannot belong to an engine family, when its shape says so (not from a list of
 * offered versions): an Aurora MySQL version (`8.0.mysql_aurora.3.04.0`) on any other engine; on a
 * PostgreSQL engine a major below 9 (RDS's PostgreSQL versions start at 9.3, Aurora PostgreSQL's at
 * 9.6), which MySQL's 5.x and 8.x read as; on a MySQL engine a major of 10 or more (MySQL's majors are
 * 5, 8 and 9), as PostgreSQL versions read. Undefined when the version may be the engine's.
 */
export function versionMismatch(fam: EngineFamily, version: string): string | undefined {
  const v = version.trim();
  const m = /^(\d+)(?:\.(\d+))?/.exec(v);
  if (/mysql_aurora/i.test(v) && fam !== 'aurora-mysql') return 'an Aurora MySQL version';
  if (!m) return undefined;
  const major = Number(m[1]);
  if ((fam === 'postgres' || fam === 'aurora-postgresql') && major < 9) {
    return major === 5 || major === 8 ? 'a MySQL version number; PostgreSQL versions on RDS start at 9.3' : 'not a PostgreSQL version RDS offers (they start at 9.3)';
  }
  if ((fam === 'mysql' || fam === 'aurora-mysql') && major >= 10) return 'not a MySQL version number (MySQL\'s major versions are 5, 8 and 9); it reads as a PostgreSQL or MariaDB version';
  return undefined;
}

/** What ADB017 adds when the version is also deprecated (ADB122's finding, said once on the value). */
export function deprecatedNote(suggestions: string[]): string {
  const instead = suggestions.length ? ` (${suggestions.length > 1 ? `${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}` : suggestions[0]})` : '';
  return ` This minor version is also deprecated: RDS no longer creates databases with it${instead}.`;
}
