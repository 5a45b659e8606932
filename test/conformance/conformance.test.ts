/**
 * The conformance suite: every documented example of the curated specs is replayed through the
 * generated package (freshly generated into .tmp/, never the checked-in generated/) and a real
 * loopback HTTP server, the same one `funcspec mock` runs.
 *
 * - Request examples: the generated request validator accepts each one, or rejects it exactly as the
 *   errata register predicts; the generated client puts exactly the documented method, path, headers
 *   and JSON body on the wire (also for rejected examples, with validateRequests off).
 * - Response examples: the mock answers with the example and its status; the client returns it
 *   deep-equal (success) or throws ApiError carrying the documented code and message (error); the
 *   generated response validator agrees.
 * - Property-based: bodies generated from each request schema pass the validator and round-trip
 *   client → mock → validator unchanged; single mutations are rejected at the mutated field.
 *
 * A summary (examples replayed, passed, expected failures from the register) is printed at the end.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pascalCase, statusSuffix } from '../../generator/generate/names.js';
import { errorShape, type ErrorShape } from '../../generator/mock/error-shape.js';
import { concreteStatus, listMockOperations, type MockOperation } from '../../generator/mock/operations.js';
import { startMockServer, type RecordedRequest, type RunningMock } from '../../generator/mock/server.js';
import { createValidators } from '../../generator/mock/validate.js';
import { formatWireMismatch, meaningfulHeaders, type WireRequest } from '../../generator/mock/wire.js';
import { getAtPointer } from '../../generator/openapi/pointer.js';
import { schemaArbitrary } from './arbitraries.js';
import { compileCases, loadSpecsUnderTest, type ConformanceCase, type SpecUnderTest } from './cases.js';
import { CLIENT_SETS, type Call, type ClientSet } from './clients.js';
import { applies, MUTATION_KINDS, mutate, sitesOf, type MutationKind } from './mutations.js';
import { expectedWire, generateIntoTemp, importGenerated, sampleRequiredHeaders, samplePathParams, schemaMatcher, credentialHeader, SAMPLE_TOKEN } from './support.js';

/** Fixed, so a failure reproduces; bounded, so the suite stays fast. */
const SEED = 20_251_122;
const RUNS = 30;

const specs = await loadSpecsUnderTest();
const cases = await compileCases(specs);

interface Env {
  spec: SpecUnderTest;
  operations: Map<string, MockOperation>;
  set: ClientSet;
  mock: RunningMock;
  /** Requests the mock received since the last reset. */
  wire: RecordedRequest[];
  shape: ErrorShape;
}

const envs = new Map<string, Env>();
let removePackage: (() => void) | undefined;

const summary = {
  replayed: 0,
  passed: 0,
  expectedFailures: [] as string[],
  failed: [] as string[],
};

beforeAll(async () => {
  const generated = await generateIntoTemp();
  removePackage = generated.remove;
  for (const spec of specs) {
    const factory = CLIENT_SETS[spec.name];
    if (!factory) throw new Error(`no client adapters for ${spec.name} in test/conformance/clients.ts`);
    const wire: RecordedRequest[] = [];
    const mock = await startMockServer(spec.doc, {}, { onRequest: (r) => wire.push(r) });
    envs.set(spec.spec, {
      spec,
      operations: new Map(listMockOperations(spec.doc).map((op) => [op.operationId, op])),
      set: factory.load(importGenerated(generated.dir, spec.name)),
      mock,
      wire,
      shape: errorShape(spec.doc),
    });
  }
});

afterAll(async () => {
  await Promise.all([...envs.values()].map((e) => e.mock.close()));
  removePackage?.();
  const requests = cases.filter((c) => c.in === 'request').length;
  const lines = [
    `conformance: ${summary.replayed} of ${cases.length} documented examples replayed (${requests} requests, ${cases.length - requests} responses)`,
    `  passed:             ${summary.passed}`,
    `  expected failures:  ${summary.expectedFailures.length}${summary.expectedFailures.map((f) => `\n    - ${f}`).join('')}`,
    `  failed:             ${summary.failed.length}${summary.failed.map((f) => `\n    - ${f}`).join('')}`,
    `  not replayed:       ${cases.length - summary.replayed}`,
  ];
  console.log(lines.join('\n'));
});

function env(c: { spec: string }): Env {
  const e = envs.get(c.spec);
  if (!e) throw new Error(`no environment for ${c.spec} (beforeAll failed?)`);
  return e;
}

function operation(e: Env, operationId: string): MockOperation {
  const op = e.operations.get(operationId);
  if (!op) throw new Error(`operation ${operationId} is not in ${e.spec.spec}`);
  return op;
}

type Validate = (value: unknown) => { valid: boolean; issues: ReadonlyArray<{ path: string; rule: string; params: Record<string, unknown> }> };

function validatorNamed(e: Env, name: string): Validate {
  const fn = e.set.exports[name];
  if (typeof fn !== 'function') throw new Error(`the generated package for ${e.spec.name} exports no ${name}`);
  return fn as Validate;
}

/** Back from the runtime's issue paths (a missing property points at itself) to Ajv's {instancePath, keyword}, as the register writes them. */
function asRegistered(issues: ReturnType<Validate>['issues']): Array<{ instancePath: string; keyword: string }> {
  return issues
    .map((i) => ({ instancePath: i.rule === 'required' && typeof i.params.missingProperty === 'string' ? i.path.slice(0, i.path.lastIndexOf('/')) : i.path, keyword: i.rule }))
    .sort((a, b) => `${a.instancePath} ${a.keyword}`.localeCompare(`${b.instancePath} ${b.keyword}`));
}

function callFor(e: Env, operationId: string, options: Record<string, unknown> = {}): Call {
  const op = operation(e, operationId);
  const header = credentialHeader(e.spec.doc, op);
  const calls = e.set.calls({
    baseUrl: e.mock.url,
    retry: false, // one request per call: the wire must hold exactly what the client sent once
    ...(header ? { auth: e.set.runtime.headerToken(header, SAMPLE_TOKEN) } : {}),
    ...options,
  });
  const call = calls[operationId];
  if (!call) throw new Error(`no client adapter for ${operationId} in test/conformance/clients.ts`);
  return call;
}

function onTheWire(r: RecordedRequest): WireRequest {
  return { method: r.method, path: r.url, headers: meaningfulHeaders(r.headers), ...(r.body !== '' ? { body: JSON.parse(r.body) as unknown } : {}) };
}

/** The one request the mock received, compared with the documented one; throws the difference report and a curl line. */
function expectWire(e: Env, id: string, expected: WireRequest): void {
  expect(e.wire.length, `${id}: requests received by the mock`).toBe(1);
  const report = formatWireMismatch(id, expected, onTheWire(e.wire[0]!), e.mock.url);
  if (report !== '') throw new Error(report);
}

/** Count a case in the summary whatever happens inside. */
async function replay(c: ConformanceCase, body: () => Promise<void>): Promise<void> {
  summary.replayed++;
  try {
    await body();
  } catch (err) {
    summary.failed.push(`${c.id}: ${(err as Error).message.split('\n')[0]}`);
    throw err;
  }
  if (c.expectedFailure)
    summary.expectedFailures.push(`${c.id} (register ${c.expectedFailure.errata}: ${c.expectedFailure.errors.map((x) => `${x.instancePath} ${x.keyword}`).join(', ')})`);
  else summary.passed++;
}

describe('set-up', () => {
  it('has a typed client adapter for every operation of every spec, and nothing else', () => {
    for (const e of envs.values()) {
      expect(Object.keys(e.set.calls({})).sort(), e.spec.spec).toEqual([...e.operations.keys()].sort());
    }
  });

  it('fills every path parameter and required header with a value its schema accepts', () => {
    for (const e of envs.values()) {
      const validators = createValidators(e.spec.doc, [...e.operations.values()]);
      for (const op of e.operations.values()) {
        const path = samplePathParams(e.spec.doc, op);
        expect(Object.keys(path).sort(), op.operationId).toEqual([...op.pathParamNames].sort());
        const headers = Object.fromEntries(Object.entries(sampleRequiredHeaders(e.spec.doc, op)).map(([k, v]) => [k.toLowerCase(), v]));
        expect(validators.get(op)!.parameters({ path, query: new URLSearchParams(), headers }), op.operationId).toEqual([]);
      }
    }
  });
});

describe('request examples', () => {
  for (const c of cases.filter((x) => x.in === 'request')) {
    it(c.id, () =>
      replay(c, async () => {
        const e = env(c);
        const op = operation(e, c.operationId);
        const validate = validatorNamed(e, `validate${pascalCase(c.operationId)}RequestBody`);
        const result = validate(c.value);
        const input = { path: samplePathParams(e.spec.doc, op), headers: sampleRequiredHeaders(e.spec.doc, op), body: c.value };

        if (c.expectedFailure) {
          // The register's prediction, exactly.
          expect(result.valid).toBe(false);
          expect(asRegistered(result.issues)).toEqual(
            [...c.expectedFailure.errors].sort((a, b) => `${a.instancePath} ${a.keyword}`.localeCompare(`${b.instancePath} ${b.keyword}`)),
          );
          // With validateRequests the client refuses before any I/O...
          e.wire.length = 0;
          const refused = await callFor(e, c.operationId, { validateRequests: true })(input).then(
            () => undefined,
            (err: unknown) => err,
          );
          expect(refused).toBeInstanceOf(e.set.runtime.ValidationFailedError);
          expect(e.wire).toEqual([]);
          // ...without it, it sends the example as documented, and the mock rejects it naming the field.
          const sent = await callFor(
            e,
            c.operationId,
          )(input).then(
            () => undefined,
            (err: unknown) => err,
          );
          expectWire(e, c.id, expectedWire(e.spec.doc, op, c.value));
          expect(sent).toBeInstanceOf(e.set.runtime.ApiError);
          const apiError = sent as InstanceType<ClientSet['runtime']['ApiError']>;
          expect(apiError.status).toBe(400);
          expect(apiError.code).toBe('InvalidRequest');
          for (const x of c.expectedFailure.errors) expect(apiError.errorMessage).toContain(`body field ${x.instancePath} `);
          return;
        }

        expect(result.issues, `${c.id} is valid`).toEqual([]);
        expect(result.valid).toBe(true);
        e.wire.length = 0;
        const response = await callFor(e, c.operationId, { validateRequests: true, validateResponses: true })(input);
        expectWire(e, c.id, expectedWire(e.spec.doc, op, c.value));
        // The mock accepted it: it answered the operation's first success example.
        expect(response.status).toBe(200);
      }),
    );
  }
});

/** A request the mock accepts for `op`: its first request example the register does not reject, else no body. */
function acceptedRequestBody(e: Env, op: MockOperation): unknown {
  const example = cases.find((x) => x.spec === e.spec.spec && x.operationId === op.operationId && x.in === 'request' && !x.expectedFailure);
  if (example) return example.value;
  if (op.requestBody?.required) {
    const pointer = op.requestBody.media[0]?.schemaPointer;
    if (!pointer) throw new Error(`${op.operationId}: required body without schema or example`);
    const arb = schemaArbitrary(e.spec.doc, getAtPointer(e.spec.doc, pointer), { direction: 'request', matches: schemaMatcher(e.spec.doc) });
    return fc.sample(arb, { seed: SEED, numRuns: 1 })[0];
  }
  return undefined;
}

describe('response examples', () => {
  for (const c of cases.filter((x) => x.in === 'response')) {
    it(c.id, () =>
      replay(c, async () => {
        const e = env(c);
        const op = operation(e, c.operationId);
        const status = concreteStatus(c.status!);
        const validate = validatorNamed(e, `validate${pascalCase(c.operationId)}Response${statusSuffix(c.status!)}`);
        const verdict = validate(c.value);
        if (c.expectedFailure) {
          expect(verdict.valid).toBe(false);
          expect(asRegistered(verdict.issues)).toEqual(
            [...c.expectedFailure.errors].sort((a, b) => `${a.instancePath} ${a.keyword}`.localeCompare(`${b.instancePath} ${b.keyword}`)),
          );
        } else {
          expect(verdict.issues, `${c.id} satisfies its schema`).toEqual([]);
        }

        const body = acceptedRequestBody(e, op);
        const input = { path: samplePathParams(e.spec.doc, op), headers: sampleRequiredHeaders(e.spec.doc, op), ...(body !== undefined ? { body } : {}) };
        const prefer = { Prefer: `example=${c.name}` };
        e.wire.length = 0;
        const outcome = await callFor(e, c.operationId, { validateResponses: !c.expectedFailure })(input, { headers: prefer }).then(
          (r) => ({ ok: true as const, r }),
          (err: unknown) => ({ ok: false as const, err }),
        );
        expectWire(e, c.id, expectedWire(e.spec.doc, op, body, { prefer: prefer.Prefer }));

        if (status >= 200 && status < 300) {
          if (!outcome.ok) throw outcome.err;
          expect(outcome.r.status).toBe(status);
          expect(outcome.r.headers.get('content-type')).toBe('application/json');
          expect(outcome.r.data).toEqual(c.value);
          return;
        }
        if (outcome.ok) throw new Error(`${c.id}: the client resolved with HTTP ${outcome.r.status} instead of throwing ApiError`);
        expect(outcome.err).toBeInstanceOf(e.set.runtime.ApiError);
        const err = outcome.err as InstanceType<ClientSet['runtime']['ApiError']>;
        const documented = c.value as Record<string, unknown>;
        expect({ status: err.status, operationId: err.operationId, code: err.code, errorMessage: err.errorMessage }).toEqual({
          status,
          operationId: c.operationId,
          code: documented[e.shape.codeKey],
          errorMessage: documented[e.shape.messageKey],
        });
        expect(err.body).toEqual(c.value);
      }),
    );
  }
});

describe("the mock's own errors reach the client as ApiError in the spec's error shape", () => {
  for (const spec of specs) {
    it(`${spec.spec}: missing credential → 401 with code MissingCredentials`, async () => {
      const e = env(spec);
      const op = [...e.operations.values()][0]!;
      const body = acceptedRequestBody(e, op);
      const call = e.set.calls({ baseUrl: e.mock.url, retry: false })[op.operationId]!;
      const err = await call({ path: samplePathParams(e.spec.doc, op), headers: sampleRequiredHeaders(e.spec.doc, op), ...(body !== undefined ? { body } : {}) }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(err).toBeInstanceOf(e.set.runtime.ApiError);
      const apiError = err as InstanceType<ClientSet['runtime']['ApiError']>;
      expect({ status: apiError.status, code: apiError.code }).toEqual({ status: 401, code: 'MissingCredentials' });
      expect(apiError.errorMessage).toContain(`header '${credentialHeader(e.spec.doc, op)}'`);
      expect(Object.keys(apiError.body as object)).toEqual([e.shape.codeKey, e.shape.messageKey]);
    });
  }
});

/** Operations with a JSON request body schema: the subjects of the property-based tests. */
const bodyOperations = specs.flatMap((spec) =>
  listMockOperations(spec.doc).flatMap((op) => {
    const pointer = op.requestBody?.media.find((m) => /json/.test(m.mediaType))?.schemaPointer;
    return pointer ? [{ spec, op, schema: getAtPointer(spec.doc, pointer) }] : [];
  }),
);

/** Which mutation kinds each operation's top-level body schema admits (nested objects add more sites, never fewer kinds). */
function applicableKinds(doc: unknown, schema: unknown): MutationKind[] {
  const root = sitesOf(doc, schema, {});
  return MUTATION_KINDS.filter((kind) => (kind === 'missing required' ? root.some((s) => s.required) : root.some((s) => applies(kind, s))));
}

describe('property-based: request bodies generated from the schemas', () => {
  it('applies every mutation kind the schemas make possible (none of the specs closes an object with additionalProperties: false)', () => {
    expect(Object.fromEntries(bodyOperations.map(({ spec, op, schema }) => [op.operationId, applicableKinds(spec.doc, schema)]))).toEqual({
      CreateFunction: ['wrong type', 'out of range', 'missing required', 'unknown enum value'],
      UpdateFunctionConfig: ['wrong type', 'out of range', 'missing required', 'unknown enum value'],
      UpdateFunctionCode: ['wrong type', 'missing required', 'unknown enum value'],
      UpdateFunction: ['wrong type', 'out of range', 'unknown enum value'],
    });
  });

  for (const { spec, op, schema } of bodyOperations) {
    const matches = schemaMatcher(spec.doc);
    const bodies = schemaArbitrary(spec.doc, schema, { direction: 'request', matches });

    it(`${op.operationId}: valid bodies pass the validator and round-trip client → mock → validator unchanged`, async () => {
      const e = env(spec);
      const validate = validatorNamed(e, `validate${pascalCase(op.operationId)}RequestBody`);
      const call = callFor(e, op.operationId, { validateRequests: true, validateResponses: true });
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const before = validate(body);
          if (!before.valid) throw new Error(`generated body rejected by the validator: ${JSON.stringify(before.issues)}`);
          e.wire.length = 0;
          const response = await call({ path: samplePathParams(spec.doc, op), headers: sampleRequiredHeaders(spec.doc, op), body });
          expect(response.status).toBe(200);
          expectWire(e, `${op.operationId}:generated:request`, expectedWire(spec.doc, op, body));
          const received = JSON.parse(e.wire[0]!.body) as unknown;
          expect(received).toEqual(body);
          expect(validate(received).issues).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });

    for (const kind of applicableKinds(spec.doc, schema)) {
      it(`${op.operationId}: ${kind} is rejected at the path of the mutated field`, () => {
        const validate = validatorNamed(env(spec), `validate${pascalCase(op.operationId)}RequestBody`);
        fc.assert(
          fc.property(bodies, fc.nat(), (body, pick) => {
            const copy = structuredClone(body);
            const sites = sitesOf(spec.doc, schema, copy).filter((s) => applies(kind, s));
            if (sites.length === 0) throw new Error(`no place to apply '${kind}' in ${JSON.stringify(body)}`);
            const m = mutate(kind, sites[pick % sites.length]!);
            const result = validate(copy);
            if (result.valid) throw new Error(`accepted after ${m.description}`);
            const paths = result.issues.map((i) => (i.rule === 'additionalProperties' ? `${i.path}/${String(i.params.additionalProperty)}` : i.path));
            if (!paths.includes(m.path)) throw new Error(`${m.description}: rejected, but at ${JSON.stringify(paths)} instead of ${m.path}`);
          }),
          { seed: SEED, numRuns: RUNS },
        );
      });
    }
  }
});
