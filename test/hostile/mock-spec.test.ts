/**
 * `funcspec mock` reading a hostile spec (issue "Safe with a stranger's input", sections 3 and 6):
 * schemas that fan out exponentially when followed (a sample built from a schema whose properties
 * refer back to it; an error schema built from layers of shared allOf parts) are walked in bounded
 * time. The mock runs in a child process: before the change it never finished.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorShape } from '../../generator/mock/error-shape.js';
import { parseText } from '../../generator/openapi/document.js';
import { expectLocated, startMock, workDir } from './spec-support.js';

const { write } = workDir();

describe('schemas that fan out when followed', () => {
  it('a response sample of a schema whose 10 properties each refer back to it', { timeout: 120_000 }, async () => {
    // Before: the sample was built 8 levels deep over 10 properties, 10^8 values: no answer (killed at the deadline).
    const props = 'abcdefghij'.split('').map((p) => `${p}: {$ref: '#/components/schemas/Node'}`);
    const file = write(
      'fan-sample.yaml',
      `openapi: 3.1.0
info: {title: Fan, version: '1'}
paths:
  /nodes:
    get:
      operationId: GetNode
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}}
components:
  schemas:
    Node: {type: object, properties: {${props.join(', ')}}}
`,
    );
    const mock = await startMock(file);
    try {
      expect(mock.url).toBeDefined();
      const res = await fetch(`${mock.url}/nodes`, { signal: AbortSignal.timeout(30_000) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual('abcdefghij'.split(''));
      expect(JSON.stringify(body).length).toBeLessThan(200_000);
    } finally {
      await mock.stop();
    }
  });

  it('an error schema made of 12 layers of 8 shared allOf parts', { timeout: 120_000 }, async () => {
    // Before: reading the error body's property names visited 8^12 paths at start-up: the mock never
    // started. Now the document is refused at start-up (validating against E0 would never end either).
    const layers = Array.from(
      { length: 12 },
      (_, i) =>
        `    E${i}: {allOf: [${Array(8)
          .fill(`{$ref: '#/components/schemas/E${i + 1}'}`)
          .join(', ')}]}`,
    );
    const file = write(
      'fan-error.yaml',
      `openapi: 3.1.0
info: {title: Fan, version: '1'}
paths:
  /nodes:
    get:
      operationId: GetNode
      parameters: [{name: n, in: query, required: true, schema: {type: integer}}]
      responses:
        '204': {description: ok}
        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/E0'}}}}
components:
  schemas:
${layers.join('\n')}
    E12: {type: object, properties: {errCode: {type: string}, errMessage: {type: string}}}
`,
    );
    const mock = await startMock(file);
    await mock.stop();
    expect(mock.url).toBeUndefined();
    expectLocated(mock.exited!, file, /fan-error\.yaml:10:\d+: applies 157073089682 schemas to the same value/);
    // The error shape alone (the part that hung) reads each shared part once.
    const shape = errorShape(parseText(readFileSync(file, 'utf8'), file).data);
    expect(shape).toMatchObject({ codeKey: 'errCode', messageKey: 'errMessage' });
  });
});
