/**
 * The architecture pattern catalogue: the study guide's six patterns and five scenarios, plus
 * Aurora Global Database failover, Aurora DSQL multi-Region, DynamoDB global tables, Multi-AZ vs
 * read replicas, and the two caching strategies. Key limits are knowledge-base facts, by id.
 */
import { FACTS } from '../index';
import { extraPatterns } from './extra-patterns';
import { seedPatterns } from './seed-patterns';
import { seedScenarios } from './seed-scenarios';
import type { Pattern } from './types';

export type { Pattern, PatternSnippet } from './types';

export const PATTERNS: readonly Pattern[] = [...seedPatterns, ...seedScenarios, ...extraPatterns];

/** A pattern by id. */
export function pattern(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}

/** One key limit of a pattern, resolved from the knowledge base. */
export interface PatternLimit {
  factId: string;
  subject: string;
  value: string;
  sources: string[];
}

/** The pattern's limits; ids missing from the knowledge base are skipped (a unit test fails on them). */
export function patternLimits(p: Pattern): PatternLimit[] {
  const out: PatternLimit[] = [];
  for (const id of p.facts) {
    const f = FACTS.find((x) => x.id === id);
    if (f) out.push({ factId: f.id, subject: f.subject, value: f.value, sources: [...f.sources] });
  }
  return out;
}
