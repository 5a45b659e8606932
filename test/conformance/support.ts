/**
 * Set-up shared by the conformance tests: a freshly generated package (never the checked-in
 * generated/, which someone may be regenerating), the sample values that fill in path parameters
 * and required headers, and what the wire must then carry.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readConfig } from '../../generator/generate/config.js';
import { generatePackage } from '../../generator/generate/pipeline.js';
import { writeAtomically } from '../../generator/generate/write.js';
import type { MockOperation } from '../../generator/mock/operations.js';
import { isObj } from '../../generator/openapi/json.js';
import { deref } from '../../generator/openapi/refs.js';
import { createSpecAjv } from '../../generator/openapi/ajv.js';
import { registerDocument } from '../../generator/openapi/validate-examples.js';
import type { WireRequest } from '../../generator/mock/wire.js';
import { CONFIG_FILE } from './cases.js';

export const REPO_ROOT = process.cwd();

/**
 * Generate the package into `.tmp/conformance-<pid>` inside the repository, so that its imports of
 * ajv/ajv-formats resolve from the repository's node_modules. Returns the directory and a remover.
 */
export async function generateIntoTemp(): Promise<{ dir: string; remove: () => void }> {
  const config = await readConfig(CONFIG_FILE);
  const dir = join(REPO_ROOT, '.tmp', `conformance-${process.pid}`);
  const files = await generatePackage({ specs: config.specs, package: config.package });
  await writeAtomically(dir, files);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Load the generated package with Node's own loader, out of reach of vitest's module runner, as a
 * consumer's Node would: vitest's CommonJS interop (`deps.interopDefault`) hands a default import of
 * ajv's `ucs2length.js` (CJS with `__esModule`) its `exports.default`, where Node hands it
 * `module.exports`, and the generated validators are written for Node. `require()` of an ES module
 * is native from Node 20.19 (the project's minimum); the package has no top-level await.
 */
const nodeRequire = createRequire(import.meta.url);

export function importGenerated<T>(dir: string, subpath: string): T {
  return nodeRequire(join(dir, subpath, 'index.js')) as T;
}

/**
 * Path parameter values when the spec gives no `example` (the curated specs give none): real-looking
 * values that satisfy the parameter schemas (32-character project id, a function URN, FC names).
 */
export const SAMPLE_PATH_VALUES: Record<string, string> = {
  project_id: 'c3b2459a6d5e4b548e6777e57852692d',
  function_urn: 'urn:fss:cn-north-4:c3b2459a6d5e4b548e6777e57852692d:function:default:conformance:latest',
  serviceName: 'demo-service',
  functionName: 'demo-function',
};

/** Sample values of required header parameters the spec does not exemplify. */
export const SAMPLE_HEADER_VALUES: Record<string, string> = {
  'content-type': 'application/json',
};

export const SAMPLE_TOKEN = 'conformance-token';

function annotatedValue(schema: unknown, doc: unknown): unknown {
  const s = deref(doc, { value: schema, ptr: '' }).value;
  if (!isObj(s)) return undefined;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('example' in s) return s.example;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if ('default' in s) return s.default;
  return undefined;
}

/** The spec's example for each path parameter, else the fixed sample value; never silently empty. */
export function samplePathParams(doc: unknown, op: MockOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const value = p.example ?? annotatedValue(p.schema, doc) ?? SAMPLE_PATH_VALUES[p.name];
    if (value === undefined) throw new Error(`${op.operationId}: path parameter '${p.name}' has no example in the spec and no sample value in test/conformance/support.ts`);
    out[p.name] = String(value);
  }
  return out;
}

/** Values for the required header parameters (the client is given them as typed input). */
export function sampleRequiredHeaders(doc: unknown, op: MockOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.parameters.filter((x) => x.in === 'header' && x.required)) {
    const value = p.example ?? annotatedValue(p.schema, doc) ?? SAMPLE_HEADER_VALUES[p.name.toLowerCase()];
    if (value === undefined) throw new Error(`${op.operationId}: required header '${p.name}' has no example in the spec and no sample value in test/conformance/support.ts`);
    out[p.name] = String(value);
  }
  return out;
}

/** The header the operation's first security requirement puts the credential in (apiKey or http schemes). */
export function credentialHeader(doc: unknown, op: MockOperation): string | undefined {
  const requirement = op.security[0];
  if (!requirement) return undefined;
  const schemes = isObj(doc) && isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const name of Object.keys(requirement)) {
    const scheme = deref(doc, { value: schemes[name], ptr: '' }).value;
    if (isObj(scheme) && scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') return scheme.name;
    if (isObj(scheme) && scheme.type === 'http') return 'Authorization';
  }
  throw new Error(`${op.operationId}: security requirement ${JSON.stringify(requirement)} uses no header scheme the suite can fill in`);
}

/**
 * The path the documented parameters give: each value UTF-8 percent-encoded except RFC 3986
 * unreserved characters and ':' / '@', which a path segment holds as they are (`pchar`) and which the
 * vendor SDKs send unescaped in function URNs. '/' is always encoded, so a value stays one segment.
 */
export function expandPathParams(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name}`);
    return [...new TextEncoder().encode(value)]
      .map((b) => (/[A-Za-z0-9\-._~:@]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
      .join('');
  });
}

/** The request the generated client must put on the wire for `body` (headers lower-cased). */
export function expectedWire(doc: unknown, op: MockOperation, body: unknown, extraHeaders: Record<string, string> = {}): WireRequest {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [k, v] of Object.entries(sampleRequiredHeaders(doc, op))) headers[k.toLowerCase()] = v;
  const credential = credentialHeader(doc, op);
  if (credential) headers[credential.toLowerCase()] = SAMPLE_TOKEN;
  if (body !== undefined) headers['content-type'] ??= op.requestBody?.media[0]?.mediaType ?? 'application/json';
  for (const [k, v] of Object.entries(extraHeaders)) headers[k.toLowerCase()] = v;
  return { method: op.method, path: expandPathParams(op.path, samplePathParams(doc, op)), headers, ...(body !== undefined ? { body } : {}) };
}

/** `schema => value => boolean` against the document's own schemas (spec Ajv, not the generated validators). */
export function schemaMatcher(doc: unknown): (schema: unknown) => (value: unknown) => boolean {
  const ajv = createSpecAjv(doc, { strict: false, allErrors: false });
  const id = registerDocument(ajv, doc);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObj(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${id}${v}` : rewrite(v)]));
  };
  return (schema) => {
    const check = ajv.compile(typeof schema === 'boolean' ? { allOf: [schema] } : (rewrite(schema) as object));
    return (value) => check(value) as boolean;
  };
}
