/** The knowledge base: every fact, with its sources. */
import type { FactInput } from './schema';
import { rdsFacts } from './facts/rds';

export const FACTS: readonly FactInput[] = [...rdsFacts];

const byId = new Map(FACTS.map((f) => [f.id, f]));

/** A fact by id; throws on an unknown id so a typo in a rule fails its tests at once. */
export function fact(id: string): FactInput {
  const f = byId.get(id);
  if (!f) throw new Error(`unknown fact ${id}`);
  return f;
}
