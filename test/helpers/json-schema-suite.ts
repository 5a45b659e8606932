/** The JSON Schema Test Suite (draft 2020-12) read in place, each group wrapped as an OpenAPI 3.1 document. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBSCHEMA_KEYWORDS } from '../../generator/generate/json-schema.js';

/** The suite as /work/shared/reference holds it: beside the repository, never copied into it. */
export const SUITE_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/reference/JSON-Schema-Test-Suite');
const DRAFT_DIR = join(SUITE_ROOT, 'tests/draft2020-12');

export interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}

export interface SuiteGroup {
  /** File under tests/draft2020-12, e.g. `optional/format/date.json`. */
  file: string;
  index: number;
  description: string;
  schema: unknown;
  tests: SuiteTest[];
}

/** Every group of every draft 2020-12 file (the required ones, `optional/` and `optional/format/`), in file order. */
export function suiteGroups(): SuiteGroup[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  walk(DRAFT_DIR);
  return files.flatMap((path) => {
    const groups = JSON.parse(readFileSync(path, 'utf8')) as Array<Omit<SuiteGroup, 'file' | 'index'>>;
    return groups.map((g, index) => ({ ...g, file: relative(DRAFT_DIR, path), index }));
  });
}

const { one: ONE, list: LIST, map: MAP } = SUBSCHEMA_KEYWORDS;

/** Visits every schema object of `schema` (not `const`, `enum` or unknown keywords' values); `visit` may edit it. */
function eachSchema(schema: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as Record<string, unknown>;
  visit(node);
  for (const k of ONE) eachSchema(node[k], visit);
  for (const k of LIST) if (Array.isArray(node[k])) for (const s of node[k]) eachSchema(s, visit);
  for (const k of MAP) {
    const m = node[k];
    if (m !== null && typeof m === 'object' && !Array.isArray(m)) for (const s of Object.values(m)) eachSchema(s, visit);
  }
}

/** Why a group is left out: the two kinds of resolution a single OpenAPI document cannot offer. */
export type SkipReason = '$id-based resolution' | 'remote resolution';

/**
 * Why a group cannot be put in an OpenAPI document as it stands, or undefined: an embedded `$id`
 * (and anchors, dynamic references, which resolve against one) changes the base URI references
 * resolve against, and a `$ref` to another document, or another draft's meta-schema, needs the
 * suite's remotes fetched. funcspec resolves references by JSON pointer within the one document.
 */
export function skipReason(group: SuiteGroup): SkipReason | undefined {
  let reason: SkipReason | undefined;
  eachSchema(group.schema, (node) => {
    for (const k of ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor']) if (k in node) reason ??= '$id-based resolution';
    if (typeof node.$ref === 'string' && /^#[^/]/.test(node.$ref)) reason ??= '$id-based resolution';
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) reason ??= 'remote resolution';
  });
  const dialect = (group.schema as { $schema?: unknown } | null)?.$schema;
  if (typeof dialect === 'string' && dialect !== 'https://json-schema.org/draft/2020-12/schema') reason ??= 'remote resolution';
  return reason;
}

/** Where a group's schema sits in its wrapping document. */
export const COMPONENT_POINTER = '/components/schemas/Subject';

/**
 * The group's schema as component `Subject` of an OpenAPI 3.1 document, and as the request body of
 * one operation (`check`). Its local `$ref`s, written against the schema's root, are moved under the
 * component: `#/$defs/a` becomes `#/components/schemas/Subject/$defs/a`.
 */
export function wrapAsOpenApi(group: SuiteGroup): string {
  const schema = structuredClone(group.schema);
  eachSchema(schema, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) node.$ref = `#${COMPONENT_POINTER}${node.$ref.slice(1)}`;
  });
  const document = {
    openapi: '3.1.0',
    info: { title: 'Suite', version: '1.0.0' },
    paths: {
      '/check': {
        post: {
          operationId: 'check',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#${COMPONENT_POINTER}` } } } },
          responses: { '204': { description: 'checked' } },
        },
      },
    },
    components: { schemas: { Subject: schema } },
  };
  return JSON.stringify(document, null, 2);
}
