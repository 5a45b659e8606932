/**
 * One matched operation, base vs revision: its own fields, parameters, request body, responses and
 * security. Everything that is a schema is handed to compare-schema.ts with the right direction:
 * parameters and request bodies are what clients send, responses and their headers what they receive.
 */
import { appendPointer } from '../load/pointer.js';
import { compareSchema, type SchemaScope } from './compare-schema.js';
import type { Fact } from './model.js';
import { child, deref, entries, isObj, str, type Located } from './refs.js';
import { compareSecurity } from './compare-security.js';

export interface OperationScope {
  baseRoot: unknown;
  revisionRoot: unknown;
  emit(fact: Fact): void;
  includeDocs: boolean;
  method: string;
  path: string;
}

export interface OperationPair {
  base: Located;
  revision: Located;
  /** Path items, for path-level parameters. */
  basePathItem: Located;
  revisionPathItem: Located;
  baseTemplate: string;
  revisionTemplate: string;
}

export function compareOperation(scope: OperationScope, pair: OperationPair): void {
  const { base, revision } = pair;
  const at = { method: scope.method, path: scope.path, direction: 'none' as const };
  const fact = (f: Omit<Fact, 'method' | 'path' | 'direction'> & Partial<Fact>): void => scope.emit({ ...at, ...f });
  const b = isObj(base.value) ? base.value : {};
  const r = isObj(revision.value) ? revision.value : {};

  if ((b.deprecated === true) !== (r.deprecated === true)) {
    fact({ kind: 'deprecated', site: 'operation', subject: '', from: b.deprecated === true, to: r.deprecated === true, basePointer: ptrOf(base, b, 'deprecated'), revisionPointer: ptrOf(revision, r, 'deprecated') });
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
  for (const t of bTags) if (!rTags.includes(t)) fact({ kind: 'removed', site: 'tag', subject: t, from: t, basePointer: ptrOf(base, b, 'tags'), revisionPointer: ptrOf(revision, r, 'tags') });
  for (const t of rTags) if (!bTags.includes(t)) fact({ kind: 'added', site: 'tag', subject: t, to: t, basePointer: ptrOf(base, b, 'tags'), revisionPointer: ptrOf(revision, r, 'tags') });
  if (scope.includeDocs) {
    for (const kw of ['summary', 'description'] as const) {
      if (str(b[kw]) !== str(r[kw])) fact({ kind: kw, site: 'operation', subject: '', ...docValues(b[kw], r[kw]), basePointer: ptrOf(base, b, kw), revisionPointer: ptrOf(revision, r, kw) });
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

function docValues(from: unknown, to: unknown): Partial<Fact> {
  return { ...(typeof from === 'string' ? { from } : {}), ...(typeof to === 'string' ? { to } : {}) };
}

interface Param {
  name: string;
  in: string;
  /** Where the parameter is listed (the `$ref` line for shared parameters). */
  declared: Located;
  /** The parameter object itself. */
  node: Located;
}

/**
 * Parameters keyed as a client would tell them apart. Path parameters go by position in the
 * template, so renaming `{id}` to `{function_id}` is no change; header names are case-insensitive.
 * Operation-level parameters override path-level ones of the same name and location.
 */
function parameters(root: unknown, pathItem: Located, op: Located, template: string): Map<string, Param> {
  const positions = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const out = new Map<string, Param>();
  for (const owner of [pathItem, op]) {
    const list = child(owner, 'parameters');
    if (!Array.isArray(list.value)) continue;
    list.value.forEach((_, i) => {
      const declared = child(list, i);
      const node = deref(root, declared);
      if (!isObj(node.value)) return;
      const name = str(node.value.name) ?? '';
      const loc = str(node.value.in) ?? '';
      const pos = positions.indexOf(name);
      const key = loc === 'path' && pos >= 0 ? `path#${pos}` : loc === 'header' ? `header:${name.toLowerCase()}` : `${loc}:${name}`;
      out.set(key, { name, in: loc, declared, node });
    });
  }
  return out;
}

function parameterSchema(root: unknown, param: Located): Located | undefined {
  if (isObj(param.value) && 'schema' in param.value) return child(param, 'schema');
  const content = entries(param, 'content')[0];
  return content ? child(content[1], 'schema') : undefined;
}

function compareParameters(scope: OperationScope, pair: OperationPair): void {
  const bParams = parameters(scope.baseRoot, pair.basePathItem, pair.base, pair.baseTemplate);
  const rParams = parameters(scope.revisionRoot, pair.revisionPathItem, pair.revision, pair.revisionTemplate);
  const listPtr = (op: Located): string => (isObj(op.value) && 'parameters' in op.value ? appendPointer(op.ptr, 'parameters') : op.ptr);
  const at = { method: scope.method, path: scope.path, direction: 'request' as const, site: 'parameter' as const };
  const flag = (p: Param, key: string): boolean => isObj(p.node.value) && p.node.value[key] === true;
  const required = (p: Param): boolean => p.in === 'path' || flag(p, 'required');

  for (const [key, p] of bParams) {
    if (rParams.has(key)) continue;
    scope.emit({ ...at, kind: 'removed', subject: p.name, in: p.in, required: required(p), deprecated: flag(p, 'deprecated'), basePointer: p.declared.ptr, revisionPointer: listPtr(pair.revision) });
  }
  for (const [key, p] of rParams) {
    const before = bParams.get(key);
    if (!before) {
      scope.emit({ ...at, kind: 'added', subject: p.name, in: p.in, required: required(p), basePointer: listPtr(pair.base), revisionPointer: p.declared.ptr });
      continue;
    }
    const common = { ...at, subject: p.name, in: p.in };
    const field = (node: Located, k: string): string => (isObj(node.value) && k in node.value ? appendPointer(node.ptr, k) : node.ptr);
    if (required(before) !== required(p)) {
      scope.emit({ ...common, kind: required(p) ? 'became-required' : 'became-optional', from: required(before), to: required(p), basePointer: field(before.node, 'required'), revisionPointer: field(p.node, 'required') });
    }
    if (flag(before, 'deprecated') !== flag(p, 'deprecated')) {
      scope.emit({ ...common, kind: 'deprecated', from: flag(before, 'deprecated'), to: flag(p, 'deprecated'), basePointer: field(before.node, 'deprecated'), revisionPointer: field(p.node, 'deprecated') });
    }
    const [bDesc, rDesc] = [isObj(before.node.value) ? before.node.value.description : undefined, isObj(p.node.value) ? p.node.value.description : undefined];
    if (scope.includeDocs && str(bDesc) !== str(rDesc)) {
      scope.emit({ ...common, kind: 'description', ...docValues(bDesc, rDesc), basePointer: field(before.node, 'description'), revisionPointer: field(p.node, 'description') });
    }
    const bSchema = parameterSchema(scope.baseRoot, before.node);
    const rSchema = parameterSchema(scope.revisionRoot, p.node);
    if (bSchema && rSchema) compareSchema(schemaScope(scope, 'request', { in: p.in }), 'parameter', p.name, bSchema, rSchema);
  }
}

function schemaScope(scope: OperationScope, direction: 'request' | 'response', extra: Partial<Pick<Fact, 'status' | 'mediaType' | 'in'>>): SchemaScope {
  return {
    baseRoot: scope.baseRoot,
    revisionRoot: scope.revisionRoot,
    emit: scope.emit,
    includeDocs: scope.includeDocs,
    at: { method: scope.method, path: scope.path, direction, ...extra },
  };
}

function compareRequestBody(scope: OperationScope, baseOp: Located, revOp: Located): void {
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
    scope.emit({ ...at, kind: isRequired(r) ? 'became-required' : 'became-optional', from: isRequired(b), to: isRequired(r), basePointer: appendPointer(b.ptr, 'required'), revisionPointer: appendPointer(r.ptr, 'required') });
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

function compareResponses(scope: OperationScope, baseOp: Located, revOp: Located): void {
  const bResponses = new Map(entries(baseOp, 'responses'));
  const rResponses = new Map(entries(revOp, 'responses'));
  const at = { method: scope.method, path: scope.path, direction: 'response' as const, site: 'response' as const };
  for (const [status, node] of bResponses) {
    if (rResponses.has(status)) continue;
    scope.emit({ ...at, kind: 'removed', subject: status, status, detail: isSuccess(status) ? 'success' : 'non-success', basePointer: node.ptr, revisionPointer: appendPointer(revOp.ptr, 'responses') });
  }
  for (const [status, decl] of rResponses) {
    const beforeDecl = bResponses.get(status);
    if (!beforeDecl) {
      scope.emit({ ...at, kind: 'added', subject: status, status, detail: isSuccess(status) ? 'success' : 'non-success', basePointer: appendPointer(baseOp.ptr, 'responses'), revisionPointer: decl.ptr });
      continue;
    }
    const b = deref(scope.baseRoot, beforeDecl);
    const r = deref(scope.revisionRoot, decl);
    const [bDesc, rDesc] = [isObj(b.value) ? b.value.description : undefined, isObj(r.value) ? r.value.description : undefined];
    if (scope.includeDocs && str(bDesc) !== str(rDesc)) {
      scope.emit({ ...at, kind: 'description', subject: status, status, ...docValues(bDesc, rDesc), basePointer: appendPointer(b.ptr, 'description'), revisionPointer: appendPointer(r.ptr, 'description') });
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
    if (!rHeaders.has(key)) scope.emit({ ...at, kind: 'removed', subject: name, required: required(scope.baseRoot, node), basePointer: node.ptr, revisionPointer: appendPointer(r.ptr, 'headers') });
  }
  for (const [key, [name, node]] of rHeaders) {
    const before = bHeaders.get(key);
    if (!before) {
      scope.emit({ ...at, kind: 'added', subject: name, required: required(scope.revisionRoot, node), basePointer: isObj(b.value) && 'headers' in b.value ? appendPointer(b.ptr, 'headers') : b.ptr, revisionPointer: node.ptr });
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
