/**
 * CORS, on by default as in Prism, so a web page on another origin can call the mock: a preflight
 * (an `OPTIONS` request carrying `Access-Control-Request-Method`) is answered 204 before routing,
 * security or validation, whatever the spec says of `OPTIONS`; every other answer carries
 * `Access-Control-Allow-Origin` and `Access-Control-Expose-Headers`. A plain `OPTIONS` (no
 * `Access-Control-Request-Method`) is routed like any request.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** How long a browser may reuse a preflight answer, in seconds: short, since the spec behind it may change on the next start. */
export const PREFLIGHT_MAX_AGE = 600;

const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(', ') : v);

export function isPreflight(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'OPTIONS' && headers['access-control-request-method'] !== undefined;
}

/**
 * The origin part of every CORS answer: the request's Origin echoed, with credentials allowed (so a
 * page sending cookies or Authorization can read the answer) and `Vary: Origin`; `*` when the
 * request names no origin.
 */
export function originHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const origin = single(headers.origin);
  if (origin === undefined || origin === '') return { 'access-control-allow-origin': '*' };
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/**
 * The answer to a preflight: the methods the spec documents for the path (or, for a path it does
 * not document, the method asked for, so that the request itself goes out and gets its 404), the
 * request headers asked for, and how long to keep the answer.
 */
export function preflightHeaders(headers: IncomingHttpHeaders, methods: string[]): Record<string, string> {
  const asked = single(headers['access-control-request-method'])!.trim();
  const requestHeaders = single(headers['access-control-request-headers']);
  return {
    ...originHeaders(headers),
    'access-control-allow-methods': (methods.length > 0 ? methods : [asked]).join(', '),
    ...(requestHeaders ? { 'access-control-allow-headers': requestHeaders } : {}),
    'access-control-max-age': String(PREFLIGHT_MAX_AGE),
  };
}

/** `Access-Control-Expose-Headers` for an answer: the names of the headers it carries, so a page's script can read them all. */
export function exposeHeader(names: readonly string[]): Record<string, string> {
  const exposed = names.map((n) => n.toLowerCase()).filter((n) => !n.startsWith('access-control-') && n !== 'vary' && n !== 'connection');
  return exposed.length > 0 ? { 'access-control-expose-headers': [...new Set(exposed)].join(', ') } : {};
}
