/**
 * The audit trail of the knowledge base: every time facts were re-checked against AWS's current
 * documentation, what changed and why. docs/limits.md prints it; a test checks that every fact
 * whose `verified` date is an audit's date is named in that audit, and that every fact it names exists.
 */

/** One fact an audit looked at. */
export interface AuditEntry {
  /** Fact id (`rds.publicly-accessible`), or a new fact's id. */
  fact: string;
  /** changed: the value or wording was outdated; added: a missing fact; confirmed: re-checked, still right; sources: right, but its sources were replaced by canonical pages. */
  outcome: 'changed' | 'added' | 'confirmed' | 'sources';
  /** What the fact said before (changed facts). */
  before?: string;
  /** What it says now, or what was confirmed. */
  after: string;
  /** Why: what the AWS page says. */
  why: string;
  /** The AWS pages read for this entry. */
  sources: string[];
}

/** Something an audit looked for and could not confirm on an AWS page: the facts were left as they were. */
export interface AuditUnconfirmed {
  subject: string;
  why: string;
  /** Facts it concerns, left unchanged. */
  facts: string[];
}

export interface Audit {
  /** ISO date: facts re-checked in this audit carry it as `verified`. */
  date: string;
  summary: string;
  entries: AuditEntry[];
  unconfirmed: AuditUnconfirmed[];
}

export const FIRST_CHECK = '2026-11-25';

export const AUDITS: readonly Audit[] = [
  {
    date: FIRST_CHECK,
    summary: 'The knowledge base was written and every fact checked against its AWS sources (the fact commits of that day). Facts not re-checked since carry this date.',
    entries: [],
    unconfirmed: [],
  },
];
