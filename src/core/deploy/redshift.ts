/** What Amazon Redshift offers (data/deploy/other.json): provisioned cluster node types (ADB132, completions). */
import { otherData } from './other-data';
import { judgeType, type Verdict } from './judge';

/**
 * Node type families Redshift offered before and no longer creates clusters with (the DS2 and DC1
 * generations): not offered, never "newer than the data".
 */
const RETIRED = ['ds1', 'ds2', 'dc1'];

/** The node types Redshift offers for provisioned clusters (in some Region). */
export function redshiftNodeTypes(): string[] {
  return [...(otherData()?.redshift.nodeTypes ?? [])];
}

/** A node type: offered, not offered (did you mean), or newer than the data; undefined without data. */
export function judgeRedshiftNodeType(value: string): Verdict | undefined {
  const d = otherData();
  if (!d) return undefined;
  const v = judgeType(value, d.redshift.nodeTypes, '', '', { retired: RETIRED });
  // AWS's path off DS2 and DC1 is RA3.
  if (v.kind === 'not-offered' && RETIRED.some((f) => value.trim().startsWith(`${f}.`))) return { kind: 'not-offered', suggest: ['ra3.xlplus', 'ra3.4xlarge', 'ra3.16xlarge'].filter((t) => d.redshift.nodeTypes.includes(t)) };
  return v;
}
