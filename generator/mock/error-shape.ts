/**
 * The mock answers its own errors (bad request, unauthorised, unknown path) in the shape the spec
 * documents for errors, so a client sees what the real service would send. The shape is read from
 * the property names of the spec's error response schemas, never from the vendor's name: a schema
 * with `error_code`/`error_msg` gives `{error_code, error_msg}`, one with `errorCode`/`errorMessage`
 * gives `{errorCode, errorMessage}`, and a spec documenting no error body gets `{code, message}`.
 */
import { isObj } from '../openapi/json.js';
import { getAtPointer } from '../openapi/pointer.js';
import { child, deref, type Located } from '../openapi/refs.js';
import { listMockOperations } from './operations.js';

export interface ErrorShape {
  codeKey: string;
  messageKey: string;
  /** Set when the error schema carries a request id in the body. */
  requestIdKey?: string;
  /** Where the names came from (a schema pointer), or 'default' when the spec documents none. */
  source: string;
}

export const DEFAULT_ERROR_SHAPE: ErrorShape = { codeKey: 'code', messageKey: 'message', source: 'default' };

/** Property names of an object schema, following `$ref` and `allOf`, each schema once (an allOf fan-out of shared parts stays linear). */
function propertyNames(doc: unknown, schema: Located, depth = 0, seen = new Set<unknown>()): string[] {
  if (depth > 16) return [];
  const node = deref(doc, schema);
  if (!isObj(node.value) || seen.has(node.value)) return [];
  seen.add(node.value);
  const names = isObj(node.value.properties) ? Object.keys(node.value.properties) : [];
  const allOf = child(node, 'allOf');
  if (Array.isArray(allOf.value)) allOf.value.forEach((_, i) => names.push(...propertyNames(doc, child(allOf, i), depth + 1, seen)));
  return names;
}

/** The best match for `exact` names first, then for `loose` patterns, keeping the spec's spelling. */
function pick(names: string[], exact: RegExp, loose: RegExp): string | undefined {
  return names.find((n) => exact.test(n)) ?? names.find((n) => loose.test(n));
}

export function shapeFromNames(names: string[], source: string): ErrorShape | undefined {
  const codeKey = pick(names, /^(error_?code|code|err_?code)$/i, /code/i);
  const messageKey = pick(names, /^(error_?(msg|message)|message|msg|err_?msg)$/i, /(msg|message)/i);
  if (!codeKey || !messageKey || codeKey === messageKey) return undefined;
  const requestIdKey = pick(names, /^request_?id$/i, /request_?id/i);
  return { codeKey, messageKey, ...(requestIdKey ? { requestIdKey } : {}), source };
}

/** The error body shape documented by the first error response (4xx, 5xx or default) that has a usable schema. */
export function errorShape(doc: unknown): ErrorShape {
  for (const op of listMockOperations(doc)) {
    for (const r of op.responses) {
      if (!/^([45](\d\d|XX)|default)$/i.test(r.status) || !r.media?.schemaPointer) continue;
      const at = r.media.schemaPointer;
      const shape = shapeFromNames(propertyNames(doc, { value: getAtPointer(doc, at), ptr: at }), at);
      if (shape) return shape;
    }
  }
  return DEFAULT_ERROR_SHAPE;
}

export function errorBody(shape: ErrorShape, code: string, message: string, requestId?: string): Record<string, string> {
  return {
    [shape.codeKey]: code,
    [shape.messageKey]: message,
    ...(shape.requestIdKey && requestId ? { [shape.requestIdKey]: requestId } : {}),
  };
}
