/**
 * Request validation for the mock: path, query and header parameters and JSON bodies are checked
 * with Ajv 2020 against the schemas of the document itself (registered whole, so `$ref`s into
 * components resolve exactly as they do for `check-spec` and the example audit).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileErrorMessage, createSpecAjv, guardValidator } from '../openapi/ajv.js';
import { registerDocument } from '../openapi/validate-examples.js';
import { isObj } from '../openapi/json.js';
import { baseMediaType } from '../openapi/media.js';
import { uriFragment } from '../openapi/pointer.js';
import { deref } from '../openapi/refs.js';
import type { MockOperation, MockParameter } from './operations.js';
import { MockSpecError } from './servable.js';

export interface RequestIssue {
  /** Where: `body`, `path`, `query` or `header`. */
  in: 'body' | 'path' | 'query' | 'header';
  /** The parameter name (path/query/header) or JSON pointer into the body ('' for the body itself). */
  field: string;
  keyword: string;
  message: string;
}

/** Ajv reports a missing or unexpected property at its parent; point at the property itself. */
export function issuePath(e: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): string {
  const params = e.params as Record<string, unknown>;
  const child =
    e.keyword === 'required' || e.keyword === 'dependentRequired'
      ? params.missingProperty
      : e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties'
        ? (params.additionalProperty ?? params.unevaluatedProperty)
        : undefined;
  return typeof child === 'string' ? `${e.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath;
}

/** `must be string`, `must match pattern "\."`: Ajv's message, with the allowed values of an enum spelled out. */
function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    const values = params.allowedValues as unknown[];
    const shown = values
      .slice(0, 8)
      .map((v) => JSON.stringify(v))
      .join(', ');
    return `must be one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ''}`;
  }
  if (e.keyword === 'required') return 'is required';
  if (e.keyword === 'additionalProperties') return 'is not allowed (additionalProperties is false)';
  if (e.keyword === 'false schema') return 'must be absent (its schema is false)';
  return e.message ?? e.keyword;
}

export interface OperationValidator {
  /** Issues with the parameters (already coerced from text to their schema types). */
  parameters(values: { path: Record<string, string>; query: URLSearchParams; headers: Record<string, string | string[] | undefined> }): RequestIssue[];
  /** Issues with a parsed JSON body against the media type's schema. */
  body(mediaType: string, value: unknown): RequestIssue[];
}

/** Text → schema type, as OpenAPI's simple/form styles transport scalars: `"42"` → 42 for integer schemas. */
function coerce(doc: unknown, schema: unknown, raw: string): unknown {
  const node = deref(doc, { value: schema, ptr: '' }).value;
  const types = isObj(node) ? (Array.isArray(node.type) ? node.type : [node.type]) : [];
  if (types.includes('string')) return raw;
  if ((types.includes('integer') || types.includes('number')) && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (types.includes('array')) return raw.split(',');
  return raw;
}

/** Compiles the schema at a pointer of the document (one Ajv instance per document; a pointer compiled once). */
export type SchemaCompiler = (ptr: string, what: string) => ValidateFunction;

export function documentCompiler(doc: unknown): SchemaCompiler {
  // Serving is not linting: unknown keywords in a third-party spec must not stop the mock (check-spec is strict).
  const ajv = createSpecAjv(doc, { strict: false });
  const id = registerDocument(ajv, doc);
  const compiled = new Map<string, ValidateFunction>();
  // Guarded: a recursive schema meeting data nested deeper than the stack allows is a 400, not a crash.
  return (ptr, what) => {
    let validate = compiled.get(ptr);
    if (validate) return validate;
    try {
      validate = guardValidator(ajv.compile({ $ref: id + uriFragment(ptr) }));
    } catch (err) {
      throw new MockSpecError(ptr, `cannot compile the schema of ${what}: ${compileErrorMessage(err)}`);
    }
    compiled.set(ptr, validate);
    return validate;
  };
}

export function createValidators(doc: unknown, operations: MockOperation[], compile: SchemaCompiler = documentCompiler(doc)): Map<MockOperation, OperationValidator> {
  const out = new Map<MockOperation, OperationValidator>();
  for (const op of operations) {
    const params = op.parameters.map((p) => ({ p, check: p.schemaPointer ? compile(p.schemaPointer, `${op.operationId} parameter ${p.name}`) : undefined }));
    const bodies = new Map(
      (op.requestBody?.media ?? []).flatMap((m) => (m.schemaPointer ? [[baseMediaType(m.mediaType), compile(m.schemaPointer, `${op.operationId} request body`)] as const] : [])),
    );

    const checkParam = (p: MockParameter, check: ValidateFunction | undefined, raw: string | string[] | undefined): RequestIssue[] => {
      const where = p.in as RequestIssue['in'];
      if (raw === undefined) return p.required ? [{ in: where, field: p.name, keyword: 'required', message: 'is required' }] : [];
      if (!check) return [];
      let value: unknown;
      if (Array.isArray(raw)) value = raw.length === 1 ? coerce(doc, p.schema, raw[0]!) : raw.map((r) => coerce(doc, isObj(p.schema) ? p.schema.items : undefined, r));
      // Content-Type is compared without its parameters (`application/json; charset=utf-8` is JSON).
      else value = coerce(doc, p.schema, p.in === 'header' && p.name.toLowerCase() === 'content-type' ? baseMediaType(raw) : raw);
      if (check(value)) return [];
      return (check.errors ?? []).map((e) => ({ in: where, field: p.name + (e.instancePath ? e.instancePath : ''), keyword: e.keyword, message: describe(e) }));
    };

    out.set(op, {
      parameters({ path, query, headers }) {
        return params.flatMap(({ p, check }) => {
          if (p.in === 'path') return checkParam(p, check, path[p.name]);
          if (p.in === 'query') {
            const all = query.getAll(p.name);
            return checkParam(p, check, all.length === 0 ? undefined : all);
          }
          if (p.in === 'header') {
            const v = headers[p.name.toLowerCase()];
            return checkParam(p, check, Array.isArray(v) ? v.join(', ') : v);
          }
          return []; // cookies: not checked
        });
      },
      body(mediaType, value) {
        const check = bodies.get(baseMediaType(mediaType));
        if (!check || check(value)) return [];
        return (check.errors ?? []).map((e) => ({ in: 'body' as const, field: issuePath(e), keyword: e.keyword, message: describe(e) }));
      },
    });
  }
  return out;
}

/** `body /handler must match pattern "\."`, `header 'X-Auth-Token' is required`. */
export function formatIssue(issue: RequestIssue): string {
  if (issue.in === 'body') return `body field ${issue.field === '' ? '(the body itself)' : issue.field} ${issue.message}`;
  return `${issue.in} parameter '${issue.field}' ${issue.message}`;
}
