/** Combining the candidates of two properties without pairing values from opposite Fn::If branches. */
import type { Candidate } from '../../resolve';

/** False when the two candidates come from the same condition's opposite branches. */
export function compatible(a: Candidate, b: Candidate): boolean {
  return !(a.condition && b.condition && a.condition.name === b.condition.name && a.condition.branch !== b.condition.branch);
}
