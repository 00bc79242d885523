/**
 * Peer tools' rule IDs that mean the same as ours, so their suppressions also silence us.
 * Each entry was checked against the peer's own rule documentation (see docs/suppressions.md).
 */
export interface PeerRule {
  tool: 'cfn-lint' | 'cfn_nag' | 'cdk-nag' | 'checkov';
  id: string;
  adb: string[];
  title: string;
}

export const PEER_RULES: PeerRule[] = [];

const index = new Map<string, string[]>();
function build(): Map<string, string[]> {
  if (index.size === 0) for (const p of PEER_RULES) index.set(p.id, [...(index.get(p.id) ?? []), ...p.adb]);
  return index;
}

/** Our rule IDs a peer rule ID maps to (none when unknown). */
export function peerToAdb(id: string): string[] {
  return build().get(id) ?? [];
}
