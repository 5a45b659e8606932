/**
 * The one walk over an OpenAPI document's operations: path items × HTTP methods, with parameters,
 * request bodies, responses and media types `$ref`-resolved through `refs.ts`. Every consumer
 * (generate, mock, diff, drift, the audits) lists operations through here.
 */
import { isObj } from './json.js';
import { child, deref, entries, type Located } from './refs.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface PathItemEntry {
  /** The key under its container: a path template for `/paths`, a name for webhooks and components. */
  path: string;
  item: Located;
}

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  pathItem: Located;
  operation: Located;
}

/**
 * Path items of the document. `used` (the default): the entries of `/paths`, each `$ref` followed,
 * as a client meets them. `defined`: every path item object where it is written (`/paths`,
 * `/webhooks`, `/components/pathItems`), `$ref` entries skipped, so each node is visited once.
 */
export function pathItems(root: unknown, mode: 'used' | 'defined' = 'used'): PathItemEntry[] {
  const doc: Located = { value: root, ptr: '' };
  if (mode === 'used') return entries(doc, 'paths').map(([path, node]) => ({ path, item: deref(root, node) }));
  const containers: Located[] = [doc, child(doc, 'webhooks'), child(doc, 'components', 'pathItems')];
  const out: PathItemEntry[] = [];
  for (const [i, container] of containers.entries()) {
    const list = i === 0 ? entries(container, 'paths') : isObj(container.value) ? Object.keys(container.value).map((k): [string, Located] => [k, child(container, k)]) : [];
    for (const [path, item] of list) if (isObj(item.value) && !('$ref' in item.value)) out.push({ path, item });
  }
  return out;
}

/** The operations of one path item, in HTTP_METHODS order. */
export function operationsOf(item: Located): Array<[HttpMethod, Located]> {
  return HTTP_METHODS.filter((m) => isObj(item.value) && isObj(item.value[m])).map((m) => [m, child(item, m)]);
}

/** Every operation of the document, in document order (see `pathItems` for the two modes). */
export function listOperations(root: unknown, mode: 'used' | 'defined' = 'used'): OperationEntry[] {
  return pathItems(root, mode).flatMap(({ path, item }) => operationsOf(item).map(([method, operation]) => ({ path, method, pathItem: item, operation })));
}

/** The entries of a parameter list, each `$ref` followed. */
export function parameterList(root: unknown, list: Located): Located[] {
  return Array.isArray(list.value) ? list.value.map((_, i) => deref(root, child(list, i))) : [];
}

/** An operation's request body, `$ref` followed; undefined when it has none. */
export function requestBodyOf(root: unknown, operation: Located): Located | undefined {
  const body = child(operation, 'requestBody');
  return body.value === undefined ? undefined : deref(root, body);
}

/** An operation's responses by status key, each `$ref` followed. */
export function responsesOf(root: unknown, operation: Located): Array<[status: string, response: Located]> {
  return entries(operation, 'responses').map(([status, node]) => [status, deref(root, node)]);
}

/** The entries of a `content` map (media type → media type object). */
export function mediaTypesOf(holder: Located): Array<[mediaType: string, media: Located]> {
  return entries(holder, 'content').filter(([, media]) => isObj(media.value));
}
