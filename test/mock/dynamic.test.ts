/**
 * `funcspec mock --dynamic` (generator/mock/dynamic.ts, generate-value.ts): every response of every
 * operation of the curated specs and the petstore, generated with two seeds, is valid against its
 * schema under an Ajv of its own (createSpecAjv, as the audits use); the same seed gives the same
 * bytes; a schema the generator cannot satisfy falls back to the example, else a located 500.
 */
import type { ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { DynamicResponder } from '../../generator/mock/dynamic.js';
import { concreteStatus, listMockOperations, type MockOperation } from '../../generator/mock/operations.js';
import { startMockServer, type MockOutcome, type RunningMock } from '../../generator/mock/server.js';
import { documentCompiler } from '../../generator/mock/validate.js';
import { createSpecAjv } from '../../generator/openapi/ajv.js';
import { loadDocument, parseText } from '../../generator/openapi/document.js';
import { uriFragment } from '../../generator/openapi/pointer.js';
import { registerDocument } from '../../generator/openapi/validate-examples.js';
import { runCli } from '../helpers/cli.js';

const PROJECT = 'c3b2459a6d5e4b548e6777e57852692d';
const URN = 'urn%3Afss%3Acn-north-4%3Ac3b2459a6d5e4b548e6777e57852692d%3Afunction%3Adefault%3Atest';
const fgHeaders = { 'x-auth-token': 't', 'content-type': 'application/json' };

/** One valid request per operation of the three documents, so each can be asked for every documented status. */
const SPECS = {
  'spec/huaweicloud/functiongraph-v2.yaml': {
    CreateFunction: {
      path: `/v2/${PROJECT}/fgs/functions`,
      headers: fgHeaders,
      body: { func_name: 'a', package: 'default', runtime: 'Python3.9', handler: 'index.handler', memory_size: 128, timeout: 3, code_type: 'inline' },
    },
    UpdateFunctionConfig: {
      path: `/v2/${PROJECT}/fgs/functions/${URN}/config`,
      headers: fgHeaders,
      body: { func_name: 'fgsTest', handler: 'index.handler', memory_size: 768, runtime: 'Node.js6.10', timeout: 40 },
    },
    UpdateFunctionCode: { path: `/v2/${PROJECT}/fgs/functions/${URN}/code`, headers: fgHeaders, body: { code_type: 'inline' } },
  },
  'spec/aliyun/fc-2021-04-06.yaml': {
    UpdateFunction: { path: '/2021-04-06/services/demo-service/functions/demo-function', headers: { authorization: 'x' }, body: undefined },
  },
  'test/fixtures/petstore-3.1.yaml': {
    UpdatePet: { path: '/v1/pets/7', headers: { 'x-auth-token': 't', 'content-type': 'application/json' }, body: { name: 'Rex', kind: 'dog' } },
  },
} as const;
type SpecFile = keyof typeof SPECS;
const SEEDS = [1, 424_242];

const docs = Object.fromEntries(await Promise.all(Object.keys(SPECS).map(async (f) => [f, (await loadDocument(f)).data] as const))) as Record<SpecFile, unknown>;
const running: RunningMock[] = [];
afterAll(async () => {
  await Promise.all(running.map((m) => m.close()));
});

async function start(doc: unknown, seed: number, outcomes?: MockOutcome[]): Promise<RunningMock> {
  const mock = await startMockServer(doc, {}, { dynamic: true, seed, ...(outcomes ? { onResponse: (o) => void outcomes.push(o) } : {}) });
  running.push(mock);
  return mock;
}

/** The check the audits use: the whole document registered in an Ajv of createSpecAjv, the schema compiled by pointer. */
function independentValidator(doc: unknown): (ptr: string) => ValidateFunction {
  const ajv = createSpecAjv(doc);
  const id = registerDocument(ajv, doc);
  const cache = new Map<string, ValidateFunction>();
  return (ptr) => cache.get(ptr) ?? cache.set(ptr, ajv.compile({ $ref: id + uriFragment(ptr) })).get(ptr)!;
}

interface Sent {
  status: number;
  text: string;
  contentType: string | null;
}

async function send(mock: RunningMock, file: SpecFile, op: MockOperation, status: string): Promise<Sent> {
  const call = (SPECS[file] as Record<string, { path: string; headers: Record<string, string>; body: unknown }>)[op.operationId]!;
  const res = await fetch(`${mock.url}${call.path}`, {
    method: op.method,
    headers: { ...call.headers, prefer: `code=${concreteStatus(status)}` },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') };
}

describe('--dynamic over every operation and documented status', () => {
  for (const file of Object.keys(SPECS) as SpecFile[]) {
    it(`${file}: every generated body is valid against its schema, with seeds ${SEEDS.join(' and ')}`, async () => {
      const doc = docs[file];
      const validator = independentValidator(doc);
      let checked = 0;
      for (const seed of SEEDS) {
        const mock = await start(doc, seed);
        for (const op of listMockOperations(doc)) {
          expect(Object.keys(SPECS[file]), `a request for ${op.operationId}`).toContain(op.operationId);
          for (const response of op.responses) {
            const media = response.media;
            if (!media?.schemaPointer) continue;
            for (let n = 0; n < 3; n++) {
              const sent = await send(mock, file, op, response.status);
              const where = `${op.operationId} ${response.status} (seed ${seed}, call ${n + 1}): ${sent.text.slice(0, 300)}`;
              expect(sent.status, where).toBe(concreteStatus(response.status));
              expect(sent.contentType, where).toBe(media.mediaType);
              const validate = validator(media.schemaPointer);
              expect(validate(JSON.parse(sent.text)), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true);
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('generates, never falls back, for every response of the three documents (100 answers each, two seeds)', () => {
    for (const file of Object.keys(SPECS) as SpecFile[]) {
      const doc = docs[file];
      const validator = independentValidator(doc);
      for (const seed of SEEDS) {
        const responder = new DynamicResponder(doc, documentCompiler(doc), seed);
        for (const op of listMockOperations(doc))
          for (const r of op.responses) {
            if (!r.media?.schemaPointer) continue;
            for (let n = 0; n < 100; n++) {
              const result = responder.answer(op, r);
              expect(result.kind, `${file} ${op.operationId} ${r.status}: ${JSON.stringify(result)}`).toBe('value');
              if (result.kind === 'value') expect(validator(r.media.schemaPointer)(result.value)).toBe(true);
            }
          }
      }
    }
  });
});

describe('--seed', () => {
  const file: SpecFile = 'spec/huaweicloud/functiongraph-v2.yaml';
  const replay = async (seed: number): Promise<string[]> => {
    const mock = await start(docs[file], seed);
    const out: string[] = [];
    for (const op of listMockOperations(docs[file])) for (const r of op.responses) if (r.media?.schemaPointer) out.push((await send(mock, file, op, r.status)).text);
    for (let n = 0; n < 3; n++) out.push((await send(mock, file, listMockOperations(docs[file])[0]!, '200')).text);
    return out;
  };

  it('the same seed and requests give the same bytes; another seed other bytes; repeated calls differ', async () => {
    const [a, b, c] = [await replay(7), await replay(7), await replay(8)];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(new Set(a.slice(-3)).size).toBe(3);
  });

  it('is checked on the command line', async () => {
    expect(await runCli(['mock', '--spec', file, '--dynamic', '--seed', 'x'])).toMatchObject({
      code: 2,
      stderr: "funcspec mock: --seed must be an integer from 0 to 4294967295, not 'x'",
    });
    expect(await runCli(['mock', '--spec', file, '-d', '--seed', '4294967296'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--seed must be an integer') });
  });
});

describe('schemas the generator cannot satisfy', () => {
  const TEXT = `openapi: 3.1.0
info: {title: Words, version: '1'}
paths:
  /words:
    get:
      operationId: GetWord
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [w], properties: {w: {type: string, pattern: '\\bword\\b'}}}
              example: {w: 'a word here'}
  /bare:
    get:
      operationId: GetBare
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Word'}}}}
        '400': {description: bad, content: {application/json: {schema: {type: object, properties: {errCode: {type: string}, errMsg: {type: string}}}}}}
components:
  schemas:
    Word: {type: object, required: [w], properties: {w: {type: string, pattern: '\\bword\\b'}}}
`;

  it('fall back to the documented example, or answer 500 naming the schema (in the spec’s error shape)', async () => {
    const outcomes: MockOutcome[] = [];
    const mock = await start(parseText(TEXT, 'words.yaml').data, 1, outcomes);
    const withExample = await fetch(`${mock.url}/words`);
    expect(withExample.status).toBe(200);
    expect(await withExample.json()).toEqual({ w: 'a word here' });
    expect(outcomes[0]!.answer).toMatch(/^example example: cannot generate GetWord's 200 response from its schema: pattern "\\\\bword\\\\b": word boundaries/);
    const bare = await fetch(`${mock.url}/bare`);
    expect(bare.status).toBe(500);
    expect(await bare.json()).toEqual({
      errCode: 'CannotGenerateResponse',
      errMsg:
        'cannot generate GetBare\'s 200 response from its schema: pattern "\\\\bword\\\\b": word boundaries (\\b) are not generated (schema /components/schemas/Word/properties/w/pattern), and the response documents no example to serve instead',
    });
  });

  it('a schema that refers back to itself is generated to a bounded depth and size', async () => {
    const props = 'abcdefghij'.split('').map((p) => `${p}: {$ref: '#/components/schemas/Node'}`);
    const text = `openapi: 3.1.0
info: {title: Fan, version: '1'}
paths:
  /nodes:
    get:
      operationId: GetNode
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}}
components:
  schemas:
    Node: {type: object, required: [id, kids], properties: {id: {type: integer}, kids: {type: array, items: {$ref: '#/components/schemas/Node'}}, ${props.join(', ')}}}
`;
    const doc = parseText(text, 'fan.yaml').data;
    const mock = await start(doc, 3);
    const validate = independentValidator(doc)('/components/schemas/Node');
    for (let n = 0; n < 5; n++) {
      const res = await fetch(`${mock.url}/nodes`, { signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(validate(JSON.parse(text))).toBe(true);
      expect(text.length).toBeLessThan(500_000);
    }
  });
});
