/**
 * What `funcspec drift` reports: one `Drift` per difference between a page capture and the curated
 * operation, each placed by `at` so the errata register can name it:
 *
 *   at = "<request | response STATUS> <path | query | header | body> <field>"   (fields; dotted for nesting)
 *      | "<request | response STATUS> examples"                                  (examples)
 *
 * e.g. `request body func_vpc.vpc_id`, `response 200 body runtime`, `request header X-Auth-Token`.
 */
import type { MessageSide } from '../pages/page-table.js';
import type { Part } from '../pages/page-operation.js';
import type { DriftKind } from '../register/drift-kinds.js';

export interface Explanation {
  id: string;
  file: string;
  line: number;
  /** `drift` for a register `drift:` item, `omits` for a page field the register omits on purpose. */
  via: 'drift' | 'omits';
}

export interface Drift {
  kind: DriftKind;
  at: string;
  direction: MessageSide;
  status?: string;
  part: Part | 'examples';
  /** Dotted field path; `''` for examples and whole responses. */
  field: string;
  /** An enum value, or an example's name in the spec. */
  value?: string;
  /** What the page says, where. */
  page: { table?: string; line?: number; says?: unknown };
  /** What the spec says, where (`pointer` is a JSON pointer into the spec document). */
  spec: { pointer?: string; says?: unknown };
  message: string;
  explainedBy?: Explanation;
}

export interface DriftReport {
  /** The capture as given on the command line. */
  file: string;
  /** The page the drift is reported for (see docs/drift.md, "The page id"); '' when neither the file name nor the operation names one. */
  pageId: string;
  method: string;
  path: string;
  spec: string;
  operationId: string;
  operationPointer: string;
  drift: Drift[];
  /** Register `drift:` items for this page that matched nothing (stale explanations). */
  stale: Array<{ id: string; file: string; line: number; at: string; kind: string; values?: string[] }>;
  /** Model tables of the page the parser could not attach to any row. */
  unattached: Array<{ table: string; line: number }>;
}

export function atOf(direction: MessageSide, status: string | undefined, part: Part | 'examples', field: string): string {
  const head = direction === 'response' ? `response ${status ?? 'default'}` : 'request';
  return field === '' ? `${head} ${part}` : `${head} ${part} ${field}`;
}

export const unexplained = (r: DriftReport): Drift[] => r.drift.filter((d) => !d.explainedBy);
