/**
 * The curated operation's side of a drift check, read the way the page is arranged: parameters by
 * location, the request body schema, and per response status its body schema and headers. `$ref`s
 * are followed; schemas are read through openapi/schema-view.ts (allOf merged, nullability
 * normalised) so a spelling difference in the spec never shows up as drift. Examples come from
 * openapi/examples.ts, as for the example audit.
 */
import { getAtPointer } from '../openapi/pointer.js';
import type { OperationSite } from '../openapi/sites.js';
import { pageCitations, xSourceList } from '../register/citation.js';
import { isObj } from '../openapi/json.js';
import { child, deref, entries, type Located } from '../openapi/refs.js';
import { parameterList, requestBodyOf } from '../openapi/walk.js';

export interface SpecField {
  name: string;
  /** The schema of the value. */
  schema: Located;
  required: boolean;
  /** The parameter, header or security scheme node (for citations and pointers). */
  node: Located;
}

/** Parameters in one location, by name (header names lower-cased, as HTTP compares them). */
export function specParameters(root: unknown, site: OperationSite, where: 'path' | 'query' | 'header'): Map<string, SpecField> {
  const out = new Map<string, SpecField>();
  const pathItemPtr = site.pointer.replace(/\/[^/]+$/, '');
  const lists: Located[] = [child({ value: getAtPointer(root, pathItemPtr), ptr: pathItemPtr }, 'parameters'), child({ value: site.operation, ptr: site.pointer }, 'parameters')];
  for (const list of lists) {
    for (const p of parameterList(root, list)) {
      if (!isObj(p.value) || p.value.in !== where || typeof p.value.name !== 'string') continue;
      const key = where === 'header' ? p.value.name.toLowerCase() : p.value.name;
      out.set(key, { name: p.value.name, schema: child(p, 'schema'), required: p.value.required === true, node: p });
    }
  }
  if (where === 'header') {
    const requirements = Array.isArray(site.operation.security) ? site.operation.security : isObj(root) && Array.isArray(root.security) ? root.security : [];
    const schemes = isObj(root) && isObj(root.components) && isObj(root.components.securitySchemes) ? root.components.securitySchemes : {};
    for (const req of requirements) {
      if (!isObj(req)) continue;
      for (const key of Object.keys(req)) {
        const s = deref(root, { value: schemes[key], ptr: `/components/securitySchemes/${key}` });
        if (!isObj(s.value) || s.value.type !== 'apiKey' || s.value.in !== 'header' || typeof s.value.name !== 'string') continue;
        const name = s.value.name.toLowerCase();
        // A page's header table lists the token header as mandatory: a scheme is how the spec says so.
        if (!out.has(name)) out.set(name, { name: s.value.name, schema: { value: { type: 'string' }, ptr: s.ptr }, required: true, node: s });
      }
    }
  }
  return out;
}

function mediaSchema(content: Located): Located | undefined {
  if (!isObj(content.value)) return undefined;
  const types = Object.keys(content.value);
  const pick = types.find((t) => /json/i.test(t)) ?? types[0];
  return pick === undefined ? undefined : child(content, pick, 'schema');
}

export function requestBodySchema(root: unknown, site: OperationSite): Located | undefined {
  const body = requestBodyOf(root, { value: site.operation, ptr: site.pointer });
  return body && isObj(body.value) ? mediaSchema(child(body, 'content')) : undefined;
}

/** The key a status is documented under: itself, else its range (`4XX`), else `default`. */
export function responseKey(site: OperationSite, status: string): string | undefined {
  const responses = site.operation.responses;
  return isObj(responses) ? [status, `${status[0]}XX`, 'default'].find((k) => k in responses) : undefined;
}

export function specResponse(root: unknown, site: OperationSite, status: string): Located | undefined {
  const key = responseKey(site, status);
  return key === undefined ? undefined : deref(root, child({ value: site.operation, ptr: site.pointer }, 'responses', key));
}

export function responseBodySchema(response: Located): Located | undefined {
  return mediaSchema(child(response, 'content'));
}

export function responseHeaders(root: unknown, response: Located): Map<string, SpecField> {
  const out = new Map<string, SpecField>();
  for (const [name, h] of entries(response, 'headers')) {
    const header = deref(root, h);
    out.set(name.toLowerCase(), { name, schema: child(header, 'schema'), required: isObj(header.value) && header.value.required === true, node: header });
  }
  return out;
}

const TABLE_REF_RE = /^(?:表\d+|Table \d+)$/;

/** Whether the node says it was transcribed from a table of this page. */
export function citesTableOf(node: unknown, pageId: string, tableLabels: ReadonlySet<string>): boolean {
  return pageCitations(node).some((c) => c.page === pageId && (TABLE_REF_RE.test(c.ref) || tableLabels.has(c.ref)));
}

/** Whether every source the node cites (pages and SDKs alike) is this page. */
export function citesOnly(node: unknown, pageId: string): boolean {
  const all = xSourceList(node) ?? [];
  const pages = pageCitations(node);
  return all.length > 0 && pages.length === all.length && pages.every((c) => c.page === pageId);
}
