/**
 * One matched operation, base vs revision: its own fields, parameters, request body, responses and
 * security. Everything that is a schema is handed to compare-schema.ts with the right direction:
 * parameters and request bodies are what clients send, responses and their headers what they receive.
 */
import { appendPointer } from '../openapi/pointer.js';
import { compareRequestBody, compareResponses } from './compare-bodies.js';
import { compareParameters } from './compare-parameters.js';
import { compareSecurity } from './compare-security.js';
import type { Fact } from './model.js';
import { docValues, type OperationPair, type OperationScope } from './operation-scope.js';
import { isObj, str } from '../openapi/json.js';
import { child, type Located } from '../openapi/refs.js';

export function compareOperation(scope: OperationScope, pair: OperationPair): void {
  const { base, revision } = pair;
  const at = { method: scope.method, path: scope.path, direction: 'none' as const };
  const fact = (f: Omit<Fact, 'method' | 'path' | 'direction'> & Partial<Fact>): void => scope.emit({ ...at, ...f });
  const b = isObj(base.value) ? base.value : {};
  const r = isObj(revision.value) ? revision.value : {};

  if ((b.deprecated === true) !== (r.deprecated === true)) {
    fact({
      kind: 'deprecated',
      site: 'operation',
      subject: '',
      from: b.deprecated === true,
      to: r.deprecated === true,
      basePointer: ptrOf(base, b, 'deprecated'),
      revisionPointer: ptrOf(revision, r, 'deprecated'),
    });
  }
  const [bId, rId] = [str(b.operationId), str(r.operationId)];
  if (bId !== rId && (bId !== undefined || rId !== undefined)) {
    fact({
      kind: 'operation-id',
      site: 'operation',
      subject: '',
      detail: bId === undefined ? 'added' : 'removed',
      ...(bId !== undefined ? { from: bId } : {}),
      ...(rId !== undefined ? { to: rId } : {}),
      basePointer: ptrOf(base, b, 'operationId'),
      revisionPointer: ptrOf(revision, r, 'operationId'),
    });
  }
  const [bTags, rTags] = [stringList(b.tags), stringList(r.tags)];
  for (const t of bTags)
    if (!rTags.includes(t)) fact({ kind: 'removed', site: 'tag', subject: t, from: t, basePointer: ptrOf(base, b, 'tags'), revisionPointer: ptrOf(revision, r, 'tags') });
  for (const t of rTags)
    if (!bTags.includes(t)) fact({ kind: 'added', site: 'tag', subject: t, to: t, basePointer: ptrOf(base, b, 'tags'), revisionPointer: ptrOf(revision, r, 'tags') });
  if (scope.includeDocs) {
    for (const kw of ['summary', 'description'] as const) {
      if (str(b[kw]) !== str(r[kw]))
        fact({ kind: kw, site: 'operation', subject: '', ...docValues(b[kw], r[kw]), basePointer: ptrOf(base, b, kw), revisionPointer: ptrOf(revision, r, kw) });
    }
  }

  compareParameters(scope, pair);
  compareRequestBody(scope, base, revision);
  compareResponses(scope, base, revision);
  compareSecurity(scope, child(base, 'security'), child(revision, 'security'), 'security', { method: scope.method, path: scope.path });
}

/** The pointer of `key` when present, else of the object: "nearest existing node". */
function ptrOf(node: Located, obj: Record<string, unknown>, key: string): string {
  return key in obj ? appendPointer(node.ptr, key) : node.ptr;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
