/**
 * No prototype pollution through what a client sends the mock: `__proto__` and `constructor.prototype`
 * in JSON bodies, query strings and headers stay data (JSON.parse and URLSearchParams make own
 * properties; nothing merges them into shared objects). A regression guard: this held before the
 * hostile-input work too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../generator/mock/server.js';
import { parseText } from '../../generator/openapi/document.js';

const TEXT = `openapi: 3.1.0
info: {title: Pollution, version: '1'}
paths:
  /things:
    post:
      operationId: PostThing
      parameters: [{name: __proto__, in: query, schema: {type: string}}]
      requestBody: {content: {application/json: {schema: {type: object, additionalProperties: {type: object}}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
        '400': {description: bad, content: {application/json: {schema: {type: object, properties: {code: {type: string}, message: {type: string}}}}}}
`;

describe('prototype pollution', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMockServer(parseText(TEXT, 'pollution.yaml').data);
  });
  afterAll(() => mock.close());

  it('`__proto__` and `constructor.prototype` in a body, a query and a header change no prototype', async () => {
    const bodies = ['{"__proto__": {"polluted": "yes"}}', '{"constructor": {"prototype": {"polluted": "yes"}}}', '{"a": {"__proto__": {"polluted": "yes"}}}', '{"__proto__": 1}'];
    for (const body of bodies) {
      const res = await fetch(`${mock.url}/things?__proto__[polluted]=yes&__proto__=x`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-polluted': '__proto__', prefer: 'example=__proto__' },
        body,
      });
      await res.text();
      expect([200, 400]).toContain(res.status);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
