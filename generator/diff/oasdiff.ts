/**
 * oasdiff's rule ids, direction and default level (oasdiff-rule-ids.tsv, copied from its rule
 * list). The audit test holds every funcspec rule not marked `own` to this table, and docs/diff.md
 * is generated against it.
 */
import { readFileSync } from 'node:fs';
import type { Direction, Level } from './model.js';

export interface OasdiffRule {
  id: string;
  level: Level;
  direction: Direction;
}

export function oasdiffRules(): Map<string, OasdiffRule> {
  const text = readFileSync(new URL('./oasdiff-rule-ids.tsv', import.meta.url), 'utf8');
  const out = new Map<string, OasdiffRule>();
  for (const line of text.split('\n').slice(1)) {
    const [level, direction, id] = line.trim().split('\t');
    if (!id) continue;
    out.set(id, { id, level: level as Level, direction: direction as Direction });
  }
  return out;
}

/** The ids a rule's "mirror" would have: request<->response, and added<->removed. */
export function mirrorIds(id: string): string[] {
  const swap = (pairs: ReadonlyArray<readonly [string, string]>): string =>
    id
      .split('-')
      .map((t) => pairs.find(([a, b]) => t === a || t === b)?.find((x) => x !== t) ?? t)
      .join('-');
  const mirrors = [swap([['request', 'response']]), swap([['added', 'removed']])];
  return [...new Set(mirrors.filter((m) => m !== id))];
}
