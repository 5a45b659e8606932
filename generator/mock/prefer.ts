/**
 * Picking the answer of an operation, as Prism does: `Prefer: example=NAME` names a documented
 * example (of any status), `Prefer: code=404` a status; without either, the first success response
 * and its first example.
 */
import { concreteStatus, isSuccessStatus, type MockOperation, type MockResponse } from './operations.js';

export interface Preferences {
  example?: string;
  code?: string;
}

/** `example=created, code=200` / `example="created"`: the two preferences the mock understands. */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const out: Preferences = {};
  for (const part of text.split(/[,;]/)) {
    const m = /^\s*(example|code)\s*=\s*("([^"]*)"|[^\s"]+)\s*$/i.exec(part);
    if (!m) continue;
    const value = m[3] ?? m[2]!;
    if (m[1]!.toLowerCase() === 'example') out.example = value;
    else out.code = value;
  }
  return out;
}

export type Choice =
  | { kind: 'example'; response: MockResponse; status: number; name: string; value: unknown }
  | { kind: 'schema'; response: MockResponse; status: number }
  | { kind: 'empty'; response: MockResponse | undefined; status: number }
  | { kind: 'unknown-example'; name: string; available: string[] }
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

export function chooseResponse(op: MockOperation, prefer: Preferences): Choice {
  if (prefer.example !== undefined) {
    for (const response of op.responses) {
      const ex = response.media?.examples.find((e) => e.name === prefer.example);
      if (!ex) continue;
      // A range or default key answers with the preferred code when it fits, else a representative status.
      const status = prefer.code && /^\d{3}$/.test(prefer.code) && responseForCode(op, prefer.code) === response ? Number(prefer.code) : concreteStatus(response.status);
      return { kind: 'example', response, status, name: ex.name, value: ex.value };
    }
    return { kind: 'unknown-example', name: prefer.example, available: op.responses.flatMap((r) => (r.media?.examples ?? []).map((e) => e.name)) };
  }
  if (prefer.code !== undefined) {
    const response = /^\d{3}$/.test(prefer.code) ? responseForCode(op, prefer.code) : undefined;
    if (!response) return { kind: 'unknown-code', code: prefer.code, available: op.responses.map((r) => r.status) };
    return answer(response, Number(prefer.code));
  }
  const success = op.responses.find((r) => isSuccessStatus(r.status)) ?? op.responses.find((r) => r.status === 'default');
  if (!success) return { kind: 'empty', response: undefined, status: 204 };
  return answer(success, success.status === 'default' ? 200 : concreteStatus(success.status));
}
