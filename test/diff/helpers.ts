/**
 * Minimal OpenAPI documents for rule cases, and `ruleCase`, the one way a test claims a rule id:
 * test/diff/audit.test.ts reads every case (test/diff/cases/index.ts) and fails when a registered
 * rule has none, or a case names an id that is not registered.
 */
import { parse } from 'yaml';
import type { Change } from '../../generator/diff/model.js';

type Json = Record<string, unknown>;

export interface RuleCase {
  id: string;
  /** What makes this case special, when the id alone does not say. */
  note?: string;
  base: unknown;
  revision: unknown;
  /** Fields the change with `id` must have. */
  expect?: Partial<Change>;
  /** Other ids the same edit legitimately produces (the case fails on any id not listed). */
  also?: string[];
  includeDocs?: boolean;
}

export function ruleCase(id: string, base: Json | string, revision: Json | string, more: Omit<RuleCase, 'id' | 'base' | 'revision'> = {}): RuleCase {
  return { id, base: typeof base === 'string' ? parse(base) : base, revision: typeof revision === 'string' ? parse(revision) : revision, ...more };
}

/**
 * A minimal document. Its version is a date, not a semantic version, so the versioning policy
 * (rules/versioning.ts) stays out of single-rule cases, as oasdiff's own rule tests switch it off.
 */
export function doc(paths: Json, extra: Json = {}): Json {
  return { openapi: '3.1.0', info: { title: 'test', version: '2024-01-01' }, paths, ...extra };
}

/** POST /things with a JSON request body. */
export function reqBody(schema: unknown, opts: { required?: boolean; mediaType?: string; extra?: Json } = {}): Json {
  return doc(
    {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: { required: opts.required ?? true, content: { [opts.mediaType ?? 'application/json']: { schema } } },
          responses: { '204': { description: 'created' } },
        },
      },
    },
    opts.extra ?? {},
  );
}

/** GET /things answering `status` (default 200) with a JSON body. */
export function resBody(schema: unknown, opts: { status?: string; extra?: Json } = {}): Json {
  return doc(
    {
      '/things': {
        get: {
          operationId: 'listThings',
          responses: { [opts.status ?? '200']: { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    opts.extra ?? {},
  );
}

/** GET /things/{id} with extra parameters. */
export function params(...parameters: unknown[]): Json {
  return doc({
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...parameters],
        responses: { '200': { description: 'ok' } },
      },
    },
  });
}

/** A query parameter `q` with the given schema. */
export function query(schema: unknown, more: Json = {}): Json {
  return params({ name: 'q', in: 'query', schema, ...more });
}

/** An object schema with one property `p` (required when asked). */
export function obj(p: unknown, required = false): Json {
  return { type: 'object', properties: { p }, ...(required ? { required: ['p'] } : {}) };
}

export const reqProp = (schema: unknown, required = false): Json => reqBody(obj(schema, required));
export const resProp = (schema: unknown, required = false): Json => resBody(obj(schema, required));

/** POST /things without a request body. */
export function noBody(): Json {
  return doc({ '/things': { post: { operationId: 'createThing', responses: { '204': { description: 'created' } } } } });
}

/** POST /things whose request body offers these media types, all with the same schema. */
export function reqMedia(...mediaTypes: string[]): Json {
  const content = Object.fromEntries(mediaTypes.map((m) => [m, { schema: { type: 'object' } }]));
  return doc({ '/things': { post: { operationId: 'createThing', requestBody: { content }, responses: { '204': { description: 'created' } } } } });
}

/** GET /things answering with these statuses (description only). */
export function statuses(...codes: string[]): Json {
  const responses = Object.fromEntries(codes.map((c) => [c, { description: `status ${c}` }]));
  return doc({ '/things': { get: { operationId: 'listThings', responses } } });
}

/** GET /things whose 200 response offers these media types. */
export function resMedia(...mediaTypes: string[]): Json {
  const content = Object.fromEntries(mediaTypes.map((m) => [m, { schema: { type: 'object' } }]));
  return doc({ '/things': { get: { operationId: 'listThings', responses: { '200': { description: 'ok', content } } } } });
}

/** GET /things whose 200 response has these headers. */
export function resHeaders(headers: Json): Json {
  return doc({ '/things': { get: { operationId: 'listThings', responses: { '200': { description: 'ok', headers } } } } });
}

/** The same document declared as OpenAPI 3.0 (for 3.0-only spellings such as `nullable`). */
export function as30(d: Json): Json {
  return { ...d, openapi: '3.0.3' };
}

/** `d` with `components.schemas`. */
export function withSchemas(d: Json, schemas: Json): Json {
  return { ...d, components: { schemas } };
}
