/**
 * `--dynamic` answers (Prism's dynamic mode): a response body generated from the response schema
 * (./generate-value.ts), checked against that schema with the same Ajv set-up as the requests, and
 * rebuilt with another seed when it fails. Seeds derive from `--seed`, the operation, the response
 * and how many times that response was generated before, so the same seed and the same requests give
 * the same bytes, whatever the order in which other operations are called. When no try yields a
 * valid value (a pattern the generator cannot build, say), the response's first example is served;
 * without one, the caller answers 500 naming the schema at fault.
 */
import type { ValidateFunction } from 'ajv';
import { getAtPointer, parsePointer, pointer } from '../openapi/pointer.js';
import { generateValue, Unsatisfiable } from './generate-value.js';
import type { MockOperation, MockResponse } from './operations.js';
import { createRandom, seedFrom } from './random.js';
import type { SchemaCompiler } from './validate.js';

/** The seed when `--seed` is not given: fixed, so two runs answer alike. */
export const DEFAULT_SEED = 1;
/** Values built per answer before giving up on the schema. */
const TRIES = 12;

export type DynamicResult =
  { kind: 'value'; value: unknown } | { kind: 'example'; name: string; value: unknown; why: string } | { kind: 'failed'; pointer: string; message: string };

/** Ajv's `#/components/schemas/A/properties/b/pattern` (a URI fragment) as a plain JSON pointer. */
function schemaPathPointer(schemaPath: string): string {
  try {
    return pointer(...parsePointer(schemaPath));
  } catch {
    return schemaPath.replace(/^#/, '');
  }
}

export class DynamicResponder {
  private readonly served = new Map<string, number>();

  constructor(
    private readonly doc: unknown,
    private readonly compile: SchemaCompiler,
    readonly seed: number = DEFAULT_SEED,
  ) {}

  /** Compile every response schema now, so that a schema Ajv cannot compile stops the mock at start-up. */
  prepare(operations: MockOperation[]): void {
    for (const op of operations) for (const r of op.responses) if (r.media?.schemaPointer) this.compile(r.media.schemaPointer, `${op.operationId} response ${r.status}`);
  }

  answer(op: MockOperation, response: MockResponse): DynamicResult {
    const at = response.media?.schemaPointer;
    if (at === undefined) throw new Error(`${op.operationId} response ${response.status} has no schema`);
    const validate: ValidateFunction = this.compile(at, `${op.operationId} response ${response.status}`);
    const key = `${op.method} ${op.path} ${response.status}`;
    const nth = this.served.get(key) ?? 0;
    this.served.set(key, nth + 1);
    let why = { pointer: at, message: 'no value was built' };
    let unsatisfiable = 0;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const random = createRandom(seedFrom(this.seed, key, nth, attempt));
      try {
        const value = generateValue(this.doc, { value: getAtPointer(this.doc, at), ptr: at }, random);
        if (validate(value)) return { kind: 'value', value };
        const first = validate.errors?.[0];
        why = first
          ? {
              pointer: schemaPathPointer(first.schemaPath),
              message: `a generated value ${first.instancePath ? `at ${first.instancePath} ` : ''}${first.message ?? 'fails the schema'}`,
            }
          : why;
      } catch (err) {
        if (!(err instanceof Unsatisfiable)) throw err;
        why = { pointer: err.pointer, message: err.message };
        // Another branch of a oneOf, or other lengths, may do; a schema that cannot be built fails alike every time.
        if (++unsatisfiable >= 3) break;
      }
    }
    const example = response.media?.examples[0];
    const message = `cannot generate ${op.operationId}'s ${response.status} response from its schema: ${why.message} (schema ${why.pointer})`;
    if (example) return { kind: 'example', name: example.name, value: example.value, why: message };
    return { kind: 'failed', pointer: why.pointer, message: `${message}, and the response documents no example to serve instead` };
  }
}
