/**
 * The case list of the conformance suite: every documented example of the curated specs, under a
 * stable id. The list is snapshotted, so an example that disappears from (or is renamed in) a spec
 * shows up as a snapshot difference instead of one test fewer.
 */
import { describe, expect, it } from 'vitest';
import { loadErrata, registerExamples } from '../../generator/register/errata.js';
import { compileCases, loadSpecsUnderTest, SPEC_DIR } from './cases.js';

const specs = await loadSpecsUnderTest();
const cases = await compileCases(specs);

describe('conformance cases', () => {
  it('covers exactly the specs of funcspec.config.json (not the snapshot)', () => {
    expect(specs.map((s) => s.spec)).toEqual(['huaweicloud/functiongraph-v2.yaml', 'aliyun/fc-2021-04-06.yaml']);
  });

  it('holds exactly 16 documented examples: 8 requests and 8 responses (FunctionGraph 8 + 7, Function Compute 0 + 1)', () => {
    const count = (spec: string, where: 'request' | 'response'): number => cases.filter((c) => c.spec === spec && c.in === where).length;
    expect({
      total: cases.length,
      requests: cases.filter((c) => c.in === 'request').length,
      responses: cases.filter((c) => c.in === 'response').length,
      functionGraph: { requests: count('huaweicloud/functiongraph-v2.yaml', 'request'), responses: count('huaweicloud/functiongraph-v2.yaml', 'response') },
      functionCompute: { requests: count('aliyun/fc-2021-04-06.yaml', 'request'), responses: count('aliyun/fc-2021-04-06.yaml', 'response') },
      successResponses: cases.filter((c) => c.in === 'response' && /^2/.test(c.status ?? '')).length,
      errorResponses: cases.filter((c) => c.in === 'response' && !/^2/.test(c.status ?? '')).length,
    }).toEqual({
      total: 16,
      requests: 8,
      responses: 8,
      functionGraph: { requests: 8, responses: 7 },
      functionCompute: { requests: 0, responses: 1 },
      successResponses: 4,
      errorResponses: 4,
    });
  });

  it('gives every case a unique id of the form operationId:exampleName:request|response', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of cases) expect(c.id).toMatch(/^[A-Za-z][A-Za-z0-9]*:[a-z][A-Za-z0-9]*:(request|response)$/);
  });

  it('matches the committed case list (a vanished or renamed example is a snapshot diff)', () => {
    expect(cases.map((c) => `${c.spec} ${c.id}${c.status ? ` ${c.status}` : ''}${c.expectedFailure ? ` expected-failure:${c.expectedFailure.errata}` : ''}`)).toMatchSnapshot();
  });

  it('attaches every register prediction about these specs to a case', async () => {
    const register = await loadErrata(SPEC_DIR);
    const mine = new Set(specs.map((s) => s.spec));
    const predictions = registerExamples(register).filter(({ example }) => mine.has(example.spec));
    const attached = cases.filter((c) => c.expectedFailure).map((c) => `${c.spec} ${c.id} ${c.expectedFailure!.errata}`);
    expect(attached.sort()).toEqual(predictions.map(({ entry, example }) => `${example.spec} ${example.operationId}:${example.name}:${example.in} ${entry.id}`).sort());
    expect(attached).toEqual(['huaweicloud/functiongraph-v2.yaml UpdateFunctionConfig:updateCustomRuntimeGpu:request fg-008']);
  });
});
