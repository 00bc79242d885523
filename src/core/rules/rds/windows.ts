/** Parsing and comparing RDS backup (daily) and maintenance (weekly) windows, in minutes. */

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = 1440;
const WEEK = 7 * DAY;

export interface Window {
  /** Start, in minutes from midnight (backup) or from Monday 00:00 (maintenance). */
  start: number;
  /** Length in minutes; a window may wrap past midnight or the end of the week. */
  length: number;
}

/** `hh24:mi-hh24:mi`, or undefined when malformed. */
export function parseBackupWindow(s: string): Window | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  if (!m) return undefined;
  const start = +m[1] * 60 + +m[2];
  const end = +m[3] * 60 + +m[4];
  return { start, length: (end - start + DAY) % DAY };
}

/** `ddd:hh24:mi-ddd:hh24:mi`, or undefined when malformed. Day names are matched case-insensitively. */
export function parseMaintenanceWindow(s: string): Window | undefined {
  const m = /^([a-z]{3}):([01]\d|2[0-3]):([0-5]\d)-([a-z]{3}):([01]\d|2[0-3]):([0-5]\d)$/i.exec(s);
  if (!m) return undefined;
  const d1 = DAYS.indexOf(m[1].toLowerCase());
  const d2 = DAYS.indexOf(m[4].toLowerCase());
  if (d1 < 0 || d2 < 0) return undefined;
  const start = d1 * DAY + +m[2] * 60 + +m[3];
  const end = d2 * DAY + +m[5] * 60 + +m[6];
  return { start, length: (end - start + WEEK) % WEEK };
}

/** Half-open intervals [a, a+la) and [b, b+lb) on a circle of `period` minutes: do they share a minute? */
function intersects(a: number, la: number, b: number, lb: number, period: number): boolean {
  const d1 = (b - a + period) % period;
  const d2 = (a - b + period) % period;
  return d1 < la || d2 < lb;
}

/** Whether a daily backup window overlaps a weekly maintenance window on any day. */
export function overlaps(backup: Window, maintenance: Window): boolean {
  for (let day = 0; day < 7; day++) {
    if (intersects(day * DAY + backup.start, backup.length, maintenance.start, maintenance.length, WEEK)) return true;
  }
  return false;
}
