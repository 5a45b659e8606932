/**
 * Step 2 of the pipeline: every Fact is offered to every rule; each rule that claims it yields a
 * Change. Rules are written to be mutually exclusive (the per-rule test cases check that a minimal
 * edit produces exactly its own id). Facts no rule claims are not reported: oasdiff has no opinion
 * on them either (e.g. a response bound being tightened).
 */
import type { Change, Fact, Rule, TypeInfo } from './model.js';
import { levelRank } from './model.js';
import { RULES } from './registry.js';
import { showType } from './type-relation.js';
import { HTTP_METHODS } from '../openapi/walk.js';

export interface ClassifyOptions {
  includeDocs: boolean;
  rules?: readonly Rule[];
}

function display(fact: Fact, v: unknown): unknown {
  return fact.kind === 'type' && v !== undefined ? showType(v as TypeInfo) : v;
}

function show(v: unknown): string {
  if (v === undefined) return 'none';
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}

export function renderMessage(template: string, c: Pick<Change, 'subject' | 'from' | 'to' | 'status' | 'mediaType' | 'in'>): string {
  return template.replace(/\{(subject|from|to|status|mediaType|in)\}/g, (_, k: string) => {
    if (k === 'from' || k === 'to') return show(c[k]);
    return String(c[k as 'subject' | 'status' | 'mediaType' | 'in'] ?? '');
  });
}

export function classify(facts: readonly Fact[], options: ClassifyOptions): Change[] {
  const rules = (options.rules ?? RULES).filter((r) => options.includeDocs || !r.docsOnly);
  const out: Change[] = [];
  const conditional = new Set<Change>();
  for (const fact of facts) {
    for (const rule of rules) {
      if (!rule.match(fact)) continue;
      const from = display(fact, fact.from);
      const to = display(fact, fact.to);
      const change: Change = {
        id: rule.id,
        level: rule.level,
        direction: rule.direction,
        operation: fact.method,
        path: fact.path,
        subject: fact.subject,
        message: '',
        ...(fact.status !== undefined ? { status: fact.status } : {}),
        ...(fact.mediaType !== undefined && fact.site !== 'media-type' ? { mediaType: fact.mediaType } : {}),
        ...(fact.in !== undefined ? { in: fact.in } : {}),
        ...('from' in fact ? { from } : {}),
        ...('to' in fact ? { to } : {}),
        ...(fact.basePointer !== undefined ? { basePointer: fact.basePointer } : {}),
        ...(fact.revisionPointer !== undefined ? { revisionPointer: fact.revisionPointer } : {}),
      };
      change.message = renderMessage(rule.message, change);
      out.push(change);
      if (rule.onlyWithBreaking) conditional.add(change);
    }
  }
  // The versioning policy speaks only about a comparison that found a breaking (ERR) change.
  const breaking = out.some((c) => c.level === 'ERR' && !conditional.has(c));
  return sortChanges(dedupe(breaking ? out : out.filter((c) => !conditional.has(c))));
}

function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const methodRank = (m: string): number => (m === '' ? -1 : HTTP_METHODS.indexOf(m.toLowerCase() as (typeof HTTP_METHODS)[number]));

/** Document-level changes first, then by path and method, most severe first, then by id and subject. */
export function sortChanges(changes: Change[]): Change[] {
  const text = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));
  const keys = (c: Change): Array<string | number> => [
    c.path,
    methodRank(c.operation),
    -levelRank(c.level),
    c.id,
    c.subject,
    c.status ?? '',
    c.mediaType ?? '',
    c.in ?? '',
    text(c.from),
    text(c.to),
    c.basePointer ?? '',
    c.revisionPointer ?? '',
  ];
  return [...changes].sort((a, b) => {
    const [ka, kb] = [keys(a), keys(b)];
    for (let i = 0; i < ka.length; i++) {
      const [x, y] = [ka[i]!, kb[i]!];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}
