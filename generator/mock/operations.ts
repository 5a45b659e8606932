/**
 * What the mock server needs to know about each operation of an OpenAPI document: how to recognise
 * its URL, its parameters and body (with JSON pointers to their schemas, so Ajv can compile them
 * against the whole document), its responses with their documented examples, and its security.
 */
import { getAtPointer, pointer } from '../openapi/pointer.js';
import { HTTP_METHODS } from '../openapi/walk.js';
import { isObj, type Obj } from '../openapi/json.js';

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

/** Follow a local `$ref` chain, returning the node and where it lives. */
export function deref(doc: unknown, node: unknown, at: string): { node: unknown; at: string } {
  let seen = 0;
  while (isObj(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && seen++ < 32) {
    at = node.$ref.slice(1);
    node = getAtPointer(doc, at);
  }
  return { node, at };
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

function mediaList(doc: unknown, content: unknown, contentAt: string): MockMedia[] {
  if (!isObj(content)) return [];
  return Object.entries(content).flatMap(([mediaType, raw]) => {
    if (!isObj(raw)) return [];
    const mediaAt = contentAt + pointer(mediaType);
    const examples: MockExample[] = [];
    if ('example' in raw) examples.push({ name: 'example', value: raw.example });
    if (isObj(raw.examples)) {
      for (const [name, ex] of Object.entries(raw.examples)) {
        const { node } = deref(doc, ex, mediaAt + pointer('examples', name));
        if (isObj(node) && 'value' in node) examples.push({ name, value: node.value });
      }
    }
    return [{ mediaType, ...(raw.schema !== undefined ? { schemaPointer: mediaAt + pointer('schema') } : {}), examples }];
  });
}

function parameterList(doc: unknown, raw: unknown, at: string): MockParameter[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p, i) => {
    const { node, at: pAt } = deref(doc, p, `${at}/${i}`);
    if (!isObj(node) || typeof node.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(node.in))) return [];
    const param: MockParameter = { name: node.name, in: node.in as MockParameter['in'], required: node.required === true || node.in === 'path' };
    if (node.schema !== undefined) {
      param.schemaPointer = pAt + pointer('schema');
      param.schema = deref(doc, node.schema, param.schemaPointer).node;
    }
    if ('example' in node) param.example = node.example;
    else if (isObj(node.examples)) {
      const first = Object.values(node.examples)[0];
      const ex = deref(doc, first, '').node;
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
  const out: MockOperation[] = [];
  if (!isObj(doc) || !isObj(doc.paths)) return out;
  const docSecurity = Array.isArray(doc.security) ? (doc.security as Array<Record<string, unknown>>) : [];
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const { node: item, at: itemAt } = deref(doc, rawItem, pointer('paths', path));
    if (!isObj(item)) continue;
    const { matcher, names } = pathMatcher(path);
    const shared = parameterList(doc, item.parameters, itemAt + '/parameters');
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const opAt = itemAt + pointer(method);
      const parameters = mergeParameters(shared, parameterList(doc, op.parameters, opAt + '/parameters'));
      let requestBody: MockOperation['requestBody'];
      if (op.requestBody !== undefined) {
        const { node: rb, at: rbAt } = deref(doc, op.requestBody, opAt + '/requestBody');
        if (isObj(rb)) requestBody = { required: rb.required === true, media: mediaList(doc, rb.content, rbAt + '/content') };
      }
      const responses: MockResponse[] = [];
      for (const [status, raw] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const { node: resp, at: respAt } = deref(doc, raw, opAt + pointer('responses', status));
        if (!isObj(resp)) continue;
        const media = mediaList(doc, resp.content, respAt + '/content')[0];
        responses.push({ status, ...(media ? { media } : {}), headers: Object.keys(isObj(resp.headers) ? resp.headers : {}) });
      }
      out.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        matcher,
        pathParamNames: names,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        security: Array.isArray(op.security) ? (op.security as Array<Record<string, unknown>>) : docSecurity,
      });
    }
  }
  return out;
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
