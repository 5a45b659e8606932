/** Rule cases for generator/diff/rules/docs.ts: each names its rule id, a base and a revision. */
import { doc, ruleCase } from '../helpers.js';

/** One operation with a described parameter, request body, property, response and response property. */
const described = (text: string) =>
  doc({
    '/things': {
      post: {
        summary: `summary ${text}`,
        description: `description ${text}`,
        parameters: [{ name: 'q', in: 'query', description: `q ${text}`, schema: { type: 'string' } }],
        requestBody: {
          description: `body ${text}`,
          content: { 'application/json': { schema: { type: 'object', properties: { p: { type: 'string', description: `p ${text}` } } } } },
        },
        responses: {
          '200': {
            description: `ok ${text}`,
            content: { 'application/json': { schema: { type: 'object', description: `result ${text}`, properties: { r: { type: 'string', description: `r ${text}` } } } } },
          },
        },
      },
    },
  });
/** Change only the text at one JSON path of `described('v1')`. */
function edit(path: string[]): Record<string, unknown> {
  const d = described('v1');
  let node = d as Record<string, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[path.at(-1)!] = 'edited';
  return d;
}
const op = ['paths', '/things', 'post'];
const docs = { includeDocs: true };

export const cases = [
  ruleCase('api-summary-changed', described('v1'), edit([...op, 'summary']), { ...docs, expect: { from: 'summary v1', to: 'edited', level: 'INFO' } }),
  ruleCase('api-description-changed', described('v1'), edit([...op, 'description']), docs),
  ruleCase('request-parameter-description-changed', described('v1'), edit([...op, 'parameters', '0', 'description']), { ...docs, expect: { subject: 'q' } }),
  ruleCase('request-body-description-changed', described('v1'), edit([...op, 'requestBody', 'description']), docs),
  ruleCase('request-property-description-changed', described('v1'), edit([...op, 'requestBody', 'content', 'application/json', 'schema', 'properties', 'p', 'description']), {
    ...docs,
    expect: { subject: 'p' },
  }),
  ruleCase('response-description-changed', described('v1'), edit([...op, 'responses', '200', 'description']), { ...docs, expect: { status: '200' } }),
  ruleCase('response-body-description-changed', described('v1'), edit([...op, 'responses', '200', 'content', 'application/json', 'schema', 'description']), docs),
  ruleCase('response-property-description-changed', described('v1'), edit([...op, 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'r', 'description']), {
    ...docs,
    expect: { subject: 'r' },
  }),
];
