/**
 * Request body and responses of one operation, base vs revision: presence and requiredness of the
 * body, response statuses, headers and media types. Each schema both versions have for the same
 * media type goes to compare-schema.ts, as `request` or `response` direction.
 */
import { appendPointer } from '../openapi/pointer.js';
import { docValues, schemaScope, type OperationScope } from './operation-scope.js';
import { compareSchema } from './compare-schema.js';
import { isObj, str } from '../openapi/json.js';
import { child, deref, entries, type Located } from '../openapi/refs.js';

export function compareRequestBody(scope: OperationScope, baseOp: Located, revOp: Located): void {
  const bDecl = child(baseOp, 'requestBody');
  const rDecl = child(revOp, 'requestBody');
  const b = bDecl.value === undefined ? undefined : deref(scope.baseRoot, bDecl);
  const r = rDecl.value === undefined ? undefined : deref(scope.revisionRoot, rDecl);
  const at = { method: scope.method, path: scope.path, direction: 'request' as const, site: 'request-body' as const, subject: '' };
  const isRequired = (n: Located): boolean => isObj(n.value) && n.value.required === true;
  if (!b && !r) return;
  if (!b && r) return scope.emit({ ...at, kind: 'added', required: isRequired(r), basePointer: baseOp.ptr, revisionPointer: rDecl.ptr });
  if (b && !r) return scope.emit({ ...at, kind: 'removed', required: isRequired(b), basePointer: bDecl.ptr, revisionPointer: revOp.ptr });
  if (!b || !r) return;
  if (isRequired(b) !== isRequired(r)) {
    scope.emit({
      ...at,
      kind: isRequired(r) ? 'became-required' : 'became-optional',
      from: isRequired(b),
      to: isRequired(r),
      basePointer: appendPointer(b.ptr, 'required'),
      revisionPointer: appendPointer(r.ptr, 'required'),
    });
  }
  const [bDesc, rDesc] = [isObj(b.value) ? b.value.description : undefined, isObj(r.value) ? r.value.description : undefined];
  if (scope.includeDocs && str(bDesc) !== str(rDesc)) {
    scope.emit({ ...at, kind: 'description', ...docValues(bDesc, rDesc), basePointer: appendPointer(b.ptr, 'description'), revisionPointer: appendPointer(r.ptr, 'description') });
  }
  compareContent(scope, 'request', b, r, {});
}

/** Media types are matched by name; a schema is compared per media type both versions have. */
function compareContent(scope: OperationScope, direction: 'request' | 'response', b: Located, r: Located, extra: { status?: string }): void {
  const bMedia = new Map(entries(b, 'content'));
  const rMedia = new Map(entries(r, 'content'));
  const at = { method: scope.method, path: scope.path, direction, site: 'media-type' as const, ...extra };
  for (const [name, node] of bMedia) {
    if (!rMedia.has(name)) scope.emit({ ...at, kind: 'removed', subject: name, mediaType: name, basePointer: node.ptr, revisionPointer: contentPtr(r) });
  }
  for (const [name, node] of rMedia) {
    const before = bMedia.get(name);
    if (!before) {
      scope.emit({ ...at, kind: 'added', subject: name, mediaType: name, basePointer: contentPtr(b), revisionPointer: node.ptr });
      continue;
    }
    const [bs, rs] = [child(before, 'schema'), child(node, 'schema')];
    if (bs.value === undefined && rs.value === undefined) continue;
    compareSchema(
      schemaScope(scope, direction, { ...extra, mediaType: name }),
      'body',
      '',
      bs.value === undefined ? { value: {}, ptr: before.ptr } : bs,
      rs.value === undefined ? { value: {}, ptr: node.ptr } : rs,
    );
  }
}

function contentPtr(n: Located): string {
  return isObj(n.value) && 'content' in n.value ? appendPointer(n.ptr, 'content') : n.ptr;
}

/** oasdiff's definition: 2xx is success. We also count the `2XX` range (oasdiff skips ranges and `default`). */
function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

export function compareResponses(scope: OperationScope, baseOp: Located, revOp: Located): void {
  const bResponses = new Map(entries(baseOp, 'responses'));
  const rResponses = new Map(entries(revOp, 'responses'));
  const at = { method: scope.method, path: scope.path, direction: 'response' as const, site: 'response' as const };
  for (const [status, node] of bResponses) {
    if (rResponses.has(status)) continue;
    scope.emit({
      ...at,
      kind: 'removed',
      subject: status,
      status,
      detail: isSuccess(status) ? 'success' : 'non-success',
      basePointer: node.ptr,
      revisionPointer: appendPointer(revOp.ptr, 'responses'),
    });
  }
  for (const [status, decl] of rResponses) {
    const beforeDecl = bResponses.get(status);
    if (!beforeDecl) {
      scope.emit({
        ...at,
        kind: 'added',
        subject: status,
        status,
        detail: isSuccess(status) ? 'success' : 'non-success',
        basePointer: appendPointer(baseOp.ptr, 'responses'),
        revisionPointer: decl.ptr,
      });
      continue;
    }
    const b = deref(scope.baseRoot, beforeDecl);
    const r = deref(scope.revisionRoot, decl);
    const [bDesc, rDesc] = [isObj(b.value) ? b.value.description : undefined, isObj(r.value) ? r.value.description : undefined];
    if (scope.includeDocs && str(bDesc) !== str(rDesc)) {
      scope.emit({
        ...at,
        kind: 'description',
        subject: status,
        status,
        ...docValues(bDesc, rDesc),
        basePointer: appendPointer(b.ptr, 'description'),
        revisionPointer: appendPointer(r.ptr, 'description'),
      });
    }
    compareHeaders(scope, b, r, status);
    compareContent(scope, 'response', b, r, { status });
  }
}

function compareHeaders(scope: OperationScope, b: Located, r: Located, status: string): void {
  const byName = (n: Located): Map<string, [string, Located]> => new Map(entries(n, 'headers').map(([k, v]) => [k.toLowerCase(), [k, v]]));
  const [bHeaders, rHeaders] = [byName(b), byName(r)];
  const at = { method: scope.method, path: scope.path, direction: 'response' as const, site: 'header' as const, status };
  const required = (root: unknown, n: Located): boolean => {
    const v = deref(root, n).value;
    return isObj(v) && v.required === true;
  };
  for (const [key, [name, node]] of bHeaders) {
    if (!rHeaders.has(key))
      scope.emit({ ...at, kind: 'removed', subject: name, required: required(scope.baseRoot, node), basePointer: node.ptr, revisionPointer: appendPointer(r.ptr, 'headers') });
  }
  for (const [key, [name, node]] of rHeaders) {
    const before = bHeaders.get(key);
    if (!before) {
      scope.emit({
        ...at,
        kind: 'added',
        subject: name,
        required: required(scope.revisionRoot, node),
        basePointer: isObj(b.value) && 'headers' in b.value ? appendPointer(b.ptr, 'headers') : b.ptr,
        revisionPointer: node.ptr,
      });
      continue;
    }
    const [was, is] = [required(scope.baseRoot, before[1]), required(scope.revisionRoot, node)];
    const bh = deref(scope.baseRoot, before[1]);
    const rh = deref(scope.revisionRoot, node);
    if (was !== is) scope.emit({ ...at, kind: is ? 'became-required' : 'became-optional', subject: name, from: was, to: is, basePointer: bh.ptr, revisionPointer: rh.ptr });
    const [bs, rs] = [child(bh, 'schema'), child(rh, 'schema')];
    if (bs.value !== undefined && rs.value !== undefined) compareSchema(schemaScope(scope, 'response', { status }), 'header', name, bs, rs);
  }
}
