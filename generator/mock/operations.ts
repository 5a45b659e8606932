/**
 * What the mock server needs to know about each operation of an OpenAPI document: how to recognise
 * its URL, its parameters and body (with JSON pointers to their schemas, so Ajv can compile them
 * against the whole document), its responses with their documented examples, and its security.
 */
import { isObj, type Obj } from '../openapi/json.js';
import { appendPointer, getAtPointer } from '../openapi/pointer.js';
import { child, deref, entries, refTarget, type Located } from '../openapi/refs.js';
import { listOperations, mediaTypesOf, parameterList, requestBodyOf, responsesOf } from '../openapi/walk.js';

export interface MockParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** JSON pointer of the parameter's schema in the document, when it has one. */
  schemaPointer?: string;
  schema?: unknown;
  example?: unknown;
}

export interface MockExample {
  name: string;
  value: unknown;
}

export interface MockMedia {
  mediaType: string;
  schemaPointer?: string;
  examples: MockExample[];
}

export interface MockResponse {
  /** As written in the spec: `200`, `4XX`, `default`. */
  status: string;
  /** First media type of the response, if it has a body. */
  media?: MockMedia;
  /** Response header names the spec declares. */
  headers: string[];
}

export interface MockOperation {
  operationId: string;
  /** Upper case, as on the wire. */
  method: string;
  /** Path template as written in the spec, e.g. `/v2/{project_id}/fgs/functions`. */
  path: string;
  /** Matches a concrete request path; capture groups are the path parameters, in `pathParamNames` order. */
  matcher: RegExp;
  pathParamNames: string[];
  parameters: MockParameter[];
  requestBody?: { required: boolean; media: MockMedia[] };
  responses: MockResponse[];
  /** The security requirements in force (operation's, else the document's); [] when none. */
  security: Array<Record<string, unknown>>;
}

/**
 * `deref` that treats a local `$ref` naming nothing in the document as absent: a served document is
 * never linted first, and an operation must not gain a body or a response its spec does not define.
 */
function follow(doc: unknown, node: Located): Located {
  const found = deref(doc, node);
  const target = isObj(found.value) ? refTarget(found.value.$ref) : undefined;
  return target !== undefined && getAtPointer(doc, target) === undefined ? { value: undefined, ptr: target } : found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `/a/{x}/b` → /^\/a\/([^/]+)\/b\/?$/ with ['x']. */
export function pathMatcher(template: string): { matcher: RegExp; names: string[] } {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of template.matchAll(/\{([^}]+)\}/g)) {
    source += escapeRegExp(template.slice(last, m.index)) + '([^/]+)';
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  source += escapeRegExp(template.slice(last));
  return { matcher: new RegExp(`^${source.replace(/\/+$/, '')}/?$`), names };
}

function mediaList(doc: unknown, holder: Located): MockMedia[] {
  return mediaTypesOf(holder).map(([mediaType, media]) => {
    const raw = media.value as Obj;
    const examples: MockExample[] = [];
    if ('example' in raw) examples.push({ name: 'example', value: raw.example });
    for (const [name, ex] of entries(media, 'examples')) {
      const node = deref(doc, ex).value;
      if (isObj(node) && 'value' in node) examples.push({ name, value: node.value });
    }
    return { mediaType, ...(raw.schema !== undefined ? { schemaPointer: child(media, 'schema').ptr } : {}), examples };
  });
}

function mockParameters(doc: unknown, list: Located): MockParameter[] {
  return parameterList(doc, list).flatMap(({ value: node, ptr }) => {
    if (!isObj(node) || typeof node.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(node.in))) return [];
    const param: MockParameter = { name: node.name, in: node.in as MockParameter['in'], required: node.required === true || node.in === 'path' };
    if (node.schema !== undefined) {
      param.schemaPointer = appendPointer(ptr, 'schema');
      param.schema = deref(doc, { value: node.schema, ptr: param.schemaPointer }).value;
    }
    if ('example' in node) param.example = node.example;
    else if (isObj(node.examples)) {
      const first = Object.values(node.examples)[0];
      const ex = deref(doc, { value: first, ptr: '' }).value;
      if (isObj(ex) && 'value' in ex) param.example = ex.value;
    }
    return [param];
  });
}

/** Path-item parameters, overridden by operation parameters of the same name and location. */
function mergeParameters(outer: MockParameter[], inner: MockParameter[]): MockParameter[] {
  const key = (p: MockParameter): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
  const out = new Map(outer.map((p) => [key(p), p]));
  for (const p of inner) out.set(key(p), p);
  return [...out.values()];
}

/** Every operation of the document, in document order. */
export function listMockOperations(doc: unknown): MockOperation[] {
  if (!isObj(doc)) return [];
  const docSecurity = Array.isArray(doc.security) ? (doc.security as Array<Record<string, unknown>>) : [];
  return listOperations(doc).map(({ path, method, pathItem, operation }) => {
    const op = operation.value as Obj;
    const { matcher, names } = pathMatcher(path);
    const parameters = mergeParameters(mockParameters(doc, child(pathItem, 'parameters')), mockParameters(doc, child(operation, 'parameters')));
    const body = requestBodyOf(doc, operation);
    const rb = body && follow(doc, body);
    const requestBody = rb && isObj(rb.value) ? { required: rb.value.required === true, media: mediaList(doc, rb) } : undefined;
    const responses: MockResponse[] = [];
    for (const [status, raw] of responsesOf(doc, operation)) {
      const resp = follow(doc, raw);
      if (!isObj(resp.value)) continue;
      const media = mediaList(doc, resp)[0];
      responses.push({ status, ...(media ? { media } : {}), headers: Object.keys(isObj(resp.value.headers) ? resp.value.headers : {}) });
    }
    return {
      operationId: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      matcher,
      pathParamNames: names,
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses,
      security: Array.isArray(op.security) ? (op.security as Array<Record<string, unknown>>) : docSecurity,
    };
  });
}

/** A concrete status for a response key: `4XX` → 400, `default` → 500 (it answers what no other key does). */
export function concreteStatus(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^[1-5]XX$/i.test(status)) return Number(status[0]) * 100;
  return 500;
}

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** The path prefix of the document's first server (`https://h/api/v1` → `/api/v1`), '' when none. */
export function serverBasePath(doc: unknown): string {
  const server = isObj(doc) && Array.isArray(doc.servers) && isObj(doc.servers[0]) ? doc.servers[0] : undefined;
  if (!server || typeof server.url !== 'string') return '';
  const vars = isObj(server.variables) ? server.variables : {};
  const url = server.url.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = vars[name];
    return isObj(v) && v.default !== undefined ? String(v.default) : 'x';
  });
  try {
    return new URL(url, 'http://localhost').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}
