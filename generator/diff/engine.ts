/**
 * `diffDocuments(base, revision)`: the whole comparison, on already-parsed documents.
 *
 *   collectFacts (walk.ts -> compare-operation.ts -> compare-schema.ts)   what differs, where
 *   classify     (classify.ts + rules/ via registry.ts)                    which rule, which level
 *
 * Loading files and git refs is source.ts; printing is format/. Tests call this directly.
 */
import { classify } from './classify.js';
import type { Change } from './model.js';
import { collectFacts } from './walk.js';

export interface DiffOptions {
  /** Report description/summary edits (INFO). */
  includeDocs?: boolean;
}

export function diffDocuments(base: unknown, revision: unknown, options: DiffOptions = {}): Change[] {
  const includeDocs = options.includeDocs ?? false;
  return classify(collectFacts(base, revision, { includeDocs }), { includeDocs });
}
