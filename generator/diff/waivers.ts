/**
 * Mirrors a rule does not have, and why. The audit test derives each rule's mirrors (swap
 * request<->response, swap added<->removed) and fails unless the mirror is a registered rule or
 * listed here. Every entry must be a mirror of some registered rule and not itself registered, so
 * stale waivers fail the audit too.
 */
export interface Waiver {
  id: string;
  reason: string;
}

function waive(ids: readonly string[], reason: string): Waiver[] {
  return ids.map((id) => ({ id, reason }));
}

export const WAIVERS: readonly Waiver[] = [];
