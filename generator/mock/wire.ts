/**
 * Comparing a request as documented with the request as it went over the wire, and saying how they
 * differ in a way a person can act on: one line per difference (method, path, each header, each body
 * field by JSON pointer) and a curl command that sends the documented request again.
 */
import { isObj } from '../openapi/json.js';

export interface WireRequest {
  method: string;
  /** Path and query, percent-encoded as on the wire. */
  path: string;
  /** Header names are compared case-insensitively. */
  headers: Record<string, string>;
  /** Parsed JSON body; undefined when there is none. */
  body?: unknown;
}

export type WireDifference =
  | { what: 'method' | 'path'; expected: string; actual: string }
  | { what: 'header'; name: string; expected: string | undefined; actual: string | undefined }
  | { what: 'body'; pointer: string; expected: unknown; actual: unknown; expectedPresent: boolean; actualPresent: boolean };

/** Headers fetch or node:http add on their own; they say nothing about the client under test. */
export const TRANSPORT_HEADERS = ['host', 'connection', 'content-length', 'transfer-encoding', 'user-agent', 'accept-encoding', 'accept-language', 'sec-fetch-mode', 'keep-alive'];

/** `actual`'s headers without the transport ones, joined when repeated, for diffWire. */
export function meaningfulHeaders(headers: Record<string, string | string[] | undefined>, extraIgnored: readonly string[] = []): Record<string, string> {
  const skip = new Set([...TRANSPORT_HEADERS, ...extraIgnored.map((h) => h.toLowerCase())]);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !skip.has(k.toLowerCase())) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const escapeToken = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');

function lowerKeys(h: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

function diffJson(expected: unknown, actual: unknown, at: string, out: WireDifference[]): void {
  if (isObj(expected) && isObj(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const k of keys) {
      const inE = Object.hasOwn(expected, k);
      const inA = Object.hasOwn(actual, k);
      const p = `${at}/${escapeToken(k)}`;
      if (inE && inA) diffJson(expected[k], actual[k], p, out);
      else out.push({ what: 'body', pointer: p, expected: expected[k], actual: actual[k], expectedPresent: inE, actualPresent: inA });
    }
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const p = `${at}/${i}`;
      if (i < expected.length && i < actual.length) diffJson(expected[i], actual[i], p, out);
      else out.push({ what: 'body', pointer: p, expected: expected[i], actual: actual[i], expectedPresent: i < expected.length, actualPresent: i < actual.length });
    }
    return;
  }
  if (!Object.is(expected, actual) && JSON.stringify(expected) !== JSON.stringify(actual)) {
    out.push({ what: 'body', pointer: at, expected, actual, expectedPresent: expected !== undefined, actualPresent: actual !== undefined });
  }
}

/**
 * Every difference between the documented and the actual request. Headers are compared both ways
 * (missing and unexpected); transport headers such as `host` or `user-agent` are the caller's to
 * leave out of `actual` (see TRANSPORT_HEADERS).
 */
export function diffWire(expected: WireRequest, actual: WireRequest): WireDifference[] {
  const out: WireDifference[] = [];
  if (expected.method.toUpperCase() !== actual.method.toUpperCase()) out.push({ what: 'method', expected: expected.method.toUpperCase(), actual: actual.method.toUpperCase() });
  if (expected.path !== actual.path) out.push({ what: 'path', expected: expected.path, actual: actual.path });
  const eh = lowerKeys(expected.headers);
  const ah = lowerKeys(actual.headers);
  for (const name of [...new Set([...eh.keys(), ...ah.keys()])].sort()) {
    if (eh.get(name) !== ah.get(name)) out.push({ what: 'header', name, expected: eh.get(name), actual: ah.get(name) });
  }
  diffJson(expected.body, actual.body, '', out);
  return out;
}

const show = (v: unknown, present: boolean): string => (present ? (JSON.stringify(v) ?? String(v)) : '(absent)');

export function describeDifference(d: WireDifference): string {
  switch (d.what) {
    case 'method':
    case 'path':
      return `${d.what}: expected ${d.expected}, got ${d.actual}`;
    case 'header':
      if (d.actual === undefined) return `header ${d.name}: expected ${JSON.stringify(d.expected)}, got (absent)`;
      if (d.expected === undefined) return `header ${d.name}: not expected, got ${JSON.stringify(d.actual)}`;
      return `header ${d.name}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`;
    case 'body':
      return `body ${d.pointer || '(whole body)'}: expected ${show(d.expected, d.expectedPresent)}, got ${show(d.actual, d.actualPresent)}`;
  }
}

/** POSIX-shell single quoting: `it's` → `'it'\''s'`. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A curl command that sends `request` to `baseUrl` (headers in the order given, body as compact JSON). */
export function curlCommand(request: WireRequest, baseUrl: string): string {
  const parts = ['curl', '-i', '-X', request.method.toUpperCase(), shellQuote(baseUrl.replace(/\/+$/, '') + request.path)];
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(JSON.stringify(request.body)));
  return parts.join(' ');
}

/**
 * The report of a failed replay: what differs, then how to reproduce the documented request. Empty
 * string when the two requests agree.
 */
export function formatWireMismatch(id: string, expected: WireRequest, actual: WireRequest, baseUrl: string): string {
  const diffs = diffWire(expected, actual);
  if (diffs.length === 0) return '';
  return [
    `${id}: the request on the wire differs from the documented one (${diffs.length} difference${diffs.length === 1 ? '' : 's'}):`,
    ...diffs.map((d) => `  - ${describeDifference(d)}`),
    'reproduce (documented request, against `funcspec mock`):',
    `  ${curlCommand(expected, baseUrl)}`,
  ].join('\n');
}
