/** Redocly linting the already-parsed object: the same problems as from the text, and the object left as it was. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseText } from '../../generator/openapi/document.js';
import { lintOpenApi } from '../../generator/openapi/lint.js';

const BROKEN = `openapi: 3.1.0
info: {title: T}
paths:
  /a:
    get:
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}
`;

it.each([
  ['spec/huaweicloud/functiongraph-v2.yaml', readFileSync('spec/huaweicloud/functiongraph-v2.yaml', 'utf8')],
  ['broken.yaml', BROKEN],
])('%s: parsed and text lint agree, and the parsed object is not changed', async (file, text) => {
  const doc = parseText(text, file);
  const before = JSON.stringify(doc.data);
  const fromParsed = await lintOpenApi(text, file, { curated: true, parsed: doc.data });
  expect(fromParsed).toEqual(await lintOpenApi(text, file, { curated: true }));
  expect(JSON.stringify(doc.data)).toBe(before);
  if (file === 'broken.yaml') expect(fromParsed.map((p) => p.ruleId).sort()).toEqual(['no-unresolved-refs', 'security-defined', 'struct', 'struct']);
});
