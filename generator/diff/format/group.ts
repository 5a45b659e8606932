/** Changes grouped by operation, in the (already sorted) order they come in. */
import type { Change, Level } from '../model.js';

export interface OperationGroup {
  /** `PUT /v2/...`, or '' for document-level changes (global security, security schemes). */
  title: string;
  changes: Change[];
}

export function groupByOperation(changes: readonly Change[]): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const c of changes) {
    const title = c.operation === '' ? '' : `${c.operation} ${c.path}`;
    const g = groups.get(title) ?? { title, changes: [] };
    g.changes.push(c);
    groups.set(title, g);
  }
  return [...groups.values()];
}

export function countByLevel(changes: readonly Change[]): Record<Level, number> {
  const counts: Record<Level, number> = { ERR: 0, WARN: 0, INFO: 0 };
  for (const c of changes) counts[c.level]++;
  return counts;
}

/** The pointer a reader should look at: in the base for things that went away, else in the revision. */
export function primarySide(c: Change): 'base' | 'revision' {
  const gone = /-(removed|deleted|unset)(-|$)/.test(c.id) || (c.from !== undefined && c.to === undefined);
  return gone && c.basePointer !== undefined ? 'base' : 'revision';
}
