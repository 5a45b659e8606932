/**
 * oasdiff's rule ids, direction and default level, read in place from the shared reference
 * (`../shared/reference/oasdiff-rule-ids.tsv` beside the checkout, oasdiff 1.28's rule list). Only
 * development uses it: the audit test holds every funcspec rule not marked `own` to this table, and
 * docs/diff.md is generated against it. The `diff` command itself never reads it.
 */
import { readFileSync } from 'node:fs';
import type { Direction, Level } from './model.js';

export interface OasdiffRule {
  id: string;
  level: Level;
  direction: Direction;
}

export const OASDIFF_RULE_IDS = new URL('../../../shared/reference/oasdiff-rule-ids.tsv', import.meta.url);

export function oasdiffRules(file: URL | string = OASDIFF_RULE_IDS): Map<string, OasdiffRule> {
  const text = readFileSync(file, 'utf8');
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
