/** How old a fact's `verified` date may get before it must be checked against AWS again. */
import type { FactInput } from './schema';

export const MAX_AGE_MONTHS = 12;

/** The date `months` calendar months before `now` (UTC), as an ISO date. */
export function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  // 29 Feb minus 12 months lands on 1 Mar: keep the last day of the target month instead.
  if (d.getUTCDate() !== now.getUTCDate()) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** Facts last verified more than `months` months before `now`, oldest first. */
export function staleFacts(facts: readonly FactInput[], now: Date, months = MAX_AGE_MONTHS): FactInput[] {
  const cutoff = monthsBefore(now, months);
  return facts.filter((f) => f.verified < cutoff).sort((a, b) => a.verified.localeCompare(b.verified) || a.id.localeCompare(b.id));
}
