/**
 * Picking the answer of an operation, as Prism does: `Prefer: example=NAME` names a documented
 * example (of any status), `Prefer: code=404` a status, `Prefer: dynamic=true` a generated body;
 * without any, the first success response and its first example. The same preferences can be given
 * as query parameters (`?__example=NAME&__code=404&__dynamic=true`, Prism's "dynamic query
 * parameters"); as in Prism, a `Prefer` header that states any of them wins over all the query forms.
 */
import { concreteStatus, isSuccessStatus, type MockOperation, type MockResponse } from './operations.js';

export interface Preferences {
  example?: string;
  code?: string;
  /** As written: `true` or `false` (anything else is the caller's 400). */
  dynamic?: string;
}

export interface RequestPreferences extends Preferences {
  /** Where they were read: the Prefer header, the query string, or neither. */
  from: 'header' | 'query' | 'none';
}

const KEYS = ['example', 'code', 'dynamic'] as const;

/** The query parameters the mock reads as preferences, never as the operation's own (unless the spec declares one). */
export const QUERY_PREFERENCES: ReadonlySet<string> = new Set(KEYS.map((k) => `__${k}`));

/** `example=created, code=200` / `example="created"`: the preferences the mock understands. */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const out: Preferences = {};
  for (const part of text.split(/[,;]/)) {
    const m = /^\s*(example|code|dynamic)\s*=\s*("([^"]*)"|[^\s"]+)\s*$/i.exec(part);
    if (!m) continue;
    out[m[1]!.toLowerCase() as (typeof KEYS)[number]] = m[3] ?? m[2]!;
  }
  return out;
}

/** The preferences of a request: the Prefer header's when it states any, else the `__example`/`__code`/`__dynamic` query parameters. */
export function requestPreferences(header: string | string[] | undefined, query: URLSearchParams): RequestPreferences {
  const fromHeader = parsePrefer(header);
  if (Object.keys(fromHeader).length > 0) return { ...fromHeader, from: 'header' };
  const out: RequestPreferences = { from: 'none' };
  for (const key of KEYS) {
    const value = query.get(`__${key}`);
    if (value === null) continue;
    out[key] = value;
    out.from = 'query';
  }
  return out;
}

/** How the request stated a preference, for messages: `Prefer: code=418` or `__code=418`. */
export function stated(prefs: RequestPreferences, key: (typeof KEYS)[number]): string {
  return prefs.from === 'query' ? `__${key}=${prefs[key]}` : `Prefer: ${key}=${prefs[key]}`;
}

export type Choice =
  | { kind: 'example'; response: MockResponse; status: number; name: string; value: unknown }
  | { kind: 'schema'; response: MockResponse; status: number }
  | { kind: 'empty'; response: MockResponse | undefined; status: number }
  /** `status` when the example was looked for in one response only (a code was preferred too). */
  | { kind: 'unknown-example'; name: string; status?: string; available: string[] }
  | { kind: 'unknown-code'; code: string; available: string[] };

/** The response for `Prefer: code=NNN`: the exact status, then its range (`4XX`), then `default`. */
function responseForCode(op: MockOperation, code: string): MockResponse | undefined {
  const exact = op.responses.find((r) => r.status === code);
  if (exact) return exact;
  const range = op.responses.find((r) => r.status.toUpperCase() === `${code[0]}XX`);
  return range ?? op.responses.find((r) => r.status === 'default');
}

function answer(response: MockResponse, status: number): Choice {
  const first = response.media?.examples[0];
  if (first) return { kind: 'example', response, status, name: first.name, value: first.value };
  if (response.media?.schemaPointer) return { kind: 'schema', response, status };
  return { kind: 'empty', response, status };
}

const examplesOf = (response: MockResponse): string[] => (response.media?.examples ?? []).map((e) => e.name);

export function chooseResponse(op: MockOperation, prefer: Preferences): Choice {
  const code = prefer.code;
  const forCode = code !== undefined && /^[1-5]\d\d$/.test(code) ? responseForCode(op, code) : undefined;
  if (code !== undefined && !forCode) return { kind: 'unknown-code', code, available: op.responses.map((r) => r.status) };
  if (prefer.example !== undefined) {
    // With a code too, the example is looked for in that status's response (as Prism does).
    if (forCode) {
      const ex = forCode.media?.examples.find((e) => e.name === prefer.example);
      if (!ex) return { kind: 'unknown-example', name: prefer.example, status: forCode.status, available: examplesOf(forCode) };
      return { kind: 'example', response: forCode, status: Number(code), name: ex.name, value: ex.value };
    }
    for (const response of op.responses) {
      const ex = response.media?.examples.find((e) => e.name === prefer.example);
      if (ex) return { kind: 'example', response, status: concreteStatus(response.status), name: ex.name, value: ex.value };
    }
    return { kind: 'unknown-example', name: prefer.example, available: op.responses.flatMap(examplesOf) };
  }
  if (forCode) return answer(forCode, Number(code));
  const success = op.responses.find((r) => isSuccessStatus(r.status)) ?? op.responses.find((r) => r.status === 'default');
  if (!success) return { kind: 'empty', response: undefined, status: 204 };
  return answer(success, success.status === 'default' ? 200 : concreteStatus(success.status));
}
